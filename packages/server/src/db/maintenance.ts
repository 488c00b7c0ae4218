/** @module Upkeep that PostgreSQL's autovacuum does by itself, and embedded PGlite (no background workers) does not. */
import type { Db } from './port.js';

/**
 * On PGlite: `analyze` brings the planner's statistics up to date as the tables grow (without
 * them it keeps plans made for empty tables, and a rollup's search reads a whole form); `vacuum`
 * also lets the space of dead row versions be used again. On PostgreSQL autovacuum does both,
 * and nothing is done here. Returns whether it ran.
 *
 * @example
 * if (await upkeepEmbedded(db, 'vacuum')) logger.log('info', 'embedded database vacuumed');
 */
export async function upkeepEmbedded(db: Db, what: 'analyze' | 'vacuum'): Promise<boolean> {
  if (db.kind !== 'pglite') return false;
  await db.exec(what === 'vacuum' ? 'VACUUM (ANALYZE)' : 'ANALYZE');
  return true;
}
