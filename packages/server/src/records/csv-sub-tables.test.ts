import type { FieldDefinition, SubTableField } from '@heng/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subTableRows, unreadLine } from './csv-sub-tables.js';
import { cellOf, valueOf } from './csv-values.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const contacts = {
  id: 'contacts',
  type: 'sub_table',
  label: t('Contacts', '联系人'),
  columns: [
    { id: 'name', type: 'text', label: t('Name', '姓名') },
    { id: 'phone', type: 'text', label: t('Phone', '电话') },
    { id: 'role', type: 'single_select', label: t('Role', '角色'), options: [{ id: 'option_1', label: t('Boss', '老板') }, { id: 'option_2', label: t('Finance', '财务') }] },
    { id: 'share', type: 'percent', label: t('Share', '占比') },
    { id: 'note', type: 'text', label: t('Note: free', '备注') },
    { id: 'score', type: 'formula', label: t('Score', '得分'), formula: '1', resultType: 'number' },
  ],
} as unknown as SubTableField;
const field = contacts as unknown as FieldDefinition;

describe('sub-table cells in people\'s words', () => {
  it('writes a line per row of label：value pairs, empty columns left out, and reads it back', () => {
    const rows = [{ name: '张三', phone: '13800138000', role: 'option_2', share: 0.125 }, { name: 'Li', note: 'x' }];
    expect(cellOf(field, rows, 'zh-CN')).toBe('姓名：张三；电话：13800138000；角色：财务；占比：12.5%\n姓名：Li；备注：x');
    // "Note: free" holds a colon: it is named by its id.
    expect(cellOf(field, rows, 'en')).toBe('Name: 张三; Phone: 13800138000; Role: Finance; Share: 12.5%\nName: Li; note: x');
    for (const lang of ['zh-CN', 'en'] as const) expect(valueOf(field, cellOf(field, rows, lang))).toEqual(rows);
    expect(cellOf(field, rows, undefined)).toBe(JSON.stringify(rows));
  });

  it('escapes separators and line breaks in a value, so it reads back as written', () => {
    const rows = [{ name: 'a;b；c\\d', note: 'line 1\nline 2: 10:30' }];
    const cell = cellOf(field, rows, 'zh-CN');
    expect(cell).toBe('姓名：a\\;b\\；c\\\\d；备注：line 1\\nline 2: 10:30');
    expect(valueOf(field, cell)).toEqual(rows);
  });

  it('reads back any text it writes, separators, backslashes and line breaks within it', () => {
    // Values are read trimmed, and an apostrophe before a formula's sign is dropped, as in any cell.
    const text = fc.string({ unit: fc.constantFrom('a', '张', ' ', ';', '；', ':', '：', '\\', '\n', '\r', 'n', '[', "'", '=') }).filter((s) => s.trim() === s && s !== '' && !/^'[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, note: text }, { requiredKeys: ['name'] }), { minLength: 1, maxLength: 3 }), fc.constantFrom('zh-CN' as const, 'en' as const), (rows, lang) => {
        expect(valueOf(field, cellOf(field, rows, lang))).toEqual(rows);
      }),
    );
  });

  it('keeps a backslash typed by hand that escapes nothing it writes', () => {
    expect(valueOf(field, '姓名：D:\\data\\2024；备注：a\\;b')).toEqual([{ name: 'D:\\data\\2024', note: 'a;b' }]);
  });

  it('names a column by its id where its label would not read back as it: a separator, a formula\'s sign, a leading [', () => {
    const odd = { ...contacts, columns: [{ id: 'a', type: 'text', label: t('[A]', '[甲]') }, { id: 'b', type: 'text', label: t('-B', '-乙') }, { id: 'c', type: 'text', label: t('C;D', '丙；丁') }] } as unknown as FieldDefinition;
    const rows = [{ a: '1', b: '2', c: '3' }];
    expect(cellOf(odd, rows, 'zh-CN')).toBe('a：1；b：2；c：3');
    expect(valueOf(odd, cellOf(odd, rows, 'en'))).toEqual(rows);
  });

  it('reads labels in either language or ids, : and ; as well as ： and ；, blank lines skipped, formula columns ignored, JSON as before', () => {
    expect(valueOf(field, ' Name : A ; 电话：1 \r\n\nname:B；role:老板；')).toEqual([{ name: 'A', phone: '1' }, { name: 'B', role: 'option_1' }]);
    expect(valueOf(field, '姓名：A；得分：9')).toEqual([{ name: 'A' }]);
    expect(valueOf(field, '[{"name":"A"}]')).toEqual([{ name: 'A' }]);
    expect(valueOf(field, '[oops')).toBe('[oops');
  });

  it('tells which line does not read and how to write it, in the sub-table\'s own columns', () => {
    const bare = subTableRows(contacts, '姓名：李四\n张三 13800138000', valueOf);
    expect(bare).toEqual({ unread: { line: 2, text: '张三 13800138000' } });
    if (!('unread' in bare)) return;
    expect(unreadLine(contacts, bare.unread)).toEqual({
      message: 'Contacts line 2 "张三 13800138000" has no column name: write each row as "Column: value" pairs separated by ";", one row per line (a line break within the cell), e.g. Name: 张三; Phone: 13800138000. Columns: Name, Phone, Role, Share, note.',
      messageZh: '联系人第 2 行明细 "张三 13800138000" 没有列名：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 姓名：张三；电话：13800138000。可用列：姓名、电话、角色、占比、备注。',
    });
    const unknown = subTableRows(contacts, '姓名：张三；职务：经理', valueOf);
    expect(unknown).toEqual({ unread: { line: 1, text: '姓名：张三；职务：经理', label: '职务' } });
    if ('unread' in unknown) expect(unreadLine(contacts, unknown.unread).messageZh).toContain('中的 "职务" 不是该子表的列（或同时是多列的名称）：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 姓名：…；电话：…。');
  });
});
