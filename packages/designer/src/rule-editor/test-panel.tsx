/** @module The test panel: a sample record and what happened to it, run through the engine, with each rule's trace and effects. */
import { compileForm } from '@heng/engine';
import type { CompiledForm, Facts, FieldInfo } from '@heng/engine';
import { Alert, Button, Card, Flex, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../ops/problems.js';
import { isoDate } from '../format/date.js';
import { useRuleEditor } from './editor-context.js';
import { eventFacts, fieldsRead } from './fields-read.js';
import { SampleFields, TodayInput } from './sample-fields.js';
import { TestResults } from './test-results.js';
import { useTestRun } from './use-test-run.js';

/** What a record event starts as: a new record, nothing changed yet. */
const START_EVENT: Facts = { is_new: true, changed_fields: [], changed_by_roles: [] };

function compiled(form: Parameters<typeof compileForm>[0]): CompiledForm | undefined {
  try {
    return compileForm(form);
  } catch {
    // A form with problems cannot compute its formulas: the sample is then used as typed.
    return undefined;
  }
}

/** Inputs above, results below; the rules re-run on every change. */
export function TestPanel() {
  const { t } = useTranslation();
  const { def, problems, form, ctx, catalog, lang } = useRuleEditor();
  const compiledForm = useMemo(() => compiled(form), [form]);
  const defaults = useMemo(() => compiledForm?.initialRecord() ?? {}, [compiledForm]);
  const [record, setRecord] = useState<Facts>(defaults);
  const [event, setEvent] = useState<Facts>(START_EVENT);
  const [today, setToday] = useState(() => isoDate(new Date()));
  const [allFields, setAllFields] = useState(false);

  const read = useMemo(() => fieldsRead(def, form), [def, form]);
  const shown = useMemo(() => {
    if (!allFields) return read;
    const ids = form.fields.filter((f) => f.type !== 'sub_table');
    return { inputs: ids.filter((f) => f.type !== 'formula').map((f) => f.id), computed: ids.filter((f) => f.type === 'formula').map((f) => f.id) };
  }, [allFields, read, form]);
  const inputs = shown.inputs.map((id) => catalog.get(id)).filter((f): f is FieldInfo => f !== undefined);
  const eventInputs = useMemo(() => eventFacts(def.trigger, catalog, ctx), [def.trigger, catalog, ctx]);
  const eventNow = useMemo(() => Object.fromEntries(eventInputs.flatMap((f) => (event[f.id] === undefined ? [] : [[f.id, event[f.id]]]))), [eventInputs, event]);
  const computedValues = useMemo(() => compiledForm?.computeRecord(record, { today }) ?? record, [compiledForm, record, today]);
  const outcome = useTestRun(def, ctx, compiledForm, problems, { record, event: eventNow, today });

  return (
    <Card size="small" title={t('ruleEditor.test.title')} data-testid="rule-test-panel">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('ruleEditor.test.hint')}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div className="heng-label" style={{ margin: 0 }}>
          {t('ruleEditor.test.record')}
        </div>
        <label className="heng-inline heng-muted">
          <Switch size="small" checked={allFields} onChange={setAllFields} />
          {t('ruleEditor.test.allFields')}
        </label>
      </Flex>
      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setRecord(defaults)}>
        {t('ruleEditor.test.reset')}
      </Button>
      {inputs.length === 0 && shown.computed.length === 0 && <div className="heng-muted">{t('ruleEditor.test.noFields')}</div>}
      <SampleFields inputs={inputs} computed={shown.computed} values={record} computedValues={computedValues} onChange={setRecord} testId="sample-record" />
      <div className="heng-label" style={{ marginTop: 12 }}>
        {t('ruleEditor.test.event')}
      </div>
      <div className="heng-sample-grid">
        <TodayInput value={today} onChange={setToday} />
      </div>
      <SampleFields inputs={eventInputs} values={event} onChange={setEvent} testId="sample-event" />
      <div className="hr-results" data-testid="rule-test-results" aria-live="polite">
        {outcome?.kind === 'blocked' && (
          <Alert
            type="warning"
            showIcon
            title={t('ruleEditor.test.blocked')}
            description={
              <ul className="hr-plain-list">
                {outcome.problems.map((p, i) => (
                  <li key={`${p.path}:${i}`}>{problemText(p, lang)}</li>
                ))}
              </ul>
            }
          />
        )}
        {outcome?.kind === 'ran' && <TestResults outcome={outcome} />}
      </div>
    </Card>
  );
}
