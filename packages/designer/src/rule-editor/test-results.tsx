/** @module A test run's answer: how many rules fire, and per rule in run order its trace and the effects it would apply. */
import type { RuleTrace } from '@heng/engine';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRuleEditor } from './editor-context.js';
import { EffectText } from './effect-text.js';
import type { TestOutcome } from './test-run.js';
import { TraceView } from './trace-view.js';

type Ran = Extract<TestOutcome, { kind: 'ran' }>;

/** Every rule's outcome; rules left out for their problems are named at the end. */
export function TestResults({ outcome }: { readonly outcome: Ran }) {
  const { t } = useTranslation();
  const { def, lang } = useRuleEditor();
  const { trace, effects } = outcome.result;
  const fired = trace.filter((r) => r.fired).length;
  const name = (id: string) => def.rules.find((r) => r.id === id)?.name[lang] ?? id;
  return (
    <div className="heng-stack">
      <Typography.Text strong data-testid="rule-test-summary">
        {t('ruleEditor.test.summary', { fired, count: def.rules.length })}
      </Typography.Text>
      {trace.map((r) => (
        <RuleOutcome key={r.rule} trace={r} name={name(r.rule)} effects={effects.filter((e) => e.rule === r.rule)} />
      ))}
      {outcome.untested.map((id) => (
        <div key={id} className="hr-outcome" data-testid={`test-rule-${id}`} data-fired="untested">
          <Typography.Text strong>{name(id)}</Typography.Text>
          <div className="heng-muted">{t('ruleEditor.test.untested')}</div>
        </div>
      ))}
    </div>
  );
}

function RuleOutcome({ trace, name, effects }: { readonly trace: RuleTrace; readonly name: string; readonly effects: Ran['result']['effects'] }) {
  const { t } = useTranslation();
  return (
    <div className={`hr-outcome${trace.fired ? ' is-fired' : ''}`} data-testid={`test-rule-${trace.rule}`} data-fired={String(trace.fired)}>
      <div className="hr-outcome-head">
        <Typography.Text strong className="heng-ellipsis">
          {name}
        </Typography.Text>
        <Tag color={trace.fired ? 'success' : 'default'}>{t(trace.fired ? 'ruleEditor.test.fired' : 'ruleEditor.test.notFired')}</Tag>
      </div>
      <TraceView node={trace.conditions} />
      {trace.fired && (
        <div className="hr-effects">
          <div className="heng-muted">{t('ruleEditor.test.effects')}</div>
          {effects.length === 0 ? (
            <div className="heng-muted">{t('ruleEditor.test.noEffects')}</div>
          ) : (
            <ol>
              {effects.map((e) => (
                <li key={e.action} data-effect={e.kind}>
                  <EffectText effect={e} />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
