import { parseCsv } from '@heng/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { borrower, BORROWERS, borrowerForm, lender, riskScore, SCORING_TEST_MODULES } from '../scoring/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { ListedScore } from './list-scores.js';

interface Page {
  items: { id: string; data: Record<string, unknown>; scores?: Record<string, ListedScore | null> }[];
  nextCursor: string | null;
}

/** Risk scores: debt under 50% 50 points, no suits 30 (missing 15), an internal rating of 5 or more 20 (missing fails). */
const SEED = [
  { company_name: 'Alpha', debt_ratio: 0.3, lawsuits_pending: false, internal_rating: 9 }, // 100, A
  { company_name: 'Bravo', debt_ratio: 0.6, lawsuits_pending: false, internal_rating: 9 }, // 50, D
  { company_name: 'Charlie', debt_ratio: 0.3, lawsuits_pending: true, internal_rating: 3 }, // 58, D
  { company_name: 'Delta', debt_ratio: 0.3 }, // failed: no total, no grade
  { company_name: 'Echo', debt_ratio: 0.3, internal_rating: 9 }, // 85, A
];

const names = (page: Page): unknown[] => page.items.map((r) => r.data['company_name']);
const totals = (page: Page): [unknown, unknown, unknown][] => page.items.map((r) => [r.data['company_name'], r.scores?.['risk_score']?.total ?? null, r.scores?.['risk_score']?.grade ?? null]);

