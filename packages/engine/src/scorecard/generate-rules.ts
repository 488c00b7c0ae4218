/** @module Generated code after the total: the grade band, overrides inline, policies and the result. */
import { toScaled } from '../core/decimal.js';
import { conditionCode, type ConditionScope } from './generate-conditions.js';
import { index, literal, type CodeScope } from './generate-source.js';
import { NONE } from './overrides.js';
import type { ScorecardParts } from './parts.js';
import { NO_OUTPUTS, type FiredOverride } from './result.js';

/** `band`: the grade band of the rounded total `sc`, searched from the best down as `GradeScale.bandOf` does. */
function bandCode(parts: ScorecardParts, scope: CodeScope): string {
  const { bands } = parts.scale;
  const last = bands.length - 1;
  const tests = bands.slice(0, last).map((b) => `sc >= ${literal(toScaled(b.min, parts.def.precision))} ? ${scope.data.ref(b)} : `);
  return `const band = ${tests.join('')}${scope.data.ref(bands[last])};`;
}

/**
 * The overrides in order on the grade band `g`, as `compileOverrides` applies them: fired ones
 * into `H`, flags (each once) into `L`. Conditions see `score` (the rounded total) and `grade`
 * (as the overrides before left it); a part that calls its closure gets `facts`, kept current.
 */
function overridesCode(parts: ScorecardParts, cs: ConditionScope, facts: string): string[] {
  const { data } = cs;
  const { scale } = parts;
  const lines = ['let g = band, H, L;'];
  (parts.def.overrides ?? []).forEach((o) => {
    const before = cs.usesFacts;
    cs.usesFacts = false;
    const test = conditionCode(o.when, cs);
    if (cs.usesFacts) lines.push(`${facts}.grade = g.grade;`);
    cs.usesFacts ||= before;
    const fired: FiredOverride = Object.freeze({ id: o.id, action: o.action });
    lines.push(`if (${test}) {`, `if (H === undefined) H = [${data.ref(fired)}]; else H.push(${data.ref(fired)});`);
    const a = o.action;
    if (a.kind === 'flag') {
      const flag = data.ref(a.flag);
      lines.push(`if (L === undefined) L = [${flag}]; else if (!L.includes(${flag})) L.push(${flag});`);
    } else {
      const target = scale.byGrade(a.grade);
      const rank = target === undefined ? -1 : scale.rank(target.grade);
      if (a.kind === 'force') lines.push(`g = ${data.ref(target)};`);
      else lines.push(`if (${data.ref(scale.rank)}(g.grade) > ${rank < 0 ? '-1' : index(rank)}) g = ${data.ref(target)};`);
    }
    lines.push('}');
  });
  return lines;
}

/**
 * The code from the rounded total (`sc`, `total`) to the returned result: the band, then the
 * overrides inline and the policies through their compiled closures, which read a facts object
 * holding the fields they name (`v<i>`), `score` and `grade`.
 *
 * @example
 * ruleCode(parts, scope) // ['const band = sc >= 850 ? c40 : ...', ..., 'return { scorecard: c1, total, ... };']
 */
export function ruleCode(parts: ScorecardParts, scope: CodeScope): string[] {
  const { data } = scope;
  const id = data.ref(parts.def.id);
  const none = data.ref(NONE);
  const lines = [bandCode(parts, scope)];
  const result = (fin: string, fired: string, flags: string, outputs: string) =>
    `return { scorecard: ${id}, total: total, grade: ${fin}.grade, label: ${fin}.label, color: ${fin}.color, bandGrade: band.grade, factors: fs, overrides: ${fired}, flags: ${flags}, outputs: ${outputs}, problems: undefined };`;
  if (!parts.hasOverrides && !parts.hasPolicies) return [...lines, result('band', none, none, data.ref(NO_OUTPUTS))];

  const facts = data.ref(Object.fromEntries([...parts.factKeys, 'score', 'grade'].map((k) => [k, undefined])));
  const cs: ConditionScope = { data, fact: (f) => (f === 'score' ? 'total' : f === 'grade' ? 'g.grade' : scope.local(f)), facts, usesFacts: false };
  const overrides = overridesCode(parts, cs, facts);
  if (cs.usesFacts || parts.hasPolicies) {
    lines.push(...parts.factKeys.map((k) => `${facts}[${data.ref(k)}] = ${scope.local(k)};`), `${facts}.score = total;`);
  }
  lines.push(...overrides);
  let outputs = data.ref(NO_OUTPUTS);
  if (parts.hasPolicies) {
    lines.push(`${facts}.grade = g.grade;`);
    outputs = `${data.ref(parts.policies)}.outputs(${facts}, g.grade, env)`;
  }
  return [...lines, result('g', `H === undefined ? ${none} : H`, `L === undefined ? ${none} : L`, outputs)];
}
