import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { createAndPublish } from '../definitions/testing.js';
import { csvHeaders, rowsOf, SUPPLIERS, suppliers, suppliersOf, t } from './csv-testing.js';
import { customer, team } from './row-access-testing.js';
import { created, RECORD_TEST_MODULES } from './testing.js';

/** Orders of the customers salespeople reach only when theirs. */
const orderForm = {
  kind: 'form',
  id: 'order',
  name: t('Order', '订单'),
  fields: [
    { id: 'order_no', type: 'text', label: t('Order no', '订单号'), required: true },
    { id: 'customer', type: 'reference', label: t('Customer', '客户'), target: 'customer' },
  ],
  sections: [{ id: 'main', label: t('Main', '基本'), columns: 1, fields: ['order_no', 'customer'] }],
};

onBothDatabases(
  (app) => {
    describe('CSV in the words of a language', () => {
      it('exports in the words of the language asked for (labels, option labels, 是/否, a region by its name), which imports back into another company unchanged', async () => {
        const { admin, regions } = await suppliersOf(app(), ['华东', 'North']);
        const rows = [
          {
            supplier_name: 'A', category: 'option_1', certificates: ['option_2', 'option_1'], on_time_rate: 0.855, note_a: '=1+1', note_b: 'x', audited: true, region: regions[0],
            contacts: [{ name: '张三', phone: '13800138000', role: 'option_2', approval_limit: 50000 }, { name: '李四；王五', role: 'option_1' }],
          },
          { supplier_name: 'B', on_time_rate: 0.07, audited: false, region: regions[1], contacts: [{ name: 'Li: Ann', approval_limit: 1234.5 }] },
          { supplier_name: 'C', category: 'option_2' },
        ];
        for (const row of rows) await created(admin, row, SUPPLIERS);
        const zh = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=zh-CN')).text();
        // 备注 is the label of two fields: those columns keep their ids, so the file still reads back.
        expect(rowsOf(zh).map((r) => r.slice(1))).toEqual([
          ['供应商名称', '类别', '资质', '准时率', 'note_a', 'note_b', '已审核', '区域', '联系人'],
          ['A', '零部件', 'ISO 14001 环境;ISO 9001 质量', '85.5%', "'=1+1", 'x', '是', '华东', '姓名：张三；电话：13800138000；角色：财务；审批额度：50000\n姓名：李四\\；王五；角色：老板'],
          ['B', '', '', '7%', '', '', '否', 'North', '姓名：Li: Ann；审批额度：1234.5'],
          ['C', '原材料', '', '', '', '', '', '', ''],
        ]);
        const en = await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=en')).text();
        expect(rowsOf(en).map((r) => r.slice(1))).toEqual([
          ['Supplier name', 'Category', 'Certificates', 'On-time rate', 'Note', 'Remark', 'Audited', 'Region', 'Contacts'],
          ['A', 'Parts', 'ISO 14001;ISO 9001', '85.5%', "'=1+1", 'x', 'Yes', '华东', 'Name: 张三; Phone: 13800138000; Role: Finance; Approval limit: 50000\nName: 李四\\；王五; Role: Owner'],
          ['B', '', '', '7%', '', '', 'No', 'North', 'Name: Li: Ann; Approval limit: 1234.5'],
          ['C', 'Raw materials', '', '', '', '', '', '', ''],
        ]);
        for (const text of [zh, en]) {
          const other = await suppliersOf(app(), ['North', '华东']);
          const res = await other.admin.call('POST', '/api/forms/supplier/import', text, csvHeaders);
          expect(res.status, await res.clone().text()).toBe(201);
          const regionOf = new Map([[regions[0], other.regions[1]], [regions[1], other.regions[0]]]);
          expect(await suppliers(other.admin)).toEqual(rows.map((r) => (r.region === undefined ? r : { ...r, region: regionOf.get(r.region) })));
        }
        const bad = await admin.call('GET', '/api/forms/supplier/export.csv?lang=fr');
        expect([bad.status, ((await bad.json()) as ProblemDocument).problems?.map((p) => p.path)]).toEqual([422, ['/query/lang']]);
        const maybe = await admin.call('POST', '/api/forms/supplier/import', '供应商名称,已审核\nD,也许\n', csvHeaders);
        expect(((await maybe.json()) as ProblemDocument).problems?.map((p) => [p.path, p.messageZh])).toEqual([['/rows/1/audited', '已审核应为是/否，而不是 "也许"：请填写 是 或 否（Yes/No、true/false 亦可）。']]);
      });

      it('reads contacts written as lines of 标签：值 or as JSON, and says how to write a line that does not read, in the sub-table\'s own columns', async () => {
        const { admin } = await suppliersOf(app(), []);
        const csv = '供应商名称,联系人\nA,"姓名：张三；电话：13800138000；角色：财务\nName: Li; role: option_1; Approval limit: 9.5"\nB,"[{""name"":""王五""}]"\n';
        const res = await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders);
        expect(res.status, await res.clone().text()).toBe(201);
        expect((await suppliers(admin)).map((d) => d['contacts'])).toEqual([
          [{ name: '张三', phone: '13800138000', role: 'option_2' }, { name: 'Li', role: 'option_1', approval_limit: 9.5 }],
          [{ name: '王五' }],
        ]);
        const bad = await admin.call('POST', '/api/forms/supplier/import', '供应商名称,联系人\nC,张三 13800138000\nD,"姓名：赵六\n职务：经理"\nE,姓名：钱七；审批额度：很多\nF,姓名：孙八；角色：总监\n', csvHeaders);
        const problems = ((await bad.json()) as ProblemDocument).problems!;
        expect([bad.status, problems.map((p) => `${p.path} ${p.code}`)]).toEqual([422, ['/rows/1/contacts value.type', '/rows/2/contacts value.type', '/rows/3/contacts/0/approval_limit value.type', '/rows/4/contacts/0/role value.option']]);
        expect(problems[0]?.messageZh).toBe('联系人第 1 行明细 "张三 13800138000" 没有列名：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 姓名：张三；电话：13800138000。可用列：姓名、电话、角色、审批额度。');
        expect(problems[0]?.message).toBe('Contacts line 1 "张三 13800138000" has no column name: write each row as "Column: value" pairs separated by ";", one row per line (a line break within the cell), e.g. Name: 张三; Phone: 13800138000. Columns: Name, Phone, Role, Approval limit.');
        expect(problems[1]?.messageZh).toBe('联系人第 2 行明细 "职务：经理" 中的 "职务" 不是该子表的列（或同时是多列的名称）：每行明细写成 "列名：值"，用 "；" 隔开，多行明细各占一行（单元格内换行），如 姓名：…；电话：…。可用列：姓名、电话、角色、审批额度。');
        expect(problems[3]?.messageZh).toBe('联系人第 1 行的角色没有选项 "总监"：请填写 老板、财务 之一（中文或英文名称，或选项编码均可）。');
        expect((await suppliers(admin)).length).toBe(2);
      });

      it('names a region by its id where another shares its name, and reads a name only when it names one region', async () => {
        const { admin, regions } = await suppliersOf(app(), ['East', 'East', 'West']);
        await created(admin, { supplier_name: 'A', region: regions[0] }, SUPPLIERS);
        await created(admin, { supplier_name: 'B', region: regions[2] }, SUPPLIERS);
        const exported = rowsOf(await (await admin.call('GET', '/api/forms/supplier/export.csv?sort=supplier_name&lang=en')).text());
        expect(exported.map((r) => r[8])).toEqual(['Region', regions[0], 'West']);
        const csv = `Supplier name,Region\nC,West\nD, East \nE,South\nF,${regions[1]!}\n`;
        const res = await admin.call('POST', '/api/forms/supplier/import', csv, csvHeaders);
        const problems = ((await res.json()) as ProblemDocument).problems!;
        expect([res.status, problems.map((p) => `${p.path} ${p.code}`)]).toEqual([422, ['/rows/2/region record.reference.ambiguous', '/rows/3/region record.reference.unknown']]);
        expect(problems[0]?.messageZh).toBe(`区域：有多条区域名为 "East"（${regions.slice(0, 2).sort().join('、')}），请改填记录 ID。`);
        expect(problems[1]?.message).toBe('Region names no region "South" that you can see: give the record\'s title or id.');
        const fixed = await admin.call('POST', '/api/forms/supplier/import', `Supplier name,Region\nC,West\nF,${regions[1]!}\n`, csvHeaders);
        expect(fixed.status).toBe(201);
        expect((await suppliers(admin)).map((d) => d['region'])).toEqual([regions[0], regions[2], regions[2], regions[1]]);
      });
    });

    describe('CSV references and row access', () => {
      it('names a customer out of the exporter\'s reach by its id, and reads a name only among the customers the importer reaches', async () => {
        const { admin, ann, bob } = await team(app());
        const annCo = await customer(admin, { company_name: 'Ann Co', sales_owner: ann.id });
        const bobCo = await customer(admin, { company_name: 'Bob Co', sales_owner: bob.id });
        await createAndPublish(admin, orderForm);
        await created(admin, { order_no: 'O1', customer: annCo.id }, '/api/forms/order/records');
        await created(admin, { order_no: 'O2', customer: bobCo.id }, '/api/forms/order/records');
        const rows = rowsOf(await (await ann.call('GET', '/api/forms/order/export.csv?sort=order_no&lang=zh-CN')).text());
        expect(rows.map((r) => r.slice(1))).toEqual([['订单号', '客户'], ['O1', 'Ann Co'], ['O2', bobCo.id]]);
        const res = await ann.call('POST', '/api/forms/order/import', '订单号,客户\nO3,Bob Co\nO4,Ann Co\n', csvHeaders);
        const problems = ((await res.json()) as ProblemDocument).problems!;
        expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/rows/1/customer record.reference.unknown']);
        expect(problems[0]?.messageZh).toBe('客户中的 "Bob Co" 不是您可查看的客户：请填写记录标题或 ID。');
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
