import { describe, expect, it } from 'vitest';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customer, ROW_TEST_MODULES, team } from './row-access-testing.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const ORDERS = '/api/forms/order/records';

/** An order of a customer, with the customer's name looked up: salespeople reach the orders they own. */
const orderForm = {
  kind: 'form',
  id: 'order',
  name: t('Order'),
  fields: [
    { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
    { id: 'customer_name', type: 'lookup', label: t('Customer name'), via: 'customer', field: 'company_name', resultType: 'text' },
    { id: 'amount', type: 'money', label: t('Amount') },
    { id: 'guarantors', type: 'sub_table', label: t('Guarantors'), columns: [{ id: 'guarantor', type: 'reference', target: 'customer', label: t('Guarantor') }] },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['customer', 'customer_name', 'amount', 'guarantors'] }],
};

type Problem = { code: string; problems: { path: string; code: string; message: string; messageZh: string }[] };
const order = (c: Caller, data: object) => c.call('POST', ORDERS, data);

onBothDatabases(
  (app) => {
    describe('references a user writes', () => {
      it('must name a live record of the field\'s form that the user reaches; out of reach reads as missing', async () => {
        const { admin, ann, bob } = await team(app());
        await createAndPublish(admin, orderForm);
        const anns = await customer(ann, { company_name: 'Ann Co', annual_sales: 1 });
        const bobs = await customer(bob, { company_name: 'Bob Co', annual_sales: 1 });

        const mine = await order(ann, { customer: anns.id, amount: 10 });
        expect(mine.status, await mine.clone().text()).toBe(201);
        expect(((await mine.json()) as { data: Record<string, unknown> }).data['customer_name']).toBe('Ann Co');

        // Bob's customer and a customer that never was: the same refusal, and nothing of Bob's copied.
        const answers: string[] = [];
        for (const id of [bobs.id, 'no-such-customer']) {
          const res = await order(ann, { customer: id, amount: 10 });
          expect(res.status).toBe(422);
          const body = (await res.json()) as Problem;
          expect(body.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/customer record.reference.unknown']);
          answers.push(body.problems[0]!.message.replace(id, 'ID'));
          // The form is named as users see it, not by its id.
          expect(body.problems[0]!.messageZh).toContain('所填的客户 "');
        }
        expect(answers[0]).toBe(answers[1]);
        expect(answers[0]).toBe('"Customer" names customer "ID", which does not exist or is not yours to see: pick one from the list.');

        // The admin reaches every customer.
        expect((await order(admin, { customer: bobs.id, amount: 10 })).status).toBe(201);
      });

      it('checks the references in sub-table rows too, at their cells', async () => {
        const { admin, ann, bob } = await team(app());
        await createAndPublish(admin, orderForm);
        const anns = await customer(ann, { company_name: 'Ann Co', annual_sales: 1 });
        const bobs = await customer(bob, { company_name: 'Bob Co', annual_sales: 1 });
        const res = await order(ann, { customer: anns.id, guarantors: [{ guarantor: anns.id }, { guarantor: bobs.id }] });
        expect(res.status).toBe(422);
        expect(((await res.json()) as Problem).problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/guarantors/1/guarantor record.reference.unknown']);
        expect((await order(ann, { customer: anns.id, guarantors: [{ guarantor: anns.id }] })).status).toBe(201);
      });

      it('checks a reference when it changes, not one the record already held', async () => {
        const { admin, ann, bob } = await team(app());
        await createAndPublish(admin, orderForm);
        const bobs = await customer(bob, { company_name: 'Bob Co', annual_sales: 1 });
        const made = (await (await order(admin, { customer: bobs.id, amount: 10 })).json()) as { id: string; revision: number };
        // The admin's order for Bob's customer: Ann, who does not reach that customer, may still change
        // its amount, since the reference she leaves alone is not hers to answer for.
        const patch = (who: Caller, data: object, rev: number) => who.call('PATCH', `${ORDERS}/${made.id}`, data, { 'If-Match': `"${rev}"` });
        const edited = await patch(ann, { amount: 20 }, made.revision);
        expect(edited.status, await edited.clone().text()).toBe(200);
        // Changing it to her own customer is checked, and so is changing it back.
        const anns = await customer(ann, { company_name: 'Ann Co', annual_sales: 1 });
        expect((await patch(ann, { customer: anns.id }, made.revision + 1)).status).toBe(200);
        expect((await patch(ann, { customer: bobs.id }, made.revision + 2)).status).toBe(422);
        expect((await patch(admin, { customer: 'no-such-customer' }, made.revision + 2)).status).toBe(422);
      });
    });
  },
  { modules: ROW_TEST_MODULES },
);
