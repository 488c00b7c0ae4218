import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { created, RECORDS, RECORD_TEST_MODULES, shop } from './testing.js';

const problemsOf = async (res: Response): Promise<string[]> => {
  expect(res.status).toBe(422);
  return (((await res.json()) as ProblemDocument).problems ?? []).map((p) => `${p.path} ${p.code} ${p.messageZh}`);
};

// Text of nothing but spaces is no value, and a line of text is kept without the spaces around it.
onBothDatabases(
  (app) => {
    describe('text as a write stores it', () => {
      it('refuses a required name of nothing but spaces (full-width too) as empty, on create and on change', async () => {
        const { admin } = await shop(app());
        expect(await problemsOf(await admin.call('POST', RECORDS, { company_name: ' \u3000\t' }))).toEqual(['/company_name value.required 企业名称为必填项，请填写。']);
        const rec = await created(admin, { company_name: 'Acme' });
        expect(await problemsOf(await admin.call('PATCH', `${RECORDS}/${rec.id}`, { company_name: '   ' }, { 'If-Match': rec.etag }))).toEqual(['/company_name value.required 企业名称为必填项，请填写。']);
      });

      it('keeps a name without the spaces around it, so a unique name with a space added is still taken, and clears notes of only spaces', async () => {
        const { admin } = await shop(app());
        const rec = await created(admin, { company_name: '  厦门海润贸易 ', risk_notes: '核实中\n  第二行 ' });
        expect(rec.body['data']).toMatchObject({ company_name: '厦门海润贸易', risk_notes: '核实中\n  第二行 ' });
        expect(await problemsOf(await admin.call('POST', RECORDS, { company_name: '厦门海润贸易\u3000' }))).toEqual([expect.stringMatching(/^\/company_name record\.unique /)]);
        const res = await admin.call('PATCH', `${RECORDS}/${rec.id}`, { risk_notes: ' \n ' }, { 'If-Match': rec.etag });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { data: Record<string, unknown> }).data).not.toHaveProperty('risk_notes');
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
