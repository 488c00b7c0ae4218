/** @module Validation of a form definition: structure first, then semantics, every problem at once. */
import type { ReferenceContext } from '../core/context.js';
import type { Problem } from '../core/problem.js';
import { formCatalog } from './catalog.js';
import { checkStructure } from './structure.js';
import type { FormDefinition } from './types.js';
import { checkDerived } from './validate-derived.js';
import { checkReferenceFilters } from './validate-reference-filter.js';
import { checkFields } from './validate-fields.js';
import { checkFormulas } from './validate-formulas.js';
import { checkListColumns, checkListSort } from './list-columns.js';
import { checkLayout } from './validate-layout.js';
import { checkChecks } from './validate-checks.js';
import { checkPermissions } from './permissions.js';
import { checkTitleField } from './record-name.js';
import { checkStateField } from './state-field.js';
import { checkSummaryFields } from './summary-fields.js';
import { checkRowAccess } from './validate-row-access.js';
import { checkSerialDates } from './serial.js';
import { isPlainObject } from '../core/json.js';

/**
 * Every problem with a form definition. Never throws, whatever `input` is. When fields or
 * sections are malformed, semantic checks would only guess, so they wait until the structure
 * is fixed; problems elsewhere (a missing name) do not hold them back.
 *
 * @example
 * validateForm({ kind: 'form', id: 'customer', name, fields: [], sections: [] }, emptyContext()) // []
 */
export function validateForm(input: unknown, ctx: ReferenceContext): Problem[] {
  const structural = checkStructure(input);
  const blocking = structural.some((p) => p.path === '' || p.path.startsWith('/fields') || p.path.startsWith('/sections'));
  if (blocking || !isPlainObject(input) || !Array.isArray(input.fields) || !Array.isArray(input.sections)) return structural;
  const def = input as unknown as FormDefinition;
  const catalog = formCatalog(def);
  return [...structural, ...checkLayout(def), ...checkFields(def, catalog, ctx), ...checkFormulas(def), ...checkDerived(def, catalog, ctx), ...checkReferenceFilters(def, catalog, ctx), ...checkRowAccess(def, ctx), ...checkPermissions(def, ctx), ...checkTitleField(def), ...checkStateField(def), ...checkSerialDates(def), ...(structural.some((p) => p.path.startsWith('/checks')) ? [] : checkChecks(def, catalog)), ...checkListColumns(def), ...checkListSort(def, catalog), ...checkSummaryFields(def)];
}
