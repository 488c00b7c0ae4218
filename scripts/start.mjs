// `pnpm start`: builds the designer when its build is missing or older than its sources, then
// runs the server from its TypeScript sources and says where to open it and what to do first.
/* global process, URL, fetch */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const designer = join(root, 'packages', 'designer');
const builtIndex = join(designer, 'dist', 'index.html');
// The designer bundles the engine: a change to either means a new build.
const sources = [join(designer, 'src'), join(designer, 'index.html'), join(designer, 'vite.config.ts'), join(designer, 'package.json'), join(designer, 'public'), join(root, 'packages', 'engine', 'src')];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function say(line) {
  process.stdout.write(`${line}\n`);
}

function buildDesigner() {
  const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  if (built > 0 && built >= Math.max(...sources.map(newest))) return;
  say(built === 0 ? 'Building the designer (first start)...' : 'The designer changed since it was built: building it again...');
  // Through pnpm when `pnpm start` ran us (npm_execpath), so the designer's own build script runs.
  const pnpm = process.env.npm_execpath;
  const [command, args] = pnpm !== undefined && /pnpm/.test(pnpm) && /\.c?js$/.test(pnpm) ? [process.execPath, [pnpm, 'run', 'build']] : ['pnpm', ['run', 'build']];
  const result = spawnSync(command, args, { cwd: designer, stdio: 'inherit', shell: process.platform === 'win32' && command === 'pnpm' });
  if (result.status === 0) return;
  if (built > 0) {
    say('The designer could not be rebuilt (see above): serving the previous build.');
    return;
  }
  say('The designer could not be built (see above). Fix it, or run `pnpm --filter @heng/designer build` yourself, then `pnpm start` again.');
  process.exit(1);
}

// A designer served from elsewhere (HENG_DESIGNER_DIR) is not ours to build.
if (process.env.HENG_DESIGNER_DIR === undefined || process.env.HENG_DESIGNER_DIR === '') buildDesigner();

// The demo company (HENG_DEMO=1) on an empty database, unless told HENG_DEMO=0.
process.env.HENG_DEMO ??= '1';
register();
const { start } = await import('../packages/server/src/main.ts');
let server;
try {
  server = await start();
} catch (error) {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'cannot start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
}
const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

// 0.0.0.0 and :: listen everywhere; a browser on this machine opens them as 127.0.0.1.
const url = server.url.replace(/\/\/(0\.0\.0\.0|\[::\])/, '//127.0.0.1');
const setup = await fetch(`${url}/api/setup`).then((r) => r.json()).catch(() => undefined);
say('');
say(`Heng is running: open ${url} in a browser.`);
say(setup?.needed === true ? 'First run: the setup screen creates your company and its first admin, who is then signed in.' : 'Sign in with your company code, email and password.');
say('Stop it with Ctrl+C.');
say('');
