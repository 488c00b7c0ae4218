/** @module A real, throw-away PostgreSQL cluster for tests: initdb in a temp folder, on 127.0.0.1. */
import { execFile } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running cluster; `url` connects as its superuser to the `postgres` database. */
export interface PostgresCluster {
  readonly url: string;
  readonly version: string;
  stop(): Promise<void>;
}

/** The folder holding `initdb` and `pg_ctl`: PATH first, then the usual Debian places. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string {
  const versioned = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  const candidates = [...(env.PATH ?? '').split(delimiter).filter((d) => d !== ''), '/usr/local/bin', ...versioned];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (found === undefined) {
    throw new Error(
      'The tests need PostgreSQL server programs (initdb, pg_ctl), found neither in PATH, /usr/local/bin nor /usr/lib/postgresql/*/bin. ' +
        'Install them (Debian: apt-get install postgresql) or set HENG_TEST_DATABASE_URL to a server the tests may create databases on.',
    );
  }
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** initdb and the server refuse to run as root: as root, run them as the `postgres` user. */
async function asOwner(program: string, args: readonly string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, [...args]];
  const { stdout } = await run(file, argv, { timeout: 120_000 });
  return stdout;
}

async function ownerIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Creates a fresh cluster in a temp folder and starts it on 127.0.0.1 and a free port, tuned
 * for tests (no fsync). `stop()` stops it and removes the folder.
 *
 * @example
 * const cluster = await startPostgresCluster();
 * try { ... cluster.url ... } finally { await cluster.stop(); }
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const root = mkdtempSync(join(tmpdir(), 'heng-pg-'));
  const data = join(root, 'data');
  const log = join(root, 'server.log');
  const owner = await ownerIds();
  if (owner !== undefined) chownSync(root, owner.uid, owner.gid);
  const pgCtl = (...args: string[]): Promise<string> => asOwner(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  try {
    await asOwner(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    appendFileSync(
      join(data, 'postgresql.conf'),
      [`port = ${port}`, "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", 'max_connections = 200', 'fsync = off', 'synchronous_commit = off', 'full_page_writes = off', ''].join('\n'),
    );
    await pgCtl('-l', log, '-w', '-t', '60', 'start');
    const version = (await run(join(bin, 'postgres'), ['--version'])).stdout.trim();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      version,
      stop: async () => {
        try {
          await pgCtl('-m', 'immediate', '-w', 'stop');
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    rmSync(root, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL with ${bin}: ${(error as Error).message}\n${serverLog}`, { cause: error });
  }
}
