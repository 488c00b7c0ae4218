/** @module `call_webhook`: posts chosen fields of the record to an outside system. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { ownValue } from '../../core/own.js';
import { problem, type Problem } from '../../core/problem.js';
import { checkFieldRef } from '../refs.js';
import type { ActionSpec, CallWebhookAction, CallWebhookEffect } from './types.js';

/** http or https, a host, no spaces; the server decides which hosts it may reach. */
const URL_RE = /^https?:\/\/[A-Za-z0-9[][^\s/?#@]*(?:[/?#]\S*)?$/i;

/**
 * Calls a webhook with the named fields; the server sends it (and retries) after the transaction.
 *
 * @example
 * { kind: 'call_webhook', id: 'erp', url: 'https://erp.example.com/hooks/credit', fields: ['customer', 'days_overdue'] }
 */
export const callWebhookAction: ActionSpec<CallWebhookAction, CallWebhookEffect> = {
  kind: 'call_webhook',
  label: { 'zh-CN': '调用 Webhook', en: 'Call webhook' },
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'call_webhook' },
      id: idSchema,
      url: { type: 'string', minLength: 1, maxLength: 2000 },
      fields: { type: 'array', items: idSchema, maxItems: 100, uniqueItems: true },
    },
    required: ['kind', 'id', 'url', 'fields'],
    additionalProperties: false,
  },
  check(action, env, path) {
    const out: Problem[] = [];
    if (!URL_RE.test(action.url)) {
      out.push(problem(pointer(path, 'url'), 'ruleset.webhook.url', `"${action.url}" is not a web address: write it as https://host/path (http or https, no spaces, no user name or password).`, `"${action.url}" 不是有效的网址：请写成 https://主机/路径（http 或 https，不含空格、用户名或密码）。`));
    }
    action.fields.forEach((f, i) => out.push(...checkFieldRef(env.facts, f, pointer(path, 'fields', i))));
    return out;
  },
  compile: (action, env) => (facts) => ({
    kind: 'call_webhook',
    rule: env.rule,
    action: action.id,
    url: action.url,
    payload: Object.fromEntries(action.fields.map((f) => [f, ownValue(facts, f) ?? null])),
  }),
};
