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
    });
  },
  { modules: ROW_TEST_MODULES },
);
