/** @module JSON Pointers (RFC 6901) for problem paths. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Appends tokens to a pointer.
 *
 * @example
 * pointer('/factors', 0, 'bands') // '/factors/0/bands'
 */
export function pointer(base: string, ...tokens: ReadonlyArray<string | number>): string {
  return tokens.reduce<string>((acc, t) => `${acc}/${escapeToken(t)}`, base);
}

/** Splits a pointer into its unescaped tokens. */
export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
