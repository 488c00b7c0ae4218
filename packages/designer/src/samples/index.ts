/** @module Definitions bundled with the designer, to open before the server holds any: real, valid definitions. */
import { creditRoles, creditScorecard, customerCreditProfile, emptyContext, formCatalog, sampleCustomer } from '@heng/engine';
import type { FieldCatalog, FormDefinition, ReferenceContext, ScorecardDefinition } from '@heng/engine';

/** The bundled app: the forms and scorecards an editor can open without a server. */
export const sampleApp = {
  id: 'examples',
  forms: [customerCreditProfile] as readonly FormDefinition[],
  scorecards: [creditScorecard] as readonly ScorecardDefinition[],
} as const;

/** A customer to score in the live preview, as a salesperson would enter it. */
export const sampleRecords: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { customer: sampleCustomer };

/**
 * The reference context the bundled definitions are checked against: their forms' catalogs and roles.
 *
 * @example
 * validateScorecard(creditScorecard, sampleContext()) // []
 */
export function sampleContext(): ReferenceContext {
  const forms = new Map<string, FieldCatalog>(sampleApp.forms.map((f) => [f.id, formCatalog(f)]));
  return { ...emptyContext(), forms, roles: new Set(creditRoles) };
}

export { creditScorecard, customerCreditProfile, sampleCustomer };
