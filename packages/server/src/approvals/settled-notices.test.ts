import { describe, expect, it } from 'vitest';
import { requireAdmin, requireUser } from '../auth/guards.js';
import type { Member } from '../records/testing.js';
import { notificationRoutes } from '../notifications/routes.js';
import type { Notification } from '../notifications/types.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { act, apply, APPROVAL_TEST_MODULES, office } from './testing.js';

/** A user's notifications as the bell lists them, newest first, and their unread count. */
async function bell(who: Member): Promise<{ items: Notification[]; unread: number }> {
  const res = await who.call('GET', '/api/notifications');
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Notification[]; unread: number };
}

/** The user's notices of `topic` about an approval: whether each is read, and handled. */
async function notices(who: Member, instanceId: string, topic: string): Promise<{ read: boolean; handled: boolean }[]> {
  return (await bell(who)).items.filter((n) => n.topic === topic && n.data.instanceId === instanceId).map((n) => ({ read: n.readAt !== null, handled: n.handledAt !== null }));
}

const waiting = { read: false, handled: false };
const handled = { read: true, handled: true };

onBothDatabases(
  (app) => {
    describe('notices of work on an approval', () => {
      it('are handled for every approver of an or-sign once one decides; a notice of another approval stays unread', async () => {
        const o = await office(app());
        const deputy = await o.hire('deputy', ['sales_director']);
        const { approval } = await apply(o.sales, { customer: 'Acme', grade: 'A', amount: 400000 });
        const other = await apply(o.sales, { customer: 'Beta', grade: 'B', amount: 100000 });
        expect(await notices(deputy, approval.id, 'approval.task')).toEqual([waiting]);
        expect((await bell(deputy)).unread).toBe(2);

        expect((await act(o.director, approval.id, { type: 'approve' })).body.status).toBe('approved');
        expect(await notices(o.director, approval.id, 'approval.task')).toEqual([handled]);
        expect(await notices(deputy, approval.id, 'approval.task')).toEqual([handled]);
        expect(await notices(deputy, other.approval.id, 'approval.task')).toEqual([waiting]);
        expect((await bell(deputy)).unread).toBe(1);
        // The submitter's outcome is news, not work: it stays unread.
        expect(await notices(o.sales, approval.id, 'approval.outcome')).toEqual([waiting]);
      });

      it('are handled in a countersign for the one who approved, then for the other once the approval is rejected', async () => {
        const o = await office(app());
        const { approval } = await apply(o.sales, { customer: 'Gamma', grade: 'C', amount: 800000 });
        await act(o.risk, approval.id, { type: 'approve' });
        expect(await notices(o.risk, approval.id, 'approval.task')).toEqual([handled]);
        expect(await notices(o.finance, approval.id, 'approval.task')).toEqual([waiting]);
        expect((await bell(o.finance)).unread).toBe(1);

        expect((await act(o.finance, approval.id, { type: 'reject', comment: '资料不全' })).body.status).toBe('rejected');
        expect(await notices(o.finance, approval.id, 'approval.task')).toEqual([handled]);
        expect((await bell(o.finance)).unread).toBe(0);
      });

      it('are handled on a transfer, a withdrawal, and a resubmit after a return', async () => {
        const o = await office(app());
        const deputy = await o.hire('deputy', ['salesperson']);
        const { approval } = await apply(o.sales, { customer: 'Delta', grade: 'A', amount: 100000 });
        await act(o.director, approval.id, { type: 'transfer', to: deputy.id });
        expect(await notices(o.director, approval.id, 'approval.task')).toEqual([handled]);
        expect(await notices(deputy, approval.id, 'approval.task')).toEqual([waiting]);
        expect((await act(o.sales, approval.id, { type: 'withdraw' })).body.status).toBe('withdrawn');
        expect(await notices(deputy, approval.id, 'approval.task')).toEqual([handled]);

        const returned = await apply(o.sales, { customer: 'Epsilon', grade: 'A', amount: 100000 });
        await act(o.director, returned.approval.id, { type: 'return', to: 'submitter', comment: '请补充财报' });
        expect(await notices(o.sales, returned.approval.id, 'approval.returned')).toEqual([waiting]);
        expect((await act(o.sales, returned.approval.id, { type: 'resubmit' })).body.status).toBe('running');
        expect(await notices(o.sales, returned.approval.id, 'approval.returned')).toEqual([handled]);
        // The director's first task was returned (handled); the resubmit asks them again.
        expect(await notices(o.director, returned.approval.id, 'approval.task')).toEqual([waiting, handled]);
      });
    });
  },
  { modules: [...APPROVAL_TEST_MODULES, notificationRoutes({ requireUser, requireAdmin })] },
);
