import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import { verifyPassword } from '../auth/password.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { runCreateAdmin } from './create-admin.js';
import type { CliIo } from './create-admin.js';

const args = ['--slug', 'acme', '--name', '衡信科技', '--email', 'boss@acme.cn', '--display-name', '王总'];

function io(db: Db, password: string | undefined, env: NodeJS.ProcessEnv = {}): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { env, lines, errors, readPassword: async () => password, out: (l) => lines.push(l), err: (l) => errors.push(l), openDb: async () => db };
}

describe.each(['pglite', 'postgres'] as const)('create-admin on %s', (kind) => {
  const releases: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const release of releases) await release();
  });

  it('creates the first company and admin once; adds admins to it only when told to', async () => {
    let db: Db;
    if (kind === 'pglite') {
      db = await freshPglite();
      releases.push(() => db.close());
    } else {
      const pg = await createTestPostgres();
      db = pg.db;
      releases.push(() => pg.drop());
    }
    const first = io(db, 'a long piped password');
    expect(await runCreateAdmin(args, first)).toBe(0);
    expect(first.lines[0]).toMatch(/^Created company acme \(.+\) and its admin boss@acme\.cn\./);
    const [user] = await db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'boss@acme.cn'");
    expect(await verifyPassword('a long piped password', user!.password_hash)).toBe(true);

    const again = io(db, undefined, { HENG_ADMIN_PASSWORD: 'another long password' });
    expect(await runCreateAdmin([...args.slice(0, 4), '--email', 'x@acme.cn', '--display-name', 'X'], again)).toBe(1);
    expect(again.errors[0]).toContain('--add-to-existing');

    const added = io(db, undefined, { HENG_ADMIN_PASSWORD: 'another long password' });
    expect(await runCreateAdmin(['--slug', 'acme', '--email', 'rescue@acme.cn', '--display-name', 'Rescue', '--add-to-existing'], added)).toBe(0);
    const roles = await db.query("SELECT ur.role_id FROM user_roles ur JOIN users u ON u.tenant_id = ur.tenant_id AND u.id = ur.user_id WHERE u.email = 'rescue@acme.cn'");
    expect(roles).toEqual([{ role_id: 'admin' }]);
    const nowhere = io(db, 'another long password');
    expect(await runCreateAdmin(['--slug', 'nope', '--email', 'r@x.cn', '--display-name', 'R', '--add-to-existing'], nowhere)).toBe(1);
  });

  it('refuses bad usage with the problems and the usage, touching nothing', async () => {
    const db = await freshPglite();
    releases.push(() => db.close());
    const bad = io(db, 'short');
    expect(await runCreateAdmin(['--slug', 'Bad Slug', '--email', 'nope'], bad)).toBe(2);
    expect(bad.errors[0]).toMatch(/\/slug: .*\n.*\/admin\/email/s);
    expect(bad.errors[0]).toContain('Usage: create-admin');
    expect(await runCreateAdmin(['--bogus'], io(db, 'x'))).toBe(2);
    expect(await db.query('SELECT id FROM tenants')).toEqual([]);
  });
});

describe('create-admin as a script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heng-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs with tsx on the embedded database, the password piped in', async () => {
    const script = fileURLToPath(new URL('./create-admin.ts', import.meta.url));
    const child = promisify(execFile)('npx', ['tsx', script, ...args], { env: { ...process.env, HENG_DATA_DIR: dir, DATABASE_URL: '' }, timeout: 120_000 });
    child.child.stdin?.end('a long piped password\n');
    const { stdout } = await child;
    expect(stdout).toMatch(/^Created company acme/);
  });
});
