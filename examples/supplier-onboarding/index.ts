/** @module The supplier onboarding template (供应商准入): its JSON definitions, assembled into one bundle. */
import type { Bundle, Definition } from '@heng/engine';
import manifest from './bundle.json' with { type: 'json' };
import supplierApproval from './flows/supplier-approval.json' with { type: 'json' };
import supplier from './forms/supplier.json' with { type: 'json' };
import certificateWatch from './rulesets/certificate-watch.json' with { type: 'json' };
import onboardingOutcome from './rulesets/onboarding-outcome.json' with { type: 'json' };
import supplierScore from './scorecards/supplier-score.json' with { type: 'json' };

// Typed loosely as JSON; the template's test checks every definition with `validateBundle`.
const definitions = [supplier, supplierScore, supplierApproval, onboardingOutcome, certificateWatch] as unknown as readonly Definition[];

/**
 * The supplier onboarding template as a bundle (`heng.bundle/1`): a form, a scorecard, an
 * approval flow and two rule sets, sharing nothing with the credit template but the engine.
 *
 * @example
 * import { supplierOnboarding } from '@heng/examples/supplier-onboarding';
 * validateBundle(supplierOnboarding, { today: '2025-06-30' }) // []
 */
export const supplierOnboarding: Bundle = { ...(manifest as Omit<Bundle, 'definitions'>), definitions };
