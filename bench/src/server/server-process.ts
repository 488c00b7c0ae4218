/** @module Runs the servers under load in a process of their own, so the load generator does not share their event loop. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServeReady } from './serve.js';

/** The servers' child process. */
export interface ServerProcess extends ServeReady {
  /** Asks the child to stop cleanly; kills it if it has not exited after 15 s. */
  stop(): Promise<void>;
}

/**
 * Forks `serve.ts` (through this process's own TypeScript loader) with `env` on top of this
 * environment, and resolves once both servers listen. Their request logs go to /dev/null:
 * written as in production, read by nobody. With HENG_BENCH_CPU_PROF set to a folder, the
 * child writes a CPU profile there when it stops (open it in Chrome's DevTools).
 *
 * @example
 * const servers = await startServerProcess({ DATABASE_URL: url, PORT: '0' });
 * try { await fetch(`${servers.url}/api/ready`); } finally { await servers.stop(); }
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const profile = process.env.HENG_BENCH_CPU_PROF;
  const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [], {
    env: { ...process.env, ...env },
    execArgv: [...process.execArgv, ...(profile === undefined || profile === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`])],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<ServeReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServeReady));
    child.once('exit', (code) => reject(new Error(`The server process exited with ${code} before it listened.`)));
  });
  return {
    ...ready,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
