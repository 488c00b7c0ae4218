/** @module User: a user's id (account manager, salesperson in charge); the server knows the users. */
import type { UserField } from '../types.js';
import { fail } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** JSON Schema of a user or record id as a record holds it. */
export const recordIdSchema = { type: 'string', minLength: 1, maxLength: 128 } as const;

/** The user field type. */
export const user: FieldTypeSpec<UserField> = {
  kind: () => 'text',
  label: { en: 'User', 'zh-CN': '成员' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => recordIdSchema,
  checkValue: (value, _field, ctx) =>
    typeof value === 'string' && value.length > 0 && value.length <= 128 ? [] : [fail(ctx, 'value.type', 'must be a user id.', '应为成员 ID。')],
  checkDefinition: () => [],
};
