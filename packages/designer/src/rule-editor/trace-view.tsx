/** @module The engine's trace of one rule: every group and comparison, whether it held, and the value the record had. */
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { operators } from '@heng/engine';
import type { RuleConditionTrace } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { useRuleEditor } from './editor-context.js';
import { displayTypeOf, showValue } from './show-value.js';

type Outcome = 'passed' | 'failed' | 'skipped';

const outcomeOf = (result: boolean | undefined): Outcome => (result === undefined ? 'skipped' : result ? 'passed' : 'failed');

function Mark({ outcome }: { readonly outcome: Outcome }) {
  const { t } = useTranslation();
  const label = t(`ruleEditor.test.${outcome}`);
  if (outcome === 'passed') return <CheckCircleFilled className="hr-pass" aria-label={label} />;
  if (outcome === 'failed') return <CloseCircleFilled className="hr-fail" aria-label={label} />;
  return <MinusCircleOutlined className="heng-muted" aria-label={label} />;
}

/** One node of the trace, and the nodes below it. */
export function TraceView({ node }: { readonly node: RuleConditionTrace }) {
  const { t } = useTranslation();
  const { form, lang, fieldText, optionText } = useRuleEditor();
  const outcome = outcomeOf(node.result);
  if ('all' in node || 'any' in node) {
    const kind = 'all' in node ? 'all' : 'any';
    const children = 'all' in node ? node.all : node.any;
    return (
      <div className="hr-trace-group" data-result={outcome}>
        <div className="hr-trace-head">
          <Mark outcome={outcome} /> {t(`condition.${kind}`)}
          <span className="heng-muted"> · {t(`condition.${kind}Hint`)}</span>
        </div>
        {children.map((c, i) => (
          <TraceView key={i} node={c} />
        ))}
      </div>
    );
  }
  if ('not' in node) {
    return (
      <div className="hr-trace-group" data-result={outcome}>
        <div className="hr-trace-head">
          <Mark outcome={outcome} /> {t('condition.not')}
        </div>
        <TraceView node={node.not} />
      </div>
    );
  }
  const none = t('ruleEditor.test.none');
  const show = (v: unknown) => showValue(node.fact, v, { form, lang, none, ...displayTypeOf(form, node.fact), optionText: (o) => optionText(node.fact, o) });
  const literal = typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value) && 'fact' in node.value ? fieldText(String(node.value.fact)) : show(node.value);
  return (
    <div className="hr-trace-leaf" data-result={outcome} data-fact={node.fact}>
      <Mark outcome={outcome} />
      <span>
        <strong>{fieldText(node.fact)}</strong> {operators[node.operator].label[lang]} {operators[node.operator].value === 'none' ? null : literal}
        {outcome !== 'skipped' && <span className="hr-actual"> — {t('ruleEditor.test.actual', { value: show(node.factValue) })}</span>}
      </span>
    </div>
  );
}
