/** @module The definitions screens' messages in both languages (one file per feature, so features add strings apart). */
import type { Strings } from '../types.js';

export const definitionsEn = {};

export const definitionsZh: Strings<typeof definitionsEn> = {};
