/** @module What text and long text share: a string, length rules, a pattern, a length cap. */
import type { LocalizedText } from '../../core/localized.js';
import type { FieldDefinition, RuleName } from '../types.js';
import { checkMaxLength, checkTextBounds, checkTextRules, defFail, expectType, type Expected } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

const A_TEXT: Expected = { what: { en: 'a text', 'zh-CN': '文本' }, how: { en: 'write it as text, in double quotes', 'zh-CN': '请以文本填写（加双引号）' } };

/**
 * A text type with a hard cap on length (`cap` characters), so one record cannot grow unbounded.
 *
 * @example
 * const text = textLike<TextField>({ en: 'Text', 'zh-CN': '文本' }, 1000, ['minLength', 'maxLength', 'pattern', 'format', 'unique'])
 */
export function textLike<F extends FieldDefinition>(label: LocalizedText, cap: number, rules: readonly RuleName[]): FieldTypeSpec<F> {
  return {
    kind: () => 'text',
    label,
    props: { properties: {}, required: [] },
    rules,
    valueSchema: (field) => ({ type: 'string', minLength: field.rules?.minLength ?? 0, maxLength: Math.min(field.rules?.maxLength ?? cap, cap) }),
    checkValue(value, field, ctx) {
      const typed = expectType(value, 'string', ctx, A_TEXT);
      if (typed.length > 0) return typed;
      const text = value as string;
      return [...checkMaxLength([...text].length, cap, ctx), ...checkTextRules(text, field.rules, ctx)];
    },
    checkDefinition(field, ctx) {
      const out = checkTextBounds(field.rules, ctx);
      const max = field.rules?.maxLength;
      if (max !== undefined && max > cap) {
        out.push(defFail(ctx, ['rules', 'maxLength'], 'field.rules.maxLength', `A ${label.en.toLowerCase()} holds at most ${cap} characters: lower the maximum length or use a long text.`, `${label['zh-CN']}最多 ${cap} 个字符，请调低最大长度或改用多行文本。`));
      }
      return out;
    },
  };
}
