/**
 * @module A form or scorecard version may not take away what the tenant's other published
 * definitions read: a field a rule set, scorecard, flow, dashboard or another form's lookup names,
 * a policy output score rules name, or a grade a flow branches on.
 */
import { catalogOf, formCatalog, KIND_NAMES, KIND_ORDER, policyFact, problem, sameJson, scoreCatalog, scorecardFacts, specOf } from '@heng/engine';
import type { Definition, FieldCatalog, FieldInfo, FormDefinition, LocalizedText, Problem, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { latestBodies, referenceContext } from './context.js';
import type { DefinitionAddress } from './request.js';

/** Where the refusal is placed in the published body, and what it is called, per kind others read. */
const READ = {
  form: { path: '/fields', code: 'form.field.in_use', en: 'field', zh: '字段' },
  scorecard: { path: '/policies', code: 'scorecard.policy.in_use', en: 'policy output', zh: '政策输出' },
} as const;

/** The key a definition goes by in `skip`. */
export const dependentKey = (kind: string, id: string): string => `${kind}:${id}`;

/** A field (or policy fact) of the published version that the new one drops or changes: its context alone, and its name. */
interface Taken {
  readonly id: string;
  readonly label: LocalizedText;
  /** The tenant's context with only this one taken away as the new version does. */
  readonly ctx: ReferenceContext;
}

/** How a refusal names a scorecard's grades, which flows branch on. */
const GRADES: LocalizedText = { en: 'Grades', 'zh-CN': '等级' };

/**
 * The facts of what is published at `at`, before and after, in the same shape: a form's fields,
 * or a scorecard's `score` and `grade` (as flows read them) and its policy facts.
 */
function factsOf(ctx: ReferenceContext, at: DefinitionAddress): FieldCatalog {
  if (at.kind === 'form') return ctx.forms.get(at.id) ?? new Map();
  const card = ctx.scorecards.get(at.id);
  if (card === undefined) return new Map();
  const facts = new Map(scoreCatalog(catalogOf(card.policies), card.grades));
  const grade = facts.get('grade');
  return grade === undefined ? facts : facts.set('grade', { ...grade, label: GRADES });
}

function withFacts(ctx: ReferenceContext, at: DefinitionAddress, facts: FieldCatalog): ReferenceContext {
  if (at.kind === 'form') return { ...ctx, forms: new Map([...ctx.forms, [at.id, facts]]) };
  const card = ctx.scorecards.get(at.id);
  if (card === undefined) return ctx;
  const policies = [...facts.values()].filter((f) => f.id !== 'score' && f.id !== 'grade');
  return { ...ctx, scorecards: new Map([...ctx.scorecards, [at.id, { ...card, grades: facts.get('grade')?.options ?? [], policies }]]) };
}

/** What the new version takes away, one by one, named as the published version names it. */
function takenAway(before: ReferenceContext, after: ReferenceContext, at: DefinitionAddress, labels: ReadonlyMap<string, LocalizedText>): Taken[] {
  const [old, next] = [factsOf(before, at), factsOf(after, at)];
  return [...old.values()].filter((f) => !sameJson(f, next.get(f.id))).map((f: FieldInfo) => {
    const facts = new Map(old);
    const now = next.get(f.id);
    if (now === undefined) facts.delete(f.id);
    else facts.set(f.id, now);
    return { id: f.id, label: f.label ?? labels.get(f.id) ?? { en: f.id, 'zh-CN': f.id }, ctx: withFacts(before, at, facts) };
  });
}

/** The tenant's context as it would be with `body` published at `at` (and the forms published alongside it). */
function contextAfter(ctx: ReferenceContext, at: DefinitionAddress, body: unknown, alongside: ReadonlyMap<string, FieldCatalog>): ReferenceContext {
  const forms = new Map([...ctx.forms, ...alongside]);
  if (at.kind === 'form') return { ...ctx, forms: forms.set(at.id, formCatalog(body as FormDefinition)) };
  return { ...ctx, forms, scorecards: new Map([...ctx.scorecards, ...scorecardFacts([body as ScorecardDefinition])]) };
}

/** The refusal for one reader: which of what is taken away it reads, by name (all of it when only together they break it). */
function refusal(at: 'form' | 'scorecard', kind: Definition['kind'], dep: Definition & { name: LocalizedText }, reads: readonly Taken[]): Problem {
  const read = READ[at];
  const names = (lang: 'en' | 'zh-CN') => reads.map((r) => (lang === 'en' ? `"${r.label.en}" (${r.id})` : `“${r.label['zh-CN']}”（${r.id}）`)).join(lang === 'en' ? ', ' : '、');
  const [en, zh] = [KIND_NAMES[kind].en, KIND_NAMES[kind].zh];
  if (reads.length === 0) {
    // Only forms imported alongside this one break it.
    return problem(read.path, read.code, `The ${en} "${dep.name.en}" (${dep.id}) no longer checks against the forms imported with this version: change the ${en} first.`, `${zh}“${dep.name['zh-CN']}”（${dep.id}）与本次一同导入的表单不再相符：请先修改该${zh}。`);
  }
  return problem(
    read.path,
    read.code,
    `The ${en} "${dep.name.en}" (${dep.id}) reads the ${read.en}${reads.length > 1 ? 's' : ''} ${names('en')}, which this version drops or changes: keep ${reads.length > 1 ? 'them' : 'it'}, or change the ${en} first.`,
    `${zh}“${dep.name['zh-CN']}”（${dep.id}）使用了${read.zh}${names('zh-CN')}，此版本将其删除或更改：请保留，或先修改该${zh}。`,
  );
}

/** A published definition that reads what another one offers, named as it names itself. */
export interface Reader {
  readonly kind: Definition['kind'];
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * The tenant's published definitions (but `at` itself and those in `skip`) that check clean
 * against `before` but not against `after`, each handed to `found` with the bodies of `at`'s kind
 * read on the way (a form's labels).
 */
async function eachBroken(
  tx: Queryable, tenantId: string, at: DefinitionAddress, before: ReferenceContext, after: ReferenceContext, skip: ReadonlySet<string>,
  found: (reader: Definition & { name: LocalizedText }, kind: Definition['kind'], published: Definition | undefined) => void,
): Promise<void> {
  let published: Definition | undefined;
  for (const kind of KIND_ORDER) {
    const { validate } = specOf(kind);
    const bodies = await latestBodies<Definition & { name: LocalizedText }>(tx, tenantId, kind);
    if (kind === at.kind) published = bodies.get(at.id);
    for (const dep of bodies.values()) {
      if ((kind === at.kind && dep.id === at.id) || skip.has(dependentKey(kind, dep.id))) continue;
      if (validate(dep, after).length === 0 || validate(dep, before).length > 0) continue;
      found(dep, kind, published);
    }
  }
}

const labelsOf = (published: Definition | undefined): ReadonlyMap<string, LocalizedText> =>
  new Map(published?.kind === 'form' ? published.fields.map((f) => [f.id, f.label]) : []);

/**
 * Problems publishing `body` (a form or a scorecard; none for the other kinds, which nothing
 * reads but by id) would leave in the tenant's other published definitions (but those whose
 * {@link dependentKey} is in `skip`): one per definition that checks clean against the tenant's
 * context but not once this version is in it, naming it and the fields (or policy outputs) it
 * reads that the version drops or changes. A definition with problems of its own already is not
 * held against the version.
 *
 * @example
 * await dependentsProblems(tx, tenantId, { kind: 'form', id: 'customer' }, draft, new Map(), new Set())
 * // [{ path: '/fields', code: 'form.field.in_use', message: 'The scorecard "Credit score" (credit_score) reads the field "Founded on" (founded_on), ...' }]
 */
export async function dependentsProblems(
  tx: Queryable, tenantId: string, at: DefinitionAddress, body: unknown, alongside: ReadonlyMap<string, FieldCatalog>, skip: ReadonlySet<string>,
): Promise<Problem[]> {
  if (at.kind !== 'form' && at.kind !== 'scorecard') return [];
  const kindRead = at.kind;
  const before = await referenceContext(tx, tenantId);
  const after = contextAfter(before, at, body, alongside);
  const out: Problem[] = [];
  // Worked out once, for the first reader found: most publishes break none.
  let taken: Taken[] | undefined;
  await eachBroken(tx, tenantId, at, before, after, skip, (dep, kind, published) => {
    taken ??= takenAway(before, after, at, labelsOf(published));
    const reads = taken.filter((t) => specOf(kind).validate(dep, t.ctx).length > 0);
    out.push(refusal(kindRead, kind, dep, reads.length > 0 ? reads : taken));
  });
  return out;
}

/**
 * The published definitions that read field `item` of form `at` (or, of a scorecard, its policy
 * output `item`): those that would no longer check were it dropped. What the form designer lists
 * before a field is removed.
 *
 * @example
 * await readersOf(tx, tenantId, { kind: 'form', id: 'customer' }, 'founded_on') // [{ kind: 'scorecard', id: 'credit_score', name: { ... } }]
 */
export async function readersOf(tx: Queryable, tenantId: string, at: DefinitionAddress, item: string): Promise<Reader[]> {
  if (at.kind !== 'form' && at.kind !== 'scorecard') return [];
  const before = await referenceContext(tx, tenantId);
  const facts = new Map(factsOf(before, at));
  if (!facts.delete(at.kind === 'form' ? item : policyFact(item))) return [];
  const out: Reader[] = [];
  await eachBroken(tx, tenantId, at, before, withFacts(before, at, facts), new Set(), (dep, kind) => out.push({ kind, id: dep.id, name: dep.name }));
  return out;
}
