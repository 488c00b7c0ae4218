/** @module `create-admin`: the first company and admin from a shell, or (to regain access) one more admin of a company. */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDb } from '../db/open.js';
import type { Db } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { systemClock } from '../http/clock.js';
import { compileSchema } from '../http/schema-check.js';
import { migrate } from '../migrations/runner.js';
import { ADMIN_ROLE } from '../auth/principal.js';
import { runSetup } from '../tenancy/setup.js';
import { setupBody } from '../tenancy/setup-routes.js';
import { createUser } from '../tenancy/users.js';

/** What the command reads and writes, injected so tests run it in-process. */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  /** The password piped in, when HENG_ADMIN_PASSWORD is not set; undefined when stdin is a terminal. */
  readPassword(): Promise<string | undefined>;
  out(line: string): void;
  err(line: string): void;
  /** The database; the one the environment names (migrated) unless given. */
  openDb?(): Promise<Db>;
}

const USAGE = `Usage: create-admin --slug <company code> --name <company name> --email <email> --display-name <name> [--add-to-existing]
  The password is read from HENG_ADMIN_PASSWORD or from the first line of stdin (never from the command line).
  Without --add-to-existing: creates the first company and its admin; refused once a company exists.
  With --add-to-existing: adds an admin to the existing company <company code> (to regain access).
  The database is DATABASE_URL, else the embedded one in HENG_DATA_DIR (stop the server first).`;

const check = compileSchema(setupBody);

async function defaultDb(env: NodeJS.ProcessEnv): Promise<Db> {
  const db = await openDb(loadConfig(env));
  await migrate(db);
  return db;
}

async function addAdmin(db: Db, slug: string, admin: { email: string; displayName: string; password: string }): Promise<string> {
  const [tenant] = await db.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [slug]);
  if (tenant === undefined) throw new AppError('not_found', 404, `No company has the code "${slug}".`);
  const user = await createUser(db, tenant.id, { ...admin, roles: [ADMIN_ROLE] });
  return `Added admin ${user.email} (${user.id}) to company ${slug}.`;
}

/**
 * Runs the command; resolves to the exit code (0 done, 1 refused or failed, 2 bad usage).
 *
 * @example
 * process.exitCode = await runCreateAdmin(process.argv.slice(2), nodeIo());
 */
export async function runCreateAdmin(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { slug: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, 'display-name': { type: 'string' }, 'add-to-existing': { type: 'boolean' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    io.out(USAGE);
    return 0;
  }
  const password = io.env.HENG_ADMIN_PASSWORD ?? (await io.readPassword());
  const input = { slug: values.slug ?? '', name: values.name ?? values.slug ?? '', admin: { email: values.email ?? '', displayName: values['display-name'] ?? '', password: password ?? '' } };
  const problems = check(input);
  if (problems.length > 0) {
    io.err([...problems.map((p) => `${p.path || '/'}: ${p.message}`), USAGE].join('\n'));
    return 2;
  }
  const db = await (io.openDb?.() ?? defaultDb(io.env));
  try {
    if (values['add-to-existing'] === true) io.out(await addAdmin(db, input.slug, input.admin));
    else {
      const { tenant, admin } = await runSetup(db, input, systemClock.now());
      io.out(`Created company ${tenant.slug} (${tenant.id}) and its admin ${admin.email}. Sign in with the company code "${tenant.slug}".`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.err(error.code === 'setup_done' ? `${error.message}\nTo add an admin to an existing company, pass --add-to-existing.` : error.message);
    return 1;
  } finally {
    if (io.openDb === undefined) await db.close();
  }
}

async function firstLineOfStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0];
}

/** The real process's input and output. */
function nodeIo(): CliIo {
  return {
    env: process.env,
    readPassword: firstLineOfStdin,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCreateAdmin(process.argv.slice(2), nodeIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
