/** @module Serial: an auto number (流水号) the server assigns when a record is created, from fixed text, the date and a sequence. */
import { idSchema } from '../../core/ids.js';
import type { Problem } from '../../core/problem.js';
import { DATE_DIGITS, RESET_DIGITS } from '../serial.js';
import type { SerialField } from '../types.js';
import { defFail } from './checks.js';
import { checkComputed, computedSchema, notEntered } from './computed-value.js';
import type { DefinitionContext, FieldTypeSpec } from './spec.js';

type Schema = Readonly<Record<string, unknown>>;

/** One part's shape, by its `type`. */
const partOf = (type: string, properties: Readonly<Record<string, Schema>>): Schema => ({
  if: { properties: { type: { const: type } }, required: ['type'] },
  then: { properties: { type: {}, ...properties }, required: Object.keys(properties), additionalProperties: false },
});

const partsSchema = {
  type: 'array',
  maxItems: 10,
  items: {
    type: 'object',
    properties: { type: { enum: ['text', 'date', 'sequence'] } },
    required: ['type'],
    allOf: [
      partOf('text', { text: { type: 'string', minLength: 1, maxLength: 20 } }),
      partOf('date', { format: { enum: Object.keys(DATE_DIGITS) } }),
      partOf('sequence', { digits: { type: 'integer', minimum: 1, maximum: 10 }, reset: { enum: Object.keys(RESET_DIGITS) } }),
    ],
  },
} as const;

const RESET_WORDS = {
  daily: { en: 'each day', zh: '每天', format: 'yyyyMMdd' },
  monthly: { en: 'each month', zh: '每月', format: 'yyyyMM' },
  yearly: { en: 'each year', zh: '每年', format: 'yyyy' },
} as const;

/** One sequence, whose reset the date parts tell apart: a daily reset without the day in the number would repeat numbers. */
function checkParts(field: SerialField, ctx: DefinitionContext): Problem[] {
  const sequences = field.parts.flatMap((p, i) => (p.type === 'sequence' ? [{ part: p, i }] : []));
  const [first, second] = sequences;
  if (first === undefined) {
    return [defFail(ctx, ['parts'], 'field.serial.sequence', 'A serial number needs a sequence part, which counts the records: add one.', '流水号需要一个自动计数部分：请添加。')];
  }
  if (second !== undefined) {
    return [defFail(ctx, ['parts', second.i], 'field.serial.sequence', 'A serial number has one sequence part: remove this one.', '流水号只能有一个自动计数部分：请删除此项。')];
  }
  const shown = Math.max(0, ...field.parts.map((p) => (p.type === 'date' ? DATE_DIGITS[p.format] : 0)));
  if (first.part.reset === 'never' || shown >= RESET_DIGITS[first.part.reset]) return [];
  const w = RESET_WORDS[first.part.reset];
  return [
    defFail(ctx, ['parts', first.i, 'reset'], 'field.serial.reset', `A sequence that starts again ${w.en} would repeat its numbers: add a date part written ${w.format} (or longer), or reset it less often.`, `计数${w.zh}重置会产生重复编号：请添加格式为 ${w.format}（或更完整）的日期部分，或降低重置频率。`),
  ];
}

/** The serial field type: text the server writes once, on create. */
export const serial: FieldTypeSpec<SerialField> = {
  kind: () => 'text',
  label: { en: 'Auto number', 'zh-CN': '流水号' },
  props: { properties: { parts: partsSchema, dateField: idSchema }, required: ['parts'] },
  rules: [],
  valueSchema: () => computedSchema('text'),
  checkValue: (value, _field, ctx) => checkComputed(value, 'text', ctx),
  checkDefinition: (field, ctx) => [...notEntered(field, ctx), ...checkParts(field, ctx)],
};
