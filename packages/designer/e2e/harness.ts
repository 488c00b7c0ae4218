/** @module The browser test harness: the built designer served by `vite preview` on 127.0.0.1, and Chromium to drive it. */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where screenshots are kept as test artifacts. */
export const artifacts = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Debian's Chromium; `CHROMIUM` overrides the path. */
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A running designer and a browser. */
export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  /** A page of `lang` at 1280×800 (the smallest layout the issue asks for). */
  page(lang: 'zh-CN' | 'en'): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the designer (skipped with `HENG_E2E_NO_BUILD=1` when `dist` is fresh), serves it and starts Chromium.
 *
 * @example
 * const h = await startHarness();
 * const page = await h.page('en');
 */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${root}/dist/index.html`) || process.env.HENG_E2E_NO_BUILD === undefined) await build({ root, logLevel: 'warn' });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not listen on a port');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
  mkdirSync(artifacts, { recursive: true });
  return {
    url,
    browser,
    async page(lang) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang });
      // The language is remembered in localStorage; each page starts from the browser's own.
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        throw e;
      });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((e) => (e === undefined ? resolve() : reject(e))));
    },
  };
}
