/** @module A record's summary (记录摘要): the fields its page shows at the top, beside its score and flags. */
import type { Problem } from '../core/problem.js';
import { checkNamedFields } from './list-columns.js';
import type { NamedFieldsWords } from './list-columns.js';
import type { FormDefinition } from './types.js';

/** How many fields a form may show at the top of a record's page. */
export const MAX_SUMMARY_FIELDS = 8;

const SUMMARY_FIELDS: NamedFieldsWords = { key: 'summaryFields', max: MAX_SUMMARY_FIELDS, code: 'form.summary_field', en: 'Summary field', zh: '摘要字段', elsewhere: { en: "it is read in the record's details below", zh: '可在下方记录详情中查看' } };

/**
 * Problems with `summaryFields`: an id that is not a field of the form, or a field too wide for
 * the summary (long text, a sub-table: read them in the record's details).
 *
 * @example
 * checkSummaryFields({ ...customer, summaryFields: ['credit_limt'] }) // [{ path: '/summaryFields/0', code: 'form.summary_field.unknown', ... }]
 */
export function checkSummaryFields(def: FormDefinition): Problem[] {
  return checkNamedFields(def, SUMMARY_FIELDS);
}
