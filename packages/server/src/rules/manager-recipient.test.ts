import { expect, it } from 'vitest';
import type { Caller } from '../definitions/testing.js';
import { caller, createAndPublish } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { RecordStatus, RuleRunView } from './routes.js';
import { apply, APPLICANTS, applicantForm, ruleSet, RULE_TEST_MODULES } from './testing.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });

/** A lawsuit sends a task, and a notice, to the owner's manager; the task falls back on the sales managers. */
const escalate = ruleSet('escalate', { kind: 'record_saved' }, [
  {
    id: 'lawsuit', name: t('Lawsuit'), conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] },
    actions: [
      { kind: 'create_task', id: 'chase', assignee: { managerOf: 'owner', orRole: 'sales_manager' }, dueInDays: 3, title: t('Chase {{company_name}}', '督办 {{company_name}}') },
      { kind: 'notify', id: 'tell', to: { managerOf: 'owner' }, message: t('{{company_name}} has a lawsuit') },
    ],
  },
]);

const created = async (res: Response): Promise<{ id: string }> => {
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
};

onBothDatabases(
  (app) => {
    /** A company with two sales managers, a salesperson under the first and one under nobody. */
    async function team(): Promise<{ admin: Caller; sun: string; lin: string; zhou: string; wu: string }> {
      const admin = await caller(app(), ['admin']);
      await createAndPublish(admin, applicantForm);
      await createAndPublish(admin, escalate);
      const add = async (name: string, extra: object) => (await created(await admin.call('POST', '/api/users', { email: `${name}@${admin.company.slug}.cn`, displayName: name, ...extra }))).id;
      const sun = await add('sun', { roles: ['sales_manager'] });
      const lin = await add('lin', { roles: ['sales_manager'] });
      const zhou = await add('zhou', { roles: ['salesperson'], managerId: sun });
      const wu = await add('wu', { roles: ['salesperson'] });
      return { admin, sun, lin, zhou, wu };
    }
    const statusOf = async (admin: Caller, id: string) => ((await (await admin.call('GET', `${APPLICANTS}/${id}/status`)).json()) as RecordStatus).tasks;
    const notesOf = async (admin: Caller, id: string) => ((await (await admin.call('GET', `${APPLICANTS}/${id}/rule-runs`)).json()) as RuleRunView[])[0]!.effects.map((e) => [e.status, e.note]);
    const noticed = async (admin: Caller) =>
      (await app().db.withTenant(admin.company.tenantId, (tx) => tx.query<{ user_id: string }>('SELECT user_id FROM notifications WHERE tenant_id = $1', [admin.company.tenantId]))).map((n) => n.user_id);

    it('gives the task, and the notice, to the manager of the record\'s owner, not to the other sales managers', async () => {
      const { admin, sun, zhou } = await team();
      const rec = await created(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, owner: zhou }));
      expect((await statusOf(admin, rec.id)).map((k) => [k.assigneeUser, k.assigneeRole, k.title.en])).toEqual([[sun, null, 'Chase Acme']]);
      expect(await noticed(admin)).toEqual([sun]);
      expect(await notesOf(admin, rec.id)).toEqual([
        ['applied', `To "${sun}", the manager of "${zhou}" (owner).`],
        ['applied', `To "${sun}", the manager of "${zhou}" (owner).`],
      ]);
    });

    it('gives the task to the fallback role when the owner has no manager (or an inactive one), and sends no notice, saying why', async () => {
      const { admin, sun, zhou, wu } = await team();
      expect((await admin.call('PATCH', `/api/users/${sun}`, { active: false })).status).toBe(200);
      const rec = await created(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, owner: wu }));
      expect((await statusOf(admin, rec.id)).map((k) => [k.assigneeUser, k.assigneeRole])).toEqual([[null, 'sales_manager']]);
      expect(await notesOf(admin, rec.id)).toEqual([
        ['applied', `"${wu}" (owner) has no active manager: everyone in role "sales_manager" is meant instead.`],
        ['skipped', `"${wu}" (owner) has no active manager: nobody is meant. No active user to notify.`],
      ]);
      const other = await created(await apply(admin, { company_name: 'Beta', lawsuits_pending: true, owner: zhou }));
      expect((await statusOf(admin, other.id)).map((k) => k.assigneeRole)).toEqual(['sales_manager']);
      const empty = await created(await apply(admin, { company_name: 'Gamma', lawsuits_pending: true }));
      expect((await notesOf(admin, empty.id))[0]).toEqual(['applied', 'The field "owner" is empty: everyone in role "sales_manager" is meant instead.']);
      expect(await noticed(admin)).toEqual([]);
    });
  },
  { modules: RULE_TEST_MODULES },
);
