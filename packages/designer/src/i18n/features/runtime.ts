/** @module The runtime screens' messages in both languages (one file per feature, so features add strings apart). */
import type { Strings } from '../types.js';

export const runtimeEn = {};

export const runtimeZh: Strings<typeof runtimeEn> = {};
