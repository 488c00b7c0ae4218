/** @module Validation problems placed on the editor's rows: JSON Pointers into the definition, read back as ids. */
import { parsePointer } from '@heng/engine';
import type { Problem, ScorecardDefinition } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/**
 * A problem's message in `lang`.
 *
 * @example
 * problemText({ message: 'Weights add up to 95.00%…', messageZh: '权重合计为 95.00%…', … }, 'zh-CN') // '权重合计为 95.00%…'
 */
export function problemText(p: Pick<Problem, 'message' | 'messageZh'>, lang: Lang): string {
  return lang === 'zh-CN' ? p.messageZh : p.message;
}

/**
 * The problems placed exactly at `path`.
 *
 * @example
 * problemsAt(problems, '/factors/0/weight')
 */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path);
}

/**
 * The problems at `path` or anywhere inside it.
 *
 * @example
 * problemsUnder(problems, '/factors/1') // includes '/factors/1/method/bands/0/min'
 */
export function problemsUnder(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}/`));
}

/** What makes two problems the same: where and which check, not the wording (a hint may list names in another order). */
const problemKey = (p: Problem) => `${p.path}\u0000${p.code}`;

/**
 * The problems of several checks as one list, `first` whole and first: the editor's own check
 * in the browser, then what the server found that it did not (same path and code; a role
 * deleted or a form republished since the page was opened), each once. `first` itself when the
 * others add nothing, so what is derived from the list is not recomputed.
 *
 * @example
 * mergeProblems(local, fromServer) === local // when the server says nothing new
 */
export function mergeProblems(first: readonly Problem[], ...more: ReadonlyArray<readonly Problem[]>): readonly Problem[] {
  const seen = new Set(first.map(problemKey));
  const extra = more.flat().filter((p) => {
    const key = problemKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return extra.length === 0 ? first : [...first, ...extra];
}

/** Where a problem belongs in the scorecard editor. */
export interface ProblemPlace {
  readonly section: 'card' | 'factors' | 'grades' | 'overrides' | 'policies' | 'modifiers';
  /** The factor, grade band, override, policy or modifier the problem is in. */
  readonly itemId?: string;
  /** The band of a factor's bands method. */
  readonly bandId?: string;
  /** The rest of the pointer below the item (or band): `['min']`, `['when', 'all', '0', 'value']`. */
  readonly rest: readonly string[];
}

const SECTIONS = new Set(['factors', 'grades', 'overrides', 'policies', 'modifiers']);

/**
 * Reads a problem's pointer back as the ids of the rows it names, so the editor can select the
 * factor, open the tab and mark the cell (indices change as rows move; ids do not).
 *
 * @example
 * placeOf(def, '/factors/0/method/bands/2/min') // { section: 'factors', itemId: 'debt', bandId: 'high', rest: ['min'] }
 */
export function placeOf(def: ScorecardDefinition, path: string): ProblemPlace {
  const [head, index, ...rest] = parsePointer(path);
  if (head === undefined || !SECTIONS.has(head)) return { section: 'card', rest: head === undefined ? [] : [head] };
  const section = head as Exclude<ProblemPlace['section'], 'card'>;
  const list: ReadonlyArray<{ readonly id: string }> = section === 'factors' ? def.factors : section === 'grades' ? def.grades : (def[section] ?? []);
  const item = index === undefined ? undefined : list[Number(index)];
  if (item === undefined) return { section, rest: index === undefined ? [] : [index, ...rest] };
  if (section === 'factors' && rest[0] === 'method' && rest[1] === 'bands' && rest[2] !== undefined) {
    const factor = def.factors[Number(index)];
    const band = factor?.method.kind === 'bands' ? factor.method.bands[Number(rest[2])] : undefined;
    if (band !== undefined) return { section, itemId: item.id, bandId: band.id, rest: rest.slice(3) };
  }
  return { section, itemId: item.id, rest };
}

/**
 * The pointer of a row by its id (`undefined` when it is gone), to look its problems up.
 *
 * @example
 * rowPath(def, 'factors', 'debt') // '/factors/0'
 */
export function rowPath(def: ScorecardDefinition, section: 'factors' | 'grades' | 'overrides' | 'policies', id: string): string | undefined {
  const list: ReadonlyArray<{ readonly id: string }> = section === 'factors' ? def.factors : section === 'grades' ? def.grades : (def[section] ?? []);
  const i = list.findIndex((x) => x.id === id);
  return i < 0 ? undefined : `/${section}/${i}`;
}

/**
 * The pointer of band `bandId` of factor `factorId`.
 *
 * @example
 * bandPath(def, 'debt', 'mid') // '/factors/0/method/bands/1'
 */
export function bandPath(def: ScorecardDefinition, factorId: string, bandId: string): string | undefined {
  const i = def.factors.findIndex((f) => f.id === factorId);
  const m = def.factors[i]?.method;
  if (m?.kind !== 'bands') return undefined;
  const j = (m.bands as ReadonlyArray<{ readonly id: string }>).findIndex((b) => b.id === bandId);
  return j < 0 ? undefined : `/factors/${i}/method/bands/${j}`;
}
