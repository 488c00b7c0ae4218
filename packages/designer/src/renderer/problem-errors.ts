/** @module Engine and server problems placed on react-hook-form fields: JSON Pointers read as field names, each message kept in both languages. */
import { parsePointer } from '@heng/engine';
import type { Problem } from '@heng/engine';
import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import type { Lang } from '../i18n/language.js';

/**
 * A react-hook-form error holding a problem's message in both languages (`types`), so a
 * language switch re-words an error already shown; `message` is the English one.
 */
export type BilingualError = FieldError & { readonly types: Readonly<Record<Lang, string>> };

/**
 * The react-hook-form name of a problem's path: `/company_name` → `company_name`,
 * `/contacts/0/phone` → `contacts.0.phone`; undefined for the whole record (`''`) or a token
 * react-hook-form cannot name (one holding a dot).
 *
 * @example
 * fieldNameOf('/contacts/0/phone') // 'contacts.0.phone'
 */
export function fieldNameOf(path: string): string | undefined {
  const tokens = parsePointer(path);
  if (tokens.length === 0 || tokens.some((t) => t === '' || t.includes('.'))) return undefined;
  return tokens.join('.');
}

/** Problems sorted into those shown on a field (by name) and the rest, shown above the form. */
export interface PlacedProblems {
  readonly byName: ReadonlyMap<string, BilingualError>;
  readonly general: readonly Problem[];
}

/**
 * Places each problem on the field it names when `isShown(name)` says that field is on screen;
 * the others (the whole record, a field hidden by a condition) are `general`, so none is lost.
 * Several problems on one field are joined into one message.
 *
 * @example
 * placeProblems([{ path: '/name', code: 'value.required', message: 'Name is required.', messageZh: '请填写名称。' }], () => true)
 * // byName: name → { type: 'value.required', message: 'Name is required.', types: { en: …, 'zh-CN': '请填写名称。' } }
 */
export function placeProblems(problems: readonly Problem[], isShown: (name: string) => boolean): PlacedProblems {
  const byName = new Map<string, BilingualError>();
  const general: Problem[] = [];
  for (const p of problems) {
    const name = fieldNameOf(p.path);
    if (name === undefined || !isShown(name)) {
      general.push(p);
      continue;
    }
    const before = byName.get(name);
    const en = before === undefined ? p.message : `${before.types.en} ${p.message}`;
    const zh = before === undefined ? p.messageZh : `${before.types['zh-CN']} ${p.messageZh}`;
    byName.set(name, { type: before?.type ?? p.code, message: en, types: { en, 'zh-CN': zh } });
  }
  return { byName, general };
}

type Node = Record<string, unknown>;

// A container's `type` (a column named so) is an object, never a string.
const isError = (x: unknown): x is FieldError => typeof x === 'object' && x !== null && typeof (x as FieldError).type === 'string';

/**
 * The nested error object a resolver returns. An error on a sub-table itself beside errors
 * in its rows goes under `root`, as react-hook-form keeps field-array errors.
 *
 * @example
 * errorTree(new Map([['contacts.0.phone', e]])) // { contacts: { 0: { phone: e } } }
 */
export function errorTree<T extends FieldValues>(byName: ReadonlyMap<string, BilingualError>): FieldErrors<T> {
  const tree: Node = {};
  const leaves = [...byName].sort(([a], [b]) => a.split('.').length - b.split('.').length);
  for (const [name, error] of leaves) {
    const tokens = name.split('.');
    let node = tree;
    for (const token of tokens.slice(0, -1)) {
      const next = node[token];
      if (isError(next)) node[token] = { root: next };
      else if (next === undefined) node[token] = {};
      node = node[token] as Node;
    }
    const last = tokens.at(-1) as string;
    if (node[last] === undefined) node[last] = error;
    else (node[last] as Node).root = error;
  }
  return tree as FieldErrors<T>;
}

/**
 * The text of an error in `lang`: a problem's own wording when it has both languages, else its message.
 *
 * @example
 * errorText(error, 'zh-CN') // '请填写名称。'
 */
export function errorText(error: FieldError | undefined, lang: Lang): string | undefined {
  if (error === undefined) return undefined;
  const own = error.types?.[lang];
  if (typeof own === 'string') return own;
  return error.message ?? errorText(error.root, lang);
}
