/**
 * @module A policy's value per grade, edited as an admin thinks of it: a fixed value (90 days,
 * 现款现货), a share of a field (20% of annual sales, at most 200,000 for a new customer), or a
 * formula where neither fits. The first two write the same formulas the third shows.
 */
import { escapeToken, literalFormula, optionsOf, policyShapes, ratioFormula } from '@heng/engine';
import type { FormDefinition, GradeBand, Policy, PolicyLiteral, PolicyRatio, SelectOption } from '@heng/engine';
import { Checkbox, Flex, Input, Segmented, Select, Tag } from 'antd';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { NumericInput } from '../components/numeric-input.js';
import { problemsUnder, setPolicyFormulas } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { fieldChoices } from './fields.js';

/**
 * An input's name for screen readers and tests, with its policy's: each policy has a value for
 * grade A, and the terms' must not share one name with the limit's.
 *
 * @example
 * const named = usePolicyLabel(terms); named(t('policies.valueFor', { grade: 'A' })) // '账期（天）：等级 A 的取值'
 */
export function usePolicyLabel(p: Policy): (what: string) => string {
  const { t } = useTranslation();
  const { lang } = useEditor();
  // A policy not named yet goes by its id.
  return (what) => t('policies.labelOf', { policy: p.name[lang].trim() === '' ? p.id : p.name[lang], what });
}

/** How the values are edited. */
type Mode = 'fixed' | 'ratio' | 'formula';

const MODES: readonly Mode[] = ['fixed', 'ratio', 'formula'];

/** The values of `policy` for each grade, under its name and type; `path` is the policy's. */
export function PolicyValues({ policy: p, path }: { readonly policy: Policy; readonly path: string }) {
  const { t } = useTranslation();
  const { def } = useEditor();
  const named = usePolicyLabel(p);
  const shapes = policyShapes(p, def.grades.map((g) => g.grade));
  // Fixed values of the policy's own type: a text policy's texts, the others' numbers.
  const fixedFits = shapes.fixed !== undefined && Object.values(shapes.fixed).every((v) => (p.type === 'text') === (typeof v === 'string'));
  const fits: Readonly<Record<Mode, boolean>> = { fixed: fixedFits, ratio: shapes.ratio !== undefined && p.type !== 'text', formula: true };
  const [chosen, setChosen] = useState<Mode>();
  // A share of a field shows as one; what else fits as fixed values; an undo that breaks the
  // shape chosen falls back to what fits.
  const mode: Mode = chosen !== undefined && fits[chosen] ? chosen : fits.ratio && shapes.ratio?.base !== undefined ? 'ratio' : fits.fixed ? 'fixed' : 'formula';
  const offered = MODES.filter((m) => m !== 'ratio' || p.type !== 'text');
  return (
    <div className="heng-stack" data-policy-mode={mode}>
      <Flex gap={8} align="center" wrap>
        <Segmented
          size="small"
          aria-label={named(t('policies.mode'))}
          value={mode}
          options={offered.map((m) => ({ value: m, label: t(`policies.modes.${m}`), disabled: !fits[m], title: fits[m] ? undefined : t('policies.modeHints.notFit') }))}
          onChange={(m) => setChosen(m as Mode)}
        />
        <span className="heng-muted">{t(fits.fixed || fits.ratio ? `policies.modeHints.${mode}` : 'policies.modeHints.onlyFormula')}</span>
      </Flex>
      {mode === 'ratio' && shapes.ratio !== undefined ? <RatioValues policy={p} path={path} ratio={shapes.ratio} /> : <GradeValues policy={p} path={path} fixed={mode === 'fixed' ? (shapes.fixed ?? {}) : undefined} />}
    </div>
  );
}

