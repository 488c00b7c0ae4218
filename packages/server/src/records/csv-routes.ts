/** @module CSV export of a filtered list (with the scores it asks for), and CSV import of new records: all rows or none, problems per row. */
import type { FieldDefinition } from '@heng/engine';
import { flowStarter } from '../approvals/starter.js';
import { principalOf } from '../auth/principal.js';
import type { CompiledCache } from '../definitions/index.js';
import type { Queryable } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import { itemsNamed, parseCsv, toCsv } from '@heng/engine';
import { exportedUsers, userCells } from './csv-users.js';
import type { UserCells } from './csv-users.js';
import { cellOf, scoreCells, valueOf } from './csv-values.js';
import { latestForm } from './form.js';
import type { LoadedForm } from './form.js';
import { listRecords } from './list.js';
import type { ListedRecord } from './list.js';
import { isScoreColumn, scorecardIds } from './list-scores.js';
import { mayWrite } from './permissions.js';
import type { RowReader } from './row-access.js';
import { listQuery } from './schemas.js';
import { UNKNOWN_USER } from './user-values.js';
import { createRecord } from './write.js';
import type { Writer } from './write.js';

/** Thrown at the end of a dry run's transaction so it rolls back; carries how many rows would be created. */
class DryRunDone extends Error {
  constructor(readonly rows: number) {
    super('dry run');
  }
}

const TAGS = ['records'];
/** How cells read, for both routes' descriptions. */
const CSV_CELLS =
  'Cells are written as the form shows them: a percent as a percentage with a % sign (85% for a stored 0.85; on import 85% and 85 both mean 85%), a select as its option id (on import the id or the option label in English or Chinese), a multi select as such values joined by ;, true/false for a yes/no, a sub-table as JSON (its percents as fractions), a user as their e-mail (on import their id, e-mail in any case, or display name when no other active user has it), a score as its total and a grade as its code (like the option id of a select), and text that Excel would run as a formula behind an apostrophe.';
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