onBothDatabases(
  (app) => {
    let admin: Caller;
    let sales: Caller;
    beforeAll(async () => {
      admin = await caller(app(), ['admin']);
      await createAndPublish(admin, borrowerForm);
      // Written before the scorecard was published (its re-score job is not run here): never scored.
      await borrower(admin, { company_name: 'Unscored', debt_ratio: 0.1, internal_rating: 9 });
      await createAndPublish(admin, riskScore);
      await createAndPublish(admin, { ...borrowerForm, id: 'guarantor' });
      await createAndPublish(admin, { ...riskScore, id: 'guarantor_score', form: 'guarantor' });
      for (const data of SEED) {
        app().clock.advance(1000);
        await borrower(admin, data);
      }
      sales = await caller(app(), ['salesperson'], admin.company);
    });
    const list = async (query: string, who: Caller = admin): Promise<Page> => {
      const res = await who.call('GET', `${BORROWERS}?${query}`);
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as Page;
    };

    describe('scores=', () => {
      it('adds each record\'s score and grade with its label and color, null when not scored', async () => {
        const page = await list('scores=risk_score&sort=company_name');
        expect(totals(page)).toEqual([['Alpha', 100, 'A'], ['Bravo', 50, 'D'], ['Charlie', 58, 'D'], ['Delta', null, null], ['Echo', 85, 'A'], ['Unscored', null, null]]);
        expect(page.items[0]!.scores).toEqual({ risk_score: { total: 100, grade: 'A', label: { en: 'A', 'zh-CN': 'A' }, color: '#2e7d32' } });
        expect(page.items[5]!.scores).toEqual({ risk_score: null });
        expect((await list('sort=company_name')).items[0]).not.toHaveProperty('scores');
      });

      it('gives a reader the scores the record\'s score route gives them, though a factor reads a field hidden from them', async () => {
        const page = await list('scores=risk_score&sort=company_name', sales);
        expect(totals(page)[0]).toEqual(['Alpha', 100, 'A']);
        expect(page.items[0]!.data).not.toHaveProperty('internal_rating');
      });
    });

    describe('sort and filter', () => {
      it('sorts by score and by grade in the scorecard\'s order, unscored last, across keyset pages', async () => {
        const all = async (query: string): Promise<unknown[]> => {
          const seen: unknown[] = [];
          let cursor: string | null = null;
          do {
            const page: Page = await list(`${query}&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`);
            seen.push(...names(page));
            cursor = page.nextCursor;
          } while (cursor !== null);
          return seen;
        };
        const up = await all('sort=score:risk_score');
        expect([up.slice(0, 4), up.slice(4).sort()]).toEqual([['Bravo', 'Charlie', 'Echo', 'Alpha'], ['Delta', 'Unscored']]);
        expect((await all('sort=-score:risk_score')).slice(0, 4)).toEqual(['Alpha', 'Echo', 'Charlie', 'Bravo']);
        const best = await all('sort=grade:risk_score');
        expect([best.slice(0, 2).sort(), best.slice(2, 4).sort(), best.slice(4).sort()]).toEqual([['Alpha', 'Echo'], ['Bravo', 'Charlie'], ['Delta', 'Unscored']]);
        const worst = await all('sort=-grade:risk_score');
        expect(worst.slice(0, 2).sort()).toEqual(['Bravo', 'Charlie']);
      });

      it('filters by grade and by score, with the fields\' filters', async () => {
        expect(names(await list('filter[grade:risk_score]=A&sort=company_name'))).toEqual(['Alpha', 'Echo']);
        expect(names(await list('filter[grade:risk_score][in]=A,D&filter[debt_ratio][lt]=0.5&sort=company_name'))).toEqual(['Alpha', 'Charlie', 'Echo']);
        expect(names(await list('filter[grade:risk_score][ne]=D&sort=company_name'))).toEqual(['Alpha', 'Delta', 'Echo', 'Unscored']);
        expect(names(await list('filter[score:risk_score][gte]=58&sort=-score:risk_score'))).toEqual(['Alpha', 'Echo', 'Charlie']);
      });
    });

    describe('CSV export', () => {
      const exported = async (query: string, who: Caller = admin): Promise<string[][]> => {
        const res = await who.call('GET', `/api/forms/borrower/export.csv?${query}`);
        expect(res.status, await res.clone().text()).toBe(200);
        const csv = parseCsv(await res.text());
        return 'rows' in csv ? csv.rows : [];
      };

      it('adds the score and the grade code of each scorecard scores= names, empty when not scored, filtered and sorted as the list, bad input refused as the list refuses it', async () => {
        const [header, ...rows] = await exported('scores=risk_score&sort=company_name');
        expect(header).toEqual(['id', 'company_name', 'debt_ratio', 'lawsuits_pending', 'internal_rating', 'score:risk_score', 'grade:risk_score']);
        expect(rows.map((r) => [r[1], ...r.slice(5)])).toEqual([['Alpha', '100', 'A'], ['Bravo', '50', 'D'], ['Charlie', '58', 'D'], ['Delta', '', ''], ['Echo', '85', 'A'], ['Unscored', '', '']]);
        const best = await exported('scores=risk_score&filter[score:risk_score][gte]=58&sort=-score:risk_score', sales);
        expect(best.map((r) => r.slice(1))).toEqual([
          ['company_name', 'debt_ratio', 'lawsuits_pending', 'score:risk_score', 'grade:risk_score'],
          ['Alpha', '30%', 'false', '100', 'A'],
          ['Echo', '30%', '', '85', 'A'],
          ['Charlie', '30%', 'true', '58', 'D'],
        ]);
        expect((await exported('sort=company_name'))[0]).not.toContain('score:risk_score');
        // Bad input is refused as the list refuses it: 422 naming the parameter.
        for (const [query, path] of [['scores=nope', '/query/scores'], ['scores=risk_score&filter[score:risk_score][gte]=high', '/query/filter[score:risk_score][gte]']]) {
          const res = await admin.call('GET', `/api/forms/borrower/export.csv?${query}`);
          const doc = (await res.json()) as ProblemDocument;
          expect([res.status, doc.problems?.map((p) => p.path)]).toEqual([422, [path]]);
          expect(doc.problems?.[0]?.messageZh).toMatch(/[\u4e00-\u9fff]/);
        }
      });

      it('heads the score columns as the list does in the language asked for, and imports back with them ignored', async () => {
        const [header, ...rows] = await exported('scores=risk_score&sort=company_name&lang=zh-CN');
        expect(header).toEqual(['id', 'Company', 'Debt ratio', 'Lawsuits', 'Internal rating', '评分 · Risk score', '等级 · Risk score']);
        expect(rows.slice(0, 3).map((r) => r.slice(1))).toEqual([['Alpha', '30%', '否', '9', '100', 'A'], ['Bravo', '60%', '否', '9', '50', 'D'], ['Charlie', '30%', '是', '3', '58', 'D']]);
        expect((await exported('scores=risk_score&lang=en'))[0]?.slice(5)).toEqual(['Score · Risk score', 'Grade · Risk score']);
        const text = await (await admin.call('GET', '/api/forms/borrower/export.csv?scores=risk_score&lang=en')).text();
        const other = await lender(app());
        const res = await other.admin.call('POST', '/api/forms/borrower/import', text, { 'Content-Type': 'text/csv' });
        expect(res.status, await res.clone().text()).toBe(201);
      });

      it('imports back as new records, its score columns ignored', async () => {
        const text = await (await admin.call('GET', '/api/forms/borrower/export.csv?scores=risk_score')).text();
        expect(text.split('\r\n')[0]).toContain(',score:risk_score,grade:risk_score');
        const other = await lender(app());
        const res = await other.admin.call('POST', '/api/forms/borrower/import', text, { 'Content-Type': 'text/csv' });
        expect(res.status, await res.clone().text()).toBe(201);
        expect(((await res.json()) as { created: number }).created).toBe(6);
      });
    });

    it('refuses an unknown scorecard, one of another form, an unknown grade and a bad score as 422 problems naming the parameter in English and Chinese', async () => {
      const cases: [string, string[]][] = [
        ['scores=nope', ['/query/scores']],
        ['scores=risk_score,guarantor_score', ['/query/scores']],
        ['sort=-grade:guarantor_score', ['/query/sort']],
        ['filter[grade:risk_score]=B&filter[score:risk_score][gte]=high', ['/query/filter[grade:risk_score]', '/query/filter[score:risk_score][gte]']],
        ['filter[grade:risk_score][contains]=A&filter[score:nope]=1', ['/query/filter[grade:risk_score][contains]', '/query/filter[score:nope]']],
      ];
      for (const [query, paths] of cases) {
        const res = await admin.call('GET', `${BORROWERS}?${query}`);
        const doc = (await res.json()) as ProblemDocument;
        expect([query, res.status, (doc.problems ?? []).map((p) => p.path)]).toEqual([query, 422, paths]);
        for (const p of doc.problems ?? []) expect([p.message, p.messageZh]).toEqual([expect.stringContaining(p.path.slice('/query/'.length)), expect.stringMatching(/[\u4e00-\u9fff]/)]);
      }
    });

    it('documents the scores parameter in OpenAPI', () => {
      const doc = app().registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
      expect(doc.paths['/api/forms/{formId}/records']?.get?.parameters?.map((p) => p.name)).toContain('scores');
    });

    it('never shows another company\'s scores, though its scorecard and records look the same', async () => {
      const rival = await lender(app());
      await borrower(rival.admin, { company_name: 'Rival', debt_ratio: 0.9, lawsuits_pending: true, internal_rating: 1 });
      const theirs = await list('scores=risk_score&sort=-score:risk_score', rival.admin);
      expect(totals(theirs)).toEqual([['Rival', 8, 'D']]);
      const ours = await list('scores=risk_score&filter[grade:risk_score]=D&sort=company_name');
      expect(names(ours)).toEqual(['Bravo', 'Charlie']);
    });
  },
  { modules: SCORING_TEST_MODULES },
);
