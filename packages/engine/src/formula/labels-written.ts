/** @module A formula that names fields by their labels (负债总额 / 资产总额), as a person first writes one: told the ids to write instead. */
import type { FieldCatalog } from '../core/catalog.js';
import { isId } from '../core/ids.js';
import { problem, type Problem } from '../core/problem.js';

/** A formula's "text" literals (\" and \\ escaped within), an unclosed one running to the end. */
const TEXTS = /"(?:[^"\\]|\\.)*(?:"|$)/g;

/** At most this many labels are named in one problem. */
const MOST = 3;

/**
 * The problem for a formula that does not parse because it writes fields' labels where their
 * ids go: each label found (longest first, none inside another found), with the id to write;
 * undefined when the formula holds no label that is not also an id.
 *
 * @example
 * labelsWritten('负债总额 / 资产总额', catalog, '/fields/3/formula')?.messageZh
 * // '“负债总额”“资产总额”是字段的名称：公式中请写字段 ID，即 total_liabilities、total_assets（可用“插入字段”选择）。'
 */
export function labelsWritten(source: string, catalog: FieldCatalog, path: string): Problem | undefined {
  const named: { text: string; id: string }[] = [...catalog.values()].flatMap((f) => (f.label === undefined ? [] : [f.label['zh-CN'], f.label.en].filter((t) => t.trim() !== '' && !isId(t)).map((text) => ({ text, id: f.id }))));
  // A label inside a "text" is the text's business, not a field named.
  const code = source.replace(TEXTS, '""');
  const found: { text: string; id: string }[] = [];
  for (const n of named.sort((a, b) => b.text.length - a.text.length)) {
    if (found.length < MOST && code.includes(n.text) && !found.some((f) => f.text.includes(n.text) || f.id === n.id)) found.push(n);
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => code.indexOf(a.text) - code.indexOf(b.text));
  const ids = found.map((f) => f.id);
  return problem(
    path,
    'formula.label',
    `${found.map((f) => `"${f.text}"`).join(', ')} ${found.length === 1 ? 'is a field’s name' : 'are fields’ names'}: a formula names fields by id, so write ${ids.join(', ')} (or pick ${found.length === 1 ? 'it' : 'them'} from Insert a field).`,
    `${found.map((f) => `“${f.text}”`).join('')}是字段的名称：公式中请写字段 ID，即 ${ids.join('、')}（可用“插入字段”选择）。`,
  );
}