async function everyRecord(tx: Queryable, tenantId: string, formId: string, form: LoadedForm, entries: [string, string][], who: RowReader): Promise<ListedRecord[]> {
  const query = entries.filter(([k]) => k !== 'limit' && k !== 'cursor');
  const out: ListedRecord[] = [];
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

const named = (f: FieldDefinition, lang: 'en' | 'zh-CN'): string => (lang === 'en' ? `${f.label.en} (${f.id})` : `${f.label['zh-CN']}（${f.id}）`);

/**
 * The score columns of an export: `score:<id>` and `grade:<id>` (see `scoreCells`) of each
 * scorecard `scores=` asks for, as the list API names them.
 */
function scoreColumns(scores: string | undefined): { header: string[]; cells: (r: ListedRecord) => string[] } {
  const ids = scores === undefined ? [] : scorecardIds(scores);
  return { header: ids.flatMap((id) => [`score:${id}`, `grade:${id}`]), cells: (r) => ids.flatMap((id) => scoreCells(r.scores?.[id])) };
}

/**
 * The field each header cell names (undefined for `id`, score columns and computed columns): a field's id,
 * or its label in either language, trimmed. Problems for names that match no field the caller
 * sees, or two of them, and for a field named by two columns.
 */
function columnsOf(header: readonly string[], fields: readonly FieldDefinition[]): { columns: (FieldDefinition | undefined)[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const taken = new Map<string, number>();
  const known = (lang: 'en' | 'zh-CN'): string => fields.map((f) => named(f, lang)).join(lang === 'en' ? ', ' : '、');
  const columns = header.map((cell, i) => {
    const name = cell.trim();
    if (name === 'id' || isScoreColumn(name)) return undefined;
    const matches = itemsNamed(fields, name);
    const [field] = matches;
    if (field === undefined) {
      problems.push(headerProblem(i, `Column "${name}" is not a field of the form you can see: name a field by its label or id. Known fields: ${known('en')}.`, `列 "${name}" 不是表单中您可见的字段，请填写字段名称或 ID。可用字段：${known('zh-CN')}。`));
      return undefined;
    }
    if (matches.length > 1) {
      const en = matches.map((f) => named(f, 'en')).join(', ');
      const zh = matches.map((f) => named(f, 'zh-CN')).join('、');
      problems.push(headerProblem(i, `Column "${name}" is the label of more than one field (${en}): name the field by its id.`, `列 "${name}" 同时是多个字段的名称（${zh}），请改填字段 ID。`));
      return undefined;
    }
    const earlier = taken.get(field.id);
    if (earlier !== undefined) {
      problems.push(headerProblem(i, `Columns ${earlier + 1} and ${i + 1} both name the field ${named(field, 'en')}: keep one of them.`, `第 ${earlier + 1} 列和第 ${i + 1} 列都是字段 ${named(field, 'zh-CN')}，请只保留一列。`));
      return undefined;
    }
    taken.set(field.id, i);
    return field.type === 'formula' ? undefined : field;
  });
  return { columns, problems };
}

function rowsOf(text: string, form: LoadedForm, roles: readonly string[]): Record<string, unknown>[] {
  const parsed = parseCsv(text);
  if ('error' in parsed) {
    throw new AppError('malformed_csv', 400, `The CSV breaks at line ${parsed.error.line}: a quoted cell is not closed, or a quote stands inside an unquoted cell.`, {
      messageZh: `CSV 在第 ${parsed.error.line} 行出错：引号未闭合，或未加引号的单元格中出现了引号。`,
    });
  }
  const [header = [], ...data] = parsed.rows;
  if (data.length > CSV_MAX_ROWS) throw tooMany();
  const { columns, problems } = columnsOf(header, visibleFields(form, roles));
  if (header.length === 0) problems.push(headerProblem(0, 'The CSV is empty: its first line must name the fields (by label or id), e.g. company_name,industry.', 'CSV 为空：第一行应为字段名称或 ID，如 企业名称,行业。'));
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
 * A row's problem in the terms of the file: an unknown option lists the options by label, a
 * percent that is not a number says how to write one, and a user cell naming no user says to
 * give an e-mail or name (or names the users sharing it), rather than the ids and fractions the
 * API takes.
 */
function inFileTerms(problem: FieldProblem, form: LoadedForm, row: Record<string, unknown>, users: UserCells): FieldProblem {
  const [, id = '', index] = problem.path.split('/');
  const field = form.compiled.definition.fields.find((f) => f.id === id);
  if (field === undefined) return problem;
  const raw = row[id];
  const value = index === undefined ? raw : Array.isArray(raw) ? (raw[Number(index)] as unknown) : undefined;
  if (problem.code === 'value.option' && (field.type === 'single_select' || field.type === 'multi_select')) {
    const en = field.options.map((o) => o.label.en).join(', ');
    const zh = field.options.map((o) => o.label['zh-CN']).join('、');
    return {
      ...problem,
      message: `${field.label.en} has no option "${String(value)}": write one of ${en} (its English or Chinese label, or its code).`,
      messageZh: `${field.label['zh-CN']}没有选项 "${String(value)}"：请填写 ${zh} 之一（中文或英文名称，或选项编码均可）。`,
    };
  }
  if (problem.code === UNKNOWN_USER && field.type === 'user') return users.problem(problem, field, String(value));
  if (problem.code === 'value.type' && field.type === 'percent' && index === undefined) {
    return { ...problem, message: `${field.label.en} must be a percentage, not "${String(value)}": write 85% or 85 for 85%.`, messageZh: `${field.label['zh-CN']}应为百分比，而不是 "${String(value)}"：85% 请填 85% 或 85。` };
  }
  return problem;
}

/**
 * CSV routes: `GET /api/forms/:formId/export.csv` (the list's filter and sort, every page)
 * and `POST /api/forms/:formId/import` (text/csv, first line the fields by id or by label in
 * either language; an `id` column, score columns and formula columns are ignored, so an export imports back as
 * new records). Cells are in the form's terms: a percent is `85%` (`85` reads the same), a select
 * is exported as option ids and imported by id or by label in either language.
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
        description: CSV_CELLS,
        responses: { 200: { description: 'A header of field ids (then score:<scorecard> and grade:<scorecard> for each scorecard scores= names), then one row per record, hidden fields left out', contentType: 'text/csv' } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const csv = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          const fields = visibleFields(form, me.roles);
          const records = await everyRecord(tx, me.tenantId, formId, form, entries, me);
          const scores = scoreColumns(c.req.query('scores'));
          const exported = await exportedUsers(tx, me.tenantId, fields, records.map((r) => r.data));
          return toCsv([['id', ...fields.map((f) => f.id), ...scores.header], ...records.map((r) => [r.id, ...fields.map((f) => cellOf(f, exported(f, r.data[f.id]))), ...scores.cells(r)])]);
        });
        return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${formId}.csv"` });
      },
    );

    routes.add(
      {
        method: 'post', path: '/api/forms/:formId/import', operationId: 'importRecords', summary: 'Create one record per CSV row: all of them, or none with every problem per row', tags: TAGS,
        description: `Refused (403 record.forbidden) before any row is read when the form's record permissions do not let your roles create records. The first line names the fields, each by its id or by its label in English or Chinese (trimmed; a label two fields share must be given as an id); an id column, score columns (score:<scorecard>, grade:<scorecard>) and computed columns are ignored. ${CSV_CELLS} Problems are placed at /rows/<n>/<field> (rows counted from 1 after the header) or /header/<column>. With dryRun=true every row is checked and written as a real import would, then rolled back: 200 with the count, or the same 422.`,
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
          await mayWrite(tx, form.compiled.definition, 'create', me);
          const cells = rowsOf(text, form, me.roles);
          const users = await userCells(tx, me.tenantId, form.compiled.definition.fields, cells);
          const rows = cells.map(users.withIds);
          const problems: FieldProblem[] = [];
          const made: string[] = [];
          for (const [i, row] of rows.entries()) {
            try {
              made.push((await createRecord(tx, form, formId, row, by)).id);
            } catch (error) {
              // Only problems found before or beside a successful statement come here, so the transaction is still usable
              // (a row that would leave a record it rolls up into invalid is refused before that record is written).
              if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'rollups.invalid')) throw error;
              problems.push(...error.problems.map((p) => ({ ...inFileTerms(p, form, row, users), path: `/rows/${i + 1}${p.path}` })));
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
