/** @module Test helper: a job event stream read block by block, as a client reads it. */
import type { Job } from './types.js';

/** A `text/event-stream` body read block by block. */
export interface EventBlocks {
  /** The next block (an event or a comment) without its blank line; undefined once the stream ended. */
  next(): Promise<string | undefined>;
  /** The next event, comments skipped, with its `data` read as a job. */
  event(): Promise<{ event: string; job: Job } | undefined>;
  /** Leaves, as a client closing the connection does. */
  cancel(): Promise<void>;
}

/**
 * Reads a job event stream (GET /api/admin/jobs/:jobId/events) as a test client does.
 *
 * @example
 * const stream = eventBlocks(await app.request(`/api/admin/jobs/${id}/events`, { headers }));
 * expect(await stream.event()).toMatchObject({ event: 'progress' });
 */
export function eventBlocks(res: Response): EventBlocks {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const next = async (): Promise<string | undefined> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return block;
      }
      const { done, value } = await reader.read();
      if (done) return undefined;
      buffer += decoder.decode(value, { stream: true });
    }
  };
  return {
    next,
    async event() {
      for (let block = await next(); block !== undefined; block = await next()) {
        if (block.startsWith(':')) continue;
        const field = (name: string): string => block.split('\n').find((l) => l.startsWith(`${name}: `))!.slice(name.length + 2);
        return { event: field('event'), job: JSON.parse(field('data')) as Job };
      }
      return undefined;
    },
    cancel: () => reader.cancel(),
  };
}
