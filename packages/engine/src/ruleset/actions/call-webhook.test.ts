import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { callWebhookAction } from './call-webhook.js';
import type { CallWebhookAction } from './types.js';

const hook = (patch: Partial<CallWebhookAction> = {}): CallWebhookAction => ({ kind: 'call_webhook', id: 'w', url: 'https://erp.example.com/hooks/credit?src=heng', fields: ['customer', 'days_overdue', 'today'], ...patch });

describe('call_webhook', () => {
  it.each(['https://erp.example.com/hooks', 'http://10.0.0.5:8080/x', 'HTTPS://Example.com'])('accepts %s', (url) => {
    expect(callWebhookAction.check(hook({ url }), actionEnv(), '/a')).toEqual([]);
  });

  it.each(['ftp://example.com/x', 'erp.example.com/hooks', 'https://', 'https://exa mple.com', 'https://user:pw@example.com/x', 'javascript:alert(1)'])('refuses %s', (url) => {
    expect(callWebhookAction.check(hook({ url }), actionEnv(), '/a')).toMatchObject([{ path: '/a/url', code: 'ruleset.webhook.url' }]);
  });

  it('refuses payload fields the record does not have', () => {
    expect(callWebhookAction.check(hook({ fields: ['customer', 'custmer'] }), actionEnv(), '/a')).toMatchObject([{ path: '/a/fields/1', code: 'ruleset.field.unknown' }]);
  });

  it('posts the named values, null for those the record lacks', () => {
    const effect = callWebhookAction.compile(hook(), compileEnv('legal'))({ customer: 'c_1', amount: 5, today: TODAY }, { today: TODAY });
    expect(effect).toEqual({ kind: 'call_webhook', rule: 'legal', action: 'w', url: 'https://erp.example.com/hooks/credit?src=heng', payload: { customer: 'c_1', days_overdue: null, today: TODAY } });
  });
});
