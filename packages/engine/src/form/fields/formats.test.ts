import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../core/context.js';
import { compileForm } from '../compile.js';
import { validateForm } from '../validate.js';
import type { FormDefinition } from '../types.js';
import { checkFormat, usccCheck } from './formats.js';

// Published codes of registered companies (Huawei, Alibaba, Tencent) and the sample identity card
// number of GB 11643's explanatory text, so the check characters are known independently.
const REAL_USCC = ['914403001922038216', '91330100799655058B', '91440300708461136T'];

const form: FormDefinition = {
  kind: 'form', id: 'supplier', name: { en: 'Supplier', 'zh-CN': '供应商' },
  fields: [{ id: 'code', type: 'text', label: { en: 'Credit code', 'zh-CN': '信用代码' }, rules: { format: 'uscc' } }],
  sections: [{ id: 'main', label: { en: 'Main', 'zh-CN': '基本' }, columns: 1, fields: ['code'] }],
};

describe('text formats', () => {
  it('verify the check character of a unified social credit code', () => {
    expect(REAL_USCC.map((c) => usccCheck(c.slice(0, 17)))).toEqual(['6', 'B', 'T']);
    expect(REAL_USCC.map((c) => checkFormat('uscc', c).ok)).toEqual([true, true, true]);
    // One character mistyped, two swapped: the check catches both.
    expect(checkFormat('uscc', '914403001922038217')).toMatchObject({ ok: false, message: { 'zh-CN': expect.stringContaining('校验位不符') } });
    expect(checkFormat('uscc', '914403001922083216').ok).toBe(false);
    // Read after the field's label (统一社会信用代码…), the shape message does not name the format a second time.
    expect(checkFormat('uscc', 'ABC')).toMatchObject({ ok: false, message: { 'zh-CN': expect.stringMatching(/^格式不对：统一社会信用代码应为 18 位/), en: expect.stringMatching(/^is not in the form of a unified social credit code: 18 characters/) } });
    // Letters codes never use, lower case, the wrong length.
    for (const bad of ['91440300192203821O', '91330100799655058b', '91440300192203821']) expect(checkFormat('uscc', bad)).toMatchObject({ ok: false, message: { en: expect.stringContaining('18 characters') } });
    expect(usccCheck('9144030019220382I')).toBeUndefined();
  });

  it('verify an identity card number: its date of birth and check character', () => {
    expect(checkFormat('cn_id_card', '11010519491231002X').ok).toBe(true);
    expect(checkFormat('cn_id_card', '110105194912310021')).toMatchObject({ ok: false, message: { en: expect.stringContaining('does not add up') } });
    expect(checkFormat('cn_id_card', '11010519491331002X')).toMatchObject({ ok: false, message: { en: expect.stringContaining('date of birth') } });
  });

  it('take mobile numbers and e-mail addresses as written, without spaces', () => {
    expect(['13800138000', '19912345678'].map((v) => checkFormat('cn_mobile', v).ok)).toEqual([true, true]);
    expect(['12800138000', '1380013800', '+8613800138000', '138 0013 8000'].map((v) => checkFormat('cn_mobile', v).ok)).toEqual([false, false, false, false]);
    expect(['li.fang@example.com.cn', 'a@b.cn'].map((v) => checkFormat('email', v).ok)).toEqual([true, true]);
    expect(['li fang@example.com', 'li@example', '@example.com', 'li@.com'].map((v) => checkFormat('email', v).ok)).toEqual([false, false, false, false]);
  });

  it('are a rule of text fields: a record breaking it gets a problem on the field, in both languages', () => {
    expect(validateForm(form, emptyContext())).toEqual([]);
    const compiled = compileForm(form);
    expect(compiled.validateRecord({ code: '914403001922038216' }, { today: '2025-06-30' })).toEqual([]);
    expect(compiled.validateRecord({ code: '914403001922038217' }, { today: '2025-06-30' })).toEqual([
      expect.objectContaining({ path: '/code', code: 'value.format', message: expect.stringMatching(/^Credit code does not add up/), messageZh: expect.stringMatching(/^信用代码校验位不符/) }),
    ]);
    const unknown = { ...form, fields: [{ ...form.fields[0]!, rules: { format: 'vat' } }] } as unknown as FormDefinition;
    expect(validateForm(unknown, emptyContext())).toEqual([expect.objectContaining({ path: '/fields/0/rules/format' })]);
  });
});
