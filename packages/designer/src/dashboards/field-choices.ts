/** @module The fields a chart may name, as the editor offers them: its form's own, and one reference field away. */
import { parsePointer, scoreColumns } from '@heng/engine';
import type { DashboardDefinition, FieldInfo, FormDefinition, ReferenceContext, ValueKind } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/** A field to pick: what the definition holds (`region` or `customer.region`), its label and catalog entry. */
export interface ChartField {
  readonly value: string;
  readonly label: string;
  readonly info: FieldInfo;
}

/** Kinds a chart groups by: one value per record (not a multi-select or a sub-table). */
export const GROUP_KINDS: readonly ValueKind[] = ['text', 'number', 'boolean', 'date', 'datetime'];

const labelOf = (form: FormDefinition | undefined, id: string, lang: Lang) => form?.fields.find((f) => f.id === id)?.label[lang] ?? id;

/**
 * The fields of `formId` whose kind is in `kinds`, in form order, then its scorecards' score and
 * grade columns (`score:credit_score`) of those kinds; with `through`, also those of
 * each form a reference field points at (`customer.region`, labelled "Customer › Region").
 *
 * @example
 * chartFields('receivable', forms, ctx, GROUP_KINDS, 'en', true).map((f) => f.value) // ['invoice_no', 'customer', ..., 'customer.region', ...]
 */
export function chartFields(formId: string, forms: ReadonlyMap<string, FormDefinition>, ctx: ReferenceContext, kinds: readonly ValueKind[], lang: Lang, through: boolean): ChartField[] {
  const form = forms.get(formId);
  const catalog = ctx.forms.get(formId);
  if (form === undefined || catalog === undefined) return [];
  const order = new Map(form.fields.map((f, i) => [f.id, i]));
  const own = [...catalog.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  const out: ChartField[] = own.filter((i) => kinds.includes(i.kind)).map((info) => ({ value: info.id, label: labelOf(form, info.id, lang), info }));
  // Beside the fields, each scorecard's score and grade of the records (评分 · 信用评分卡).
  for (const info of scoreColumns(formId, ctx)) if (kinds.includes(info.kind)) out.push({ value: info.id, label: info.label?.[lang] ?? info.id, info });
  if (!through) return out;
  for (const ref of own.filter((i) => i.type === 'reference' && i.target !== undefined)) {
    const target = ctx.forms.get(ref.target!);
    const targetForm = forms.get(ref.target!);
    for (const info of target?.values() ?? []) {
      if (kinds.includes(info.kind)) out.push({ value: `${ref.id}.${info.id}`, label: `${labelOf(form, ref.id, lang)} › ${labelOf(targetForm, info.id, lang)}`, info });
    }
  }
  return out;
}

/**
 * The id of the chart a problem's path is in (`/charts/2/metric/field` → the third chart's id).
 *
 * @example
 * chartOfProblem(def, '/charts/0/groupBy/field') // 'grades'
 */
export function chartOfProblem(def: DashboardDefinition, path: string): string | undefined {
  const [head, index] = parsePointer(path);
  if (head !== 'charts' || index === undefined) return undefined;
  return def.charts[Number(index)]?.id;
}
