/** @module When the rules run: the trigger's kind and what each kind asks for (changed fields, a scorecard, a schedule). */
import { TRIGGER_KINDS, triggerFacts, triggerSpecs } from '@heng/engine';
import type { TriggerKind } from '@heng/engine';
import { Card, Flex, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { setScorecard, setTriggerKind, setUpdatedFields } from '../ops/ruleset-trigger.js';
import { useRuleEditor } from './editor-context.js';
import { nameAndId } from './name-and-id.js';
import { ScheduleInputs } from './schedule-inputs.js';

/** The trigger, with the facts it lets rules use. */
export function TriggerCard() {
  const { t } = useTranslation();
  const { def, apply, problems, lang, ctx, form, catalog, fieldText, scorecards: named } = useRuleEditor();
  const trigger = def.trigger;
  // Only the scorecards of the rule set's form: another form's scores never change one of its records.
  const scorecards = [...ctx.scorecards].filter(([, card]) => card.form === def.form).map(([id]) => id).sort();
  // One named before the filter (another form's) stays shown by its name, beside its problem.
  const offered = trigger.kind === 'score_changed' && trigger.scorecard !== '' && !scorecards.includes(trigger.scorecard) ? [...scorecards, trigger.scorecard] : scorecards;
  const scorecardName = (id: string) => named.find((s) => s.id === id)?.name[lang] ?? id;
  const facts = triggerFacts(trigger, catalog, ctx).map((f) => f.id);
  return (
    <Card size="small" title={t('ruleEditor.trigger.title')} data-testid="rule-trigger" className={problemsUnder(problems, '/trigger').length > 0 ? 'has-problem' : undefined}>
      <div className="heng-stack">
        <Flex gap={12} wrap align="flex-start">
          <label className="hr-field" style={{ flex: '0 0 200px' }}>
            <span className="heng-muted">{t('ruleEditor.trigger.kind')}</span>
            <Select
              aria-label={t('ruleEditor.trigger.kind')}
              value={trigger.kind}
              options={TRIGGER_KINDS.map((k) => ({ value: k, label: triggerSpecs[k].label[lang] }))}
              onChange={(k: TriggerKind) => apply((d) => setTriggerKind(d, k, scorecards))}
            />
          </label>
          {trigger.kind === 'record_updated' && (
            <label className="hr-field" style={{ flex: '1 1 260px' }}>
              <span className="heng-muted">{t('ruleEditor.trigger.fields')}</span>
              <Select
                mode="multiple"
                allowClear
                aria-label={t('ruleEditor.trigger.fields')}
                placeholder={t('ruleEditor.trigger.anyField')}
                status={statusOf(problemsUnder(problems, '/trigger/fields'))}
                value={[...(trigger.fields ?? [])]}
                showSearch={{ optionFilterProp: 'label' }}
                options={form.fields.map((f) => ({ value: f.id, label: f.label[lang] }))}
                onChange={(fields: string[]) => apply((d) => setUpdatedFields(d, fields))}
              />
            </label>
          )}
          {trigger.kind === 'score_changed' && (
            <label className="hr-field" style={{ flex: '1 1 220px' }}>
              <span className="heng-muted">{t('ruleEditor.trigger.scorecard')}</span>
              <Select
                aria-label={t('ruleEditor.trigger.scorecard')}
                status={statusOf(problemsAt(problems, '/trigger/scorecard'))}
                value={trigger.scorecard === '' ? undefined : trigger.scorecard}
                notFoundContent={t('ruleEditor.trigger.noScorecards', { form: form.name[lang] })}
                options={offered.map((id) => ({ value: id, label: scorecardName(id) }))}
                optionRender={nameAndId}
                onChange={(id: string) => apply((d) => setScorecard(d, id))}
              />
            </label>
          )}
        </Flex>
        {trigger.kind === 'schedule' && <ScheduleInputs trigger={trigger} />}
        <Flex gap={6} wrap align="center">
          <span className="heng-muted">{t('ruleEditor.trigger.facts')}</span>
          {facts.map((id) => (
            <Tag key={id}>{fieldText(id)}</Tag>
          ))}
        </Flex>
        <FieldProblems problems={problemsAt(problems, '/trigger').concat(problemsUnder(problems, '/trigger/fields'), problemsAt(problems, '/trigger/scorecard'), problemsAt(problems, '/form'))} />
      </div>
    </Card>
  );
}
