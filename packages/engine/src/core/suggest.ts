/** @module "Did you mean …?" for misspelt ids in problem messages. */

/** Levenshtein distance, small inputs only (ids are at most 64 characters). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `name`, if close enough to be a likely typo.
 *
 * @example
 * closest('anual_sales', ['annual_sales', 'region']) // 'annual_sales'
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * A hint to end a message with: the likely id, or the known ids (at most 10).
 *
 * @example
 * hint('risk-reveiw', ['risk-review', 'finance-director']) // { en: ' Did you mean "risk-review"?', zh: ' 是否应为 "risk-review"？' }
 */
export function hint(name: string, candidates: readonly string[]): { en: string; zh: string } {
  const c = closest(name, candidates);
  if (c !== undefined) return { en: ` Did you mean "${c}"?`, zh: ` 是否应为 "${c}"？` };
  if (candidates.length === 0) return { en: '', zh: '' };
  const more = candidates.length > 10;
  const list = candidates.slice(0, 10).join(', ');
  return { en: ` Known: ${list}${more ? ', …' : '.'}`, zh: ` 可选：${list}${more ? '等。' : '。'}` };
}
