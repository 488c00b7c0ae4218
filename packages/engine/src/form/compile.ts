/** @module A valid form compiled once into what checks, computes and filters its records. */
import { copyJson } from '../core/json.js';
import { isDynamicDefault } from './dynamic-defaults.js';
import { accessMap, readable, writeProblems } from './access.js';
import { computer } from './compute.js';
import { recordChecker } from './record-check.js';
import { recordSchema } from './record-schema.js';
import type { CompiledForm, FormDefinition } from './types.js';
import { requirement, visibility } from './visibility.js';

/**
 * Compiles a form that validated without problems (formulas, conditions and the record schema
 * are built once per published version). Throws only if the form was not validated first.
 *
 * @example
 * const form = compileForm(customerProfile);
 * const problems = form.validateRecord(input, { role: 'salesperson', today: '2024-05-01' }); // Problem[]
 * // none: store the computed record (formulas computed, date-times in canonical UTC)
 * const record = form.computeRecord(input, { today: '2024-05-01' });
 */
export function compileForm(def: FormDefinition): CompiledForm {
  const compute = computer(def);
  const isVisible = visibility(def.fields);
  const isRequired = requirement(def.fields);
  const defaults = def.fields.filter((f) => f.type !== 'formula' && f.default !== undefined && !isDynamicDefault(f));
  return {
    definition: def,
    recordSchema: recordSchema(def),
    uniqueFields: def.fields.filter((f) => f.rules?.unique === true).map((f) => f.id),
    validateRecord: recordChecker(def, compute, isVisible, isRequired),
    computeRecord: compute,
    initialRecord: () => Object.fromEntries(defaults.map((f) => [f.id, copyJson(f.default)])),
    isVisible,
    isRequired,
    accessFor: (role) => accessMap(def.fields, role),
    readableRecord: (record, role) => readable(def.fields, record, role),
    checkWrite: (before, after, role) => writeProblems(def.fields, before, after, role),
  };
}
