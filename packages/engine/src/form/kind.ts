/** @module The form kind's pipeline: schema, validate, compile, and the forms a form refers to. */
import type { DefinitionKind, DefinitionRef, KindSpec } from '../core/kind.js';
import { pointer } from '../core/json-pointer.js';
import { compileForm } from './compile.js';
import { formSchema } from './schema.js';
import type { CompiledForm, FieldDefinition, FormDefinition } from './types.js';
import { validateForm } from './validate.js';

function refsOf(fields: readonly FieldDefinition[], base: string): DefinitionRef[] {
  return fields.flatMap((f, i) => {
    if (f.type === 'reference') return [{ path: pointer(base, i, 'target'), kind: 'form' as const, id: f.target }];
    if (f.type === 'rollup') return [{ path: pointer(base, i, 'from'), kind: 'form' as const, id: f.from }];
    if (f.type === 'sub_table') return refsOf(f.columns, pointer(base, i, 'columns'));
    return [];
  });
}

function renamed(fields: readonly FieldDefinition[], rename: (kind: DefinitionKind, id: string) => string): FieldDefinition[] {
  return fields.map((f) => {
    if (f.type === 'reference') return { ...f, target: rename('form', f.target) };
    if (f.type === 'rollup') return { ...f, from: rename('form', f.from) };
    if (f.type === 'sub_table') return { ...f, columns: renamed(f.columns, rename) };
    return f;
  });
}

/**
 * Where a form names other forms: its reference fields' targets (sub-table columns included) and
 * the forms its rollups read.
 *
 * @example
 * formReferences(application) // [{ path: '/fields/0/target', kind: 'form', id: 'customer' }]
 */
export function formReferences(def: FormDefinition): DefinitionRef[] {
  return refsOf(def.fields, '/fields');
}

/**
 * The form kind, as registered in the engine's `kinds`.
 *
 * @example
 * formKind.validate(json, ctx) // Problem[]
 */
export const formKind: KindSpec<FormDefinition, CompiledForm> = {
  kind: 'form',
  schema: formSchema,
  validate: validateForm,
  compile: (def) => compileForm(def),
  references: formReferences,
  renameReferences: (def, rename) => ({ ...def, id: rename('form', def.id), fields: renamed(def.fields, rename) }),
};
