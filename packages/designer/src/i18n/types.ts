/** @module The shape every translation has: the English messages' keys, each a string. */
import type { en } from './en.js';

/** The same keys as `T`, each a string: the shape of a translation of `T`. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** A translation: the same keys as the English one, so a missing string fails to compile. */
export type Messages = Strings<typeof en>;
