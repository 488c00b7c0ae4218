/** @module A form per action kind, mirroring the engine's action registry: a kind without a form fails to compile. */
import { closableTasks, FREEZE_SCOPES, taskActionIds } from '@heng/engine';
import type { Action, ActionKind, AddFlagAction, CallWebhookAction, CloseTasksAction, CreateTaskAction, FreezeAction, FreezeScope, NotifyAction, RemoveFlagAction, StartFlowAction, UnfreezeAction } from '@heng/engine';
import { Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { closingTasksOf } from '../ops/ruleset-actions.js';
import { Labelled, RecipientInput, TargetSelect, TemplateInput } from './action-inputs.js';
import { useRuleEditor } from './editor-context.js';
import { nameAndId } from './name-and-id.js';
import { SetFieldForm } from './set-field-form.js';

/** What the form of one action gets: the action, its pointer, and a way to replace it (`key` names the input, so typing undoes as one step). */
export interface ActionFormProps<A extends Action> {
  readonly action: A;
  readonly path: string;
  readonly onChange: (next: A, key?: string) => void;
}

export type ActionForm<A extends Action> = (props: ActionFormProps<A>) => ReactNode;

function FlagForm<A extends AddFlagAction | RemoveFlagAction>({ action, path, onChange }: ActionFormProps<A>) {
  const { t } = useTranslation();
  const { problems } = useRuleEditor();
  const { on: _on, ...rest } = action;
  return (
    <div className="hr-action-grid">
      <Labelled label={t('ruleEditor.actions.flag')}>
        <Input size="small" className="heng-mono" aria-label={t('ruleEditor.actions.flag')} status={statusOf(problemsUnder(problems, `${path}/flag`))} value={action.flag} onChange={(e) => onChange({ ...action, flag: e.target.value }, 'flag')} />
      </Labelled>
      <TargetSelect label={t('ruleEditor.actions.on')} value={action.on} path={`${path}/on`} onChange={(on) => onChange((on === undefined ? rest : { ...rest, on }) as A)} />
    </div>
  );
}

const NO_LABEL = { 'zh-CN': '', en: '' } as const;

/** A flag to add, with the label people see it by in both languages (left empty, they see the flag itself). */
function AddFlagForm(props: ActionFormProps<AddFlagAction>) {
  const { t } = useTranslation();
  const { problems } = useRuleEditor();
  const { action, path, onChange } = props;
  const { label: _label, ...unlabelled } = action;
  return (
    <>
      <FlagForm {...props} />
      <div className="hr-action-grid">
        <Labelled label={t('ruleEditor.actions.flagLabel')} basis={320}>
          <LocalizedInput
            label={t('ruleEditor.actions.flagLabel')}
            value={action.label ?? NO_LABEL}
            status={statusOf(problemsUnder(problems, `${path}/label`))}
            onChange={(label) => onChange(label['zh-CN'] === '' && label.en === '' ? unlabelled : { ...action, label }, 'flagLabel')}
          />
        </Labelled>
      </div>
    </>
  );
}

function NotifyForm({ action, path, onChange }: ActionFormProps<NotifyAction>) {
  const { t } = useTranslation();
  return (
    <div className="hr-action-grid">
      <RecipientInput label={t('ruleEditor.actions.to')} value={action.to} path={`${path}/to`} onChange={(to, key) => onChange({ ...action, to }, key)} />
      <TemplateInput label={t('ruleEditor.actions.message')} value={action.message} path={`${path}/message`} onChange={(message, key) => onChange({ ...action, message }, key)} />
    </div>
  );
}

function TaskForm({ action, path, onChange }: ActionFormProps<CreateTaskAction>) {
  const { t } = useTranslation();
  const { problems } = useRuleEditor();
  return (
    <div className="hr-action-grid">
      <RecipientInput label={t('ruleEditor.actions.assignee')} value={action.assignee} path={`${path}/assignee`} onChange={(assignee, key) => onChange({ ...action, assignee }, key)} />
      <Labelled label={t('ruleEditor.actions.due')} grow={0} basis={120}>
        <InputNumber
          size="small"
          min={0}
          max={3650}
          precision={0}
          suffix={t('ruleEditor.actions.days')}
          aria-label={t('ruleEditor.actions.due')}
          status={statusOf(problemsAt(problems, `${path}/dueInDays`))}
          value={action.dueInDays}
          onChange={(v) => onChange({ ...action, dueInDays: typeof v === 'number' ? v : 0 }, 'due')}
        />
      </Labelled>
      <TemplateInput label={t('ruleEditor.actions.title')} value={action.title} path={`${path}/title`} onChange={(title, key) => onChange({ ...action, title }, key)} />
    </div>
  );
}

/** Why the tasks close, and which: those of the picked task actions (this rule set's, and the other published rule sets' on its form), or all. */
function CloseTasksForm({ action, path, onChange }: ActionFormProps<CloseTasksAction>) {
  const { t } = useTranslation();
  const { problems, def, ctx, taskText } = useRuleEditor();
  // This rule set's task actions, and those of the others on its form once they are read.
  const offered = [...(closableTasks(def, ctx) ?? taskActionIds(def))].sort();
  return (
    <div className="hr-action-grid">
      <Labelled label={t('ruleEditor.actions.closedTasks')} basis={240} grow={2}>
        <Select
          size="small"
          mode="tags"
          showSearch={{ optionFilterProp: ['label', 'value'] }}
          aria-label={t('ruleEditor.actions.closedTasks')}
          placeholder={t('ruleEditor.actions.allTasks')}
          status={statusOf(problemsUnder(problems, `${path}/actions`))}
          value={[...(action.actions ?? [])]}
          options={offered.map((id) => ({ value: id, label: taskText(id) }))}
          optionRender={nameAndId}
          onChange={(ids: string[]) => onChange(closingTasksOf(action, ids))}
        />
      </Labelled>
      <TemplateInput label={t('ruleEditor.actions.reason')} value={action.reason} path={`${path}/reason`} onChange={(reason, key) => onChange({ ...action, reason }, key)} />
      <span className="heng-muted">{t('ruleEditor.actions.closedTasksHint')}</span>
    </div>
  );
}

function FlowForm({ action, path, onChange }: ActionFormProps<StartFlowAction>) {
  const { t } = useTranslation();
  const { problems, ctx, flows, lang } = useRuleEditor();
  return (
    <div className="hr-action-grid">
      <Labelled label={t('ruleEditor.actions.flow')}>
        <Select
          size="small"
          aria-label={t('ruleEditor.actions.flow')}
          status={statusOf(problemsAt(problems, `${path}/flow`))}
          notFoundContent={t('ruleEditor.actions.noFlows')}
          value={action.flow === '' ? undefined : action.flow}
          options={[...ctx.flows].sort().map((id) => ({ value: id, label: flows.find((f) => f.id === id)?.name[lang] ?? id }))}
          optionRender={nameAndId}
          onChange={(flow: string) => onChange({ ...action, flow })}
        />
      </Labelled>
    </div>
  );
}

/** Freezing and lifting a freeze take the same scope and target; only a freeze gives its reason. */
function FreezeForm<A extends FreezeAction | UnfreezeAction>({ action, path, onChange }: ActionFormProps<A>) {
  const { t } = useTranslation();
  const { on: _on, ...rest } = action;
  return (
    <div className="hr-action-grid">
      <Labelled label={t('ruleEditor.actions.scope')}>
        <Select size="small" aria-label={t('ruleEditor.actions.scope')} value={action.scope} options={FREEZE_SCOPES.map((s) => ({ value: s, label: t(`ruleEditor.actions.scopes.${s}`) }))} onChange={(scope: FreezeScope) => onChange({ ...action, scope })} />
      </Labelled>
      <TargetSelect label={t('ruleEditor.actions.on')} value={action.on} path={`${path}/on`} onChange={(on) => onChange((on === undefined ? rest : { ...rest, on }) as A)} />
      {action.kind === 'freeze' && <TemplateInput label={t('ruleEditor.actions.reason')} value={action.reason} path={`${path}/reason`} onChange={(reason, key) => onChange({ ...action, reason }, key)} />}
    </div>
  );
}

function WebhookForm({ action, path, onChange }: ActionFormProps<CallWebhookAction>) {
  const { t } = useTranslation();
  const { problems, facts, fieldText } = useRuleEditor();
  return (
    <div className="hr-action-grid">
      <Labelled label={t('ruleEditor.actions.url')} basis={240} grow={2}>
        <Input size="small" className="heng-mono" aria-label={t('ruleEditor.actions.url')} status={statusOf(problemsAt(problems, `${path}/url`))} value={action.url} onChange={(e) => onChange({ ...action, url: e.target.value }, 'url')} />
      </Labelled>
      <Labelled label={t('ruleEditor.actions.payload')} basis={240} grow={2}>
        <Select
          size="small"
          mode="multiple"
          aria-label={t('ruleEditor.actions.payload')}
          status={statusOf(problemsUnder(problems, `${path}/fields`))}
          value={[...action.fields]}
          showSearch={{ optionFilterProp: 'label' }}
          options={[...facts.values()].filter((f) => f.kind !== 'table').map((f) => ({ value: f.id, label: fieldText(f.id) }))}
          onChange={(fields: string[]) => onChange({ ...action, fields })}
        />
      </Labelled>
      <span className="heng-muted">{t('ruleEditor.actions.payloadHint')}</span>
    </div>
  );
}

/**
 * The form of each action kind.
 *
 * @example
 * const Form = actionForms[action.kind] as ActionForm<Action>;
 */
export const actionForms: { readonly [K in ActionKind]: ActionForm<Extract<Action, { kind: K }>> } = {
  set_field: SetFieldForm,
  add_flag: AddFlagForm,
  remove_flag: FlagForm,
  notify: NotifyForm,
  create_task: TaskForm,
  close_tasks: CloseTasksForm,
  start_flow: FlowForm,
  freeze: FreezeForm,
  unfreeze: FreezeForm,
  call_webhook: WebhookForm,
};
