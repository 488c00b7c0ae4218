/** @module Pure edits of a form's record permissions: which roles may create, change and delete its records. */
import type { FormDefinition, RecordAction } from '@heng/engine';

/**
 * The form with `action` open to every role (`roles` undefined) or only to `roles`; the
 * permissions dropped once no action is limited.
 *
 * @example
 * setPermission(payment, 'delete', ['finance_director']).permissions // { delete: ['finance_director'] }
 * setPermission(payment, 'delete', undefined).permissions            // undefined
 */
export function setPermission(def: FormDefinition, action: RecordAction, roles: readonly string[] | undefined): FormDefinition {
  const { [action]: _dropped, ...others } = def.permissions ?? {};
  const permissions = roles === undefined ? others : { ...others, [action]: [...roles] };
  const { permissions: _old, ...rest } = def;
  return Object.keys(permissions).length === 0 ? rest : { ...rest, permissions };
}
