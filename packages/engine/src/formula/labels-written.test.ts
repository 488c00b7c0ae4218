import { describe, expect, it } from 'vitest';
import { catalogOf } from '../core/catalog.js';
import { checkFormula } from './checker.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const catalog = catalogOf([
  { id: 'total_liabilities', type: 'money', kind: 'number', label: t('Total liabilities', '负债总额') },
  { id: 'total_assets', type: 'money', kind: 'number', label: t('Total assets', '资产总额') },
  { id: 'assets', type: 'money', kind: 'number', label: t('Assets', '资产') },
]);

describe('a formula written with fields’ labels', () => {
  it('is told the ids to write, in the order the labels come, not the character that stopped it', () => {
    const { problems } = checkFormula('负债总额 / 资产总额', catalog, '/fields/3/formula');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '/fields/3/formula', code: 'formula.label' });
    // 资产 is inside 资产总额: the longer label is the one meant.
    expect(problems[0]?.messageZh).toBe('“负债总额”“资产总额”是字段的名称：公式中请写字段 ID，即 total_liabilities、total_assets（可用“插入字段”选择）。');
    expect(checkFormula('Total assets * 2', catalog, '').problems[0]?.message).toBe('"Total assets" is a field’s name: a formula names fields by id, so write total_assets (or pick it from Insert a field).');
  });

  it('leaves other syntax problems as they were, a label inside a text among them', () => {
    expect(checkFormula('total_assets * ', catalog, '').problems[0]?.code).toBe('formula.syntax');
    expect(checkFormula('IF(total_assets > 0, "资产总额为正", "无"', catalog, '').problems[0]?.code).toBe('formula.syntax');
    expect(checkFormula('total_liabilities / total_assets', catalog, '').problems).toEqual([]);
  });
});
