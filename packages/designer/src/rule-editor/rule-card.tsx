/** @module One rule: drag handle, name, priority and run order; its conditions ("when") and actions ("then"). */
import { CopyOutlined, DeleteOutlined, DownOutlined, HolderOutlined, RightOutlined, WarningFilled } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS as DndCss } from '@dnd-kit/utilities';
import { MAX_PRIORITY } from '@heng/engine';
import type { Rule } from '@heng/engine';
import { Button, InputNumber, Popconfirm, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { ruleSetPath } from '../ops/ruleset-problems.js';
import { duplicateRule, removeRule, setRuleConditions, setRuleName, setRulePriority } from '../ops/ruleset-rules.js';
import { ActionList } from './action-list.js';
import { useRuleEditor } from './editor-context.js';

const COPY = { 'zh-CN': '（副本）', en: ' (copy)' };

/** A sortable card for one rule. */
export function RuleCard({ rule, runsAs }: { readonly rule: Rule; readonly runsAs: number }) {
  const { t } = useTranslation();
  const { def, apply, problems, lang, form, facts, fieldText, optionText, folded, fold } = useRuleEditor();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: rule.id });
  const path = ruleSetPath(def, rule.id) ?? '';
  const count = problemsUnder(problems, path).length;
  const name = rule.name[lang];
  const isFolded = folded.has(rule.id);
  const own = problemsAt(problems, path).concat(problemsUnder(problems, `${path}/id`), problemsUnder(problems, `${path}/name`), problemsAt(problems, `${path}/priority`));

  return (
    <div
      ref={setNodeRef}
      role="listitem"
      data-rule={rule.id}
      className={`hr-rule${isDragging ? ' is-dragging' : ''}${count > 0 ? ' has-problem' : ''}`}
      style={{ transform: DndCss.Transform.toString(transform), transition }}
    >
      <div className="hr-rule-head">
        <button type="button" ref={setActivatorNodeRef} className="heng-drag-handle" aria-label={t('ruleEditor.rules.dragHandle', { name })} {...attributes} {...listeners}>
          <HolderOutlined />
        </button>
        <Button
          size="small"
          type="text"
          icon={isFolded ? <RightOutlined /> : <DownOutlined />}
          aria-label={t(isFolded ? 'ruleEditor.rules.expand' : 'ruleEditor.rules.collapse', { name })}
          aria-expanded={!isFolded}
          onClick={() => fold(rule.id, !isFolded)}
        />
        <div className="hr-rule-name">
          <LocalizedInput value={rule.name} status={statusOf(problemsUnder(problems, `${path}/name`))} onChange={(n) => apply((d) => setRuleName(d, rule.id, n), `rule:${rule.id}:name`)} />
        </div>
        <Tooltip title={t('ruleEditor.rules.priorityHint')}>
          <InputNumber
            size="small"
            className="hr-priority"
            min={1}
            max={MAX_PRIORITY}
            precision={0}
            prefix={<span className="heng-muted">{t('ruleEditor.rules.priority')}</span>}
            aria-label={t('ruleEditor.rules.priority')}
            status={statusOf(problemsAt(problems, `${path}/priority`))}
            placeholder="1"
            value={rule.priority ?? null}
            onChange={(v) => apply((d) => setRulePriority(d, rule.id, typeof v === 'number' ? v : undefined), `rule:${rule.id}:priority`)}
          />
        </Tooltip>
        <Tag className="hr-runs" data-testid={`runs-${rule.id}`}>
          {t('ruleEditor.rules.runs', { n: runsAs })}
        </Tag>
        {count > 0 && (
          <Tooltip title={t('problems.count', { count })}>
            <WarningFilled className="heng-danger" aria-label={t('problems.count', { count })} />
          </Tooltip>
        )}
        <Tooltip title={t('ruleEditor.rules.duplicate', { name })}>
          <Button size="small" type="text" icon={<CopyOutlined />} aria-label={t('ruleEditor.rules.duplicate', { name })} onClick={() => apply((d) => duplicateRule(d, rule.id, COPY)?.def ?? d)} />
        </Tooltip>
        <Popconfirm title={t('ruleEditor.rules.removeConfirm', { name })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removeRule(d, rule.id))}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('ruleEditor.rules.remove', { name })} />
        </Popconfirm>
      </div>
      {!isFolded && (
        <div className="hr-rule-body">
          <div className="heng-label">{t('ruleEditor.rules.when')}</div>
          <ConditionBuilder
            value={rule.conditions}
            onChange={(c, key) => apply((d) => setRuleConditions(d, rule.id, c), key)}
            catalog={facts}
            form={form}
            grades={[]}
            problems={problems}
            path={`${path}/conditions`}
            factLabel={fieldText}
            optionText={optionText}
          />
          <div className="heng-label" style={{ marginTop: 10 }}>
            {t('ruleEditor.rules.then')}
          </div>
          <ActionList rule={rule} path={path} />
        </div>
      )}
      <FieldProblems problems={own} />
    </div>
  );
}
