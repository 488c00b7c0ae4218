/** @module What every template's tests need: a bundle's definitions by id, its reference context, records as stored. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { addDays, compileForm } from '@heng/engine';
import type { Bundle, Definition, FormDefinition, RuleSetResult } from '@heng/engine';

/**
 * The definition of `kind` with id `id` in a bundle; throws when there is none.
 *
 * @example
 * definitionIn(creditManagement, 'form', 'customer').fields.length
 */
export function definitionIn<K extends Definition['kind']>(bundle: Bundle, kind: K, id: string): Extract<Definition, { kind: K }> {
  const def = bundle.definitions.find((d) => d.kind === kind && d.id === id);
  if (def === undefined) throw new Error(`Bundle "${bundle.id}" has no ${kind} "${id}".`);
  return def as Extract<Definition, { kind: K }>;
}

/**
 * A record as the server creates it: the form's defaults under `values`, checked against the
 * form (a problem throws, so test samples stay realistic), formulas computed for `today`.
 *
 * @example
 * storedRecord(receivableForm, { amount: 86000, due_date: '2025-06-29', ... }, '2025-06-30').days_overdue // 1
 */
export function storedRecord(form: FormDefinition, values: Readonly<Record<string, unknown>>, today: string): Record<string, unknown> {
  const compiled = compileForm(form);
  const input = { ...compiled.initialRecord(), ...values };
  const problems = compiled.validateRecord(input, { today });
  if (problems.length > 0) throw new Error(`A sample ${form.id} is invalid: ${JSON.stringify(problems)}`);
  return compiled.computeRecord(input, { today });
}

/** The ids of the rules that fired, in run order. */
export const firedRules = (result: RuleSetResult): string[] => result.trace.filter((t) => t.fired).map((t) => t.rule);

/**
 * The value each `set_field` effect writes, by field.
 *
 * @example
 * fieldWrites(await evaluateRuleSet(compiled, facts, env)) // { collection_stage: 'notice' }
 */
export function fieldWrites(result: RuleSetResult): Record<string, unknown> {
  return Object.fromEntries(result.effects.flatMap((e) => (e.kind === 'set_field' && e.target === undefined ? [[e.field, e.value]] : [])));
}

/**
 * The date `days` days after `date` (before, when negative): the engine's `addDays`, for dates
 * the templates write themselves, so one that is not a date is a bug and throws.
 *
 * @example
 * shiftDays('2025-06-30', 7) // '2025-07-07'
 */
export function shiftDays(date: string, days: number): string {
  const shifted = addDays(date, days);
  if (shifted === null) throw new Error(`Cannot shift "${date}" by ${days} days.`);
  return shifted;
}

/** The folder each kind's files live in, one definition per file. */
const FOLDERS: Readonly<Record<Definition['kind'], string>> = { form: 'forms', dashboard: 'dashboards', scorecard: 'scorecards', flow: 'flows', ruleset: 'rulesets' };

/**
 * Every definition file under a template's folder: where it is, and the kind and id it holds.
 *
 * @example
 * definitionFiles(new URL('./', import.meta.url)) // [{ file: 'forms/customer.json', kind: 'form', id: 'customer', folderKind: 'form' }, ...]
 */
export function definitionFiles(base: URL): { file: string; kind: string; id: string; folderKind: Definition['kind'] }[] {
  return (Object.entries(FOLDERS) as [Definition['kind'], string][]).flatMap(([folderKind, folder]) =>
    (existsSync(new URL(`${folder}/`, base)) ? readdirSync(new URL(`${folder}/`, base)).filter((name) => name.endsWith('.json')) : []).map((name) => {
      const def = JSON.parse(readFileSync(new URL(`${folder}/${name}`, base), 'utf8')) as { kind: string; id: string };
      return { file: `${folder}/${name}`, kind: def.kind, id: def.id, folderKind };
    }),
  );
}
