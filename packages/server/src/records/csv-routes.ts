/** @module CSV export of a filtered list (with the scores it asks for), in people's words or by ids, and CSV import of new records from either: all rows or none, problems per row. */
import type { FieldDefinition } from '@heng/engine';
import { flowStarter } from '../approvals/starter.js';
import { principalOf } from '../auth/principal.js';
import type { CompiledCache } from '../definitions/index.js';
import type { Queryable } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import { parseCsv, toCsv } from '@heng/engine';
import { scorecardCache, scorecardsOf } from '../scoring/scorecards.js';
import { columnsOf, emptyHeader, exportColumns } from './csv-columns.js';
import { inFileTerms } from './csv-problems.js';
import { exportedReferences, referenceCells } from './csv-references.js';
import { exportedUsers, userCells } from './csv-users.js';
import { cellOf, valueOf } from './csv-values.js';
import type { CsvLang } from './csv-names.js';
import { latestForm } from './form.js';
import type { LoadedForm } from './form.js';
import { listRecords } from './list.js';
import type { ListedRecord } from './list.js';
import { scoreCatalog } from './list-scores.js';
import { mayWrite } from './permissions.js';
import type { RowReader } from './row-access.js';
import { listQuery } from './schemas.js';
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
  "Cells are written as the form shows them: a percent as a percentage with a % sign (85% for a stored 0.85; on import 85% and 85 both mean 85%), a select as its option's label in lang (its id without lang, or when the label is another option's too; on import the id or the label in English or Chinese), a multi select as such values joined by ;, a yes/no as 是/否 or Yes/No in lang (true/false without it; on import any of these, in any case), a reference as the referenced record's title in lang when no other record you see has that title (else, and without lang, its id; on import the id or the title of the one record you see with it), a sub-table in lang as one line per row (a line break within the cell) of its non-empty columns as label：value pairs joined by ； (Label: value; Label: value in en), each value written as its field type is here, with \\ escaping a ;, a ；, a line break (\\n) and itself in a value (without lang, and on import when the cell starts with [, JSON: ids, and percents as fractions; on import a column by its label in either language or its id, : and ; as well as ： and ；, formula columns ignored), a user as their e-mail (on import their id, e-mail in any case, or display name when no other active user has it), a score as its total and a grade as its code (in lang followed by its label: B · 良), and text that Excel would run as a formula behind an apostrophe.";
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
  if (header.length === 0) problems.push(emptyHeader());
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
 * The `lang` of an export: the language it names fields, options, yes/no, records and scores in
 * for people; absent, it names them by id, as the API takes them. 422 for any other value.
 */
function langOf(raw: string | undefined): CsvLang {
  if (raw === undefined || raw === 'zh-CN' || raw === 'en') return raw;
  throw validationFailed([
    { path: '/query/lang', code: 'query.invalid', message: `lang is zh-CN or en, not "${raw}"; leave it out for field and option ids.`, messageZh: `lang 应为 zh-CN 或 en，而不是 "${raw}"；不填则按字段和选项 ID 导出。` },
  ]);
}

/**
 * CSV routes: `GET /api/forms/:formId/export.csv` (the list's filter and sort, every page;
 * `lang=zh-CN|en` names fields, options, yes/no, referenced records and scores in that language,
 * by ids without it) and `POST /api/forms/:formId/import` (text/csv, first line the fields by id
 * or by label in either language; an `id` column, score columns, formula and auto-number columns are ignored,
 * so an export, in either form, imports back as new records, numbered anew). Cells are in the form's terms: a
 * percent is `85%` (`85` reads the same), a select, a yes/no and a reference are read by id or by
 * their words in either language.
 *
 * @example
 * createApp(deps, [recordRoutes(cache), recordCsvRoutes(cache)]);
 */
export function recordCsvRoutes(cache: CompiledCache): RouteModule {
  return (routes, { db, clock }) => {
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/export.csv', operationId: 'exportRecords', summary: 'The filtered, sorted records as CSV (UTF-8 with BOM, for Excel)', tags: TAGS,
        query: { ...listQuery, lang: { schema: { enum: ['zh-CN', 'en'] }, description: "For people: the header names the fields by their labels in this language (a label another field shares stays an id), cells name options, yes/no and records in it, and scores are headed 评分 · <scorecard> / Score · <scorecard>. Without it, for programs: field ids, option ids, true/false, record ids, score:<scorecard>" } },
        description: CSV_CELLS,
        responses: { 200: { description: 'A header (id, then the fields, then a score and a grade column for each scorecard scores= names), then one row per record, hidden fields left out', contentType: 'text/csv' } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const lang = langOf(c.req.query('lang'));
        const csv = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          const fields = visibleFields(form, me.roles);
          const records = await everyRecord(tx, me.tenantId, formId, form, entries, me);
          const data = records.map((r) => r.data);
          const users = await exportedUsers(tx, me.tenantId, fields, data);
          const refs = lang === undefined ? (_f: FieldDefinition, v: unknown) => v : await exportedReferences(tx, me, fields, data);
          const cards = lang === undefined ? new Map() : scoreCatalog(await scorecardsOf(tx, scorecardCache, me.tenantId, formId));
          const columns = exportColumns(form.compiled.definition.fields, fields, c.req.query('scores'), cards, lang);
          return toCsv([['id', ...columns.header], ...records.map((r) => [r.id, ...columns.cells(r, (f, v) => cellOf(f, refs(f, users(f, v)), lang))])]);
        });
        return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${formId}.csv"` });
      },
    );

    routes.add(
      {
        method: 'post', path: '/api/forms/:formId/import', operationId: 'importRecords', summary: 'Create one record per CSV row: all of them, or none with every problem per row', tags: TAGS,
        description: `Refused (403 record.forbidden) before any row is read when the form's record permissions do not let your roles create records. The first line names the fields, each by its id or by its label in English or Chinese (trimmed; a label two fields share must be given as an id); an id column, score columns (score:<scorecard>, grade:<scorecard>, or as an export in lang heads them: 评分 · <scorecard>, Grade · <scorecard>…) and computed columns (formulas, auto numbers: each new record takes the next number) are ignored. ${CSV_CELLS} Problems are placed at /rows/<n>/<field> (rows counted from 1 after the header) or /header/<column>. With dryRun=true every row is checked and written as a real import would, then rolled back: 200 with the count, or the same 422.`,
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
          const refs = await referenceCells(tx, me, form.compiled.definition.fields, cells);
          const rows = cells.map((row) => refs.withIds(users.withIds(row)));
          const problems: FieldProblem[] = [];
          const made: string[] = [];
          for (const [i, row] of rows.entries()) {
            try {
              made.push((await createRecord(tx, form, formId, row, by)).id);
            } catch (error) {
              // Only problems found before or beside a successful statement come here, so the transaction is still usable
              // (a row that would leave a record it rolls up into invalid is refused before that record is written).
              if (!(error instanceof AppError) || (error.code !== 'validation_failed' && error.code !== 'rollups.invalid')) throw error;
              problems.push(...error.problems.map((p) => ({ ...inFileTerms(p, form, row, { users, refs }), path: `/rows/${i + 1}${p.path}` })));
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
