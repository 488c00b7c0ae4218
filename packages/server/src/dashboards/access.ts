/** @module Field access on dashboards: a chart that reads a field hidden from the caller is not computed for them. */
import { fieldAccess } from '@heng/engine';
import type { CompiledChart, FieldPath, FormDefinition, LocalizedText } from '@heng/engine';

/** Why a chart is hidden, in both languages. */
export interface HiddenReason {
  readonly en: string;
  readonly zh: string;
}

/**
 * The form and label of the field of `path` (or of the reference field it is read through) when it
 * is hidden from `roles`; undefined when they may see both.
 *
 * @example
 * hiddenField(creditScorePath, 'customer', forms, ['salesperson'])?.label.en // 'Credit score'
 */
export function hiddenField(path: FieldPath, chartForm: string, forms: ReadonlyMap<string, FormDefinition>, roles: readonly string[]): { readonly form: LocalizedText; readonly label: LocalizedText } | undefined {
  const steps = [...(path.via === undefined ? [] : [{ form: chartForm, id: path.via.id }]), { form: path.form, id: path.info.id }];
  for (const step of steps) {
    const form = forms.get(step.form);
    const field = form?.fields.find((f) => f.id === step.id);
    if (form !== undefined && field !== undefined && fieldAccess(field, roles) === 'hidden') return { form: form.name, label: field.label };
  }
  return undefined;
}

/**
 * Why `roles` may not see a chart: the first field it reads (groups, series, metric,
 * condition) that is hidden from all of them; undefined when they may see it.
 *
 * @example
 * hiddenReason(riskNotesChart, forms, ['salesperson'])
 * // { en: 'This chart reads "Risk notes" of Customer, which is hidden from your roles: ask an admin if you need it.', zh: '此图表读取了客户的"风控备注"，…' }
 */
export function hiddenReason(chart: CompiledChart, forms: ReadonlyMap<string, FormDefinition>, roles: readonly string[]): HiddenReason | undefined {
  for (const path of chart.reads) {
    const hidden = hiddenField(path, chart.definition.form, forms, roles);
    if (hidden !== undefined) {
      return {
        en: `This chart reads "${hidden.label.en}" of ${hidden.form.en}, which is hidden from your roles: ask an admin if you need it.`,
        zh: `此图表读取了${hidden.form['zh-CN']}的"${hidden.label['zh-CN']}"，该字段对您的角色不可见：如需查看，请联系管理员。`,
      };
    }
  }
  return undefined;
}
