/** @module `notify`: sends a message, filled with the record's values, to a role, a user or a user field. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { checkTemplate, renderTemplate, templateSchema } from '../template.js';
import { checkRecipient, recipientSchema, resolveRecipient } from './recipient.js';
import type { ActionSpec, NotifyAction, NotifyEffect } from './types.js';

/**
 * Notifies someone; `{{field}}` in the message is replaced by the record's value.
 *
 * @example
 * { kind: 'notify', id: 'alert', to: { role: 'finance_director' },
 *   message: { 'zh-CN': '{{customer_name}} 逾期 {{days_overdue}} 天', en: '{{customer_name}} is {{days_overdue}} days overdue' } }
 */
export const notifyAction: ActionSpec<NotifyAction, NotifyEffect> = {
  kind: 'notify',
  label: { 'zh-CN': '发送通知', en: 'Notify' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'notify' }, id: idSchema, to: recipientSchema, message: templateSchema(1000) },
    required: ['kind', 'id', 'to', 'message'],
    additionalProperties: false,
  },
  check: (action, env, path) => [
    ...checkRecipient(action.to, env, pointer(path, 'to')),
    ...checkTemplate(action.message, env.facts, pointer(path, 'message')),
  ],
  compile: (action, env) => (facts) => ({
    kind: 'notify',
    rule: env.rule,
    action: action.id,
    to: resolveRecipient(action.to, facts),
    message: renderTemplate(action.message, facts, env.form, env.facts),
  }),
};
