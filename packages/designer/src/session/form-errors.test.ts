import { describe, expect, it } from 'vitest';
import { formErrors } from './form-errors.js';

const p = (path: string, message: string, messageZh: string) => ({ path, code: 'schema.x', message, messageZh });
const fields = [['slug'], ['admin', 'email'], ['admin', 'password']] as const;

describe('formErrors', () => {
  it('puts each problem on its field in the language shown', () => {
    const problems = [p('/admin/password', 'Too short.', '太短。'), p('/slug', 'Bad code.', '代码无效。'), p('/slug', 'Taken.', '已被占用。')];
    expect(formErrors(problems, fields, 'zh-CN')).toEqual({
      fields: [
        { name: ['slug'], errors: ['代码无效。', '已被占用。'] },
        { name: ['admin', 'email'], errors: [] },
        { name: ['admin', 'password'], errors: ['太短。'] },
      ],
      other: [],
    });
    expect(formErrors(problems, fields, 'en').fields[2]).toEqual({ name: ['admin', 'password'], errors: ['Too short.'] });
  });

  it('keeps problems of no field (the body itself, unknown paths) apart', () => {
    const out = formErrors([p('', 'Body is not an object.', '请求体不是对象。'), p('/admin/extra', 'Unknown.', '未知。')], fields, 'en');
    expect(out.other).toEqual(['Body is not an object.', 'Unknown.']);
    expect(out.fields.every((f) => f.errors.length === 0)).toBe(true);
  });

  it('puts the form’s own message in place of the server’s where it has one', () => {
    const problems = [p('/admin/password', 'Invalid value: it must NOT have fewer than 10 characters.', '取值无效'), p('/slug', 'Taken.', '已被占用。')];
    const explain = (field: string, code: string) => (field === 'admin/password' && code === 'schema.x' ? 'At least 10 characters.' : undefined);
    const out = formErrors(problems, fields, 'en', explain);
    expect(out.fields.map((f) => f.errors)).toEqual([['Taken.'], [], ['At least 10 characters.']]);
  });

  it('reads escaped pointer tokens', () => {
    expect(formErrors([p('/a~1b', 'x', 'y')], [['a/b']], 'en').fields[0]?.errors).toEqual(['x']);
  });
});
