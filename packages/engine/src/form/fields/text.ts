/** @module Text: one line, up to 1,000 characters (a company name, a social credit code). */
import type { TextField } from '../types.js';
import { textLike } from './text-like.js';

/** The text field type. */
export const text = textLike<TextField>({ en: 'Text', 'zh-CN': '文本' }, 1000, ['minLength', 'maxLength', 'pattern', 'format', 'unique']);
