import type { FieldDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { changedEdits, commandOf } from './commands.js';

const fields: FieldDefinition[] = [
  { id: 'approved_amount', type: 'money', label: { 'zh-CN': '批准额度', en: 'Approved amount' } },
  { id: 'approved_terms_days', type: 'number', label: { 'zh-CN': '批准账期', en: 'Approved terms' } },
  { id: 'conditions', type: 'text', label: { 'zh-CN': '附加条件', en: 'Conditions' } },
  { id: 'remark', type: 'long_text', label: { 'zh-CN': '备注', en: 'Remark' } },
];

describe('approval commands from the dialogs', () => {
  it('keeps an opinion only when one was written', () => {
    expect(commandOf('approve', { opinion: '  ' })).toEqual({ type: 'approve' });
    expect(commandOf('approve', { opinion: ' 同意 ', edits: { credit_limit: 500000 } })).toEqual({ type: 'approve', comment: '同意', edits: { credit_limit: 500000 } });
    expect(commandOf('withdraw', {})).toEqual({ type: 'withdraw' });
  });

  it('builds reject, return, transfer, add signer, comment and resubmit', () => {
    expect(commandOf('reject', { opinion: '负债率过高' })).toEqual({ type: 'reject', comment: '负债率过高' });
    expect(commandOf('return', { opinion: '请补充财报', to: 'submitter' })).toEqual({ type: 'return', comment: '请补充财报', to: 'submitter' });
    expect(commandOf('transfer', { to: 'u2' })).toEqual({ type: 'transfer', to: 'u2' });
    expect(commandOf('addSigner', { users: ['u3'], where: 'after', opinion: '请法务看看' })).toEqual({ type: 'addSigner', users: ['u3'], where: 'after', comment: '请法务看看' });
    expect(commandOf('comment', { opinion: '已电话确认' })).toEqual({ type: 'comment', text: '已电话确认' });
    expect(commandOf('resubmit', { opinion: ' 已改为 25 万 ' })).toEqual({ type: 'resubmit', comment: '已改为 25 万' });
    expect(commandOf('resubmit', {})).toEqual({ type: 'resubmit' });
  });

  it('sends only the edits that change the record, a cleared one as null', () => {
    const current = { approved_amount: 250000, approved_terms_days: 30 };
    expect(changedEdits(fields, { approved_amount: 250000, approved_terms_days: undefined }, current)).toEqual({ approved_terms_days: null });
    expect(changedEdits(fields, { approved_amount: 200000 }, current)).toEqual({ approved_amount: 200000 });
    expect(changedEdits(fields, {}, current)).toEqual({});
    expect(changedEdits(fields, { approved_amount: undefined }, {})).toEqual({});
  });

  it('sends text as the server stores it: spaces around it are no change, spaces alone clear it', () => {
    const current = { conditions: '先款后货', remark: '季度复核' };
    expect(changedEdits(fields, { conditions: ' 先款后货 ' }, current)).toEqual({});
    expect(changedEdits(fields, { conditions: '\u3000 ', remark: '  ' }, current)).toEqual({ conditions: null, remark: null });
    expect(changedEdits(fields, { conditions: ' 月结 30 天 ' }, current)).toEqual({ conditions: '月结 30 天' });
  });
});
