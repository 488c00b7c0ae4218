/** @module Problems: what validation returns instead of throwing, one per thing to fix. */

/**
 * One thing wrong with a definition or a record, placed where it belongs.
 * `path` is a JSON Pointer (RFC 6901) into the checked document, so an editor can put the
 * message on the right field; `code` is stable for programs; the messages say how to fix it.
 *
 * @example
 * { path: '/factors/2/weight', code: 'weights.sum', message: 'Weights add up to 95%; they must add up to 100%.', messageZh: '权重合计为 95%，应为 100%。' }
 */
export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
}

/**
 * Builds a problem; `en` and `zh` say the same thing in English and Chinese.
 *
 * @example
 * problem('/fields/0/id', 'field.id.duplicate', 'Field id "name" is used twice: rename one.', '字段 ID "name" 重复，请重命名其一。')
 */
export function problem(path: string, code: string, en: string, zh: string): Problem {
  return { path, code, message: en, messageZh: zh };
}

/**
 * The problems without repeats (same path, code and message), first ones kept: checks that
 * look at one thing from two sides report it once.
 *
 * @example
 * dedupeProblems([a, a, b]) // [a, b]
 */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The outcome of a check: a value when there are no problems, the problems otherwise. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
