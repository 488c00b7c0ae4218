import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creditBundle } from './test-bundle.js';
import type { Bundle } from './types.js';
import { validateBundle } from './validate.js';

const today = { today: '2026-11-22' };
const at = (b: unknown) => validateBundle(b, today).map((p) => `${p.path} ${p.code}`);
type Loose = { definitions: Record<string, unknown>[]; roles: { id: string }[]; seed?: Record<string, unknown> };
const edit = (f: (b: Loose) => void): Bundle => {
  const b = JSON.parse(JSON.stringify(creditBundle())) as Loose;
  f(b);
  return b as unknown as Bundle;
};

describe('validateBundle', () => {
  it('passes a complete bundle', () => {
    expect(validateBundle(creditBundle(), today)).toEqual([]);
  });

  it('checks the envelope first', () => {
    expect(at({ ...creditBundle(), format: 'zip' })).toEqual(['/format schema.const']);
    expect(at({ ...creditBundle(), version: 'one' })).toEqual(['/version schema.pattern']);
  });

  it('finds duplicate definitions and roles', () => {
    const b = creditBundle();
    expect(at({ ...b, definitions: [...b.definitions, b.definitions[0]] })).toEqual(['/definitions/5/id bundle.definition.duplicate']);
    expect(at({ ...b, roles: [...b.roles, b.roles[0]] })).toEqual(['/roles/7/id bundle.role.duplicate']);
  });

  it('checks each definition by its kind, against the rest of the bundle', () => {
    const b = edit((x) => {
      x.definitions[2] = { ...x.definitions[2], form: 'custome' };
      x.definitions[1] = { ...x.definitions[1], nodes: [] };
      x.roles = x.roles.filter((r) => r.id !== 'risk_officer');
    });
    const problems = at(b);
    expect(problems).toContain('/definitions/2/form scorecard.form.unknown');
    expect(problems.some((p) => p.startsWith('/definitions/1/nodes '))).toBe(true);
    expect(problems.some((p) => p.startsWith('/definitions/0/rules/0/actions/1/to/role'))).toBe(true);
  });

  it('says to fix a broken form before what depends on it', () => {
    const b = edit((x) => {
      x.definitions[4] = { ...x.definitions[4], sections: 'none' };
    });
    const problems = at(b);
    expect(problems).toContain('/definitions/4/sections schema.type');
    expect(problems).toContain('/definitions/2/form bundle.form.invalid');
    expect(problems).toContain('/definitions/0/form bundle.form.invalid');
  });

  it('checks seed records against their forms and references', () => {
    const b = edit((x) => {
      x.seed = { ...x.seed, credit_application: [{ values: { customer: 'c9', grade: 'E', amount: -5 } }], supplier: [] };
    });
    expect(at(b).sort()).toEqual([
      '/seed/credit_application/0/values/amount value.min',
      '/seed/credit_application/0/values/customer bundle.seed.reference',
      '/seed/credit_application/0/values/grade value.option',
      '/seed/supplier bundle.seed.form',
    ]);
  });

  it('says how to fix each seed and cross-definition problem, in both languages', () => {
    const seeded = edit((x) => {
      x.seed = { ...x.seed, customer: [{ id: 'c1', values: {} }, { id: 'c1', values: {} }], credit_application: [{ values: { customer: 'c9', grade: 'C', amount: 1 } }], supplier: [] };
    });
    const byCode = new Map(validateBundle(seeded, today).map((p) => [p.code, p]));
    expect(byCode.get('bundle.seed.form')).toMatchObject({
      message: 'Seed data names form "supplier", which the bundle does not define: add that form to the bundle, or remove its seed data. Forms: credit_application, customer.',
      messageZh: '种子数据引用的表单 "supplier" 不在模板中：请把该表单加入模板，或删除其种子数据。表单：credit_application, customer。',
    });
    expect(byCode.get('bundle.seed.duplicate')).toMatchObject({
      message: 'Seed record id "c1" is used twice in "customer": give each record its own id.',
      messageZh: '种子记录 ID "c1" 在 "customer" 中重复：请为每条记录使用不同的 ID。',
    });
    expect(byCode.get('bundle.seed.reference')).toMatchObject({
      message: '"c9" is not a seed record of "customer": name one of its seed records (c1), or add one with this id.',
      messageZh: '"c9" 不是 "customer" 的种子记录：请引用其中一条（c1），或添加此 ID 的种子记录。',
    });
    const broken = edit((x) => {
      x.definitions[4] = { ...x.definitions[4], sections: 'none' };
    });
    const invalid = validateBundle(broken, today).find((p) => p.path === '/definitions/2/form');
    expect(invalid?.messageZh).toBe('表单 "customer" 存在问题：请先修正，之后再检查此评分卡。');
    const twice = creditBundle();
    expect(validateBundle({ ...twice, definitions: [...twice.definitions, twice.definitions[0]] }, today)[0]?.messageZh).toBe('规则集 "lawsuit_watch" 出现了两次：请重命名或删除其一。');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5 }), (x) => {
        expect(Array.isArray(validateBundle(x, today))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
