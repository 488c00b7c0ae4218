import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { created, RECORD_TEST_MODULES } from './testing.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** A screening form whose news notes are required when negative news is found. */
const screening = {
  kind: 'form',
  id: 'screening',
  name: t('Screening', '尽调'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true },
    { id: 'negative_news', type: 'boolean', label: t('Negative news', '存在负面舆情') },
    { id: 'news_notes', type: 'long_text', label: t('News notes', '舆情说明'), requiredWhen: { fact: 'negative_news', operator: 'equal', value: true } },
  ],
  sections: [{ id: 'main', label: t('Main', '主要'), columns: 1, fields: ['company_name', 'negative_news', 'news_notes'] }],
};
const RECORDS = '/api/forms/screening/records';

async function admin(app: AuthTestApp): Promise<Caller> {
  const c = await caller(app, ['admin']);
  await createAndPublish(c, screening);
  return c;
}

const problems = async (res: Response): Promise<string[]> => ((await res.json()) as ProblemDocument).problems!.map((p) => `${p.path} ${p.code} ${p.message}`);
const notesRequired = '/news_notes value.required News notes is required because of the value of Negative news: fill it in.';

onBothDatabases(
  (app) => {
    describe('a field required when another holds a value', () => {
      it('refuses a new record without it while the condition holds, and takes one with it or without the condition', async () => {
        const a = await admin(app());
        const missing = await a.call('POST', RECORDS, { company_name: 'Minjiang', negative_news: true });
        expect(missing.status).toBe(422);
        expect(await problems(missing)).toEqual([notesRequired]);
        await created(a, { company_name: 'Minjiang', negative_news: true, news_notes: '媒体报道拖欠货款' }, RECORDS);
        await created(a, { company_name: 'Quiet Co', negative_news: false }, RECORDS);
        await created(a, { company_name: 'Unknown Co' }, RECORDS);
      });

      it('refuses an update that makes the condition hold without the field, and takes it with the field', async () => {
        const a = await admin(app());
        const rec = await created(a, { company_name: 'Quiet Co', negative_news: false }, RECORDS);
        const path = `${RECORDS}/${rec.id}`;
        const refused = await a.call('PATCH', path, { negative_news: true }, { 'If-Match': rec.etag });
        expect(refused.status).toBe(422);
        expect(await problems(refused)).toEqual([notesRequired]);
        const ok = await a.call('PATCH', path, { negative_news: true, news_notes: '高管涉嫌违规被调查' }, { 'If-Match': rec.etag });
        expect(ok.status, await ok.clone().text()).toBe(200);
        const cleared = await a.call('PATCH', path, { negative_news: false, news_notes: null }, { 'If-Match': ok.headers.get('etag') ?? '' });
        expect(cleared.status, await cleared.clone().text()).toBe(200);
      });

      it('reports the row and field of a CSV import, and creates nothing', async () => {
        const a = await admin(app());
        const csv = 'company_name,negative_news,news_notes\nAlpha,true,tax dispute\nBeta,false,\nGamma,true,\n';
        const res = await a.call('POST', '/api/forms/screening/import', csv, { 'Content-Type': 'text/csv' });
        expect(res.status).toBe(422);
        expect(await problems(res)).toEqual([notesRequired.replace('/news_notes', '/rows/3/news_notes')]);
        const list = (await (await a.call('GET', RECORDS)).json()) as { items: unknown[] };
        expect(list.items).toEqual([]);
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
