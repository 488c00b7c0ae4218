/** @module All tenancy routes in one module: users, roles, my company, first-run setup. */
import type { RouteModule } from '../http/app.js';
import { authSettings } from '../auth/options.js';
import type { AuthOptions } from '../auth/options.js';
import { roleRoutes } from './role-routes.js';
import { setupRoutes } from './setup-routes.js';
import { tenantRoutes } from './tenant-routes.js';
import { userRoutes } from './user-routes.js';

/**
 * The tenancy routes. Give it the same options as `authenticate` and `authRoutes` (the setup
 * routes use the proxy, origin and setup-token settings).
 *
 * @example
 * createApp({ db, clock, apiMiddleware: [authenticate(options)] }, [authRoutes(options), tenancyRoutes(options)]);
 */
export function tenancyRoutes(options: AuthOptions = {}): RouteModule {
  const settings = authSettings(options);
  const setup = setupRoutes(settings);
  return (routes, deps) => {
    userRoutes(routes, deps);
    roleRoutes(routes, deps);
    tenantRoutes(routes, deps);
    setup(routes, deps);
  };
}
