/** @module The route simulator: a sample application typed in, the route it takes and who each node would ask. */
import { compileFlow, simulateRoute } from '@heng/engine';
import type { FlowDefinition, FlowRecord, RouteStep, SimulatedRoute } from '@heng/engine';
import { Alert, Button, Card, Flex, Radio, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ValueInput } from '../components/value-input.js';
import { findLane, findNode } from '../ops/flow-tree.js';
import { sampleDirectory } from '../samples/credit-approval.js';
import { optionLabel } from '../scorecard/fields.js';
import { useFlow } from './flow-context.js';

/** Select fields with at most this many options are picked from buttons: one click, all choices in sight. */
const FEW = 6;

/** The sample a new simulator starts from. */
export const SAMPLE_APPLICATION: FlowRecord = { customer: '闽江机械', grade: 'A', amount: 400000, salesperson: 'zhou' };

/** The route of `record`, or undefined while the flow has problems (a broken flow cannot be compiled faithfully). */
export function routeOf(def: FlowDefinition, record: FlowRecord, valid: boolean): SimulatedRoute | undefined {
  return valid ? simulateRoute(compileFlow(def), record, sampleDirectory, 'li') : undefined;
}

function StepText({ step }: { readonly step: RouteStep }) {
  const { t } = useTranslation();
  const { def, lang } = useFlow();
  const list = (people: readonly string[] | undefined) => (people ?? []).join(lang === 'zh-CN' ? '、' : ', ');
  if (step.kind === 'branch') {
    const lane = findLane(def, step.branchId);
    return <>{t('flow.sim.takes', { branch: (lane?.branch ?? lane?.node.otherwise)?.name[lang] ?? step.branchId })}</>;
  }
  const name = findNode(def, step.nodeId)?.name[lang] ?? step.nodeId;
  const who = step.kind === 'approver' && step.whenEmpty !== undefined ? t('flow.sim.nobody', { policy: t(`flow.emptyPolicies.${step.whenEmpty}`) }) : list(step.kind === 'approver' ? step.approvers : step.to);
  return (
    <>
      <Typography.Text strong>{name}</Typography.Text>
      <div>{step.kind === 'approver' ? t('flow.sim.asks', { mode: t(`flow.modeShort.${step.mode}`), who }) : t('flow.sim.copies', { who })}</div>
    </>
  );
}

export interface SimulatorPanelProps {
  readonly record: FlowRecord;
  readonly onRecord: (r: FlowRecord) => void;
  readonly route: SimulatedRoute | undefined;
}

/** Inputs for the sample, then the route as a timeline. */
export function SimulatorPanel({ record, onRecord, route }: SimulatorPanelProps) {
  const { t } = useTranslation();
  const { form, catalog, grades, lang } = useFlow();
  const set = (id: string, v: unknown) => {
    const { [id]: _old, ...rest } = record;
    onRecord(v === undefined ? rest : { ...rest, [id]: v });
  };
  return (
    <Card size="small" title={t('flow.sim.title')} className="hf-sim" data-testid="flow-simulator">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('flow.sim.hint')}
      </Typography.Paragraph>
      <div className="heng-sample-grid">
        {form.fields.map((f) => {
          const info = catalog.get(f.id);
          if (info === undefined || f.id === 'approved_amount') return null;
          const few = info.options !== undefined && info.options.length <= FEW;
          return (
            <label key={f.id} className="heng-sample-field" style={few ? { gridColumn: '1 / -1' } : undefined}>
              <span className="heng-ellipsis">{f.label[lang]}</span>
              {few ? (
                <Radio.Group
                  aria-label={f.label[lang]}
                  size="small"
                  optionType="button"
                  buttonStyle="solid"
                  value={record[f.id]}
                  options={(info.options ?? []).map((o) => ({ value: o, label: optionLabel(form, f.id, o, lang) }))}
                  onChange={(e) => onRecord({ ...record, [f.id]: e.target.value as unknown })}
                />
              ) : (
                <ValueInput field={info} form={form} grades={grades} label={f.label[lang]} value={record[f.id]} allowClear onChange={(v) => set(f.id, v)} />
              )}
            </label>
          );
        })}
      </div>
      <Flex justify="flex-end">
        <Button size="small" type="link" onClick={() => onRecord(SAMPLE_APPLICATION)}>
          {t('flow.sim.reset')}
        </Button>
      </Flex>
      <div className="heng-label">{t('flow.sim.route')}</div>
      {route === undefined ? (
        <Alert type="warning" showIcon title={t('flow.sim.blocked')} />
      ) : (
        <>
          <Timeline
            data-testid="flow-route"
            items={route.steps.map((s) => ({ key: s.kind === 'branch' ? `${s.nodeId}:${s.branchId}` : s.nodeId, color: s.kind === 'approver' ? 'orange' : s.kind === 'copy' ? 'blue' : 'green', content: <StepText step={s} /> }))}
          />
          <Alert type={route.outcome === 'approved' ? 'success' : 'error'} showIcon title={t(`flow.sim.${route.outcome}`)} />
        </>
      )}
    </Card>
  );
}
