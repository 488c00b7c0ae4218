import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { notifyAction } from './notify.js';
import type { NotifyAction } from './types.js';

const at = '/rules/0/actions/0';
const msg = { 'zh-CN': '{{customer_name}} 逾期 {{days_overdue}} 天', en: '{{customer_name}} is {{days_overdue}} days overdue' };
const action = (patch: Partial<NotifyAction> = {}): NotifyAction => ({ kind: 'notify', id: 'n', to: { role: 'finance_director' }, message: msg, ...patch });

describe('notify', () => {
  it('accepts a known role, a user, or a user field', () => {
    expect(notifyAction.check(action(), actionEnv(), at)).toEqual([]);
    expect(notifyAction.check(action({ to: { user: 'u_wang' } }), actionEnv(), at)).toEqual([]);
    expect(notifyAction.check(action({ to: { field: 'salesperson' } }), actionEnv(), at)).toEqual([]);
  });

  it('reports an unknown role, a field that holds no user, and unknown placeholders together', () => {
    const problems = notifyAction.check(action({ to: { role: 'finance_directer' }, message: { ...msg, en: '{{customer}} owes {{amout}}' } }), actionEnv(), at);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([`${at}/to/role ruleset.role.unknown`, `${at}/message/en ruleset.template.field`]);
    expect(problems[0]?.message).toContain('Did you mean "finance_director"?');
    expect(notifyAction.check(action({ to: { field: 'amount' } }), actionEnv(), at)).toMatchObject([{ path: `${at}/to/field`, code: 'ruleset.field.type' }]);
  });

  it('renders the message with the record\'s values, noting where each went, and resolves a user field', () => {
    const build = notifyAction.compile(action({ to: { field: 'salesperson' } }), compileEnv('legal'));
    const effect = build({ customer_name: 'Acme', days_overdue: 31, salesperson: 'u_li' }, { today: TODAY });
    expect(effect.message.fields).toEqual({
      form: 'receivable',
      'zh-CN': [{ field: 'customer_name', start: 0, end: 4 }, { field: 'days_overdue', start: 8, end: 10 }],
      en: [{ field: 'customer_name', start: 0, end: 4 }, { field: 'days_overdue', start: 8, end: 10 }],
    });
    expect(effect).toMatchObject({
      kind: 'notify',
      rule: 'legal',
      action: 'n',
      to: { field: 'salesperson', user: 'u_li' },
      message: { 'zh-CN': 'Acme 逾期 31 天', en: 'Acme is 31 days overdue' },
    });
  });
});
