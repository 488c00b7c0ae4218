/** @module Where a definition stands: a draft never published, published as is, or published with changes in the draft. */
import type { Lang } from '../i18n/language.js';

/** A definition's status, as the lists and the editor's bar show it. */
export type DefinitionStatus =
  | { readonly kind: 'draft' }
  | { readonly kind: 'published'; readonly version: number }
  | { readonly kind: 'changed'; readonly version: number };

/**
 * The status from the latest published version and the number of changes the draft has
 * since it (undefined while that is not known yet: shown as published).
 *
 * @example
 * definitionStatus(null, undefined) // { kind: 'draft' }
 * definitionStatus(3, 2)            // { kind: 'changed', version: 3 }
 */
export function definitionStatus(latestVersion: number | null, changes: number | undefined): DefinitionStatus {
  if (latestVersion === null) return { kind: 'draft' };
  return changes !== undefined && changes > 0 ? { kind: 'changed', version: latestVersion } : { kind: 'published', version: latestVersion };
}

/**
 * A definition's name in `lang` from a draft that may not have one yet (drafts are work in
 * progress), else its id.
 *
 * @example
 * displayName({ en: 'Customer', 'zh-CN': '客户' }, 'zh-CN', 'customer') // '客户'
 * displayName(undefined, 'en', 'customer')                           // 'customer'
 */
export function displayName(name: unknown, lang: Lang, id: string): string {
  if (typeof name !== 'object' || name === null) return id;
  const text = (name as Record<string, unknown>)[lang];
  return typeof text === 'string' && text.trim() !== '' ? text : id;
}
