import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import type { Session, SetupStatus } from '../api/client.js';
import { loadSession } from './session.js';

const session: Session = { user: { id: 'u1', email: 'lin@example.com', displayName: '林芳', managerId: null }, tenant: { id: 't1', slug: 'minjiang', name: '闽江机械' }, roles: ['admin'], via: 'session', csrfToken: 'tok' };
const unauthenticated = new ApiError(401, 'unauthenticated', 'Sign in first.', '请先登录。');
const down = new ApiError(0, 'network', 'The server cannot be reached.', '无法连接服务器。');

function client(me: Session | ApiError, setup: SetupStatus | ApiError) {
  const answer = <T>(v: T | ApiError) => (v instanceof ApiError ? Promise.reject(v) : Promise.resolve(v));
  return { me: () => answer(me), setupStatus: () => answer(setup) };
}

describe('loadSession', () => {
  it('is signed in when /api/me answers', async () => {
    await expect(loadSession(client(session, down))).resolves.toEqual({ kind: 'signed-in', session });
  });

  it('is signed out, with setup due or not as GET /api/setup says, when /api/me is 401', async () => {
    await expect(loadSession(client(unauthenticated, { needed: true, setupTokenRequired: false }))).resolves.toEqual({ kind: 'signed-out', setupNeeded: true });
    await expect(loadSession(client(unauthenticated, { needed: false, setupTokenRequired: false }))).resolves.toEqual({ kind: 'signed-out', setupNeeded: false });
  });

  it('has failed when the server cannot be reached, rather than sending the visitor to login', async () => {
    await expect(loadSession(client(down, down))).resolves.toEqual({ kind: 'failed', error: down });
    await expect(loadSession(client(unauthenticated, down))).resolves.toEqual({ kind: 'failed', error: down });
  });
});
