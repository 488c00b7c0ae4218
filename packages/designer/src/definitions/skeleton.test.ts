import { customerCreditProfile, emptyContext, formCatalog, specOf } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addFactor, setMethodKind, setWeight } from '../ops/index.js';
import { newDefinitionProblems, skeleton } from './skeleton.js';

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

  it('check the dialog: id, name in both languages, and a form where one is needed', () => {
    const taken = new Set(['credit']);
    expect(newDefinitionProblems({ kind: 'flow', id: '1x', name: { en: 'A', 'zh-CN': ' ' } }, taken)).toEqual({ id: 'idInvalid', name: 'nameMissing', form: 'formMissing' });
    expect(newDefinitionProblems({ kind: 'scorecard', id: 'credit', name, form: 'customer' }, taken)).toEqual({ id: 'idTaken' });
    expect(newDefinitionProblems({ kind: 'form', id: 'supplier', name }, taken)).toEqual({});
  });
});
