/**
 * @module A policy's value per grade, edited as an admin thinks of it: a fixed value (90 days,
 * 现款现货), a share of a field (20% of annual sales, at most 200,000 for a new customer), or a
 * formula where neither fits. The first two write the same formulas the third shows.
 */
import { escapeToken, literalFormula, optionsOf, policyShapes, ratioFormula } from '@heng/engine';
import type { FormDefinition, GradeBand, Policy, PolicyLiteral, PolicyRatio, SelectOption } from '@heng/engine';
import { Checkbox, Flex, Input, Segmented, Select, Tag } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { NumericInput } from '../components/numeric-input.js';
import { problemsUnder, setPolicyFormulas } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { fieldChoices } from './fields.js';

/** How the values are edited. */
type Mode = 'fixed' | 'ratio' | 'formula';

const MODES: readonly Mode[] = ['fixed', 'ratio', 'formula'];

/** The values of `policy` for each grade, under its name and type; `path` is the policy's. */
export function PolicyValues({ policy: p, path }: { readonly policy: Policy; readonly path: string }) {
  const { t } = useTranslation();
  const { def } = useEditor();
  const shapes = policyShapes(p, def.grades.map((g) => g.grade));
  const fits: Readonly<Record<Mode, boolean>> = { fixed: shapes.fixed !== undefined, ratio: shapes.ratio !== undefined && p.type !== 'text', formula: true };
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
          aria-label={t('policies.mode')}
          value={mode}
          options={offered.map((m) => ({ value: m, label: t(`policies.modes.${m}`), disabled: !fits[m] }))}
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
 * The options a text policy's values are, taken from the form's field that offers them all (the
 * field of the same id first): the settlement policy's `cash` shown as 现款现货.
 */
function valueOptions(policy: Policy, values: readonly PolicyLiteral[], fields: FormDefinition['fields']): readonly SelectOption[] | undefined {
  const written = values.filter((v) => v !== '');
  if (written.length === 0) return undefined;
  const ordered = [...fields].sort((a, b) => Number(b.id === policy.id) - Number(a.id === policy.id));
  for (const f of ordered) {
    const options = optionsOf(f);
    if (options !== undefined && written.every((v) => options.some((o) => o.id === v))) return options;
  }
  return undefined;
}

/** Fixed values when `fixed` is given (a number typed as the policy's type, a text, or an option), else formulas. */
function GradeValues({ policy: p, path, fixed }: { readonly policy: Policy; readonly path: string; readonly fixed: Readonly<Record<string, PolicyLiteral>> | undefined }) {
  const { t } = useTranslation();
  const { apply, form, lang } = useEditor();
  const write = (grade: string, formula: string) => apply((d) => setPolicyFormulas(d, p.id, { [grade]: formula }), `policy:${p.id}:${grade}`);
  const options = fixed === undefined || p.type !== 'text' ? undefined : valueOptions(p, Object.values(fixed), form.fields);
  return (
    <GradeRows
      path={path}
      cell={(g, status) => {
        const label = t(fixed === undefined ? 'policies.formulaFor' : 'policies.valueFor', { grade: g.grade });
        if (fixed === undefined) {
          return <Input size="small" className="heng-mono" aria-label={label} status={status} value={p.byGrade[g.grade] ?? ''} placeholder={t('policies.formulaPlaceholder')} onChange={(e) => write(g.grade, e.target.value)} />;
        }
        const value = fixed[g.grade];
        if (p.type !== 'text') {
          const unit = p.type === 'money' ? 'money' : 'plain';
          return (
            <div style={{ maxWidth: 240 }}>
              <NumericInput unit={unit} decimals={p.type === 'days' ? 0 : p.type === 'money' ? 2 : undefined} strict ariaLabel={label} status={status} value={value} onChange={(v) => write(g.grade, typeof v === 'number' ? (literalFormula(v) ?? '') : '')} />
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

/** A share of a field per grade, the field, and the cap while a yes/no field holds. */
function RatioValues({ policy: p, path, ratio: written }: { readonly policy: Policy; readonly path: string; readonly ratio: PolicyRatio }) {
  const { t } = useTranslation();
  const { apply, form, catalog, lang } = useEditor();
  // While every share is 0 the formulas (`0`) name no field: the one picked is kept here until a share names it.
  const [picked, setPicked] = useState<string>();
  const ratio: PolicyRatio = { ...written, base: written.base ?? picked };
  const bases = fieldChoices(form, catalog, ['number'], lang);
  const flags = fieldChoices(form, catalog, ['boolean'], lang);
  // Every grade written anew from `next`: a new base or cap applies to all of them.
  const rewrite = (next: PolicyRatio, key?: string) => {
    const formulas = Object.fromEntries(Object.entries(next.byGrade).flatMap(([g, share]) => {
      const f = ratioFormula(next, share);
      return f === undefined ? [] : [[g, f]];
    }));
    apply((d) => setPolicyFormulas(d, p.id, formulas), key);
  };
  const writeShare = (grade: string, share: unknown) => {
    const f = typeof share === 'number' ? ratioFormula(ratio, share) : undefined;
    apply((d) => setPolicyFormulas(d, p.id, { [grade]: f ?? '' }), `policy:${p.id}:${grade}`);
  };
  const cap = ratio.cap;
  const baseLabel = bases.find((c) => c.info.id === ratio.base)?.label ?? ratio.base;
  const firstFlag = flags[0]?.info.id;
  return (
    <div className="heng-stack">
      <Flex gap={8} align="center" wrap>
        <span>{t('policies.ratio.base')}</span>
        <Select
          size="small"
          style={{ minWidth: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('policies.ratio.base')}
          placeholder={t('policies.ratio.pickBase')}
          status={ratio.base === undefined ? 'warning' : undefined}
          value={ratio.base}
          options={bases.map((c) => ({ value: c.info.id, label: c.label }))}
          onChange={(base: string) => {
            setPicked(base);
            rewrite({ ...ratio, base });
          }}
        />
      </Flex>
      <GradeRows
        path={path}
        cell={(g, status) =>
          ratio.base === undefined ? (
            <span className="heng-muted">{t('policies.ratio.pickBase')}</span>
          ) : (
            <Flex gap={8} align="center">
              <div style={{ width: 120 }}>
                <NumericInput unit="percent" strict ariaLabel={t('policies.ratio.shareFor', { grade: g.grade })} status={status} value={ratio.byGrade[g.grade]} onChange={(v) => writeShare(g.grade, v)} />
              </div>
              <span className="heng-muted">{t('policies.ratio.of', { field: baseLabel })}</span>
            </Flex>
          )
        }
      />
      <Flex gap={8} align="center" wrap>
        <Checkbox
          checked={cap !== undefined}
          disabled={firstFlag === undefined || ratio.base === undefined}
          onChange={(e) => rewrite(e.target.checked && firstFlag !== undefined ? { ...ratio, cap: { when: flags.find((c) => c.info.id === 'is_new_customer')?.info.id ?? firstFlag, cap: 0 } } : { base: ratio.base, byGrade: ratio.byGrade })}
        >
          {t('policies.ratio.capWhen')}
        </Checkbox>
        {cap !== undefined && (
          <>
            <Select size="small" style={{ minWidth: 200 }} aria-label={t('policies.ratio.capField')} value={cap.when} options={flags.map((c) => ({ value: c.info.id, label: c.label }))} onChange={(when: string) => rewrite({ ...ratio, cap: { ...cap, when } })} />
            <span>{t('policies.ratio.capAtMost')}</span>
            <div style={{ width: 160 }}>
              <NumericInput unit={p.type === 'money' ? 'money' : 'plain'} strict ariaLabel={t('policies.ratio.capAmount')} value={cap.cap} onChange={(v) => typeof v === 'number' && rewrite({ ...ratio, cap: { ...cap, cap: v } }, `policy:${p.id}:cap`)} />
            </div>
          </>
        )}
      </Flex>
      {cap !== undefined && <div className="heng-muted">{t('policies.ratio.capHint')}</div>}
    </div>
  );
}
