/** @module The columns of a records CSV: the header an export writes, and the field each header cell of an import names. */
import { itemsNamed } from '@heng/engine';
import type { FieldDefinition, LocalizedText } from '@heng/engine';
import type { FieldProblem } from '../http/app-error.js';
import { nameOf } from './csv-names.js';
import type { CsvLang } from './csv-names.js';
import { scoreCells } from './csv-values.js';
import type { ListedRecord } from './list.js';
import type { ScoreCatalog } from './list-scores.js';
import { isScoreColumn, scorecardIds } from './list-scores.js';

/** How a score column is headed for people, as the records list heads it: 评分 · <scorecard> / Score · <scorecard>. */
const SCORE_WORDS: Record<'score' | 'grade', LocalizedText> = { score: { 'zh-CN': '评分', en: 'Score' }, grade: { 'zh-CN': '等级', en: 'Grade' } };
const SCORE_HEADING = new RegExp(`^(${Object.values(SCORE_WORDS).flatMap((w) => [w['zh-CN'], w.en]).join('|')}) · `);

/** The columns of an export: the header after `id` and each record's cells after its id. */
export interface ExportColumns {
  readonly header: string[];
  readonly cells: (r: ListedRecord, cell: (f: FieldDefinition, value: unknown) => string) => string[];
}

/**
 * The columns of an export of `fields` and the scores `scores=` asks for: each field named by
 * `nameOf` (its label in `lang` when that reads back as the field), then `score:<id>` and
 * `grade:<id>` (in `lang`: 评分 · <scorecard> and 等级 · <scorecard>) of each scorecard.
 *
 * @example
 * exportColumns(form.compiled.definition.fields, visible, 'credit_score', catalog, 'zh-CN').header // ['企业名称', …, '评分 · 客户信用评分', '等级 · 客户信用评分']
 */
export function exportColumns(all: readonly FieldDefinition[], fields: readonly FieldDefinition[], scores: string | undefined, cards: ScoreCatalog, lang: CsvLang): ExportColumns {
  const ids = scores === undefined ? [] : scorecardIds(scores);
  const heading = (part: 'score' | 'grade', id: string): string => {
    const name = cards.get(id)?.name;
    return lang === undefined || name === undefined ? `${part}:${id}` : `${SCORE_WORDS[part][lang]} · ${name[lang]}`;
  };
  return {
    header: [...fields.map((f) => nameOf(all, f, lang)), ...ids.flatMap((id) => [heading('score', id), heading('grade', id)])],
    cells: (r, cell) => [...fields.map((f) => cell(f, r.data[f.id])), ...ids.flatMap((id) => scoreCells(r.scores?.[id], lang))],
  };
}

const headerProblem = (column: number, en: string, zh: string): FieldProblem => ({ path: `/header/${column}`, code: 'csv.header', message: en, messageZh: zh });

const named = (f: FieldDefinition, lang: keyof LocalizedText): string => (lang === 'en' ? `${f.label.en} (${f.id})` : `${f.label['zh-CN']}（${f.id}）`);

/**
 * The field each header cell names (undefined for `id`, score columns and computed columns): a field's id,
 * or its label in either language, trimmed. A cell naming no field but headed as an export heads a
 * score (评分 · …, Grade · …) is a score column. Problems for names that match no field the caller
 * sees, or two of them, and for a field named by two columns.
 *
 * @example
 * columnsOf(['企业名称', 'id', '评分 · 客户信用评分'], fields).columns // [company_name's field, undefined, undefined]
 */
export function columnsOf(header: readonly string[], fields: readonly FieldDefinition[]): { columns: (FieldDefinition | undefined)[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const taken = new Map<string, number>();
  const known = (lang: keyof LocalizedText): string => fields.map((f) => named(f, lang)).join(lang === 'en' ? ', ' : '、');
  const columns = header.map((cell, i) => {
    const name = cell.trim();
    if (name === 'id' || isScoreColumn(name)) return undefined;
    const matches = itemsNamed(fields, name);
    const [field] = matches;
    if (field === undefined) {
      if (!SCORE_HEADING.test(name)) problems.push(headerProblem(i, `Column "${name}" is not a field of the form you can see: name a field by its label or id. Known fields: ${known('en')}.`, `列 "${name}" 不是表单中您可见的字段，请填写字段名称或 ID。可用字段：${known('zh-CN')}。`));
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
    // An export imports back as new records: those take new serial numbers, as formulas are computed again.
    return field.type === 'formula' || field.type === 'serial' ? undefined : field;
  });
  return { columns, problems };
}

/**
 * The problem of an empty file: its first line must name the fields.
 *
 * @example
 * throw validationFailed([emptyHeader()]);
 */
export const emptyHeader = (): FieldProblem =>
  headerProblem(0, 'The CSV is empty: its first line must name the fields (by label or id), e.g. company_name,industry.', 'CSV 为空：第一行应为字段名称或 ID，如 企业名称,行业。');
