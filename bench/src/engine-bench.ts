/** @module The engine bench: a 20-factor scorecard over 100,000 customers, three ways, checked and timed. */
import { benchCard, benchCatalog } from './card.js';
import { generateCustomers, TODAY, type Customer } from './customers.js';
import { compileScorecard, emptyContext, validateScorecard } from './engine.js';
import { handWritten } from './hand-written.js';
import { Answers, median, time, type Timing } from './measure.js';
import { rulesEngineScorer } from './rules-engine.js';
import { check, fmt } from './report.js';

const COUNT = 100_000;
const ROUNDS = 5;
const TARGET_VS_HAND = 0.5;
const TARGET_VS_RULES = 300;

/**
 * Scores 100,000 generated customers with Heng's compiled scorecard, a hand-written function
 * and json-rules-engine; checks they agree and prints the rates. False when a target is missed.
 *
 * @example
 * const ok = await engineBench();
 */
export async function engineBench(): Promise<boolean> {
  const problems = validateScorecard(benchCard, { ...emptyContext(), forms: new Map([['customer', benchCatalog]]) });
  if (problems.length > 0) {
    console.error('The bench card does not validate:', problems);
    return false;
  }
  const customers: Customer[] = generateCustomers(COUNT, 20_240_630);
  const env = { today: TODAY };
  const card = compileScorecard(benchCard, benchCatalog);
  const ty = +TODAY.slice(0, 4);
  const tmd = +TODAY.slice(5, 7) * 100 + +TODAY.slice(8, 10);
  const rules = rulesEngineScorer(benchCard, TODAY);

  const heng = new Answers(COUNT);
  const hand = new Answers(COUNT);
  const jre = new Answers(COUNT);
  // Each pass keeps every record's total, grade and flags, the same work for all three.
  const hengPass = () => {
    for (let i = 0; i < COUNT; i++) heng.set(i, card.evaluate(customers[i] as Customer, env));
  };
  const handPass = () => {
    for (let i = 0; i < COUNT; i++) hand.set(i, handWritten(customers[i] as Customer, ty, tmd));
  };
  // Warm up (JIT), then alternate timed rounds so neither gets a quieter machine.
  hengPass();
  handPass();
  const hengTimes: Timing[] = [];
  const handTimes: Timing[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    hengTimes.push(await time(hengPass));
    handTimes.push(await time(handPass));
  }
  for (let i = 0; i < 2_000; i++) await rules(customers[i] as Customer);
  const jreTime = await time(async () => {
    for (let i = 0; i < COUNT; i++) jre.set(i, await rules(customers[i] as Customer));
  });

  const rate = (ms: number) => (COUNT / ms) * 1000;
  const rows: [string, Timing][] = [
    ['Heng compiled scorecard', median(hengTimes)],
    ['hand-written function', median(handTimes)],
    ['json-rules-engine', jreTime],
  ];
  console.log(`Scorecard: ${benchCard.factors.length} factors, ${benchCard.overrides?.length ?? 0} overrides, ${fmt(COUNT)} customers; median of ${ROUNDS} rounds (json-rules-engine: 1)`);
  console.log(`Heng evaluator: ${card.evaluator}, full explanation (every factor's points, weight, contribution, band) for every record`);
  console.log(`  ${''.padEnd(26)}${'records/CPU-s'.padStart(14)}${'records/wall-s'.padStart(16)}`);
  for (const [name, t] of rows) console.log(`  ${name.padEnd(26)}${fmt(rate(t.cpu)).padStart(14)}${fmt(rate(t.wall)).padStart(16)}`);

  let failed = false;
  for (const [name, other] of [['hand-written', hand], ['json-rules-engine', jre]] as const) {
    const diff = heng.differences(other);
    console.log(`Agreement with ${name}: ${diff.length === 0 ? `all ${fmt(COUNT)} records agree on total, grade and flags` : 'DISAGREES'}`);
    for (const d of diff) console.log(`    ${d}`);
    failed ||= diff.length > 0;
  }
  const [hengRate, handRate, jreRate] = rows.map(([, t]) => rate(t.cpu)) as [number, number, number];
  const target = (label: string, ratio: number, min: number) => {
    failed = !check(`Heng / ${label} = ${ratio < 10 ? ratio.toFixed(2) : fmt(ratio)}×`, ratio >= min, `≥ ${min}×`) || failed;
  };
  console.log('Targets (CPU time):');
  target('hand-written', hengRate / handRate, TARGET_VS_HAND);
  target('json-rules-engine', hengRate / jreRate, TARGET_VS_RULES);
  return !failed;
}
