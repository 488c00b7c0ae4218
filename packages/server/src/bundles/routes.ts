/** @module The bundles routes: the template gallery, a dry run and an import (all or nothing), and export. */
import { idSchema, isId } from '@heng/engine';
import type { Bundle, ConflictResolution } from '@heng/engine';
import type { Context } from 'hono';
import { flowStarter } from '../approvals/starter.js';
import { ADMIN_ROLE, requireRole } from '../auth/principal.js';
import type { RouteModule } from '../http/app.js';
import { AppError, notFound, validationFailed } from '../http/app-error.js';
import { exportTenant } from './export.js';
import { importBundle, planBundle } from './import.js';
import type { Importer } from './import.js';
import { importBody, planSchema, resultSchema, templateBody, templateListSchema } from './schemas.js';
import type { ImportBody, TemplateBody } from './schemas.js';
import type { TemplateSource } from './templates.js';

const TAGS = ['bundles'];
/** Bundles with seed data run to megabytes; the app's default body limit is for forms. */
const BUNDLE_LIMIT = 20 * 1024 * 1024;

/**
 * The bundles routes (admins only): browse the gallery, dry-run an import (the plan: created,
 * renamed or replaced definitions, roles added, seed records) and import in one transaction,
 * from a template or an uploaded bundle; export the company's app as a bundle.
 *
 * @example
 * createApp(deps, [..., bundleRoutes({ templates: templatesIn('examples') })]);
 */
export function bundleRoutes(options: { readonly templates: TemplateSource }): RouteModule {
  return (routes, { db, clock }) => {
    const importer = (c: Context): Importer => {
      const me = requireRole(c, ADMIN_ROLE);
      return { tenantId: me.tenantId, userId: me.userId, roles: me.roles, now: clock.now(), flows: flowStarter };
    };
    const template = (c: Context): Bundle => {
      const id = c.req.param('templateId') ?? '';
      const found = options.templates.get(id);
      if (found === undefined) throw notFound('template', id);
      return found;
    };
    const dryRun = async (by: Importer, bundle: unknown, resolutions: Readonly<Record<string, ConflictResolution>>) => {
      const dry = await db.withTenant(by.tenantId, (tx) => planBundle(tx, by.tenantId, bundle, resolutions, by.now));
      if ('problems' in dry) throw validationFailed(dry.problems.map((p) => ({ ...p, path: `/bundle${p.path}` })));
      return dry;
    };

    routes.add({ method: 'get', path: '/api/templates', operationId: 'listTemplates', summary: 'The template gallery', tags: TAGS, responses: { 200: { description: 'Templates', schema: templateListSchema } } }, (c) => {
      requireRole(c, ADMIN_ROLE);
      return c.json({ items: options.templates.list() });
    });

    routes.add<TemplateBody>(
      { method: 'post', path: '/api/templates/:templateId/plan', operationId: 'planTemplateImport', summary: 'Dry run: what importing a template will create, rename or replace', tags: TAGS, body: templateBody, responses: { 200: { description: 'The plan', schema: planSchema } } },
      async (c, { body }) => c.json(await dryRun(importer(c), template(c), body.resolutions ?? {})),
    );

    routes.add<TemplateBody>(
      { method: 'post', path: '/api/templates/:templateId/import', operationId: 'importTemplate', summary: 'Import a template: every definition published and its seed data written, or nothing', tags: TAGS, body: templateBody, responses: { 201: { description: 'Imported', schema: resultSchema } } },
      async (c, { body }) => {
        const by = importer(c);
        const bundle = template(c);
        return c.json(await db.withTenant(by.tenantId, (tx) => importBundle(tx, bundle, body.resolutions ?? {}, by)), 201);
      },
    );

    routes.add<ImportBody>(
      { method: 'post', path: '/api/bundles/plan', operationId: 'planBundleImport', summary: 'Dry run of importing a bundle file: its problems (422) or the plan', tags: TAGS, body: importBody, bodyLimit: BUNDLE_LIMIT, responses: { 200: { description: 'The plan', schema: planSchema } } },
      async (c, { body }) => c.json(await dryRun(importer(c), body.bundle, body.resolutions ?? {})),
    );

    routes.add<ImportBody>(
      { method: 'post', path: '/api/bundles/import', operationId: 'importBundle', summary: 'Import a bundle file: all of it or, with any problem, nothing', tags: TAGS, body: importBody, bodyLimit: BUNDLE_LIMIT, responses: { 201: { description: 'Imported', schema: resultSchema } } },
      async (c, { body }) => {
        const by = importer(c);
        return c.json(await db.withTenant(by.tenantId, (tx) => importBundle(tx, body.bundle, body.resolutions ?? {}, by)), 201);
      },
    );

    routes.add(
      {
        method: 'get', path: '/api/bundles/export', operationId: 'exportBundle', summary: "The company's app as a bundle file (latest published versions and roles)", tags: TAGS,
        query: { id: { schema: idSchema, description: 'The bundle id, `app` unless given' } },
        responses: { 200: { description: 'The bundle' } },
      },
      async (c) => {
        const me = requireRole(c, ADMIN_ROLE);
        const id = c.req.query('id') ?? 'app';
        if (!isId(id)) throw new AppError('bad_query', 400, 'The bundle id starts with a letter and holds letters, digits and _ (at most 64).', { messageZh: '模板 ID 以字母开头，只含字母、数字和下划线（最多 64 个字符）。' });
        const { bundle } = await db.withTenant(me.tenantId, async (tx) => {
          const [tenant] = await tx.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [me.tenantId]);
          const name = tenant?.name ?? id;
          return exportTenant(tx, me.tenantId, { id, name: { 'zh-CN': name, en: name }, version: clock.now().toISOString().slice(0, 10).replaceAll('-', '.') }, clock.now());
        });
        c.header('Content-Disposition', `attachment; filename="${id}.heng.json"`);
        return c.json(bundle);
      },
    );
  };
}
