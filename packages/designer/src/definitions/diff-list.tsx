/** @module A diff as a list a person reads: what was added, removed, changed or moved, where, from what to what. */
import { ArrowRightOutlined } from '@ant-design/icons';
import { ACTION_KINDS, KIND_ORDER, TRIGGER_KINDS, actionSpecs, formCatalog, triggerSpecs } from '@heng/engine';
import type { ActionKind, ApproverSpec, Condition, DefinitionKind, FormDefinition, ScorecardDefinition, TriggerKind } from '@heng/engine';
import { Empty, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../api/definition-types.js';
import { describeCondition, describeWho } from '../flow/describe.js';
import { scoreLabels } from '../flow/scorecard-setting.js';
import { en } from '../i18n/en.js';
import { useLang } from '../i18n/use-lang.js';
import { bandName } from '../scorecard/band-name.js';
import { fieldLabel, optionLabel } from '../scorecard/fields.js';
import type { CompanyContext } from './context.js';
import { diffRows } from './diff-rows.js';
import type { DiffWords } from './diff-rows.js';

const COLORS = { add: 'green', remove: 'red', replace: 'blue', move: 'purple' } as const;

type KeyName = keyof typeof en.definitions.diff.keys;
const isKeyName = (k: string): k is KeyName => Object.hasOwn(en.definitions.diff.keys, k);

const isDefinitionKind = (k: string): k is DefinitionKind => (KIND_ORDER as readonly string[]).includes(k);
const isTriggerKind = (k: string): k is TriggerKind => (TRIGGER_KINDS as readonly string[]).includes(k);
const isActionKind = (k: string): k is ActionKind => (ACTION_KINDS as readonly string[]).includes(k);

/** The form whose fields a definition names: a form's own, else the published form it is on. */
function formOf(def: unknown, forms: CompanyContext['forms']): FormDefinition | undefined {
  if (typeof def !== 'object' || def === null) return undefined;
  const { kind, form } = def as { readonly kind?: unknown; readonly form?: unknown };
  return kind === 'form' ? (def as FormDefinition) : typeof form === 'string' ? forms.get(form) : undefined;
}

/** The scorecard a flow's branches read `score` and `grade` of, when it names a published one. */
function cardOf(def: unknown, company: CompanyContext): ScorecardDefinition | undefined {
  if (typeof def !== 'object' || def === null) return undefined;
  const { kind, scorecard } = def as { readonly kind?: unknown; readonly scorecard?: unknown };
  return kind === 'flow' && typeof scorecard === 'string' ? company.scorecardDefinitions.find((s) => s.id === scorecard) : undefined;
}

/** The changes, `after` being the definition they lead to; fields, options and roles named as `company` names them. */
export function DiffList({ changes, after, company }: { readonly changes: readonly Change[]; readonly after: unknown; readonly company: CompanyContext }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = useMemo(() => {
    const form = formOf(after, company.forms);
    const catalog = form === undefined ? undefined : formCatalog(form);
    const labels = scoreLabels(cardOf(after, company), t, lang);
    const words: DiffWords = {
      key: (k) => (isKeyName(k) ? t(`definitions.diff.keys.${k}`) : k),
      position: (n) => t('definitions.diff.position', { n }),
      count: (count) => t('definitions.diff.count', { count }),
      yes: t('common.yes'),
      no: t('common.no'),
      // A flow reading a scorecard names its score, grade and grades as the scorecard does, over form fields of those ids.
      field: (id) => labels.factLabel?.(id) ?? (form === undefined ? id : fieldLabel(form, id, lang)),
      option: (field, value) => labels.optionText?.(field, value) ?? (form === undefined ? value : optionLabel(form, field, value, lang)),
      role: (id) => company.roles.find((r) => r.id === id)?.name[lang] ?? id,
      named: (name, id) => t('definitions.diff.named', { name, id }),
      kind: (k) => (isDefinitionKind(k) ? t(`definitions.kinds.${k}`) : k),
      trigger: (tr) => {
        const kind = tr['kind'] as string;
        const fields = Array.isArray(tr['fields']) ? tr['fields'].filter((f): f is string => typeof f === 'string') : [];
        const label = isTriggerKind(kind) ? triggerSpecs[kind].label[lang] : kind;
        return fields.length === 0 ? label : t('definitions.diff.triggerFields', { trigger: label, fields: fields.map((f) => words.field(f)).join(lang === 'zh-CN' ? '、' : ', ') });
      },
      action: (kind) => (isActionKind(kind) ? actionSpecs[kind].label[lang] : kind),
      definition: (key, id) => (key === 'form' ? company.forms.get(id)?.name[lang] : (key === 'scorecard' ? company.scorecards : company.flows).find((d) => d.id === id)?.name[lang]) ?? id,
      // As the flow's cards and the condition builder say them: a flow's grades as its scorecard labels them.
      condition: (c) => (form === undefined ? JSON.stringify(c) : describeCondition(c as unknown as Condition, form, lang, labels)),
      approver: (a) => (form === undefined ? String(a['kind']) : describeWho(a as unknown as ApproverSpec, form, lang, { role: words.role, manager: (count) => t('flow.who.managerLevel', { count }), user: (id) => id })),
      // As the bands editor names it: the bounds in the unit of the field's value (a formula's result), a date's as an age.
      band: (n, band, method) => {
        const num = (k: string) => (typeof band[k] === 'number' ? band[k] : undefined);
        return bandName(n, num('min'), num('max'), typeof method['field'] === 'string' ? catalog?.get(method['field']) : undefined, method['unit'], lang, t);
      },
    };
    return diffRows(changes, after, lang, words);
  }, [changes, after, company, lang, t]);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('definitions.diff.none')} />;
  return (
    <ul className="heng-diff" data-testid="diff-list">
      {rows.map((r) => (
        <li key={r.key} data-op={r.op}>
          <Tag color={COLORS[r.op]}>{t(`definitions.diff.${r.op}`)}</Tag>{' '}
          <Typography.Text strong>{r.where.join(' › ')}</Typography.Text>
          {(r.before !== undefined || r.after !== undefined) && (
            <div className="heng-diff-values">
              {r.before !== undefined && <Typography.Text delete={r.op !== 'move'} type="secondary">{r.before}</Typography.Text>}
              {r.before !== undefined && r.after !== undefined && <ArrowRightOutlined className="heng-muted" />}
              {r.after !== undefined && <Typography.Text>{r.after}</Typography.Text>}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
