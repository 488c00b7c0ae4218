/** @module Text a user sees, in Chinese and English. */

/** A label in both languages Heng ships with. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** JSON Schema (ajv) for {@link LocalizedText}. */
export const localizedTextSchema = {
  type: 'object',
  properties: {
    'zh-CN': { type: 'string', minLength: 1, maxLength: 200 },
    en: { type: 'string', minLength: 1, maxLength: 200 },
  },
  required: ['zh-CN', 'en'],
  additionalProperties: false,
} as const;

/** Picks the label for a locale. */
export function localize(text: LocalizedText, locale: 'zh-CN' | 'en'): string {
  return text[locale];
}
