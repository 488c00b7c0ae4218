/** @module The rule editor screens' messages in both languages (one file per feature, so features add strings apart). */
import type { Strings } from '../types.js';

export const ruleEditorEn = {};

export const ruleEditorZh: Strings<typeof ruleEditorEn> = {};
