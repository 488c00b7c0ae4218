/** @module The first-run screen's API: is setup needed, and make the first company and admin (then signed in). */
import type { Context } from 'hono';
import type { ResolvedDeps, RouteModule } from '../http/app.js';
import { AppError } from '../http/app-error.js';
import { writeSessionCookie } from '../auth/cookies.js';
import { checkOrigin } from '../auth/csrf.js';
import { loadMe, meSchema } from '../auth/me.js';
import type { AuthSettings } from '../auth/options.js';
import { clientIp } from '../auth/request-info.js';
import { displayNameSchema, emailSchema, fieldProblem, passwordSchema, slugSchema } from '../auth/schemas.js';
import { csrfTokenOf, sameSecret } from '../auth/secrets.js';
import { startSession } from '../auth/sessions.js';
import type { JsonSchema } from '../http/schema-check.js';
import { runSetup, setupNeeded } from './setup.js';
import type { NewTenantWithAdmin } from './tenants.js';
import { tenantNameSchema } from './tenant-routes.js';

/** The body of POST /api/setup. */
export interface SetupBody extends NewTenantWithAdmin {
  readonly setupToken?: string;
}

/** JSON Schema of the body of POST /api/setup (also what the create-admin command checks). */
export const setupBody: JsonSchema = {
  type: 'object',
  required: ['slug', 'name', 'admin'],
  additionalProperties: false,
  properties: {
    slug: slugSchema,
    name: tenantNameSchema,
    admin: { type: 'object', required: ['email', 'displayName', 'password'], additionalProperties: false, properties: { email: emailSchema, displayName: displayNameSchema, password: passwordSchema } },
    setupToken: { type: 'string', maxLength: 200 },
  },
};

const tags = ['setup'];

function checkSetupToken(settings: AuthSettings, given: string | undefined): void {
  if (settings.setupToken === undefined || (given !== undefined && sameSecret(given, settings.setupToken))) return;
  throw new AppError('setup_token_invalid', 403, 'The setup token is missing or wrong: enter the HENG_SETUP_TOKEN the server was started with (ask whoever runs it).', {
    messageZh: '初始化令牌缺失或不正确：请输入服务器启动时设置的 HENG_SETUP_TOKEN（可询问服务器的运维人员）。',
    problems: [fieldProblem('/setupToken', 'setup_token_invalid', 'Enter the setup token.', '请输入初始化令牌。')],
  });
}

async function handleSetup(c: Context, deps: ResolvedDeps, settings: AuthSettings, body: SetupBody): Promise<Response> {
  checkOrigin(c, settings);
  checkSetupToken(settings, body.setupToken);
  const now = deps.clock.now();
  const { tenant, admin } = await runSetup(deps.db, { slug: body.slug, name: body.name, admin: body.admin }, now);
  const origin = { ip: clientIp(c, settings), userAgent: c.req.header('user-agent') ?? '' };
  const [session, me] = await deps.db.withTenant(tenant.id, async (tx) => [await startSession(tx, tenant.id, admin.id, origin, now, settings), await loadMe(tx, tenant.id, admin.id, admin.roles, 'session')] as const);
  writeSessionCookie(c, settings, session.secret, settings.sessionTtlMs);
  c.header('Cache-Control', 'no-store');
  return c.json({ ...me, csrfToken: csrfTokenOf(session.secret), expiresAt: session.expiresAt }, 201);
}

/**
 * GET /api/setup (is it needed?) and POST /api/setup (first company and admin, once; the
 * admin is then signed in). Both are public: the middleware lets them through.
 */
export function setupRoutes(settings: AuthSettings): RouteModule {
  return (routes, deps) => {
    routes.add(
      {
        method: 'get', path: '/api/setup', operationId: 'setupStatus', summary: 'Whether the first-run setup is still to do', tags,
        responses: { 200: { description: 'Setup status', schema: { type: 'object', required: ['needed', 'setupTokenRequired'], properties: { needed: { type: 'boolean' }, setupTokenRequired: { type: 'boolean' } } } } },
      },
      async (c) => c.json({ needed: await setupNeeded(deps.db), setupTokenRequired: settings.setupToken !== undefined }),
    );
    routes.add<SetupBody>(
      { method: 'post', path: '/api/setup', operationId: 'setup', summary: 'Create the first company and its admin (only while none exists), signed in', tags, body: setupBody, bodyLimit: 8192, responses: { 201: { description: 'Created; the admin is signed in', schema: meSchema } } },
      (c, { body }) => handleSetup(c, deps, settings, body),
    );
  };
}
