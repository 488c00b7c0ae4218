/** @module The dry run's plan, readable: what is created, what clashes and how it resolves (chosen per row), the roles added, the sample records. */
import type { ConflictResolution, ImportPlan } from '@heng/engine';
import { Alert, Button, Descriptions, Radio, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { choiceOf, planCounts, planRows } from './plan.js';
import type { PlanRow, Resolutions } from './plan.js';

const ACTION_COLORS = { create: 'green', rename: 'orange', replace: 'red' } as const;

/** The plan, with a choice per clash that plans again; `busy` while a plan or the import is on its way. */
export function PlanTable({ plan, resolutions, busy, onChoose, onChooseAll }: {
  readonly plan: ImportPlan;
  readonly resolutions: Resolutions;
  readonly busy: boolean;
  readonly onChoose: (key: string, choice: ConflictResolution) => void;
  readonly onChooseAll: (choice: ConflictResolution) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const roleName = (id: string) => plan.roles.names[id]?.[lang] ?? id;
  const rows = planRows(plan);
  const counts = planCounts(plan);
  const clashes = counts.rename + counts.replace;
  return (
    <div className="heng-stack" data-testid="import-plan">
      <Typography.Text strong data-testid="plan-summary">
        {/* Not `replace`: i18next reads an option of that name as the interpolation values. */}
        {t('templates.plan.summary', { count: counts.total, created: counts.create, renamed: counts.rename, replacing: counts.replace })}
      </Typography.Text>
      {clashes === 0 ? (
        <Alert type="success" showIcon title={t('templates.plan.noClash')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="plan-clash"
          title={t(clashes === counts.total ? 'templates.plan.installedHint' : 'templates.plan.clashHint')}
          action={
            <Space orientation="vertical" size={4}>
              <Button size="small" disabled={busy} onClick={() => onChooseAll('rename')}>{t('templates.plan.allRename')}</Button>
              <Button size="small" disabled={busy} onClick={() => onChooseAll('replace')}>{t('templates.plan.allReplace')}</Button>
            </Space>
          }
        />
      )}
      <Table<PlanRow>
        rowKey="key"
        size="small"
        loading={busy}
        tableLayout="fixed"
        pagination={false}
        dataSource={rows}
        onRow={(r) => ({ 'data-plan': r.key, 'data-action': r.action }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'kind', title: t('templates.plan.kind'), width: 110, render: (_, r) => t(`templates.kinds.${r.kind}`) },
          {
            key: 'name',
            title: t('templates.plan.name'),
            render: (_, r) => (
              <>
                {r.name[lang]}
                <div className="heng-muted heng-mono" style={{ wordBreak: 'break-all', fontSize: 12 }}>{r.id === r.from ? r.id : `${r.from} → ${r.id}`}</div>
              </>
            ),
          },
          { key: 'action', title: t('templates.plan.action'), width: 170, render: (_, r) => <Tag color={ACTION_COLORS[r.action]}>{t(`templates.plan.actions.${r.action}`)}</Tag> },
          {
            key: 'choice',
            title: t('templates.plan.choice'),
            width: 180,
            render: (_, r) =>
              r.clash && (
                <Radio.Group
                  size="small"
                  optionType="button"
                  disabled={busy}
                  aria-label={t('templates.plan.choiceOf', { id: r.from })}
                  value={choiceOf(resolutions, r.key)}
                  onChange={(e) => onChoose(r.key, e.target.value as ConflictResolution)}
                  options={(['rename', 'replace'] as const).map((c) => ({ value: c, label: t(`templates.plan.choices.${c}`) }))}
                />
              ),
          },
        ]}
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('templates.plan.roles')}>
          <span data-testid="plan-roles">
            {plan.roles.create.length === 0 ? t('templates.plan.rolesNone') : plan.roles.create.map((r) => <Tag key={r} title={r}>{roleName(r)}</Tag>)}
          </span>
        </Descriptions.Item>
        {plan.roles.existing.length > 0 && (
          <Descriptions.Item label={t('templates.plan.rolesExisting')}>
            {plan.roles.existing.map((r) => <Tag key={r} title={r} variant="filled">{roleName(r)}</Tag>)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('templates.plan.records')}>
          <span data-testid="plan-records">{plan.seedRecords === 0 ? t('templates.contents.noRecords') : t('templates.contents.records', { count: plan.seedRecords })}</span>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
