/** @module The lookup method: a table from the field's value (industry, yes/no) to points. */
import { idSchema } from '../../core/ids.js';
import { problem, type Problem } from '../../core/problem.js';
import type { LookupMethod } from '../types.js';
import { checkField } from './field-check.js';
import { isEmpty } from './numeric-source.js';
import { checkPoints, hundredths, pointsSchema } from './points.js';
import type { FactorMethodSpec, MethodScope } from './spec.js';

function validateLookup(method: LookupMethod, scope: MethodScope): Problem[] {
  const { field, problems } = checkField(scope, `${scope.path}/field`, method.field, ['text', 'boolean', 'number'], { en: 'the lookup method', zh: '对照表法' });
  const out = [...problems];
  if (method.otherwise !== undefined) out.push(...checkPoints(method.otherwise, `${scope.path}/otherwise`));
  const seen = new Set<unknown>();
  method.entries.forEach((e, i) => {
    const path = `${scope.path}/entries/${i}`;
    out.push(...checkPoints(e.points, `${path}/points`));
    const shown = JSON.stringify(e.value);
    if (seen.has(e.value)) {
      out.push(
        problem(
          `${path}/value`,
          'scorecard.lookup.duplicate',
          `${scope.owner.en} lists the value ${shown} twice: remove one of the entries.`,
          `${scope.owner.zh} 中取值 ${shown} 出现了两次：请删除其中一项。`,
        ),
      );
    }
    seen.add(e.value);
    if (field === undefined || problems.length > 0) return;
    const expected = field.kind === 'text' ? 'string' : field.kind;
    if (typeof e.value !== expected) {
      out.push(
        problem(
          `${path}/value`,
          'scorecard.lookup.type',
          `${scope.owner.en}: ${shown} is not a value field "${field.id}" can hold (it holds ${field.kind === 'text' ? 'text' : field.kind}s).`,
          `${scope.owner.zh}：${shown} 不是字段 "${field.id}" 可取的值。`,
        ),
      );
    } else if (field.options !== undefined && !field.options.includes(String(e.value))) {
      out.push(
        problem(
          `${path}/value`,
          'scorecard.lookup.option',
          `${scope.owner.en}: field "${field.id}" has no option ${shown}. Its options: ${field.options.join(', ')}.`,
          `${scope.owner.zh}：字段 "${field.id}" 没有选项 ${shown}。可选：${field.options.join(', ')}。`,
        ),
      );
    }
  });
  return out;
}

/**
 * Lookup: the entry whose value equals the field's gives the points; other values get
 * `otherwise`, or count as missing ('unmatched') without it.
 *
 * @example
 * { kind: 'lookup', field: 'enterprise_type', entries: [{ value: 'state', points: 100 }, { value: 'private', points: 70 }], otherwise: 50 }
 */
export const lookupMethod = {
  kind: 'lookup',
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'lookup' },
      field: idSchema,
      entries: {
        type: 'array',
        minItems: 1,
        maxItems: 500,
        items: {
          type: 'object',
          properties: { value: { type: ['string', 'number', 'boolean'] }, points: pointsSchema },
          required: ['value', 'points'],
          additionalProperties: false,
        },
      },
      otherwise: pointsSchema,
    },
    required: ['kind', 'field', 'entries'],
    additionalProperties: false,
  },
  validate: validateLookup,
  range(method) {
    const pts = method.entries.map((e) => hundredths(e.points));
    if (method.otherwise !== undefined) pts.push(hundredths(method.otherwise));
    return { lo: Math.min(...pts), hi: Math.max(...pts) };
  },
  field: (method) => method.field,
  compile(method) {
    const table = new Map<unknown, number>();
    const points = Int32Array.from(method.entries, (e) => hundredths(e.points));
    // First entry wins, as validation asks for no duplicates anyway.
    method.entries.forEach((e, i) => {
      if (!table.has(e.value)) table.set(e.value, i);
    });
    const otherwise = method.otherwise === undefined ? undefined : hundredths(method.otherwise);
    return (v, _record, _env, out) => {
      out.raw = v;
      if (isEmpty(v)) {
        out.missing = 'empty';
        return;
      }
      const i = table.get(v);
      if (i !== undefined) out.points = points[i] as number;
      else if (otherwise !== undefined) out.points = otherwise;
      else out.missing = 'unmatched';
    };
  },
} satisfies FactorMethodSpec<LookupMethod>;
