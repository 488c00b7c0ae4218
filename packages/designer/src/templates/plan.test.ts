import type { ImportPlan } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { choiceOf, contentsOf, planCounts, planRows, resolutionKey, resolve, resolveAll } from './plan.js';

/** A second import of a template: the customer form renamed, the scorecard replaced, the rest new. */
const plan: ImportPlan = {
  definitions: [
    { kind: 'form', from: 'customer', id: 'customer_2', action: 'rename', name: { 'zh-CN': '客户', en: 'Customer' } },
    { kind: 'form', from: 'payment', id: 'payment', action: 'create', name: { 'zh-CN': '回款', en: 'Payment' } },
    { kind: 'scorecard', from: 'credit_score', id: 'credit_score', action: 'replace', name: { 'zh-CN': '信用评分', en: 'Credit score' } },
    { kind: 'ruleset', from: 'blacklist', id: 'blacklist', action: 'create', name: { 'zh-CN': '黑名单', en: 'Blacklist' } },
  ],
  roles: { create: ['risk_officer'], existing: ['admin'], names: { risk_officer: { 'zh-CN': '风控专员', en: 'Risk officer' }, admin: { 'zh-CN': '管理员', en: 'Admin' } } },
  seedRecords: 3,
};

describe('the plan as the preview shows it', () => {
  it('gives one row per definition in import order, clashes marked with their resolution key', () => {
    expect(planRows(plan)).toEqual([
      { kind: 'form', from: 'customer', id: 'customer_2', action: 'rename', name: { 'zh-CN': '客户', en: 'Customer' }, key: 'form:customer', clash: true },
      { kind: 'form', from: 'payment', id: 'payment', action: 'create', name: { 'zh-CN': '回款', en: 'Payment' }, key: 'form:payment', clash: false },
      { kind: 'scorecard', from: 'credit_score', id: 'credit_score', action: 'replace', name: { 'zh-CN': '信用评分', en: 'Credit score' }, key: 'scorecard:credit_score', clash: true },
      { kind: 'ruleset', from: 'blacklist', id: 'blacklist', action: 'create', name: { 'zh-CN': '黑名单', en: 'Blacklist' }, key: 'ruleset:blacklist', clash: false },
    ]);
    expect(resolutionKey('flow', 'credit_approval')).toBe('flow:credit_approval');
  });

  it('counts what is created, renamed and replaced', () => {
    expect(planCounts(plan)).toEqual({ total: 4, create: 2, rename: 1, replace: 1 });
    expect(planCounts({ definitions: [], roles: { create: [], existing: [], names: {} }, seedRecords: 0 })).toEqual({ total: 0, create: 0, rename: 0, replace: 0 });
  });
});

describe('choosing how a clash resolves', () => {
  it('sends replace, and rename (the default) by leaving the key out', () => {
    const replaced = resolve({}, 'form:customer', 'replace');
    expect(replaced).toEqual({ 'form:customer': 'replace' });
    expect(choiceOf(replaced, 'form:customer')).toBe('replace');
    const back = resolve(replaced, 'form:customer', 'rename');
    expect(back).toEqual({});
    expect(choiceOf(back, 'form:customer')).toBe('rename');
  });

  it('leaves the other choices and the given map alone', () => {
    const given = { 'scorecard:credit_score': 'replace' } as const;
    expect(resolve(given, 'form:customer', 'replace')).toEqual({ 'scorecard:credit_score': 'replace', 'form:customer': 'replace' });
    expect(given).toEqual({ 'scorecard:credit_score': 'replace' });
  });

  it('resolves every clash at once, and only clashes', () => {
    expect(resolveAll(plan, 'replace')).toEqual({ 'form:customer': 'replace', 'scorecard:credit_score': 'replace' });
    expect(resolveAll(plan, 'rename')).toEqual({});
  });
});

describe('a gallery card’s contents', () => {
  it('lists known kinds with definitions, in import order', () => {
    expect(contentsOf({ ruleset: 10, form: 5, flow: 2, scorecard: 1 })).toEqual([
      { kind: 'form', count: 5 },
      { kind: 'scorecard', count: 1 },
      { kind: 'flow', count: 2 },
      { kind: 'ruleset', count: 10 },
    ]);
    expect(contentsOf({ form: 1, flow: 0, widget: 3 })).toEqual([{ kind: 'form', count: 1 }]);
  });
});
