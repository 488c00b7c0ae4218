/** @module The people page's server calls (admins): the company's users and roles; each write makes the pages' shared lists ask again. */
import { api, routes } from '../api/client.js';
import type { ApiError, RoleView } from '../api/client.js';
import { asApiError, loadRoles, loadUsers } from '../renderer/index.js';
import type { UserSummary } from '../renderer/index.js';
import type { NewPerson, PersonChange } from './changes.js';

/** A role as the people page lists it: with how many people hold it (server: tenancy/roles.ts). */
export interface RoleHeld extends RoleView {
  readonly users: number;
}

/** A part of a person's change saved on its own. */
export type SavedPart = 'manager' | 'roles';

/** A change refused after some of its parts were saved: the refusal, and what was saved. */
export class PartlySaved extends Error {
  constructor(
    readonly error: ApiError,
    readonly saved: readonly SavedPart[],
  ) {
    super(error.message);
  }
}

/** A role's names, as they are written (its id only when created). */
export interface RoleNames {
  readonly nameZh: string;
  readonly nameEn: string;
}

const user = (id: string) => `${routes.users}/${encodeURIComponent(id)}`;
const role = (id: string) => `${routes.roles}/${encodeURIComponent(id)}`;

/** `write`, then the user pickers, flow simulator and role names read the users and roles afresh. */
async function changing<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    loadUsers.forget();
    loadRoles.forget();
  }
}

/**
 * The calls; every failure is an ApiError (403: not an admin; 409: an e-mail or role id taken,
 * the last admin's admin role or activity; 422: a manager cycle or a field's problem at its path).
 *
 * @example
 * await peopleApi.create({ email: 'zhou@example.com', displayName: '周杰', password: 'long-enough-1', roles: ['salesperson'], managerId: null });
 */
export const peopleApi = {
  users: () => api.call<UserSummary[]>('GET', routes.users),
  roles: () => api.call<RoleHeld[]>('GET', routes.roles),
  create: (person: NewPerson) => changing(api.call<UserSummary>('POST', routes.users, person)),
  /**
   * A person's change, each part by its route, in the order least likely to stop halfway: the
   * manager (a cycle is refused), the roles (the last admin's are kept), then the details. When
   * a part is refused after others were saved, {@link PartlySaved} says which were.
   */
  change: async (id: string, change: PersonChange): Promise<void> => {
    const saved: SavedPart[] = [];
    try {
      await changing(
        (async () => {
          if (change.managerId !== undefined) {
            await api.call('PUT', `${user(id)}/manager`, { managerId: change.managerId });
            saved.push('manager');
          }
          if (change.roles !== undefined) {
            await api.call('PUT', `${user(id)}/roles`, { roles: change.roles });
            saved.push('roles');
          }
          if (change.details !== undefined) await api.call('PATCH', user(id), change.details);
        })(),
      );
    } catch (e) {
      throw saved.length === 0 ? e : new PartlySaved(asApiError(e), saved);
    }
  },
  createRole: (id: string, names: RoleNames) => changing(api.call<RoleHeld>('POST', routes.roles, { id, ...names })),
  renameRole: (id: string, names: RoleNames) => changing(api.call<RoleHeld>('PATCH', role(id), names)),
  deleteRole: (id: string) => changing(api.call<void>('DELETE', role(id))),
};
