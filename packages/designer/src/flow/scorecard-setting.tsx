/** @module The flow's scorecard setting: which scorecard of its form its branches read `score` and `grade` of, and how conditions name them. */
import type { ScorecardDefinition } from '@heng/engine';
import { Flex, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import type { Lang } from '../i18n/language.js';
import type { ConditionLabels } from './describe.js';
import { useFlow } from './flow-context.js';

/** How a branch condition names `score` and `grade` while the flow reads a scorecard (评分 / 等级), over form fields of those ids. */
export function scoreFactLabel(fact: string, t: TFunction): string | undefined {
  return fact === 'score' || fact === 'grade' ? t(`flow.scoreFacts.${fact}`) : undefined;
}

/**
 * A grade as the flow's scorecard labels it (`C · 一般`), for a condition's `grade` values.
 *
 * @example
 * gradeText(card, 'grade', 'C', 'zh-CN') // 'C · 一般'
 */
export function gradeText(card: ScorecardDefinition, fact: string, option: string, lang: Lang): string | undefined {
  const band = fact === 'grade' ? card.grades.find((g) => g.grade === option) : undefined;
  return band === undefined ? undefined : `${band.grade} · ${band.label[lang]}`;
}

/** How the flow's conditions name `score`, `grade` and the grades, in the builder and on the cards: by the scorecard when the flow reads one, else as the form does. */
export function scoreLabels(card: ScorecardDefinition | undefined, t: TFunction, lang: Lang): ConditionLabels {
  return card === undefined ? {} : { factLabel: (fact) => scoreFactLabel(fact, t), optionText: (fact, option) => gradeText(card, fact, option, lang) };
}

/** A pick among the form's published scorecards, by name; none by default. */
export function ScorecardSetting() {
  const { t } = useTranslation();
  const { def, apply, scorecards, lang, problems } = useFlow();
  const here = problems.filter((p) => p.path === '/scorecard');
  const options = scorecards.map((s) => ({ value: s.id, label: s.name[lang] }));
  // A scorecard the flow names but the form has no longer published stays shown by its id, with its problem.
  if (def.scorecard !== undefined && !scorecards.some((s) => s.id === def.scorecard)) options.push({ value: def.scorecard, label: def.scorecard });
  return (
    <Flex gap={8} align="center" wrap data-testid="flow-scorecard">
      <Typography.Text>{t('flow.scorecard')}</Typography.Text>
      <Select
        aria-label={t('flow.scorecard')}
        style={{ minWidth: 220 }}
        allowClear
        placeholder={t('flow.scorecardNone')}
        status={here.length === 0 ? undefined : 'error'}
        options={options}
        value={def.scorecard}
        onChange={(id?: string) => apply(({ scorecard: _old, ...rest }) => (id === undefined ? rest : { ...rest, scorecard: id }))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('flow.scorecardHint')}
      </Typography.Text>
      <FieldProblems problems={here} />
    </Flex>
  );
}
