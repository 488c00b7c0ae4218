/** @module Rule texts (notices, task titles, freeze reasons) as one reader is shown them: the values of fields hidden from their roles withheld. */
import { namedFields, shownText } from '@heng/engine';
import type { CompiledForm, FilledText, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions, compiledVersion } from '../definitions/compiled-cache.js';

/**
 * The fields of `form` hidden from `roles`.
 *
 * @example
 * hiddenFields(customer, ['salesperson']) // Set { 'risk_notes' }
 */
export function hiddenFields(form: CompiledForm, roles: readonly string[]): ReadonlySet<string> {
  return new Set(Object.entries(form.accessFor(roles)).filter(([, a]) => a === 'hidden').map(([f]) => f));
}

/** What a text's reader may not see of it: by the latest version of the form it names, or every field it names when that form is gone (its access unknown). */
const hiddenOf = (text: FilledText, form: CompiledForm | undefined, roles: readonly string[]): ReadonlySet<string> =>
  form === undefined ? new Set(namedFields(text)) : hiddenFields(form, roles);

/** Shows texts that may name fields of any form, each form read once. */
function textShower(tx: Queryable, tenantId: string): (text: FilledText, roles: readonly string[]) => Promise<LocalizedText> {
  const forms = new Map<string, Promise<CompiledForm | undefined>>();
  return async (text, roles) => {
    const id = text.fields?.form;
    if (id === undefined) return shownText(text, new Set());
    let form = forms.get(id);
    if (form === undefined) {
      form = compiledVersion<CompiledForm>(tx, compiledDefinitions, tenantId, 'form', id).then((v) => v?.compiled);
      forms.set(id, form);
    }
    return shownText(text, hiddenOf(text, await form, roles));
  };
}

/**
 * How rule texts are shown to a reader with `roles` (a task's title, a freeze's reason): the
 * values of the fields hidden from them withheld. A text kept before its fields were noted is
 * shown as it is.
 *
 * @example
 * const show = textReader(tx, me.tenantId, me.roles);
 * const title = await show(task.title); // { 'zh-CN': '核实 Acme：[已隐藏]', en: 'Check Acme: [hidden]' }
 */
export function textReader(tx: Queryable, tenantId: string, roles: readonly string[]): (text: FilledText) => Promise<LocalizedText> {
  const show = textShower(tx, tenantId);
  return (text) => show(text, roles);
}

/**
 * The users of `users` grouped by how `text` is shown to each (by their roles now), in the
 * order first met: one group when they all see it alike. A notice is sent to each group.
 *
 * @example
 * await textByReader(tx, tenantId, ['u_sales', 'u_risk'], message)
 * // [{ text: { en: 'Held: [hidden]', … }, users: ['u_sales'] }, { text: { en: 'Held: gambling', … }, users: ['u_risk'] }]
 */
export async function textByReader(tx: Queryable, tenantId: string, users: readonly string[], text: FilledText): Promise<{ text: LocalizedText; users: string[] }[]> {
  // A text naming no field reads alike to everyone: no roles to look up on the write path.
  if (namedFields(text).length === 0) return [{ text: shownText(text, new Set()), users: [...users] }];
  const rows = await tx.query<{ id: string; roles: string[] }>(
    `SELECT u.id, COALESCE(array_agg(r.role_id ORDER BY r.role_id) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS roles
     FROM unnest($2::text[]) WITH ORDINALITY AS u (id, n) LEFT JOIN user_roles r ON r.tenant_id = $1 AND r.user_id = u.id
     GROUP BY u.id, u.n ORDER BY u.n`,
    [tenantId, users],
  );
  const show = textShower(tx, tenantId);
  const groups = new Map<string, { text: LocalizedText; users: string[] }>();
  for (const { id, roles } of rows) {
    const shown = await show(text, roles);
    const key = `${shown['zh-CN']}\n${shown.en}`;
    const group = groups.get(key) ?? { text: shown, users: [] };
    group.users.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
