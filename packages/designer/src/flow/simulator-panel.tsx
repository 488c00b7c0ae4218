/** @module The route simulator: a sample application typed in or taken from a stored one (less what approvers fill in; a reference a branch tests picked among the records) and who submits it, the route it takes and who each node would ask, by name. */
import { compileFlow, simulateRoute } from '@heng/engine';
import type { Directory, FieldDefinition, FlowDefinition, FlowRecord, FlowScore, FormDefinition, RouteStep, SimulatedRoute } from '@heng/engine';
import { Alert, AutoComplete, Button, Card, Flex, Radio, Select, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueInput } from '../components/value-input.js';
import { approverFields, branchFacts, branchValues, findLane, findNode } from '../ops/flow-tree.js';
import { loadRecord, ReferenceInput, withLookups } from '../renderer/index.js';
import type { Loaded, UserSummary } from '../renderer/index.js';
import { LoadFailed } from '../runtime/common.js';
import { optionLabel } from '../scorecard/fields.js';
import { RecordPicker } from '../components/record-picker.js';
import { branchName } from './describe.js';
import { useFlow } from './flow-context.js';
import { NO_SAMPLE_SCORE, SampleScoreFields, type SampleScore } from './simulator-score.js';
import { nobodyDecides } from './unattended.js';

/** Select fields with at most this many options are picked from buttons: one click, all choices in sight. */
const FEW = 6;

/** The sample a new simulator starts from. */
export const SAMPLE_APPLICATION: FlowRecord = { customer: '闽江机械', grade: 'A', amount: 400000 };

/** The route of `record` (scored `score`, when the flow reads one) submitted by `submitter` among the people of `directory`, or undefined while the flow has problems (a broken flow cannot be compiled faithfully). */
export function routeOf(def: FlowDefinition, record: FlowRecord, valid: boolean, directory: Directory, submitter: string | null, score?: FlowScore): SimulatedRoute | undefined {
  return valid ? simulateRoute(compileFlow(def), record, directory, submitter, score) : undefined;
}

function StepText({ step }: { readonly step: RouteStep }) {
  const { t } = useTranslation();
  const { def, form, lang, labels, userName } = useFlow();
  const list = (people: readonly string[] | undefined) => (people === undefined || people.length === 0 ? t('flow.sim.noOne') : people.map(userName).join(lang === 'zh-CN' ? '、' : ', '));
  if (step.kind === 'branch') {
    const lane = findLane(def, step.branchId);
    const branch = lane?.branch ?? lane?.node.otherwise;
    return <>{t('flow.sim.takes', { branch: branch === undefined ? step.branchId : branchName(branch, form, lang, labels) })}</>;
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

/** The company's users the sample is routed among, and who submits it. */
export interface SimulatorPeople {
  readonly users: Loaded<readonly UserSummary[]>;
  readonly onRetry: () => void;
  readonly submitter: string | null;
  readonly onSubmitter: (id: string) => void;
}

export interface SimulatorPanelProps {
  readonly record: FlowRecord;
  readonly onRecord: Dispatch<SetStateAction<FlowRecord>>;
  readonly route: SimulatedRoute | undefined;
  readonly people: SimulatorPeople;
  /** The sample's score by the flow's scorecard, asked for only when the flow reads one. */
  readonly score: SampleScore;
  readonly onScore: (next: SampleScore) => void;
}

/** A pick among the company's active users, by name. */
function UserSelect({ label, value, users, onChange }: { readonly label: string; readonly value: unknown; readonly users: SimulatorPeople['users']; readonly onChange: (id: string | undefined) => void }) {
  const options = users.status === 'ok' ? users.value.filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName })) : [];
  return (
    <Select aria-label={label} style={{ width: '100%' }} allowClear showSearch={{ optionFilterProp: 'label' }} loading={users.status === 'loading'} options={options} value={typeof value === 'string' ? value : undefined} onChange={(v?: string) => onChange(v)} />
  );
}

type ReferenceField = Extract<FieldDefinition, { type: 'reference' }>;

/**
 * `record` with `field` pointing at the record `id` (none: undefined) and the lookups copied
 * through it as saving would copy them from `source`, that record's data; the other lookups as
 * they are.
 */
function pointedAt(form: FormDefinition, record: FlowRecord, field: ReferenceField, id: string | undefined, source?: Readonly<Record<string, unknown>>): FlowRecord {
  const { [field.id]: _old, ...rest } = record;
  const through = { ...form, fields: form.fields.filter((f) => f.type !== 'lookup' || f.via === field.id) };
  return withLookups(through, id === undefined ? rest : { ...rest, [field.id]: id }, new Map(id === undefined || source === undefined ? [] : [[`${field.target}:${id}`, source]]));
}

