/**
 * @module The browser test harness: the real server (embedded database in a temp folder) serving
 * the built designer on 127.0.0.1, and Chromium to drive it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../packages/server/src/config.js';
import { start } from '../../packages/server/src/main.js';
import type { StartOptions } from '../../packages/server/src/main.js';

/** The designer package, built and served by the real server. */
const root = fileURLToPath(new URL('../../packages/designer/', import.meta.url));

/** Where screenshots are kept as test artifacts. */
export const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** Debian's Chromium; `CHROMIUM` overrides the path. */
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The admin `withAdmin` creates. */
export const ADMIN = { tenant: 'minjiang', email: 'lin@example.com', password: 'correct-horse-1', displayName: '林芳' } as const;

/** A running server with the designer, and a browser. */
export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  /** A page of `lang` at 1280×800 (the smallest layout the issue asks for); signed in as {@link ADMIN} when asked. */
  page(lang: 'zh-CN' | 'en', options?: { readonly signedIn?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * `vite build` as `pnpm --filter @heng/designer build` runs it, in a process of its own: inside
 * the test runner NODE_ENV is `test`, which would give React's development build, and `pnpm start`
 * serves whatever build is fresh.
 */
function viteBuild(): Promise<void> {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with exit code ${code}`))));
  });
}

/** A build takes seconds: a lock older than this was left by a run that was killed or timed out. */
const STALE_LOCK_MS = 60_000;

/** Whether the build lock's holder is gone: its process ended, or it has held the lock too long. */
function lockAbandoned(lock: string): boolean {
  let pid = Number.NaN;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Not written yet (the holder is between mkdir and write), or a lock without one: judged by age.
  }
  if (Number.isInteger(pid) && pid > 0 && !alive(pid)) return true;
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // The lock just went: ask again.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Builds the designer when dist is older than its sources (or always without dist). A lock folder
 * lets one run build while any other waits, then finds it fresh. A lock whose holder died or timed
 * out (a test file's hook limit ends the file, not the build) is taken over, not waited out: a
 * left lock once made every later browser test time out waiting for it.
 */
async function ensureBuilt(): Promise<void> {
  const lock = join(tmpdir(), 'heng-designer-e2e-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (lockAbandoned(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const built = newest(join(root, 'dist', 'index.html'));
    const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'index.html')), newest(join(root, 'vite.config.ts')), newest(join(root, '..', 'engine', 'src')));
    if (built === 0 || built < sources) await viteBuild();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Starts the real server on a fresh embedded database with the built designer, and Chromium.
 *
 * @example
 * const h = await startHarness({ withAdmin: true });
 * const page = await h.page('en', { signedIn: true });
 * // A demo company on a clock the test moves, schedules checked every half second:
 * await startHarness({ server: { clock, demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' }, scheduleIntervalMs: 500 } });
 */
export async function startHarness(options: { readonly withAdmin?: boolean; readonly server?: StartOptions } = {}): Promise<Harness> {
  await ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'heng-e2e-'));
  const server = await start(loadConfig({ PORT: '0', HENG_DATA_DIR: dataDir, HENG_LOG_LEVEL: 'error', HENG_DESIGNER_DIR: join(root, 'dist') }), options.server);
  const url = server.url;
  if (options.withAdmin === true) {
    const res = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: ADMIN.tenant, name: '闽江机械', admin: { email: ADMIN.email, displayName: ADMIN.displayName, password: ADMIN.password } }),
    });
    if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
  mkdirSync(artifacts, { recursive: true });
  return {
    url,
    browser,
    async page(lang, pageOptions = {}) {
      // Reduced motion, as a user may ask for: Ant Design's leaving animations end on transitionend,
      // which a busy headless browser does not always deliver (a button kept "loading" in its name).
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang, baseURL: url, reducedMotion: 'reduce' });
      // The whole suite shares two cores with the server tests: a wait of Playwright's default 30 s
      // times out on a busy machine where nothing is wrong, so waits on real conditions get longer.
      context.setDefaultTimeout(90_000);
      if (pageOptions.signedIn === true) {
        // The context's request shares its cookies with its pages: the session cookie lands there.
        const res = await context.request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: ADMIN.email, password: ADMIN.password } });
        if (!res.ok()) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
      }
      // The language is remembered in localStorage; each page starts from the browser's own.
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Picks `option` in the antd select labelled `label`, typing it first where the select searches (its list is virtual). */
export async function pickExact(page: Page, label: string, option: string, search = false): Promise<void> {
  const select = page.getByRole('combobox', { name: label });
  await select.click();
  if (search) await select.pressSequentially(option);
  await page.locator('.ant-select-item-option').getByText(option, { exact: true }).click();
}

/** Picks the first option containing `option` in the open dropdown of the select labelled `label`. */
export async function pickOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
