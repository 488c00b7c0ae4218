/** @module What a bundle's forms show each other while it is checked, so forms may look each other up and roll each other up. */
import type { FieldCatalog } from '../core/catalog.js';
import { formCatalog } from '../form/catalog.js';
import { checkStructure } from '../form/structure.js';
import type { FormDefinition } from '../form/types.js';

/**
 * The field catalog of each of a bundle's forms, by id, for checking the bundle's definitions
 * against one another. A form whose shape is sound shows its fields, so a customer may roll up
 * its receivables while they refer to it and copy its name (a cycle no publishing order could
 * satisfy one form at a time); a malformed form shows none, and its own problems are reported
 * where it is checked.
 *
 * @example
 * bundleFormCatalogs([customer, receivable]).get('receivable')?.get('outstanding')?.kind // 'number'
 */
export function bundleFormCatalogs(forms: readonly { readonly id: string }[]): Map<string, FieldCatalog> {
  return new Map(forms.map((form) => [form.id, checkStructure(form).length === 0 ? formCatalog(form as FormDefinition) : new Map()]));
}
