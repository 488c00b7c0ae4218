/** @module User: a user's id (account manager, salesperson in charge); the server knows the users. */
import type { Problem } from '../../core/problem.js';
import type { UserField } from '../types.js';
import { typeProblem, type Expected } from './checks.js';
import type { FieldTypeSpec, ValueContext } from './spec.js';

/** JSON Schema of a user or record id as a record holds it. */
export const recordIdSchema = { type: 'string', minLength: 1, maxLength: 128 } as const;

/** Problems with a user or record id: a text of 1 to 128 characters, picked again when it is not. */
export function checkRecordId(value: unknown, ctx: ValueContext, expected: Expected): Problem[] {
  return typeof value === 'string' && value.length > 0 && value.length <= recordIdSchema.maxLength ? [] : [typeProblem(value, ctx, expected)];
}

const A_USER: Expected = { what: { en: 'a user id', 'zh-CN': '成员 ID' }, how: { en: 'choose the user again', 'zh-CN': '请重新选择成员' } };

/** The user field type. */
export const user: FieldTypeSpec<UserField> = {
  kind: () => 'text',
  label: { en: 'User', 'zh-CN': '成员' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => recordIdSchema,
  checkValue: (value, _field, ctx) => checkRecordId(value, ctx, A_USER),
  checkDefinition: () => [],
};
