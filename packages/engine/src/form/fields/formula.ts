/** @module Formula: computed by the engine from other fields, read-only; its value is of `resultType`. */
import type { Problem } from '../../core/problem.js';
import type { FormulaField } from '../types.js';
import { defFail } from './checks.js';
import { checkComputed, checkValueLabels, computedSchema, notEntered, resultKinds } from './computed-value.js';
import { decimalsSchema } from './number-like.js';
import { optionsSchema } from './options.js';
import type { FieldTypeSpec } from './spec.js';

/** The formula field type. Formulas are checked against the form in `validate-formulas.ts`. */
export const formula: FieldTypeSpec<FormulaField> = {
  kind: (field) => resultKinds[field.resultType],
  label: { en: 'Formula', 'zh-CN': '公式' },
  props: {
    properties: {
      formula: { type: 'string', minLength: 1, maxLength: 2000 },
      resultType: { enum: Object.keys(resultKinds) },
      decimals: decimalsSchema,
      options: optionsSchema,
    },
    required: ['formula', 'resultType'],
  },
  rules: [],
  valueSchema: (field) => computedSchema(field.resultType),
  checkValue: (value, field, ctx) => checkComputed(value, field.resultType, ctx),
  checkDefinition(field, ctx) {
    const out: Problem[] = [...notEntered(field, ctx), ...checkValueLabels(field, ctx)];
    if (field.decimals !== undefined && field.resultType !== 'number' && field.resultType !== 'percent') {
      out.push(defFail(ctx, ['decimals'], 'field.formula.decimals', `"decimals" applies to number and percent results only (money always has 2): remove it.`, `"decimals" 仅适用于数字和百分比结果（金额固定 2 位），请删除。`));
    }
    return out;
  },
};
