/**
 * @module The engine's credit examples as the designer's unit tests use them: valid definitions and the
 * context they are checked in. The app itself opens only the company's definitions from the server.
 */
import { creditRoles, creditScorecard, customerCreditProfile, emptyContext, formCatalog, sampleCustomer } from '@heng/engine';
import type { FieldCatalog, ReferenceContext } from '@heng/engine';

/**
 * The reference context the examples are checked against: the customer form's catalog and the credit roles.
 *
 * @example
 * validateScorecard(creditScorecard, sampleContext()) // []
 */
export function sampleContext(): ReferenceContext {
  const forms = new Map<string, FieldCatalog>([[customerCreditProfile.id, formCatalog(customerCreditProfile)]]);
  return { ...emptyContext(), forms, roles: new Set(creditRoles) };
}

export { creditScorecard, customerCreditProfile, sampleCustomer };
