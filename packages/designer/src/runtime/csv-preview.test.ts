import { problem } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { computedColumns, decodeCsv, importTemplate, hasIdColumn, headerFields, importProblems, previewRows, readCsv, subTableExamples } from './csv-preview.js';

describe('CSV preview', () => {
  it('reads quoted cells, CRLF, a BOM, and skips blank lines', () => {
    expect(readCsv('\uFEFFcompany_name,industry\r\n"Minjiang, ""Ltd""",steel\r\n\r\n"two\nlines",services\n')).toEqual({
      header: ['company_name', 'industry'],
      rows: [['Minjiang, "Ltd"', 'steel'], ['two\nlines', 'services']],
    });
  });

  it('says where the file stops being CSV', () => {
    expect(readCsv('a,b\n1,"open\n2,3\n')).toEqual({ error: { line: 4 } });
    expect(readCsv('a,b\n1,x"y\n')).toEqual({ error: { line: 2 } });
  });

  it('gives an empty table for an empty file', () => {
    expect(readCsv('')).toEqual({ header: [], rows: [] });
  });

  it('places a refused import’s problems on rows and header columns', () => {
    const row3 = problem('/rows/3/annual_sales', 'value.type', 'Annual sales must be an amount.', '年销售额应为金额。');
    const row3b = problem('/rows/3/company_name', 'value.required', 'Company name is required.', '请填写企业名称。');
    const col = problem('/header/2', 'csv.header', 'Column "x" is not a field.', '列 "x" 不是字段。');
    const other = problem('', 'too_many_rows', 'Too many.', '太多。');
    const placed = importProblems([row3, col, row3b, other]);
    expect(placed.rows.get(3)).toEqual([row3, row3b]);
    expect(placed.header.get(2)).toEqual([col]);
    expect(placed.file).toEqual([other]);
  });

  it('matches header cells to fields by id or by label in either language, as the server does', () => {
    const field = (id: string, en: string, zh: string) => ({ id, type: 'text', label: { en, 'zh-CN': zh } }) as FieldDefinition;
    const fields = [field('supplier_name', 'Supplier name', '供应商名称'), field('note_a', 'Note', '备注'), field('note_b', 'Remark', '备注')];
    expect(headerFields(fields, ['id', ' 供应商名称 ', 'Supplier name', 'supplier_name', 'Remark', '备注', 'nope']).map((f) => f?.id)).toEqual([undefined, 'supplier_name', 'supplier_name', 'supplier_name', 'note_b', undefined, undefined]);
  });

  it('names the columns the import fills itself: a formula\'s and an auto number\'s', () => {
    const field = (id: string, type: string, zh: string) => ({ id, type, label: { en: id, 'zh-CN': zh } }) as FieldDefinition;
    const fields = [field('order_no', 'serial', '订单编号'), field('amount', 'money', '金额'), field('total', 'formula', '合计')];
    expect(computedColumns(fields, ['id', '订单编号', '金额', 'total']).map((f) => f.id)).toEqual(['order_no', 'total']);
    expect(computedColumns(fields, ['金额'])).toEqual([]);
  });

  it('shows how each sub-table\'s cell is written, in the form\'s own columns, as the server reads it', () => {
    const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
    const contacts = {
      id: 'contacts', type: 'sub_table', label: t('Contacts', '联系人'),
      columns: [{ id: 'total', type: 'formula', label: t('Total', '合计') }, { id: 'name', type: 'text', label: t('Name', '姓名') }, { id: 'role', type: 'single_select', label: t('Role', '角色'), options: [{ id: 'o1', label: t('Owner', '老板') }] }],
    } as unknown as FieldDefinition;
    const name = { id: 'supplier_name', type: 'text', label: t('Supplier name', '供应商名称') } as FieldDefinition;
    const statements = { id: 'statements', type: 'sub_table', label: t('Financial statements', '财务报表'), columns: [{ id: 'year', type: 'number', label: t('Year', '年度') }] } as unknown as FieldDefinition;
    expect(subTableExamples([name, contacts, statements], 'zh-CN')).toEqual([{ id: 'contacts', field: '联系人', example: '姓名：…；角色：老板' }, { id: 'statements', field: '财务报表', example: '年度：…' }]);
    expect(subTableExamples([name, contacts], 'en')).toEqual([{ id: 'contacts', field: 'Contacts', example: 'Name: …; Role: Owner' }]);
    expect(subTableExamples([name], 'en')).toEqual([]);
  });

  it('shows every row after a passed check, even when "only rows with problems" was left on', () => {
    const rows = [['Minjiang'], ['Fuzhou']];
    const refused = importProblems([problem('/rows/2/company_name', 'value.required', 'Company name is required.', '请填写企业名称。')]);
    expect(previewRows(rows, refused, true)).toEqual([{ n: 2, cells: ['Fuzhou'] }]);
    expect(previewRows(rows, importProblems([]), true)).toEqual([{ n: 1, cells: ['Minjiang'] }, { n: 2, cells: ['Fuzhou'] }]);
    expect(previewRows(rows, refused, false)).toHaveLength(2);
  });

  it('notices the id column of an exported file, which the import ignores', () => {
    expect(hasIdColumn([' id ', '供应商名称'])).toBe(true);
    expect(hasIdColumn(['supplier_id', '供应商名称'])).toBe(false);
  });

  it('reads a file Excel saved on Chinese Windows (GBK) as well as UTF-8, and says which', () => {
    const gbk = new Uint8Array([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xcf, 0xc3, 0xc3, 0xc5]); // 企业名称\r\n厦门
    expect(decodeCsv(gbk)).toEqual({ text: '企业名称\r\n厦门', encoding: 'gb18030' });
    const utf8 = new TextEncoder().encode('\ufeff企业名称\r\n厦门');
    expect(decodeCsv(utf8)).toEqual({ text: '企业名称\r\n厦门', encoding: 'utf-8' });
  });

  it('offers a blank file of the columns the reader may write, quoted where needed, and names the required ones', () => {
    const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
    const fields = [
      { id: 'name', type: 'text', label: t('Name, legal', '企业名称'), required: true },
      { id: 'limit', type: 'money', label: t('Limit', '授信额度'), access: { salesperson: 'read' } },
      { id: 'no', type: 'serial', label: t('No.', '编号') },
      { id: 'sales', type: 'money', label: t('Sales', '年销售额'), required: true },
    ] as unknown as FieldDefinition[];
    expect(importTemplate(fields, ['salesperson'], 'en')).toEqual({ csv: '\ufeff"Name, legal",Sales\r\n', required: ['Name, legal', 'Sales'] });
    expect(importTemplate(fields, ['finance_director'], 'zh-CN')).toEqual({ csv: '\ufeff企业名称,授信额度,年销售额\r\n', required: ['企业名称', '年销售额'] });
  });
});
