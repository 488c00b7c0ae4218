/** @module Where the app opens for a signed-in user: where their work is. */
import { dashboardsApi } from '../dashboards/api.js';
import { runtimeApi } from '../runtime/api.js';
import type { Section } from './navigation.js';

/** What decides where a user lands. */
export interface LandingFacts {
  /** The sections they are shown, in navigation order. */
  readonly sections: readonly Section[];
  /** How much waits for them: approval tasks to decide, approvals returned to them, open tasks. */
  readonly work: number;
  /** How many published dashboards they may read. */
  readonly dashboards: number;
}

/**
 * The section a user lands on: their inbox while work waits for them; else the dashboards when one
 * is published for them (the boss, finance); else their first section (the form designer for an
 * admin whose company has no dashboard yet, records for everyone else).
 *
 * @example
 * landingSection({ sections: ['forms', 'records', 'inbox', 'dashboards'], work: 0, dashboards: 1 }) // 'dashboards'
 * landingSection({ sections: ['records', 'inbox', 'dashboards'], work: 3, dashboards: 1 }) // 'inbox'
 */
export function landingSection({ sections, work, dashboards }: LandingFacts): Section {
  if (work > 0 && sections.includes('inbox')) return 'inbox';
  if (dashboards > 0 && sections.includes('dashboards')) return 'dashboards';
  return sections[0] ?? 'records';
}

const none = (): readonly never[] => [];

/**
 * How much work waits for the signed-in user, and how many dashboards they may read (a list that
 * cannot be read counts none: the user still lands somewhere).
 *
 * @example
 * await loadWork() // { work: 3, dashboards: 1 }
 */
export async function loadWork(): Promise<Pick<LandingFacts, 'work' | 'dashboards'>> {
  const [open, submitted, tasks, dashboards] = await Promise.all([
    runtimeApi.inbox('open').catch(none),
    runtimeApi.submitted().catch(none),
    runtimeApi.tasks('open').catch(none),
    dashboardsApi.list().catch(none),
  ]);
  return { work: open.length + submitted.filter((s) => s.status === 'returned').length + tasks.length, dashboards: dashboards.length };
}
