import { customerCreditProfile, emptyContext, formCatalog, specOf } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addFactor, setMethodKind, setWeight } from '../ops/index.js';
import { completed, newDefinitionProblems, skeleton } from './skeleton.js';

const name = { en: 'Credit', 'zh-CN': '信用' };
const catalog = formCatalog(customerCreditProfile);
const ctx = { ...emptyContext(), forms: new Map([['customer', catalog]]) };
const codes = (kind: Parameters<typeof specOf>[0], def: unknown) => specOf(kind).validate(def, ctx).map((p) => `${p.path} ${p.code}`);

describe('new definitions', () => {
  it('start as drafts the schema accepts, missing only what the admin is to add', () => {
    expect(codes('form', skeleton({ kind: 'form', id: 'supplier', name }))).toEqual([]);
    expect(codes('ruleset', skeleton({ kind: 'ruleset', id: 'alerts', name, form: 'customer' }))).toEqual(['/rules schema.minItems']);
    expect(codes('flow', skeleton({ kind: 'flow', id: 'review', name, form: 'customer' }))).toEqual(['/nodes flow.nodes.empty']);
    expect(codes('scorecard', skeleton({ kind: 'scorecard', id: 'credit', name, form: 'customer' }))).toEqual(['/factors schema.minItems']);
  });

  it('make a scorecard valid with one linear factor on a field at 100%', () => {
    const start = skeleton({ kind: 'scorecard', id: 'credit', name, form: 'customer' }) as ScorecardDefinition;
    const { def, id } = addFactor(start, { en: 'Debt ratio', 'zh-CN': '资产负债率' });
    const card = setWeight(setMethodKind(def, id, 'linear', catalog.get('debt_ratio')), id, 100);
    expect(codes('scorecard', card)).toEqual([]);
  });

  it('check the dialog: id, a name in some language, and a form where one is needed', () => {
    const taken = new Set(['credit']);
    expect(newDefinitionProblems({ kind: 'flow', id: '1x', name: { en: ' ', 'zh-CN': ' ' } }, taken)).toEqual({ id: 'idInvalid', name: 'nameMissing', form: 'formMissing' });
    expect(newDefinitionProblems({ kind: 'form', id: 'supplier', name: { en: '', 'zh-CN': '供应商' } }, taken)).toEqual({});
    expect(newDefinitionProblems({ kind: 'scorecard', id: 'credit', name, form: 'customer' }, taken)).toEqual({ id: 'idTaken' });
    expect(newDefinitionProblems({ kind: 'form', id: 'supplier', name }, taken)).toEqual({});
  });

  it('complete the dialog for a company working in Chinese: one name stands for both, an empty id is made for it', () => {
    const taken = new Set(['form_1', 'supplier']);
    expect(completed({ kind: 'form', id: '', name: { 'zh-CN': ' 供应商 ', en: '' } }, taken)).toEqual({ kind: 'form', id: 'form_2', name: { 'zh-CN': '供应商', en: '供应商' } });
    expect(completed({ kind: 'scorecard', id: '', name: { 'zh-CN': '', en: 'Supplier rating!' }, form: 'supplier' }, taken)).toEqual({ kind: 'scorecard', id: 'supplier_rating', name: { 'zh-CN': 'Supplier rating!', en: 'Supplier rating!' }, form: 'supplier' });
    // A name that is taken as an id, or reads as none, gives way to the kind and a number; a typed id is kept as typed.
    expect(completed({ kind: 'form', id: '', name: { 'zh-CN': '供应商', en: 'Supplier' } }, taken).id).toBe('form_2');
    expect(completed({ kind: 'form', id: '', name: { 'zh-CN': '', en: '2024' } }, taken).id).toBe('form_2');
    expect(completed({ kind: 'form', id: ' my_form ', name }, taken).id).toBe('my_form');
  });
});
