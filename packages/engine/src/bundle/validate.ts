/** @module Checks a whole bundle: its envelope, each definition by its kind, cross-references and seed data. */
import { schemaChecker } from '../core/ajv.js';
import type { FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { KIND_NAMES } from '../core/kind.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { compileForm, type FormDefinition } from '../form/index.js';
import { specOf } from '../kinds.js';
import { bundleContext } from './context.js';
import { bundleFormCatalogs } from './form-catalogs.js';
import { bundleSchema } from './schema.js';
import type { Bundle, SeedRecord } from './types.js';

const checkEnvelope = schemaChecker(bundleSchema);

/** Options for checking seed records, which may hold dates relative to today. */
export interface BundleCheckOptions {
  readonly today: string;
}

/**
 * Every problem in a bundle, with paths into it. Never throws. Definitions are checked by their
 * own kind against the bundle's other definitions and roles, so a template is complete in itself.
 *
 * @example
 * validateBundle(json, { today: '2026-11-22' }) // [] when it can be imported
 */
export function validateBundle(input: unknown, options: BundleCheckOptions): Problem[] {
  const envelope = checkEnvelope(input);
  if (envelope.length > 0) return envelope;
  const bundle = input as Bundle;
  const out: Problem[] = [...duplicates(bundle)];
  if (out.length > 0) return out;

  const indexed = bundle.definitions.map((def, i) => ({ def, at: pointer('/definitions', i) }));
  const forms = indexed.filter((d) => d.def.kind === 'form');
  const shown = bundleFormCatalogs(forms.map((f) => f.def));
  const placeholder: ReferenceContext = bundleContext(bundle, shown);
  const brokenForms = new Set<string>();
  const catalogs = new Map<string, FieldCatalog>();
  for (const { def, at } of forms) {
    const problems = specOf('form').validate(def, placeholder);
    if (problems.length > 0) brokenForms.add(def.id);
    // A form without problems is sound in shape, so `shown` holds its catalog already.
    else catalogs.set(def.id, shown.get(def.id)!);
    out.push(...prefixed(at, problems));
  }
  const ctx = bundleContext(bundle, catalogs);
  for (const { def, at } of indexed.filter((d) => d.def.kind !== 'form')) {
    const target = (def as { form?: unknown }).form;
    if (typeof target === 'string' && brokenForms.has(target)) {
      const name = KIND_NAMES[def.kind];
      out.push(problem(pointer(at, 'form'), 'bundle.form.invalid', `Form "${target}" has problems: fix them first, then this ${name.en} is checked.`, `表单 "${target}" 存在问题：请先修正，之后再检查此${name.zh}。`));
      continue;
    }
    out.push(...prefixed(at, specOf(def.kind).validate(def, ctx)));
  }
  if (out.length === 0) out.push(...checkSeed(bundle, options));
  return out;
}

function prefixed(at: string, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: at + p.path }));
}

function duplicates(bundle: Bundle): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  bundle.definitions.forEach((d, i) => {
    const key = `${d.kind}:${d.id}`;
    const name = KIND_NAMES[d.kind];
    if (seen.has(key)) out.push(problem(pointer('/definitions', i, 'id'), 'bundle.definition.duplicate', `A ${name.en} with id "${d.id}" appears twice: rename or remove one.`, `${name.zh} "${d.id}" 出现了两次：请重命名或删除其一。`));
    seen.add(key);
  });
  const roles = new Set<string>();
  bundle.roles.forEach((r, i) => {
    if (roles.has(r.id)) out.push(problem(pointer('/roles', i, 'id'), 'bundle.role.duplicate', `Role "${r.id}" appears twice: remove one.`, `角色 "${r.id}" 出现了两次：请删除其一。`));
    roles.add(r.id);
  });
  return out;
}

function checkSeed(bundle: Bundle, options: BundleCheckOptions): Problem[] {
  const out: Problem[] = [];
  const forms = new Map(bundle.definitions.filter((d): d is FormDefinition => d.kind === 'form').map((f) => [f.id, f]));
  const seed = bundle.seed ?? {};
  const seedIds = new Map(Object.entries(seed).map(([formId, rows]) => [formId, new Set(rows.flatMap((r) => (r.id === undefined ? [] : [r.id])))]));
  for (const [formId, rows] of Object.entries(seed)) {
    const form = forms.get(formId);
    const at = pointer('/seed', formId);
    if (form === undefined) {
      const known = [...forms.keys()].sort().join(', ');
      out.push(problem(at, 'bundle.seed.form', `Seed data names form "${formId}", which the bundle does not define: add that form to the bundle, or remove its seed data. Forms: ${known}.`, `种子数据引用的表单 "${formId}" 不在模板中：请把该表单加入模板，或删除其种子数据。表单：${known}。`));
      continue;
    }
    const compiled = compileForm(form);
    const references = form.fields.flatMap((f) => (f.type === 'reference' && typeof f.target === 'string' ? [{ id: f.id, target: f.target }] : []));
    const ids = new Set<string>();
    rows.forEach((row: SeedRecord, i) => {
      const rowAt = pointer(at, i);
      if (row.id !== undefined) {
        if (ids.has(row.id)) out.push(problem(pointer(rowAt, 'id'), 'bundle.seed.duplicate', `Seed record id "${row.id}" is used twice in "${formId}": give each record its own id.`, `种子记录 ID "${row.id}" 在 "${formId}" 中重复：请为每条记录使用不同的 ID。`));
        ids.add(row.id);
      }
      for (const p of prefixed(pointer(rowAt, 'values'), compiled.validateRecord(row.values, { today: options.today }))) out.push(p);
      for (const ref of references) {
        const v = row.values[ref.id];
        const targets = seedIds.get(ref.target) ?? new Set<string>();
        if (typeof v === 'string' && !targets.has(v)) {
          const known = [...targets].slice(0, 10).join(', ') + (targets.size > 10 ? ', …' : '');
          const en = known === '' ? `add a seed record of "${ref.target}" with this id` : `name one of its seed records (${known}), or add one with this id`;
          const zh = known === '' ? `请为 "${ref.target}" 添加此 ID 的种子记录` : `请引用其中一条（${known}），或添加此 ID 的种子记录`;
          out.push(problem(pointer(rowAt, 'values', ref.id), 'bundle.seed.reference', `"${v}" is not a seed record of "${ref.target}": ${en}.`, `"${v}" 不是 "${ref.target}" 的种子记录：${zh}。`));
        }
      }
    });
  }
  return out;
}
