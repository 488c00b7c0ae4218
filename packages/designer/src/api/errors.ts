/** @module What went wrong, in the current language: the server's own words when it gave them. */
import { ApiError } from './client.js';
import type { Lang } from '../i18n/language.js';

/**
 * The message of a failure in `lang`: an ApiError's bilingual message, else the error's own.
 *
 * @example
 * errorText(new ApiError(409, 'stale_revision', 'Reload it.', '请重新加载。'), 'zh-CN') // '请重新加载。'
 */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return lang === 'zh-CN' ? error.messageZh : error.message;
  return error instanceof Error ? error.message : String(error);
}
