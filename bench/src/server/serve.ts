/** @module Child process of the submit bench: the real server (`start()`) and the bare app, until told to stop. */
import { loadConfig } from '@heng/server/src/config.js';
import { start } from '@heng/server/src/main.js';
import { serveBare } from './bare-app.js';

/** What the child tells its parent once both servers listen. */
export interface ServeReady {
  readonly url: string;
  readonly bareUrl: string;
}

const config = loadConfig();
const server = await start(config);
const bare = await serveBare(config);
process.once('message', () => {
  void Promise.all([bare.close(), server.close()]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.send?.({ url: server.url, bareUrl: bare.url } satisfies ServeReady);
