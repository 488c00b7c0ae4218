/** @module A rule's actions in the order their effects apply, each edited by its kind's form, and a menu to add one. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ACTION_KINDS, actionSpecs } from '@heng/engine';
import type { Action, ActionKind, Rule } from '@heng/engine';
import { Button, Dropdown, Flex, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { addAction, moveAction, removeAction, setAction, setActionKind } from '../ops/ruleset-actions.js';
import { actionForms } from './action-forms.js';
import type { ActionForm } from './action-forms.js';
import { useRuleEditor } from './editor-context.js';

/** Every action of `rule` (at `path` in the rule set). */
export function ActionList({ rule, path }: { readonly rule: Rule; readonly path: string }) {
  const { t } = useTranslation();
  const { apply, problems, lang, seed } = useRuleEditor();
  const kinds = ACTION_KINDS.map((k) => ({ key: k, label: actionSpecs[k].label[lang] }));
  return (
    <div className="heng-stack hr-actions">
      {rule.actions.length === 0 && <div className="heng-muted">{t('ruleEditor.actions.empty')}</div>}
      {rule.actions.map((a, j) => (
        <ActionRow key={a.id} rule={rule} action={a} path={`${path}/actions/${j}`} first={j === 0} last={j === rule.actions.length - 1} />
      ))}
      <FieldProblems problems={problemsAt(problems, `${path}/actions`)} />
      <div>
        <Dropdown trigger={['click']} menu={{ items: kinds, onClick: ({ key }) => apply((d) => addAction(d, rule.id, key as ActionKind, seed).def) }}>
          <Button size="small" icon={<PlusOutlined />} data-testid={`add-action-${rule.id}`}>
            {t('ruleEditor.actions.add')}
          </Button>
        </Dropdown>
      </div>
    </div>
  );
}

interface ActionRowProps {
  readonly rule: Rule;
  readonly action: Action;
  readonly path: string;
  readonly first: boolean;
  readonly last: boolean;
}

function ActionRow({ rule, action, path, first, last }: ActionRowProps) {
  const { t } = useTranslation();
  const { apply, problems, lang, seed } = useRuleEditor();
  // TypeScript cannot tie `actionForms[action.kind]` to `action`'s own kind; the registry's type does.
  const Form = actionForms[action.kind] as ActionForm<Action>;
  const mine = problemsUnder(problems, path);
  const neighbour = (step: number) => rule.actions[rule.actions.findIndex((a) => a.id === action.id) + step]?.id;
  const move = (step: number) => {
    const to = neighbour(step);
    if (to !== undefined) apply((d) => moveAction(d, rule.id, action.id, to));
  };
  return (
    <div className={`hr-action${mine.length > 0 ? ' has-problem' : ''}`} data-action={`${rule.id}/${action.id}`}>
      <Flex gap={6} align="center" className="hr-action-head">
        <Select
          size="small"
          style={{ width: 150 }}
          aria-label={t('ruleEditor.actions.kind')}
          value={action.kind}
          options={ACTION_KINDS.map((k) => ({ value: k, label: actionSpecs[k].label[lang] }))}
          onChange={(k: ActionKind) => apply((d) => setActionKind(d, rule.id, action.id, k, seed))}
        />
        <span style={{ flex: 1 }} />
        <Tooltip title={t('ruleEditor.actions.moveUp')}>
          <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={first} aria-label={t('ruleEditor.actions.moveUp')} onClick={() => move(-1)} />
        </Tooltip>
        <Tooltip title={t('ruleEditor.actions.moveDown')}>
          <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={last} aria-label={t('ruleEditor.actions.moveDown')} onClick={() => move(1)} />
        </Tooltip>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('ruleEditor.actions.remove')} onClick={() => apply((d) => removeAction(d, rule.id, action.id))} />
      </Flex>
      <Form action={action} path={path} onChange={(next, key) => apply((d) => setAction(d, rule.id, next), key === undefined ? undefined : `action:${rule.id}:${action.id}:${key}`)} />
      <FieldProblems problems={mine} />
    </div>
  );
}