/** One row per grade: its tag and label, the input `cell` gives, and the problems under it. */
function GradeRows({ path, cell }: { readonly path: string; readonly cell: (g: GradeBand, status: 'error' | undefined) => ReactNode }) {
  const { def, problems, lang } = useEditor();
  return (
    <table className="heng-table">
      <tbody>
        {def.grades.map((g) => {
          const mine = problemsUnder(problems, `${path}/byGrade/${escapeToken(g.grade)}`);
          return [
            <tr key={g.id}>
              <td style={{ width: 160 }}>
                <Tag color={g.color}>{g.grade}</Tag>
                <span className="heng-muted">{g.label[lang]}</span>
              </td>
              <td>{cell(g, statusOf(mine))}</td>
            </tr>,
            mine.length > 0 && (
              <tr key={`${g.id}:problems`} className="heng-problem-row">
                <td />
                <td>
                  <FieldProblems problems={mine} />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}

/**
 * The options a text policy's values are: those of the form's field of the policy's own id, when
 * it offers every value written (the settlement policy's `cash` shown as 现款现货).
 */
function valueOptions(policy: Policy, values: readonly PolicyLiteral[], fields: FormDefinition['fields']): readonly SelectOption[] | undefined {
  const own = fields.find((f) => f.id === policy.id);
  const options = own === undefined ? undefined : optionsOf(own);
  return options !== undefined && values.every((v) => v === '' || options.some((o) => o.id === v)) ? options : undefined;
}

/** Fixed values when `fixed` is given (a number typed as the policy's type, a text, or an option), else formulas. */
function GradeValues({ policy: p, path, fixed }: { readonly policy: Policy; readonly path: string; readonly fixed: Readonly<Record<string, PolicyLiteral>> | undefined }) {
  const { t } = useTranslation();
  const { apply, form, lang } = useEditor();
  const named = usePolicyLabel(p);
  const write = (grade: string, formula: string) => apply((d) => setPolicyFormulas(d, p.id, { [grade]: formula }), `policy:${p.id}:${grade}`);
  // What is not a number yet (a typo, an emptied box) keeps the value; the input shows it in red.
  const keep = (grade: string, formula: string | undefined) => formula !== undefined && write(grade, formula);
  const options = fixed === undefined || p.type !== 'text' ? undefined : valueOptions(p, Object.values(fixed), form.fields);
  return (
    <GradeRows
      path={path}
      cell={(g, status) => {
        const label = named(t(fixed === undefined ? 'policies.formulaFor' : 'policies.valueFor', { grade: g.grade }));
        if (fixed === undefined) {
          return <Input size="small" className="heng-mono" aria-label={label} status={status} value={p.byGrade[g.grade] ?? ''} placeholder={t('policies.formulaPlaceholder')} onChange={(e) => write(g.grade, e.target.value)} />;
        }
        const value = fixed[g.grade];
        if (p.type !== 'text') {
          const unit = p.type === 'money' ? 'money' : 'plain';
          return (
            <div style={{ maxWidth: 240 }}>
              <NumericInput unit={unit} decimals={p.type === 'days' ? 0 : p.type === 'money' ? 2 : undefined} strict ariaLabel={label} status={status} value={value} onChange={(v) => keep(g.grade, typeof v === 'number' ? literalFormula(v) : undefined)} />
            </div>
          );
        }
        const text = typeof value === 'string' ? value : '';
        return options === undefined ? (
          <Input size="small" style={{ maxWidth: 320 }} aria-label={label} status={status} value={text} onChange={(e) => write(g.grade, literalFormula(e.target.value) ?? '')} />
        ) : (
          <Select size="small" style={{ width: 240 }} aria-label={label} status={status} value={text === '' ? undefined : text} options={options.map((o) => ({ value: o.id, label: o.label[lang] }))} onChange={(v: string) => write(g.grade, literalFormula(v) ?? '')} />
        );
      }}
    />
  );
}

/** A cap being set: its yes/no field, and its amount once typed. */
type PendingCap = { readonly when: string; readonly cap?: number };

/** The field and cap while the formulas cannot hold them: every share 0 (`0` names no field), or a cap with no amount yet. */
interface Pending {
  readonly base?: string;
  readonly cap?: PendingCap | null;
}

const complete = (cap: PendingCap | null | undefined): PolicyRatio['cap'] => (cap?.cap === undefined ? undefined : { when: cap.when, cap: cap.cap });

/** A share of a field per grade, the field, and the cap while a yes/no field holds. */
function RatioValues({ policy: p, path, ratio: written }: { readonly policy: Policy; readonly path: string; readonly ratio: PolicyRatio }) {
  const { t } = useTranslation();
  const { apply, form, catalog, lang } = useEditor();
  const named = usePolicyLabel(p);
  const [pending, setPending] = useState<Pending>({});
  // The field and cap the formulas last named, kept when the last share is set to 0.
  const seen = useRef<Pending>({});
  if (written.base !== undefined) seen.current = { base: written.base, cap: written.cap ?? null };
  const base = written.base ?? pending.base ?? seen.current.base;
  const cap: PendingCap | undefined = (pending.cap !== undefined ? pending.cap : written.base !== undefined ? written.cap : seen.current.cap) ?? undefined;
  const capReady = cap === undefined || cap.cap !== undefined;
  const ratio: PolicyRatio = { byGrade: written.byGrade, base, ...(complete(cap) === undefined ? {} : { cap: complete(cap) }) };
  const bases = fieldChoices(form, catalog, ['number'], lang);
  const flags = fieldChoices(form, catalog, ['boolean'], lang);
  // Every grade written anew with the field and cap of `next`; what the formulas cannot hold yet is kept as pending.
  const choose = (next: Pending, key?: string) => {
    const nextBase = next.base ?? base;
    const nextCap = next.cap !== undefined ? next.cap : cap;
    const target: PolicyRatio = { byGrade: written.byGrade, base: nextBase, ...(complete(nextCap) === undefined ? {} : { cap: complete(nextCap) }) };
    const formulas = Object.fromEntries(Object.entries(written.byGrade).flatMap(([g, share]) => {
      const f = ratioFormula(target, share);
      return f === undefined ? [] : [[g, f]];
    }));
    const held = Object.values(written.byGrade).some((share) => share !== 0) && (nextCap === null || nextCap === undefined || nextCap.cap !== undefined);
    setPending(held ? {} : { base: nextBase, cap: nextCap ?? null });
    apply((d) => setPolicyFormulas(d, p.id, formulas), key);
  };
  const writeShare = (grade: string, share: unknown) => {
    const f = typeof share === 'number' ? ratioFormula(ratio, share) : undefined;
    // Not a number yet, or too small to write: the share is kept, the input shows it in red.
    if (f === undefined) return;
    apply((d) => setPolicyFormulas(d, p.id, { [grade]: f }), `policy:${p.id}:${grade}`);
    if (share !== 0 && capReady) setPending({});
  };
  const baseLabel = bases.find((c) => c.info.id === base)?.label ?? base;
  const firstFlag = flags[0]?.info.id;
  return (
    <div className="heng-stack">
      <Flex gap={8} align="center" wrap>
        <span>{t('policies.ratio.base')}</span>
        <Select
          size="small"
          style={{ minWidth: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={named(t('policies.ratio.base'))}
          placeholder={t('policies.ratio.pickBase')}
          status={base === undefined ? 'warning' : undefined}
          value={base}
          options={bases.map((c) => ({ value: c.info.id, label: c.label }))}
          onChange={(picked: string) => choose({ base: picked })}
        />
      </Flex>
      <GradeRows
        path={path}
        cell={(g, status) =>
          base === undefined ? (
            <span className="heng-muted">{t('policies.ratio.pickBase')}</span>
          ) : (
            <Flex gap={8} align="center">
              <div style={{ width: 120 }}>
                <NumericInput unit="percent" strict ariaLabel={named(t('policies.ratio.shareFor', { grade: g.grade }))} status={status} value={written.byGrade[g.grade]} onChange={(v) => writeShare(g.grade, v)} />
              </div>
              <span className="heng-muted">{t('policies.ratio.of', { field: baseLabel })}</span>
            </Flex>
          )
        }
      />
      <Flex gap={8} align="center" wrap>
        <Checkbox checked={cap !== undefined} disabled={firstFlag === undefined || base === undefined} onChange={(e) => choose({ cap: e.target.checked && firstFlag !== undefined ? { when: firstFlag } : null })}>
          {t('policies.ratio.capWhen')}
        </Checkbox>
        {cap !== undefined && (
          <>
            <Select size="small" style={{ minWidth: 200 }} aria-label={named(t('policies.ratio.capField'))} value={cap.when} options={flags.map((c) => ({ value: c.info.id, label: c.label }))} onChange={(when: string) => choose({ cap: { ...cap, when } })} />
            <span>{t('policies.ratio.capAtMost')}</span>
            <div style={{ width: 160 }}>
              <NumericInput
                unit={p.type === 'money' ? 'money' : 'plain'}
                strict
                ariaLabel={named(t('policies.ratio.capAmount'))}
                status={cap.cap === undefined ? 'error' : undefined}
                value={cap.cap}
                onChange={(v) => typeof v === 'number' && choose({ cap: { ...cap, cap: v } }, `policy:${p.id}:cap`)}
              />
            </div>
          </>
        )}
      </Flex>
      {cap !== undefined && <div className="heng-muted">{t(cap.cap === undefined ? 'policies.ratio.capMissing' : 'policies.ratio.capHint')}</div>}
    </div>
  );
}
