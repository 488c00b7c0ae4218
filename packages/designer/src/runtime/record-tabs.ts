/** @module Which of a record page's score and approvals tabs it shows: neither on a form without a scorecard or an approval flow (a supplier form an admin just made). */
import type { ApprovalView, ScorecardsByForm } from './api.js';
import { runtimeApi } from './api.js';

/** The tabs a record page shows only when they have something to show. */
export interface ShownTabs {
  readonly score: boolean;
  readonly approvals: boolean;
}

/**
 * Whether a record page shows a tab: when what it shows is made for the record's form (a published
 * scorecard or flow), or the record has some (a stored score, approvals) from one since moved to
 * another form. Either unknown (it could not be read) shows the tab, whose panel says what failed.
 *
 * @example
 * showsTab(false, false) // false
 * showsTab(false, true) // true
 * showsTab(undefined, false) // true
 */
export function showsTab(forForm: boolean | undefined, onRecord: boolean | undefined): boolean {
  return forForm !== false || onRecord !== false;
}

/** The promise's value, or undefined when it fails. */
const known = <T>(p: Promise<T>): Promise<T | undefined> => p.catch(() => undefined);

/**
 * The score and approvals tabs a record's page shows, from the company's published `scorecards`
 * and flows and the record's `approvals` (the page reads both anyway); which scorecards scored the
 * record is asked only when its form has no published scorecard.
 *
 * @example
 * await loadShownTabs('supplier', 'r1', runtimeApi.approvalsOf('supplier', 'r1'), runtimeApi.scorecardsByForm()) // { score: false, approvals: false }
 */
export async function loadShownTabs(formId: string, recordId: string, approvals: Promise<readonly ApprovalView[]>, scorecards: Promise<ScorecardsByForm>): Promise<ShownTabs> {
  const [cards, flows, had] = await Promise.all([known(scorecards), known(runtimeApi.flowsOf(formId)), known(approvals)]);
  const scorecard = cards?.has(formId);
  const scored = scorecard === false ? await known(runtimeApi.scorecardsOf(formId, recordId).then((ids) => ids.length > 0)) : false;
  return { score: showsTab(scorecard, scored), approvals: showsTab(flows && flows.length > 0, had && had.length > 0) };
}
