/** @module Long text: several lines, up to 20,000 characters (notes, news summaries). */
import type { LongTextField } from '../types.js';
import { textLike } from './text-like.js';

/** The long text field type. */
export const longText = textLike<LongTextField>({ en: 'Long text', 'zh-CN': '多行文本' }, 20_000, ['minLength', 'maxLength', 'pattern']);
