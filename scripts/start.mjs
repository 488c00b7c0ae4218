// `pnpm start`: runs the server from its TypeScript sources (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../packages/server/src/main.ts');
await main();
