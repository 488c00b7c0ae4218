/** @module The credit management template (客户信用管理): its JSON definitions, assembled into one bundle. */
import type { Bundle, Definition } from '@heng/engine';
import manifest from './bundle.json' with { type: 'json' };
import creditOverview from './dashboards/credit-overview.json' with { type: 'json' };
import creditApproval from './flows/credit-approval.json' with { type: 'json' };
import orderOverLimit from './flows/order-over-limit.json' with { type: 'json' };
import creditApplication from './forms/credit-application.json' with { type: 'json' };
import customer from './forms/customer.json' with { type: 'json' };
import payment from './forms/payment.json' with { type: 'json' };
import receivable from './forms/receivable.json' with { type: 'json' };
import salesOrder from './forms/sales-order.json' with { type: 'json' };
import blacklist from './rulesets/blacklist.json' with { type: 'json' };
import collectionHold from './rulesets/collection-hold.json' with { type: 'json' };
import creditApplicationOutcome from './rulesets/credit-application-outcome.json' with { type: 'json' };
import creditRating from './rulesets/credit-rating.json' with { type: 'json' };
import dueDateDefault from './rulesets/due-date-default.json' with { type: 'json' };
import dueReminders from './rulesets/due-reminders.json' with { type: 'json' };
import gradeChange from './rulesets/grade-change.json' with { type: 'json' };
import orderApprovalOutcome from './rulesets/order-approval-outcome.json' with { type: 'json' };
import orderCreditCheck from './rulesets/order-credit-check.json' with { type: 'json' };
import orderRecheck from './rulesets/order-recheck.json' with { type: 'json' };
import overdueEscalation from './rulesets/overdue-escalation.json' with { type: 'json' };
import periodicReview from './rulesets/periodic-review.json' with { type: 'json' };
import profileCompletion from './rulesets/profile-completion.json' with { type: 'json' };
import releaseOnPayment from './rulesets/release-on-payment.json' with { type: 'json' };
import riskSignals from './rulesets/risk-signals.json' with { type: 'json' };
import trialEnd from './rulesets/trial-end.json' with { type: 'json' };
import writeOffBadDebt from './rulesets/write-off-bad-debt.json' with { type: 'json' };
import creditScore from './scorecards/credit-score.json' with { type: 'json' };

// JSON imports are typed loosely (strings, not the kinds' literal unions); the bundle's test
// checks every definition with `validateBundle`, which is what makes the cast safe.
const definitions = [
  customer,
  creditApplication,
  salesOrder,
  receivable,
  payment,
  creditOverview,
  creditScore,
  creditApproval,
  orderOverLimit,
  creditRating,
  gradeChange,
  trialEnd,
  riskSignals,
  profileCompletion,
  blacklist,
  dueDateDefault,
  dueReminders,
  overdueEscalation,
  releaseOnPayment,
  collectionHold,
  writeOffBadDebt,
  periodicReview,
  orderCreditCheck,
  orderRecheck,
  orderApprovalOutcome,
  creditApplicationOutcome,
] as unknown as readonly Definition[];

/**
 * The credit management template as a bundle (`heng.bundle/1`): five forms, the credit
 * overview dashboard, the credit scorecard, two approval flows and seventeen rule sets, checked by `validateBundle` in its test.
 *
 * @example
 * import { creditManagement } from '@heng/examples/credit-management';
 * validateBundle(creditManagement, { today: '2025-06-30' }) // []
 * planImport(creditManagement, tenantInventory).definitions.length // 23
 */
export const creditManagement: Bundle = { ...(manifest as Omit<Bundle, 'definitions'>), definitions };
