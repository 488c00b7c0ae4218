/**
 * @module What a `set_field` formula may give a select, user or reference field. The kind check
 * alone lets any text through (`customer_name` into a select), so each value the formula can
 * give is checked: a select gets only its option ids (literals checked like literal values,
 * fields only when all their options are its options), an id field only ids. Checking the
 * results, rather than refusing formulas into such fields, keeps one-action rules such as
 * `IF(days_overdue > 90, "legal", "notice")` while catching the same typos a literal would.
 */
import type { FieldCatalog, FieldInfo } from '../../core/catalog.js';
import { problem, type Problem } from '../../core/problem.js';
import { hint } from '../../core/suggest.js';
import { formulaResults, type FormulaResult } from '../../formula/index.js';

/** How to fix a result a field cannot hold, in both languages. */
interface Fix {
  readonly en: string;
  readonly zh: string;
}

const at = (c: number): { en: string; zh: string } => ({ en: ` (column ${c})`, zh: `（第 ${c} 列）` });

function selectFix(target: FieldInfo, options: readonly string[]): Fix {
  if (target.kind === 'list') {
    return { en: `give a multi-select field whose options are all options of "${target.id}"`, zh: `请改用选项都属于 "${target.id}" 的多选字段` };
  }
  const [a = 'option_a', b = a] = options;
  return { en: `choose option ids in quotes with IF, e.g. IF(condition, "${a}", "${b}")`, zh: `请用 IF 选择加引号的选项 ID，如 IF(条件, "${a}", "${b}")` };
}

function selectProblem(r: FormulaResult, target: FieldInfo, options: readonly string[], catalog: FieldCatalog, path: string): Problem | undefined {
  const col = at(r.column);
  const fix = selectFix(target, options);
  const code = 'ruleset.set_field.option';
  if (r.kind === 'text') {
    if (options.includes(r.value)) return undefined;
    const h = hint(r.value, options);
    return problem(path, code, `The formula can give "${r.value}", which is not an option of "${target.id}".${h.en}${col.en}`, `公式可能得出 "${r.value}"，它不是字段 "${target.id}" 的选项。${h.zh}${col.zh}`);
  }
  if (r.kind === 'field') {
    const source = catalog.get(r.id);
    if (source === undefined) return undefined;
    if (source.options === undefined) {
      return problem(path, code, `The formula can give the value of "${r.id}" (a ${source.type} field), which need not be an option of "${target.id}": ${fix.en}.${col.en}`, `公式可能得出字段 "${r.id}"（${source.type} 类型）的值，它未必是字段 "${target.id}" 的选项：${fix.zh}。${col.zh}`);
    }
    const missing = source.options.filter((o) => !options.includes(o));
    if (missing.length === 0) return undefined;
    return problem(path, code, `The formula can give the value of "${r.id}", whose options ${missing.join(', ')} are not options of "${target.id}": ${fix.en}.${col.en}`, `公式可能得出字段 "${r.id}" 的值，其选项 ${missing.join(', ')} 不是字段 "${target.id}" 的选项：${fix.zh}。${col.zh}`);
  }
  if (r.kind === 'computed') {
    return problem(path, code, `Part of the formula computes text, which need not be an option of "${target.id}": ${fix.en}.${col.en}`, `公式的一部分计算出文本，它未必是字段 "${target.id}" 的选项：${fix.zh}。${col.zh}`);
  }
  return undefined;
}

function idProblem(r: FormulaResult, target: FieldInfo, catalog: FieldCatalog, path: string): Problem | undefined {
  const source = r.kind === 'field' ? catalog.get(r.id) : undefined;
  if (r.kind !== 'computed' && (source === undefined || source.type === target.type)) return undefined;
  const kind = target.type;
  const kindZh = kind === 'user' ? '人员' : '关联记录';
  const like = [...catalog.values()].filter((f) => f.type === kind).map((f) => f.id).slice(0, 5);
  const such = like.length > 0 ? { en: ` such as ${like.join(', ')}`, zh: `（如 ${like.join(', ')}）` } : { en: '', zh: '' };
  const fix = { en: `give a ${kind} field${such.en}, or a ${kind} id in quotes`, zh: `请改用${kindZh}字段${such.zh}或加引号的 ID` };
  const col = at(r.column);
  const code = 'ruleset.set_field.id';
  if (source === undefined) {
    return problem(path, code, `Part of the formula computes text, which is not a ${kind} id: ${fix.en}.${col.en}`, `公式的一部分计算出文本，它不是${kindZh} ID：${fix.zh}。${col.zh}`);
  }
  return problem(path, code, `The formula can give the value of "${source.id}" (a ${source.type} field), which is not a ${kind} id: ${fix.en}.${col.en}`, `公式可能得出字段 "${source.id}"（${source.type} 类型）的值，它不是${kindZh} ID：${fix.zh}。${col.zh}`);
}

/**
 * Problems with the values a type-checked formula can give `target`: none for fields other
 * than selects, users and references, nor for a formula that does not parse (already reported).
 *
 * @example
 * checkFormulaResults('customer_name', collectionStage, catalog, '/rules/0/actions/0/formula')
 * // [{ code: 'ruleset.set_field.option', message: 'The formula can give the value of "customer_name" (a text field), which need not be an option of "collection_stage": choose option ids in quotes with IF, ...' }]
 */
export function checkFormulaResults(source: string, target: FieldInfo, catalog: FieldCatalog, path: string): Problem[] {
  const options = target.options;
  const ids = target.type === 'user' || target.type === 'reference';
  if (options === undefined && !ids) return [];
  const out: Problem[] = [];
  for (const r of formulaResults(source) ?? []) {
    const p = options === undefined ? idProblem(r, target, catalog, path) : selectProblem(r, target, options, catalog, path);
    if (p !== undefined) out.push(p);
  }
  return out;
}
