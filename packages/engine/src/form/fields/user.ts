/** @module User: a user's id (account manager, salesperson in charge); the server knows the users and their roles. */
import type { Problem } from '../../core/problem.js';
import { idSchema } from '../../core/ids.js';
import { hint } from '../../core/suggest.js';
import type { UserField } from '../types.js';
import { defFail, typeProblem, type Expected } from './checks.js';
import type { FieldTypeSpec, ValueContext } from './spec.js';

/** JSON Schema of a user or record id as a record holds it. */
export const recordIdSchema = { type: 'string', minLength: 1, maxLength: 128 } as const;

/** Problems with a user or record id: a text of 1 to 128 characters, picked again when it is not. */
export function checkRecordId(value: unknown, ctx: ValueContext, expected: Expected): Problem[] {
  return typeof value === 'string' && value.length > 0 && value.length <= recordIdSchema.maxLength ? [] : [typeProblem(value, ctx, expected)];
}

const A_USER: Expected = { what: { en: 'a user id', 'zh-CN': '成员 ID' }, how: { en: 'choose the user again', 'zh-CN': '请重新选择成员' } };

/** The roles a user field may be limited to: at least one, each once. */
const rolesSchema = { type: 'array', items: idSchema, minItems: 1, maxItems: 50, uniqueItems: true } as const;

/**
 * The user field type. With `roles`, the user picked must hold one of them: the engine checks
 * the roles exist; the server, which knows who holds them, checks the users.
 */
export const user: FieldTypeSpec<UserField> = {
  kind: () => 'text',
  label: { en: 'User', 'zh-CN': '成员' },
  props: { properties: { roles: rolesSchema }, required: [] },
  rules: [],
  valueSchema: () => recordIdSchema,
  checkValue: (value, _field, ctx) => checkRecordId(value, ctx, A_USER),
  checkDefinition: (field, ctx) =>
    (field.roles ?? []).flatMap((role, i) => {
      if (ctx.refs.roles.has(role)) return [];
      const h = hint(role, [...ctx.refs.roles]);
      return [defFail(ctx, ['roles', i], 'field.roles.unknown', `"${field.label.en}" is limited to unknown role "${role}".${h.en || ' Create the role first.'}`, `"${field.label['zh-CN']}" 限定了未知角色 "${role}"。${h.zh || '请先创建该角色。'}`)];
    }),
};
