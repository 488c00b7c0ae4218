/** @module A schedule: a cron expression (typed, or picked from common ones) read in a time zone. */
import type { ScheduleTrigger } from '@heng/engine';
import { Flex, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { problemsAt } from '../ops/problems.js';
import { setSchedule } from '../ops/ruleset-trigger.js';
import { useRuleEditor } from './editor-context.js';

/** Schedules people ask for most: DOMAIN.md's daily overdue check, weekly and monthly reviews. */
const PRESETS = [
  { key: 'daily', cron: '0 9 * * *' },
  { key: 'weekdays', cron: '0 9 * * 1-5' },
  { key: 'monday', cron: '0 9 * * 1' },
  { key: 'monthly', cron: '0 9 1 * *' },
  { key: 'quarterly', cron: '0 9 1 1,4,7,10 *' },
] as const;

/** Every IANA zone the browser knows, which is what the engine checks a zone against. */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'UTC'];
  }
}

/** Cron and time zone inputs of a schedule trigger. */
export function ScheduleInputs({ trigger }: { readonly trigger: ScheduleTrigger }) {
  const { t } = useTranslation();
  const { apply, problems } = useRuleEditor();
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  const preset = PRESETS.find((p) => p.cron === trigger.cron.trim().replace(/\s+/g, ' '));
  const cronProblems = problemsAt(problems, '/trigger/cron');
  const zoneProblems = problemsAt(problems, '/trigger/timezone');
  return (
    <div>
      <Flex gap={12} wrap align="flex-start">
        <label className="hr-field" style={{ flex: '1 1 180px' }}>
          <span className="heng-muted">{t('ruleEditor.trigger.cron')}</span>
          <Input className="heng-mono" aria-label={t('ruleEditor.trigger.cron')} status={statusOf(cronProblems)} value={trigger.cron} onChange={(e) => apply((d) => setSchedule(d, { cron: e.target.value }), 'trigger:cron')} />
        </label>
        <label className="hr-field" style={{ flex: '1 1 200px' }}>
          <span className="heng-muted">{t('ruleEditor.trigger.presets')}</span>
          <Select
            aria-label={t('ruleEditor.trigger.presets')}
            value={preset?.cron}
            placeholder={t('ruleEditor.trigger.presets')}
            options={PRESETS.map((p) => ({ value: p.cron, label: t(`ruleEditor.trigger.preset.${p.key}`) }))}
            onChange={(cron: string) => apply((d) => setSchedule(d, { cron }))}
          />
        </label>
        <label className="hr-field" style={{ flex: '1 1 200px' }}>
          <span className="heng-muted">{t('ruleEditor.trigger.timezone')}</span>
          <Select
            aria-label={t('ruleEditor.trigger.timezone')}
            allowClear
            showSearch
            status={statusOf(zoneProblems)}
            placeholder={t('ruleEditor.trigger.defaultZone')}
            value={trigger.timezone}
            options={zones}
            onChange={(tz?: string) => apply((d) => setSchedule(d, { timezone: tz ?? '' }))}
          />
        </label>
      </Flex>
      <div className="heng-muted" style={{ marginTop: 4 }}>
        {t('ruleEditor.trigger.cronHint')}
      </div>
      <FieldProblems problems={cronProblems.concat(zoneProblems)} />
    </div>
  );
}
