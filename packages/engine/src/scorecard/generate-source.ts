/** @module The text of generated code: fixed code, integer indices, finite numbers; every other value is data. */

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]\d+)?$/;

/**
 * A finite number as source text, parenthesised when negative (`-0` included). Throws on
 * anything else: this is the only way a number from a definition reaches generated code.
 *
 * @example
 * literal(0.3) // '0.3'
 * literal(-2)  // '(-2)'
 * literal(NaN) // throws
 */
export function literal(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new TypeError(`not a finite number: ${typeof n}`);
  // String() of a finite number is its shortest round-trip form, so the code holds exactly n.
  const text = String(Math.abs(n));
  if (!NUMBER_TEXT.test(text)) throw new TypeError('a number printed as something else');
  return n < 0 || Object.is(n, -0) ? `(-${text})` : text;
}

/**
 * A non-negative safe integer as source text: an index, a count.
 *
 * @example
 * index(3) // '3'
 */
export function index(i: number): string {
  if (!Number.isSafeInteger(i) || i < 0) throw new TypeError('not an index');
  return String(i);
}

/**
 * The values generated code refers to, each by a fixed name `c<index>` bound once, when the
 * function is created, from the array {@link CodeData.values}. Strings from a definition
 * (field names, option values, band ids, grades) travel this way, never as source text.
 */
export class CodeData {
  readonly values: unknown[] = [];
  private readonly names = new Map<unknown, string>();

  /**
   * The name bound to `value` (the same name for the same value).
   *
   * @example
   * data.ref('debt_ratio') // 'c0'; the code reads `r[c0]`
   */
  ref(value: unknown): string {
    let name = this.names.get(value);
    if (name === undefined) {
      name = `c${index(this.values.length)}`;
      this.values.push(value);
      this.names.set(value, name);
    }
    return name;
  }

  /** The declarations binding every name, from the parameter `C`, for the top of the code. */
  declarations(): string {
    if (this.values.length === 0) return '';
    return `const ${this.values.map((_, i) => `c${index(i)} = C[${index(i)}]`).join(', ')};`;
  }
}

/** What the pieces of a generated evaluator share. */
export interface CodeScope {
  readonly data: CodeData;
  /** Every field the code reads from the record, each into its own local. */
  readonly fields: readonly string[];
  /** The local holding a field's own value (`v<i>`). */
  local(field: string): string;
}

/**
 * A scope over `fields`, whose locals are `v0`, `v1`, … in that order.
 *
 * @example
 * codeScope(new CodeData(), ['debt_ratio']).local('debt_ratio') // 'v0'
 */
export function codeScope(data: CodeData, fields: readonly string[]): CodeScope {
  const slots = new Map(fields.map((f, i) => [f, `v${index(i)}`] as const));
  return {
    data,
    fields,
    local(field) {
      const name = slots.get(field);
      if (name === undefined) throw new Error('a field the generated code does not read');
      return name;
    },
  };
}
