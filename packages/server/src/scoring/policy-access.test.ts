import { expect, it } from 'vitest';
import { caller, createAndPublish, publish } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { apply, APPLICANTS, applicantForm, lender, RULE_TEST_MODULES, ruleSet, suitScore } from '../rules/testing.js';
import { scoringRoutes } from './routes.js';

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

const t = (en: string) => ({ en, 'zh-CN': en });

/** Points hidden from salespeople; a bonus policy computed from them, and a plain one that is not. */
const pointsHidden = { ...applicantForm, fields: applicantForm.fields.map((f) => (f.id === 'points' ? { ...f, access: { salesperson: 'hidden' } } : f)) };
const card = {
  ...suitScore,
  policies: [
    { id: 'bonus', name: t('Bonus'), type: 'number', byGrade: { A: 'points * 2', D: '0' } },
    { id: 'plain', name: t('Plain'), type: 'number', byGrade: { A: '1', D: '0' } },
  ],
};
const reads = ruleSet('reads_policies', { kind: 'score_changed', scorecard: 'suit_score' }, [
  {
    id: 'look', name: t('Look'),
    conditions: { all: [{ fact: 'policy_bonus', operator: 'greaterThan', value: 10 }, { fact: 'policy_plain', operator: 'equal', value: 1 }] },
    actions: [{ kind: 'add_flag', id: 'flag', flag: 'looked' }],
  },
]);

type Leaf = { fact: string; factValue?: unknown };
type Runs = { trace: { conditions: { all: Leaf[] } }[] }[];
const leaves = (runs: Runs): Leaf[] => runs.flatMap((r) => r.trace.flatMap((x) => x.conditions.all));

onBothDatabases(
  (app) => {
    it('keeps a policy computed from a field hidden from the reader out of the score and the rule traces they read', async () => {
      const test = app();
      const { admin } = await lender(test, []);
      const draft = await body<{ revision: number }>(await admin.call('PUT', '/api/definitions/form/applicant/draft', pointsHidden, { 'If-Match': '"1"' }));
      await publish(admin, pointsHidden, draft.revision);
      await createAndPublish(admin, card);
      await createAndPublish(admin, reads);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Clean', lawsuits_pending: false, points: 40 }), 201);
      const seller = await caller(test, ['salesperson'], admin.company);

      const forAdmin = await body<{ outputs: Record<string, unknown> }>(await admin.call('GET', `${APPLICANTS}/${rec.id}/score`));
      expect(forAdmin.outputs).toEqual({ bonus: 80, plain: 1 });
      const forSeller = await body<{ outputs: Record<string, unknown> }>(await seller.call('GET', `${APPLICANTS}/${rec.id}/score`));
      expect(forSeller.outputs).toEqual({ plain: 1 });

      const adminLeaves = leaves(await body<Runs>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`)));
      expect(adminLeaves.map((l) => [l.fact, l.factValue])).toEqual([['policy_bonus', 80], ['policy_plain', 1]]);
      const sellerLeaves = leaves(await body<Runs>(await seller.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`)));
      expect(sellerLeaves.map((l) => [l.fact, l.factValue])).toEqual([['policy_bonus', undefined], ['policy_plain', 1]]);
    });
  },
  { modules: [...RULE_TEST_MODULES, scoringRoutes()] },
);
