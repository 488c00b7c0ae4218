/** @module Generated code for weights, the exact sum and the factors' explanations. */
import { MAX_CHAIN, type ConstantOutcome } from './generate-factors.js';
import { index, literal, type CodeData, type CodeScope } from './generate-source.js';
import { noWeightProblem } from './missing.js';
import { EXCLUDE, POINTS, type ScorecardParts } from './parts.js';
import type { FactorScore } from './result.js';
import type { WeightTable } from './weights.js';

/** Weight tables with more combinations than this get no prepared explanations. */
export const MAX_PREPARED_COMBOS = 64;

/** At most this many prepared explanations per factor (outcomes × combinations), to bound memory. */
const MAX_PREPARED = 512;

/** What generating the factors leaves for the rest: each factor's fixed outcomes, marked in `k<i>`. */
export type Constants = readonly (readonly ConstantOutcome[])[];

/**
 * Adds a modifier's part to `combo` as `WeightTable.combo` does: the position of the value
 * (a string) times the stride; nothing for other values. A few values compare with `===`,
 * the same as `Map.get` for strings.
 */
function comboCode(p: WeightTable['positions'][number], v: string, data: CodeData): string {
  if (p.index.size > MAX_CHAIN) return `{ const i = typeof ${v} === "string" ? ${data.ref(p.index)}.get(${v}) : undefined; if (i !== undefined) combo += i * ${literal(p.stride)}; }`;
  const chain = [...p.index].map(([value, i]) => `${v} === ${data.ref(value)} ? ${literal(i * p.stride)} : `);
  return `combo += ${chain.join('')}0;`;
}

/**
 * A factor's explanation: a fresh object, or for an outcome fixed at compile time the frozen
 * object prepared for it and the record's weights (the same fields and values; records that
 * share weights and outcome share it). Exclusions change weights, so they get fresh objects.
 */
function scoreCode(parts: ScorecardParts, i: number, fixed: readonly ConstantOutcome[], data: CodeData): string {
  const n = index(i);
  const id = parts.ids[i] as string;
  const fresh = `{ id: ${data.ref(id)}, raw: x${n}, points: p${n} / 100, weight: w${n}, contribution: p${n} * w${n} / 1000000, band: b${n}, missing: m${n} }`;
  if (fixed.length === 0 || fixed.length * parts.table.size > MAX_PREPARED) return fresh;
  const policy = parts.policyOf[i];
  const prepared: FactorScore[] = [];
  for (let c = 0; c < parts.table.size; c++) {
    const w = parts.table.weights(c)[i] as number;
    for (const o of fixed) {
      const p = o.missing === undefined ? o.points : policy === POINTS ? (parts.missingPoints[i] as number) : 0;
      prepared.push(Object.freeze({ id, raw: o.raw, points: p / 100, weight: w, contribution: (p * w) / 1_000_000, band: o.band, missing: o.missing }));
    }
  }
  const at = parts.table.dimensions.length === 0 ? `k${n}` : `combo * ${index(fixed.length)} + k${n}`;
  const guard = parts.policyOf.includes(EXCLUDE) ? ' && !ex' : '';
  return `k${n} >= 0${guard} ? ${data.ref(prepared)}[${at}] : ${fresh}`;
}

/**
 * Effective weights into `w<i>` (literals when they never change), the exact sum of products
 * into `s`, and the factors' explanations into `fs`, from the factors' locals.
 *
 * @example
 * weightsCode(parts, scope, 'c0', constants) // [..., 'const s = 0 + p0 * w0 + p1 * w1;', 'const fs = [...];']
 */
export function weightsCode(parts: ScorecardParts, scope: CodeScope, excluded: string, constants: Constants): string[] {
  const { table, ids } = parts;
  const { data } = scope;
  const canExclude = parts.policyOf.includes(EXCLUDE);
  const lines: string[] = [];
  if (table.dimensions.length === 0 && !canExclude) {
    const w = table.weights(0);
    lines.push(`const ${ids.map((_, i) => `w${index(i)} = ${literal(w[i] as number)}`).join(', ')};`);
  } else {
    const t = data.ref(table);
    if (table.dimensions.length > 0) {
      lines.push('let combo = 0;', ...table.positions.map((p, k) => comboCode(p, scope.local(table.dimensions[k] as string), data)));
      lines.push(`let W = ${t}.weights(combo);`);
    } else lines.push('const combo = 0;', `let W = ${data.ref(table.weights(0))};`);
    if (canExclude) lines.push(`if (ex) W = ${t}.without(combo, ${excluded});`);
    lines.push(`const ${ids.map((_, i) => `w${index(i)} = W[${index(i)}]`).join(', ')};`);
    if (canExclude) lines.push(`if (ex && ${ids.map((_, i) => `w${index(i)}`).join(' + ')} === 0) { if (F === undefined) F = []; F.push(${data.ref(noWeightProblem)}()); }`);
  }
  lines.push(`const s = 0 + ${ids.map((_, i) => `p${index(i)} * w${index(i)}`).join(' + ')};`);
  lines.push(`const fs = [${ids.map((_, i) => scoreCode(parts, i, constants[i] ?? [], data)).join(', ')}];`);
  return lines;
}
