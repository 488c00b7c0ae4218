/** @module A bundle (template): definitions plus seed data, imported in one click. */
import type { LocalizedText } from '../core/localized.js';
import type { Definition } from '../kinds.js';

/** The format tag every bundle carries, so a future format can be told apart. */
export const BUNDLE_FORMAT = 'heng.bundle/1';

/** A role a bundle's definitions name (approvers, access, notices). */
export interface BundleRole {
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * A seed record: field values, with an optional id other seed records may reference. Values are
 * written as a person enters them; store them as the form's `computeRecord` returns them
 * (formulas computed, date-times in canonical UTC), like any other record.
 */
export interface SeedRecord {
  readonly id?: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * A template: readable, diffable JSON.
 *
 * @example
 * { format: 'heng.bundle/1', id: 'credit', name: { 'zh-CN': '客户信用管理', en: 'Credit management' }, version: '1.0.0',
 *   roles: [...], definitions: [{ kind: 'form', id: 'customer', ... }], seed: { customer: [{ id: 'c1', values: { ... } }] } }
 */
export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly version: string;
  readonly roles: readonly BundleRole[];
  readonly definitions: readonly Definition[];
  /** Seed records by form id. */
  readonly seed?: Readonly<Record<string, readonly SeedRecord[]>>;
}

/** What a tenant already holds, for checking a bundle against it and planning an import. */
export interface TenantInventory {
  readonly roles: ReadonlySet<string>;
  /** Existing definition ids by kind. */
  readonly definitions: Readonly<Record<Definition['kind'], ReadonlySet<string>>>;
}