/** Who submits the sample, inputs for its fields (its score instead of fields the score shadows), then the route as a timeline. */
export function SimulatorPanel({ record, onRecord, route, people, score, onScore }: SimulatorPanelProps) {
  const { t } = useTranslation();
  const { def, form, catalog, grades, lang, scorecard } = useFlow();
  const shadowed = (id: string) => scorecard !== undefined && (id === 'score' || id === 'grade');
  const approvers = approverFields(def);
  const tested = branchValues(def);
  const read = branchFacts(def);
  // A reset starts the picker afresh: the newest record fills the sample again.
  const [resets, setResets] = useState(0);
  const set = (id: string, v: unknown) => {
    const { [id]: _old, ...rest } = record;
    onRecord(v === undefined ? rest : { ...rest, [id]: v });
  };
  // A record picked empties what the sample copied through the field at once, and fills it from that record (its customer's grade) once it loads.
  const point = (field: ReferenceField, id: string | undefined) => {
    onRecord((r) => pointedAt(form, r, field, id, {}));
    if (id !== undefined) loadRecord(field.target, id).then((rec) => onRecord((r) => (r[field.id] === id ? pointedAt(form, r, field, id, rec.data) : r)), () => undefined);
  };
  return (
    <Card size="small" title={t('flow.sim.title')} className="hf-sim" data-testid="flow-simulator">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('flow.sim.hint')}
      </Typography.Paragraph>
      {people.users.status === 'error' && <LoadFailed error={people.users.error} onRetry={people.onRetry} />}
      <div className="heng-sample-grid">
        <label className="heng-sample-field" style={{ gridColumn: '1 / -1' }}>
          <span className="heng-ellipsis">{t('definitions.records.label')}</span>
          {/* The newest stored record fills a sample nobody has typed into yet. */}
          <RecordPicker key={resets} form={form} empty={record === SAMPLE_APPLICATION} onPick={(values) => onRecord(Object.fromEntries(Object.entries(values).filter(([id]) => !approvers.has(id))))} />
        </label>
        <label className="heng-sample-field" style={{ gridColumn: '1 / -1' }}>
          <span className="heng-ellipsis">{t('flow.sim.submitter')}</span>
          <UserSelect label={t('flow.sim.submitter')} value={people.submitter} users={people.users} onChange={(v) => v !== undefined && people.onSubmitter(v)} />
        </label>
        {form.fields.map((f) => {
          const info = catalog.get(f.id);
          // A reference holds a record id: picked among the records when a branch tests it, else as the sampled record has it.
          if (info === undefined || approvers.has(f.id) || shadowed(f.id) || (f.type === 'reference' && !read.has(f.id))) return null;
          if (f.type === 'reference') {
            return (
              <label key={f.id} className="heng-sample-field" style={{ gridColumn: '1 / -1' }}>
                <span className="heng-ellipsis">{f.label[lang]}</span>
                <ReferenceInput field={f} ariaLabel={f.label[lang]} record={{ form, values: record }} value={record[f.id]} onChange={(v) => point(f, typeof v === 'string' ? v : undefined)} />
              </label>
            );
          }
          const few = info.options !== undefined && info.options.length <= FEW;
          // Text without options (a grade copied from the customer) offers the values the branches test.
          const choices = info.kind === 'text' && info.options === undefined ? (tested.get(f.id) ?? []) : [];
          return (
            <label key={f.id} className="heng-sample-field" style={few ? { gridColumn: '1 / -1' } : undefined}>
              <span className="heng-ellipsis">{f.label[lang]}</span>
              {f.type === 'user' ? (
                <UserSelect label={f.label[lang]} value={record[f.id]} users={people.users} onChange={(v) => set(f.id, v)} />
              ) : few ? (
                <Radio.Group
                  aria-label={f.label[lang]}
                  size="small"
                  optionType="button"
                  buttonStyle="solid"
                  value={record[f.id]}
                  options={(info.options ?? []).map((o) => ({ value: o, label: optionLabel(form, f.id, o, lang) }))}
                  onChange={(e) => onRecord({ ...record, [f.id]: e.target.value as unknown })}
                />
              ) : choices.length > 0 ? (
                <AutoComplete
                  aria-label={f.label[lang]}
                  style={{ width: '100%' }}
                  allowClear
                  options={choices.map((v) => ({ value: v }))}
                  value={typeof record[f.id] === 'string' ? (record[f.id] as string) : undefined}
                  onChange={(v?: string) => set(f.id, v === undefined || v === '' ? undefined : v)}
                />
              ) : (
                <ValueInput field={info} form={form} grades={grades} label={f.label[lang]} value={record[f.id]} allowClear onChange={(v) => set(f.id, v)} />
              )}
            </label>
          );
        })}
        {scorecard !== undefined && <SampleScoreFields card={scorecard} value={score} onChange={onScore} />}
      </div>
      <Flex justify="flex-end">
        <Button size="small" type="link" onClick={() => (onRecord(SAMPLE_APPLICATION), onScore(NO_SAMPLE_SCORE), setResets((n) => n + 1))}>
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
          {nobodyDecides(route) ? (
            <Alert type="warning" showIcon data-testid="flow-route-unattended" title={t('flow.sim.unattended')} />
          ) : (
            <Alert type={route.outcome === 'approved' ? 'success' : 'error'} showIcon title={t(`flow.sim.${route.outcome}`)} />
          )}
        </>
      )}
    </Card>
  );
}
