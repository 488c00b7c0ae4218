import { describe, expect, it } from 'vitest';
import { publish, saveDraft } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customer, ownedCustomerForm, ROW_TEST_MODULES, team } from './row-access-testing.js';
import { RECORDS } from './testing.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

onBothDatabases(
  (app) => {
    describe('user fields name active users of the company', () => {
      it('refuses a create or change naming no user, another company\'s user or a deactivated one, at the field, in both languages', async () => {
        const { admin, ann, bob } = await team(app());
        const other = await team(app());
        expect((await admin.call('PATCH', `/api/users/${bob.id}`, { active: false })).status).toBe(200);
        for (const owner of ['nobody@x', other.ann.id, bob.id]) {
          const res = await admin.call('POST', RECORDS, { company_name: `Acme ${owner}`, sales_owner: owner });
          const body = (await res.json()) as ProblemDocument;
          expect(res.status, JSON.stringify(body)).toBe(422);
          expect(body.problems).toEqual([
            {
              path: '/sales_owner', code: 'record.user.unknown',
              message: `"Salesperson in charge" names the user "${owner}", who is not an active user of this company: pick a user from the list.`,
              messageZh: `"负责业务员" 所填的人员 "${owner}" 不是本企业的在用成员：请从列表中选择人员。`,
            },
          ]);
        }
        const mine = await customer(admin, { company_name: 'Acme', sales_owner: ann.id });
        const moved = await admin.call('PATCH', `${RECORDS}/${mine.id}`, { sales_owner: 'nobody@x' }, { 'If-Match': '"1"' });
        expect(moved.status).toBe(422);
        expect(((await moved.json()) as ProblemDocument).problems.map((p) => p.path)).toEqual(['/sales_owner']);
        expect((await ann.call('GET', `${RECORDS}/${mine.id}`)).status).toBe(200);
      });

      it('keeps a user the record already holds after they are deactivated, and checks sub-table user columns', async () => {
        const { admin, ann, bob } = await team(app());
        const visited = {
          ...ownedCustomerForm,
          fields: [...ownedCustomerForm.fields, { id: 'visits', type: 'sub_table', label: t('Visits', '拜访'), columns: [{ id: 'visitor', type: 'user', label: t('Visitor', '拜访人') }] }],
          sections: [{ ...ownedCustomerForm.sections[0]!, fields: [...ownedCustomerForm.sections[0]!.fields, 'visits'] }],
        };
        await publish(admin, visited, await saveDraft(admin, visited));
        const held = await customer(admin, { company_name: 'Bob Co', sales_owner: bob.id, visits: [{ visitor: bob.id }] });
        expect((await admin.call('PATCH', `/api/users/${bob.id}`, { active: false })).status).toBe(200);
        const edited = await admin.call('PATCH', `${RECORDS}/${held.id}`, { annual_sales: 10, visits: [{ visitor: bob.id }, { visitor: ann.id }] }, { 'If-Match': '"1"' });
        expect(edited.status, await edited.clone().text()).toBe(200);
        const res = await admin.call('POST', RECORDS, { company_name: 'Ann Co', sales_owner: ann.id, visits: [{ visitor: ann.id }, { visitor: 'u_ghost' }] });
        const body = (await res.json()) as ProblemDocument;
        expect(res.status).toBe(422);
        expect(body.problems).toMatchObject([{ path: '/visits/1/visitor', code: 'record.user.unknown', message: expect.stringContaining('"Visitor" names the user "u_ghost"') }]);
      });

      it('refuses a user holding none of the field\'s roles, naming the roles by their names; on create, change and CSV import alike', async () => {
        const { admin, ann, manager, hire } = await team(app());
        const feng = await hire('冯静', ['legal']);
        const limited = { ...ownedCustomerForm, fields: ownedCustomerForm.fields.map((f) => (f.id === 'sales_owner' ? { ...f, roles: ['salesperson', 'sales_manager', 'sales_director'] } : f)) };
        await publish(admin, limited, await saveDraft(admin, limited));
        const refused = {
          path: '/sales_owner', code: 'record.user.role',
          message: '"Salesperson in charge" must be a user with the role Salesperson, Sales manager or Sales director: 冯静 has none of them. Pick a user who has, or have an admin give 冯静 one of these roles.',
          messageZh: '"负责业务员" 须为销售、销售经理或销售总监：冯静 不是。请选择具有这些角色的人员，或请管理员为 冯静 添加其中一个角色。',
        };
        const res = await admin.call('POST', RECORDS, { company_name: 'Acme', sales_owner: feng.id });
        expect(res.status).toBe(422);
        expect(((await res.json()) as ProblemDocument).problems).toEqual([refused]);
        const mine = await customer(admin, { company_name: 'Acme', sales_owner: manager.id });
        const moved = await admin.call('PATCH', `${RECORDS}/${mine.id}`, { sales_owner: feng.id }, { 'If-Match': '"1"' });
        expect(moved.status).toBe(422);
        expect(((await moved.json()) as ProblemDocument).problems).toEqual([refused]);
        expect((await admin.call('PATCH', `${RECORDS}/${mine.id}`, { sales_owner: ann.id }, { 'If-Match': '"1"' })).status).toBe(200);
        const imported = await admin.call('POST', '/api/forms/customer/import', `company_name,sales_owner\nGood Co,${ann.id}\nLegal Co,${feng.id}\n`, { 'Content-Type': 'text/csv' });
        expect(imported.status).toBe(422);
        expect(((await imported.json()) as ProblemDocument).problems).toEqual([{ ...refused, path: '/rows/2/sales_owner' }]);
      });

      it('refuses to publish a limit to a role the company does not have, at the role, with the likely id', async () => {
        const { admin } = await team(app());
        const typo = { ...ownedCustomerForm, fields: ownedCustomerForm.fields.map((f) => (f.id === 'sales_owner' ? { ...f, roles: ['salesperon'] } : f)) };
        const res = await admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': `"${await saveDraft(admin, typo)}"` });
        expect(res.status).toBe(422);
        expect(((await res.json()) as ProblemDocument).problems).toMatchObject([{ path: `/fields/${typo.fields.length - 1}/roles/0`, code: 'field.roles.unknown', message: expect.stringContaining('Did you mean "salesperson"?') }]);
      });

      it('warns, before a role limit is added or narrowed, how many records already hold a user outside it, without refusing to publish', async () => {
        const { admin, ann, manager, hire } = await team(app());
        const feng = await hire('冯静', ['legal']);
        for (const [name, owner] of [['Ann Co', ann.id], ['Mia Co', manager.id], ['Legal Co', feng.id], ['Legal Two', feng.id]] as const) await customer(admin, { company_name: name, sales_owner: owner });
        const at = ownedCustomerForm.fields.findIndex((f) => f.id === 'sales_owner');
        const limitedTo = (roles: string[]) => ({ ...ownedCustomerForm, fields: ownedCustomerForm.fields.map((f) => (f.id === 'sales_owner' ? { ...f, roles } : f)) });
        const check = async (roles: string[]) => {
          const revision = await saveDraft(admin, limitedTo(roles));
          const body = (await (await admin.call('POST', '/api/definitions/form/customer/validate', {})).json()) as { problems: unknown[]; warnings: ProblemDocument['problems'] };
          expect(body.problems).toEqual([]);
          return { revision, warnings: body.warnings };
        };
        const sales = await check(['salesperson', 'sales_manager']);
        expect(sales.warnings).toEqual([{
          path: `/fields/${at}/roles`, code: 'form.user.roles.existing',
          message: '2 records have a "Salesperson in charge" who holds none of these roles. Publishing leaves them as they are: only people chosen from now on are checked. Change them where the new limit must hold.',
          messageZh: '已有 2 条记录的“负责业务员”所填人员不具有其中任何角色。发布不会改动这些记录，只检查此后新填的人员；如须符合新的角色限制，请逐条修改。',
        }]);
        await publish(admin, limitedTo(['salesperson', 'sales_manager']), sales.revision);
        // Narrowed to salespeople: the manager's customer is outside it too.
        expect((await check(['salesperson'])).warnings.map((w) => w.message.split(' have')[0])).toEqual(['3 records']);
        // Widened, nobody is left outside who was inside before: nothing to say.
        expect((await check(['salesperson', 'sales_manager', 'legal'])).warnings).toEqual([]);
      });

      it('counts, before a sub-table’s user column is limited, the records with a row holding a user outside it', async () => {
        const { admin, ann, hire } = await team(app());
        const feng = await hire('冯静', ['legal']);
        const [section] = ownedCustomerForm.sections;
        const withVisits = (roles?: string[]) => ({
          ...ownedCustomerForm,
          fields: [...ownedCustomerForm.fields, {
            id: 'visits', type: 'sub_table', label: { en: 'Visits', 'zh-CN': '拜访' },
            columns: [{ id: 'visitor', type: 'user', label: { en: 'Visitor', 'zh-CN': '拜访人' }, ...(roles === undefined ? {} : { roles }) }, { id: 'note', type: 'text', label: { en: 'Note', 'zh-CN': '备注' } }],
          }],
          sections: [{ ...section!, fields: [...section!.fields, 'visits'] }],
        });
        await publish(admin, withVisits(), await saveDraft(admin, withVisits()));
        const rows = (...visitors: string[]) => visitors.map((visitor, i) => ({ id: `v${i}`, visitor, note: 'x' }));
        await customer(admin, { company_name: 'Legal twice', sales_owner: ann.id, visits: rows(feng.id, feng.id) });
        await customer(admin, { company_name: 'Mixed', sales_owner: ann.id, visits: rows(ann.id, feng.id) });
        await customer(admin, { company_name: 'Sales only', sales_owner: ann.id, visits: rows(ann.id) });
        await customer(admin, { company_name: 'No visits', sales_owner: ann.id });
        await saveDraft(admin, withVisits(['salesperson']));
        const body = (await (await admin.call('POST', '/api/definitions/form/customer/validate', {})).json()) as { problems: unknown[]; warnings: ProblemDocument['problems'] };
        expect(body.problems).toEqual([]);
        expect(body.warnings).toEqual([{
          path: `/fields/${ownedCustomerForm.fields.length}/columns/0/roles`, code: 'form.user.roles.existing',
          message: '2 records have a "Visits › Visitor" who holds none of these roles. Publishing leaves them as they are: only people chosen from now on are checked. Change them where the new limit must hold.',
          messageZh: '已有 2 条记录的“拜访 › 拜访人”所填人员不具有其中任何角色。发布不会改动这些记录，只检查此后新填的人员；如须符合新的角色限制，请逐条修改。',
        }]);
      });

      it('fills a default of "me" with whoever fills the form in when they hold a role, and refuses them alike when not', async () => {
        const { admin, ann, hire } = await team(app());
        const feng = await hire('冯静', ['legal']);
        const mine = { ...ownedCustomerForm, fields: ownedCustomerForm.fields.map((f) => (f.id === 'sales_owner' ? { ...f, roles: ['salesperson'], default: 'me', access: {} } : f)) };
        await publish(admin, mine, await saveDraft(admin, mine));
        expect((await customer(ann, { company_name: 'Ann Co' })).data).toMatchObject({ sales_owner: ann.id });
        const res = await feng.call('POST', RECORDS, { company_name: 'Legal Co' });
        expect(res.status).toBe(422);
        expect(((await res.json()) as ProblemDocument).problems).toMatchObject([{ path: '/sales_owner', code: 'record.user.role', messageZh: '"负责业务员" 须为销售：冯静 不是。请选择具有这些角色的人员，或请管理员为 冯静 添加其中一个角色。' }]);
      });
    });
  },
  { modules: ROW_TEST_MODULES },
);
