/** @module CSV export of a filtered list, and CSV import of new records: all rows or none, problems per row. */
import type { FieldDefinition } from '@heng/engine';
import { flowStarter } from '../approvals/starter.js';
import { principalOf } from '../auth/principal.js';
import type { CompiledCache } from '../definitions/index.js';
import type { Queryable } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import { parseCsv, toCsv } from '@heng/engine';
import { cellOf, valueOf } from './csv-values.js';
import { latestForm } from './form.js';
import type { LoadedForm } from './form.js';
import { listRecords } from './list.js';
import type { RowReader } from './row-access.js';
import { listQuery } from './schemas.js';
import type { StoredRecord } from './store.js';
import { createRecord } from './write.js';
import type { Writer } from './write.js';

/** Thrown at the end of a dry run's transaction so it rolls back; carries how many rows would be created. */
class DryRunDone extends Error {
  constructor(readonly rows: number) {
    super('dry run');
  }
}

const TAGS = ['records'];
/** The most rows one export or import carries; filter the export or split the file beyond it. */
const CSV_MAX_ROWS = 10_000;

const visibleFields = (form: LoadedForm, roles: readonly string[]): FieldDefinition[] => {
  const access = form.compiled.accessFor(roles);
  return form.compiled.definition.fields.filter((f) => access[f.id] !== 'hidden');
};

const tooMany = (): AppError =>
  new AppError('too_many_rows', 422, `One CSV carries at most ${CSV_MAX_ROWS} records: filter the export or split the file.`, {
    messageZh: `一个 CSV 最多 ${CSV_MAX_ROWS} 条记录，请筛选后导出或拆分文件。`,
  });

async function everyRecord(tx: Queryable, tenantId: string, formId: string, form: LoadedForm, entries: [string, string][], who: RowReader): Promise<StoredRecord[]> {
  const query = entries.filter(([k]) => k !== 'limit' && k !== 'cursor');
  const out: StoredRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await listRecords(tx, tenantId, formId, form.compiled, { entries: [...query, ['limit', '200'], ...(cursor === null ? [] : [['cursor', cursor] as [string, string]])], userId: who.userId, roles: who.roles });
    out.push(...page.items);
    if (out.length > CSV_MAX_ROWS) throw tooMany();
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

const headerProblem = (column: number, en: string, zh: string): FieldProblem => ({ path: `/header/${column}`, code: 'csv.header', message: en, messageZh: zh });

function rowsOf(text: string, form: LoadedForm, roles: readonly string[]): Record<string, unknown>[] {
  const parsed = parseCsv(text);
  if ('error' in parsed) {
    throw new AppError('malformed_csv', 400, `The CSV breaks at line ${parsed.error.line}: a quoted cell is not closed, or a quote stands inside an unquoted cell.`, {
      messageZh: `CSV 在第 ${parsed.error.line} 行出错：引号未闭合，或未加引号的单元格中出现了引号。`,
    });
  }
  const [header = [], ...data] = parsed.rows;
  if (data.length > CSV_MAX_ROWS) throw tooMany();
  const fields = new Map(visibleFields(form, roles).map((f) => [f.id, f]));
  const problems: FieldProblem[] = [];
  const columns = header.map((name, i) => {
    if (name === 'id') return undefined;
    const field = fields.get(name);
    if (field === undefined) problems.push(headerProblem(i, `Column "${name}" is not a field of the form you can see. Known fields: ${[...fields.keys()].join(', ')}.`, `列 "${name}" 不是表单中您可见的字段。可用字段：${[...fields.keys()].join('、')}。`));
    return field?.type === 'formula' ? undefined : field;
  });
  if (header.length === 0) problems.push(headerProblem(0, 'The CSV is empty: its first line must name the fields, e.g. company_name,industry.', 'CSV 为空：第一行应为字段 ID，如 company_name,industry。'));
  if (problems.length > 0) throw validationFailed(problems);
  return data.map((cells) => {
    const rec: Record<string, unknown> = {};
    columns.forEach((field, i) => {
      const value = field === undefined ? undefined : valueOf(field, cells[i] ?? '');
      if (field !== undefined && value !== undefined) rec[field.id] = value;
    });
    return rec;
  });
}

/**
 * CSV routes: `GET /api/forms/:formId/export.csv` (the list's filter and sort, every page)
 * and `POST /api/forms/:formId/import` (text/csv, first line the field ids; an `id` column
 * and formula columns are ignored, so an export imports back as new records).
 *
 * @example
 * createApp(deps, [recordRoutes(cache), recordCsvRoutes(cache)]);
 */
export function recordCsvRoutes(cache: CompiledCache): RouteModule {
  return (routes, { db, clock }) => {
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/export.csv', operationId: 'exportRecords', summary: 'The filtered, sorted records as CSV (UTF-8 with BOM, for Excel)', tags: TAGS,
        query: listQuery,
        responses: { 200: { description: 'A header of field ids, then one row per record, hidden fields left out', contentType: 'text/csv' } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const csv = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          const fields = visibleFields(form, me.roles);
          const records = await everyRecord(tx, me.tenantId, formId, form, entries, me);
          return toCsv([['id', ...fields.map((f) => f.id)], ...records.map((r) => [r.id, ...fields.map((f) => cellOf(f, r.data[f.id]))])]);
        });
        return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${formId}.csv"` });
      },
    );

    routes.add(
      {
        method: 'post', path: '/api/forms/:formId/import', operationId: 'importRecords', summary: 'Create one record per CSV row: all of them, or none with every problem per row', tags: TAGS,
        description: 'Problems are placed at /rows/<n>/<field> (rows counted from 1 after the header) or /header/<column>. With dryRun=true every row is checked and written as a real import would, then rolled back: 200 with the count, or the same 422.',
        query: { dryRun: { schema: { type: 'boolean' }, description: 'Check only: nothing is kept' } },
        accepts: ['text/csv'],
        bodyLimit: 10 * 1024 * 1024,
        responses: {
          201: { description: 'The ids of the created records, in row order', schema: { type: 'object', properties: { created: { type: 'integer' }, ids: { type: 'array', items: { type: 'string' } } } } },
          200: { description: 'A dry run that found no problem: how many rows would be created', schema: { type: 'object', properties: { created: { const: 0 }, rows: { type: 'integer' } } } },
        },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const dryRun = c.req.query('dryRun') === 'true';
        const text = await c.req.text();
        const by: Writer = { tenantId: me.tenantId, userId: me.userId, roles: me.roles, now: clock.now(), flows: flowStarter };
        const ids = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          const rows = rowsOf(text, form, me.roles);
          const problems: FieldProblem[] = [];
          const made: string[] = [];
          for (const [i, row] of rows.entries()) {
            try {
              made.push((await createRecord(tx, form, formId, row, by)).id);
            } catch (error) {
              // Only problems found before or beside a successful statement come here, so the transaction is still usable
              // (a row that would leave a record it rolls up into invalid is refused before that record is written).
              if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'rollups.invalid')) throw error;
              problems.push(...error.problems.map((p) => ({ ...p, path: `/rows/${i + 1}${p.path}` })));
            }
          }
          if (problems.length > 0) throw validationFailed(problems);
          // A dry run leaves by the error path so the transaction rolls back everything it wrote.
          if (dryRun) throw new DryRunDone(made.length);
          return made;
        }).catch((error: unknown) => {
          if (error instanceof DryRunDone) return error.rows;
          throw error;
        });
        if (typeof ids === 'number') return c.json({ created: 0, rows: ids }, 200);
        return c.json({ created: ids.length, ids }, 201);
      },
    );
  };
}
