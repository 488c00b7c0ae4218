/** @module A condition builder for json-rules-engine conditions: all / any / not, nested; fields from the form, operators by field kind. */
import { DeleteOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { operators } from '@heng/engine';
import type { Condition, FactCondition, FieldCatalog, FormDefinition, GradeBand, Operator, Problem } from '@heng/engine';
import { Button, Flex, Segmented, Select, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { addChild, comparisonOn, conditionAt, extendRoot, operatorsFor, pointerOf, removeAt, setFact, setGroupKind, setOperator, setValue, toggleNot } from '../ops/index.js';
import type { Steps } from '../ops/index.js';
import { problemsAt, problemsUnder } from '../ops/index.js';
import { fieldChoices } from '../scorecard/fields.js';
import { FieldProblems, statusOf } from './field-problems.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { ValueInput } from './value-input.js';

/** The kinds of fact a comparison may name (a whole sub-table may not). */
const KINDS = ['number', 'text', 'boolean', 'date', 'datetime', 'list'] as const;

export interface ConditionBuilderProps {
  readonly value: Condition;
  /** `key` names the edited part, so typing into one value undoes as one step. */
  readonly onChange: (next: Condition, key?: string) => void;
  readonly catalog: FieldCatalog;
  readonly form: FormDefinition;
  readonly grades: readonly GradeBand[];
  readonly problems: readonly Problem[];
  /** The condition's JSON Pointer in the definition (`/overrides/0/when`). */
  readonly path: string;
  /** Whether a comparison may name another field as its value (not where the definition takes literals only, as a chart's filter); true unless given. */
  readonly compareFields?: boolean;
  /** Whether 为空 / 不为空 are offered: not in a form's checks, which skip a record while a field they name is empty; true unless given. */
  readonly emptiness?: boolean;
  /** The label of a fact that is not a field of the form (a rule set's `is_new`, `changed_fields`, ...), in the current language. */
  readonly factLabel?: (fact: string) => string | undefined;
  /** The text of an option of `fact` the form has no label for (`changed_fields` holds field ids). */
  readonly optionText?: (fact: string, option: string) => string | undefined;
}

/** The facts to pick from, labelled: the form's fields, then the other facts of the catalog. */
function choicesOf(props: ConditionBuilderProps, lang: Lang) {
  return fieldChoices(props.form, props.catalog, KINDS, lang).map((c) => ({ ...c, label: props.factLabel?.(c.info.id) ?? c.label }));
}

/** The whole tree, editable. A root that is not a group can still be extended or negated. */
export function ConditionBuilder(props: ConditionBuilderProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { value, onChange } = props;
  const grouped = 'all' in value || 'any' in value;
  const first = choicesOf(props, lang)[0];
  return (
    <div>
      <Node {...props} steps={[]} />
      {!grouped && (
        <Flex gap={4} style={{ marginTop: 6 }}>
          <Button size="small" icon={<PlusOutlined />} disabled={first === undefined} onClick={() => first !== undefined && onChange(extendRoot(value, comparisonOn(first.info)))}>
            {t('condition.addComparison')}
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => onChange(extendRoot(value, { any: [] }))}>
            {t('condition.addGroup')}
          </Button>
        </Flex>
      )}
    </div>
  );
}


function Node(props: ConditionBuilderProps & { readonly steps: Steps }) {
  const node = conditionAt(props.value, props.steps);
  if (node === undefined) return null;
  if ('fact' in node) return <Comparison {...props} node={node} />;
  if ('not' in node) return <NotBox {...props} />;
  return <Group {...props} kind={'all' in node ? 'all' : 'any'} count={('all' in node ? node.all : node.any).length} />;
}

function Group(props: ConditionBuilderProps & { readonly steps: Steps; readonly kind: 'all' | 'any'; readonly count: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { value, onChange, steps, kind, count } = props;
  const first = choicesOf(props, lang)[0];
  const ptr = props.path + pointerOf(value, steps);
  return (
    <div className="heng-cond-group" data-kind={kind}>
      <Flex gap={8} align="center" wrap>
        <Segmented
          size="small"
          value={kind}
          options={[{ value: 'all', label: t('condition.all') }, { value: 'any', label: t('condition.any') }]}
          onChange={(k) => onChange(setGroupKind(value, steps, k as 'all' | 'any'))}
        />
        <span className="heng-muted">{t(kind === 'all' ? 'condition.allHint' : 'condition.anyHint')}</span>
        <Flex gap={4} style={{ marginLeft: 'auto' }}>
          <Button size="small" icon={<PlusOutlined />} disabled={first === undefined} onClick={() => first !== undefined && onChange(addChild(value, steps, comparisonOn(first.info)))}>
            {t('condition.addComparison')}
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => onChange(addChild(value, steps, { any: [] }))}>
            {t('condition.addGroup')}
          </Button>
          <NotButton {...props} />
          {steps.length > 0 && <RemoveButton {...props} />}
        </Flex>
      </Flex>
      {count === 0 && <div className="heng-muted heng-cond-empty">{t(kind === 'all' ? 'condition.emptyAll' : 'condition.emptyAny')}</div>}
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="heng-cond-child">
          <Node {...props} steps={[...steps, i]} />
        </div>
      ))}
      <FieldProblems problems={problemsAt(props.problems, ptr).concat(problemsAt(props.problems, `${ptr}/${kind}`))} />
    </div>
  );
}

