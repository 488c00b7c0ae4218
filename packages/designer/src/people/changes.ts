/** @module What the people page's form sends: a new person's body, and the parts of a person that changed. */
import type { UserSummary } from '../renderer/index.js';

/** The person form's values. */
export interface PersonValues {
  readonly displayName: string;
  readonly email: string;
  /** Required for a new person; empty keeps an existing one's. */
  readonly password?: string;
  readonly roles?: readonly string[];
  readonly managerId?: string | null;
  readonly active?: boolean;
}

/** The body of POST /api/users. */
export interface NewPerson {
  readonly displayName: string;
  readonly email: string;
  readonly password: string;
  readonly roles: readonly string[];
  readonly managerId: string | null;
}

/** What changed of a person, each part by its own route; a part left out is unchanged. */
export interface PersonChange {
  readonly details?: { readonly displayName?: string; readonly email?: string; readonly password?: string; readonly active?: boolean };
  readonly roles?: readonly string[];
  readonly managerId?: string | null;
}

/**
 * The body of POST /api/users from the form: trimmed name and e-mail, the password as typed.
 *
 * @example
 * newPerson({ displayName: ' 周杰 ', email: 'zhou@example.com ', password: 'long-enough-1', roles: ['salesperson'] })
 * // { displayName: '周杰', email: 'zhou@example.com', password: 'long-enough-1', roles: ['salesperson'], managerId: null }
 */
export function newPerson(values: PersonValues): NewPerson {
  return { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password ?? '', roles: [...(values.roles ?? [])], managerId: values.managerId ?? null };
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

/**
 * What the form changed of `person`: only the parts that differ, so a save of an unchanged form
 * writes nothing, and a password only when one is typed.
 *
 * @example
 * personChange(zhou, { ...zhou, roles: ['salesperson', 'sales_manager'] }) // { roles: ['salesperson', 'sales_manager'] }
 */
export function personChange(person: UserSummary, values: PersonValues): PersonChange {
  const displayName = values.displayName.trim();
  const email = values.email.trim();
  const password = values.password ?? '';
  const details = {
    ...(displayName === person.displayName ? {} : { displayName }),
    ...(email === person.email ? {} : { email }),
    ...(password === '' ? {} : { password }),
    ...(values.active === undefined || values.active === person.active ? {} : { active: values.active }),
  };
  const roles = values.roles ?? person.roles;
  const managerId = values.managerId ?? null;
  return {
    ...(Object.keys(details).length === 0 ? {} : { details }),
    ...(sameRoles(roles, person.roles) ? {} : { roles: [...roles] }),
    ...(managerId === person.managerId ? {} : { managerId }),
  };
}

/**
 * The people a person may report to: the other active ones, and not anyone who reports to them,
 * directly or not (the server refuses a cycle). Their current manager stays offered, active or not.
 *
 * @example
 * managerChoices(users, zhou) // everyone active but 周杰 and those under him
 */
export function managerChoices(users: readonly UserSummary[], person: UserSummary | undefined): UserSummary[] {
  if (person === undefined) return users.filter((u) => u.active);
  const under = new Set([person.id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of users) {
      if (u.managerId !== null && under.has(u.managerId) && !under.has(u.id)) {
        under.add(u.id);
        grew = true;
      }
    }
  }
  return users.filter((u) => !under.has(u.id) && (u.active || u.id === person.managerId));
}
