/** @module The form designer screens' messages in both languages (one file per feature, so features add strings apart). */
import type { Strings } from '../types.js';

export const formDesignerEn = {};

export const formDesignerZh: Strings<typeof formDesignerEn> = {};
