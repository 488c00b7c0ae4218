/**
 * @module A form or scorecard version may not take away what the tenant's other published
 * definitions read: a field a rule set, scorecard, flow, dashboard or another form's lookup names,
 * or a policy output score rules name.
 */
import { formCatalog, KIND_NAMES, KIND_ORDER, problem, scorecardFacts, specOf } from '@heng/engine';
import type { Definition, FieldCatalog, FormDefinition, LocalizedText, Problem, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestBodies, referenceContext } from './context.js';
import type { DefinitionAddress } from './request.js';

/** Where the refusal is placed in the published body, and what it is called, per kind others read. */
const READ = {
  form: { path: '/fields', code: 'form.field.in_use', en: 'a field', zh: '字段', keep: 'keep the field', keepZh: '请保留该字段' },
  scorecard: { path: '/policies', code: 'scorecard.policy.in_use', en: 'a policy output', zh: '政策输出', keep: 'keep the policy', keepZh: '请保留该政策' },
} as const;

/** The key a definition goes by in `skip`. */
export const dependentKey = (kind: string, id: string): string => `${kind}:${id}`;

/** The tenant's context as it would be with `body` published at `at` (and the forms published alongside it). */
function contextAfter(ctx: ReferenceContext, at: DefinitionAddress, body: unknown, alongside: ReadonlyMap<string, FieldCatalog>): ReferenceContext {
  const forms = new Map([...ctx.forms, ...alongside]);
  if (at.kind === 'form') return { ...ctx, forms: forms.set(at.id, formCatalog(body as FormDefinition)) };
  return { ...ctx, forms, scorecards: new Map([...ctx.scorecards, ...scorecardFacts([body as ScorecardDefinition])]) };
}

/**
 * Problems publishing `body` (a form or a scorecard; none for the other kinds, which nothing
 * reads but by id) would leave in the tenant's other published definitions (but those whose
 * {@link dependentKey} is in `skip`): one per definition that checks clean against the tenant's
 * context but not once this version is in it, naming it and quoting what it would miss. A
 * definition with problems of its own already is not held against the version.
 *
 * @example
 * await dependentsProblems(tx, tenantId, { kind: 'form', id: 'customer' }, draft, new Map(), new Set())
 * // [{ path: '/fields', code: 'form.field.in_use', message: 'Rule set "Credit risk" (credit_risk) reads a field ...' }]
 */
export async function dependentsProblems(
  tx: Queryable, tenantId: string, at: DefinitionAddress, body: unknown, alongside: ReadonlyMap<string, FieldCatalog>, skip: ReadonlySet<string>,
): Promise<Problem[]> {
  if (at.kind !== 'form' && at.kind !== 'scorecard') return [];
  const read = READ[at.kind];
  const before = await referenceContext(tx, tenantId);
  const after = contextAfter(before, at, body, alongside);
  const out: Problem[] = [];
  for (const kind of KIND_ORDER) {
    const { validate } = specOf(kind);
    for (const dep of (await latestBodies<Definition & { name: LocalizedText }>(tx, tenantId, kind)).values()) {
      if ((kind === at.kind && dep.id === at.id) || skip.has(dependentKey(kind, dep.id))) continue;
      const why = validate(dep, after)[0];
      if (why === undefined || validate(dep, before).length > 0) continue;
      const [en, zh] = [KIND_NAMES[kind].en, KIND_NAMES[kind].zh];
      out.push(problem(
        read.path,
        read.code,
        `${en.charAt(0).toUpperCase()}${en.slice(1)} "${dep.name.en}" (${dep.id}) reads ${read.en} this version drops or changes (${why.message}): ${read.keep}, or change the ${en} first.`,
        `${zh}“${dep.name['zh-CN']}”（${dep.id}）使用了此版本删除或更改的${read.zh}（${why.messageZh}）：${read.keepZh}，或先修改该${zh}。`,
      ));
    }
  }
  return out;
}