function NotBox(props: ConditionBuilderProps & { readonly steps: Steps }) {
  const { t } = useTranslation();
  return (
    <div className="heng-cond-not">
      <Flex gap={8} align="center">
        <Tag color="volcano">{t('condition.not')}</Tag>
        <span className="heng-muted">{t('condition.notHint')}</span>
        <Flex gap={4} style={{ marginLeft: 'auto' }}>
          <Button size="small" onClick={() => props.onChange(toggleNot(props.value, props.steps))}>
            {t('condition.unwrapNot')}
          </Button>
          {props.steps.length > 0 && <RemoveButton {...props} />}
        </Flex>
      </Flex>
      <div className="heng-cond-child">
        <Node {...props} steps={[...props.steps, 0]} />
      </div>
    </div>
  );
}

function Comparison(props: ConditionBuilderProps & { readonly steps: Steps; readonly node: FactCondition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { value, onChange, steps, node, catalog, form, grades } = props;
  const ptr = props.path + pointerOf(value, steps);
  const field = catalog.get(node.fact);
  const mine = problemsUnder(props.problems, ptr);
  const choices = choicesOf(props, lang);
  const offered = (op: Operator) => props.emptiness !== false || operators[op].value !== 'none' || op === node.operator;
  const ops = field === undefined ? [node.operator] : operatorsFor(field.kind).filter(offered);
  const mode = operators[node.operator].value;
  const factRef = typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value);
  // Another field of the same kind a single value may be compared with (amount at most what is owed).
  const peers = field === undefined || props.compareFields === false || mode !== 'scalar' ? [] : choices.filter((c) => c.info.kind === field.kind && c.info.id !== node.fact);
  const otherField = factRef && 'fact' in node.value ? String(node.value.fact) : undefined;
  return (
    <div className="heng-cond-row">
      {/* Where the row is narrow (a drawer, a nested group) the value and its buttons move to a line of their own rather than cutting the labels off. */}
      <Flex gap={6} align="center" wrap>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('condition.field')}
          style={{ flex: '1 1 160px', minWidth: 0 }}
          status={statusOf(problemsAt(mine, `${ptr}/fact`))}
          value={node.fact}
          options={choices.map((c) => ({ value: c.info.id, label: c.label }))}
          onChange={(id: string) => {
            const info = catalog.get(id);
            if (info !== undefined) onChange(setFact(value, steps, info));
          }}
        />
        <Select
          aria-label={t('condition.operator')}
          style={{ flex: '0 0 118px' }}
          status={statusOf(problemsAt(mine, `${ptr}/operator`))}
          value={node.operator}
          options={ops.map((op) => ({ value: op, label: operators[op].label[lang] }))}
          onChange={(op: Operator) => onChange(setOperator(value, steps, op, field))}
        />
        <Flex gap={6} align="center" style={{ flex: '1 1 220px', minWidth: 0 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            {mode === 'none' ? null : otherField !== undefined && peers.some((c) => c.info.id === otherField) ? (
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('condition.otherField')}
                style={{ width: '100%' }}
                status={statusOf(problemsUnder(mine, `${ptr}/value`))}
                value={otherField}
                options={peers.map((c) => ({ value: c.info.id, label: c.label }))}
                onChange={(id: string) => onChange(setValue(value, steps, { fact: id }))}
              />
            ) : field === undefined || factRef ? (
              <Tag>{JSON.stringify(node.value)}</Tag>
            ) : (
              <ValueInput
                label={t('condition.value')}
                field={field}
                form={form}
                grades={grades}
                mode={mode}
                value={node.value}
                optionText={props.optionText === undefined ? undefined : (o) => props.optionText?.(node.fact, o)}
                status={statusOf(problemsUnder(mine, `${ptr}/value`))}
                onChange={(v) => onChange(setValue(value, steps, v ?? ''), `${ptr}/value`)}
              />
            )}
          </div>
          {(factRef || peers.length > 0) && (
            <Tooltip title={t(factRef ? 'condition.compareValue' : 'condition.compareField')}>
              <Button
                size="small"
                type={factRef ? 'primary' : 'text'}
                icon={<SwapOutlined />}
                aria-label={t(factRef ? 'condition.compareValue' : 'condition.compareField')}
                onClick={() => onChange(setValue(value, steps, factRef ? '' : { fact: peers[0]!.info.id }))}
              />
            </Tooltip>
          )}
          <NotButton {...props} />
          {steps.length > 0 && <RemoveButton {...props} />}
        </Flex>
      </Flex>
      <FieldProblems problems={mine} />
    </div>
  );
}

function NotButton({ value, onChange, steps }: ConditionBuilderProps & { readonly steps: Steps }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('condition.wrapNotHint')}>
      <Button size="small" onClick={() => onChange(toggleNot(value, steps))}>
        {t('condition.not')}
      </Button>
    </Tooltip>
  );
}

function RemoveButton({ value, onChange, steps }: ConditionBuilderProps & { readonly steps: Steps }) {
  const { t } = useTranslation();
  return <Button size="small" type="text" danger aria-label={t('common.remove')} icon={<DeleteOutlined />} onClick={() => onChange(removeAt(value, steps))} />;
}
