/** @module Shared helpers for the form tests: labels, contexts, tiny forms. */
import { emptyContext, type ReferenceContext } from '../core/context.js';
import type { LocalizedText } from '../core/localized.js';
import type { Problem } from '../core/problem.js';
import type { DefinitionContext, ValueContext } from './fields/spec.js';
import type { FieldDefinition, FormDefinition } from './types.js';

/** A label in both languages. */
export const label = (en: string, zh = en): LocalizedText => ({ en, 'zh-CN': zh });

/** A context for checking a value of a field labelled `en` / `zh`. */
export const valueAt = (en = 'Amount', zh = '金额', today = '2024-05-01'): ValueContext => ({ path: '/v', label: label(en, zh), today });

/** A context for checking a field definition at `/fields/0`. */
export const defAt = (refs: ReferenceContext = emptyContext(), formId = 'customer'): DefinitionContext => ({ path: '/fields/0', formId, refs });

/** The codes of some problems, in order. */
export const codes = (problems: readonly Problem[]): string[] => problems.map((p) => p.code);

/** The `path code` of each problem, sorted: compact to compare. */
export const where = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.path} ${p.code}`).sort();

/** A form holding `fields`, all in one section. */
export function formOf(fields: readonly FieldDefinition[], id = 'customer'): FormDefinition {
  return { kind: 'form', id, name: label('Customer', '客户'), fields, sections: [{ id: 'main', label: label('Main', '主要'), columns: 2, fields: fields.map((f) => f.id) }] };
}

/** A context knowing the credit template's roles and a `customer` and an `order` form. */
export function refs(): ReferenceContext {
  return { ...emptyContext(), roles: new Set(['salesperson', 'finance_director', 'risk_officer']), forms: new Map([['order', new Map()]]) };
}
