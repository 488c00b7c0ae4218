/** @module The definitions API as one route module, for main.ts's routeModules. */
import type { RouteModule } from '../http/app.js';
import { draftRoutes } from './draft-routes.js';
import { versionRoutes } from './version-routes.js';

/**
 * Every definitions route: drafts (and discarding one), validate, publish, versions, diff, rollback.
 *
 * @example
 * export const routeModules = [..., definitionRoutes()];
 */
export function definitionRoutes(): RouteModule {
  return (routes, deps) => {
    draftRoutes(routes, deps);
    versionRoutes(routes, deps);
  };
}
