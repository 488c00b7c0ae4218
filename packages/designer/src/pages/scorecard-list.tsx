/** @module The scorecards of an app, each opening in the editor. */
import type { ScorecardDefinition } from '@heng/engine';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { formatWeight } from '../format/money.js';
import { weightTotal } from '../ops/index.js';
import { sampleApp } from '../samples/index.js';
import { ComingSoon } from './coming-soon.js';

/** `/apps/:appId/scorecards`. */
export function ScorecardList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '' } = useParams();
  // Apps other than the bundled examples are listed by the server once its definitions API lands.
  if (appId !== sampleApp.id) return <ComingSoon section="scorecards" />;
  const formName = (id: string) => sampleApp.forms.find((f) => f.id === id)?.name[lang] ?? id;
  return (
    <Card title={t('scorecards.title')}>
      <Typography.Paragraph type="secondary">{t('scorecards.examplesHint')}</Typography.Paragraph>
      <Table<ScorecardDefinition>
        rowKey="id"
        pagination={false}
        dataSource={[...sampleApp.scorecards]}
        columns={[
          { title: t('scorecards.name'), render: (_, s) => <Link to={`/apps/${appId}/scorecards/${s.id}`}>{s.name[lang]}</Link> },
          { title: t('scorecards.form'), render: (_, s) => formName(s.form) },
          { title: t('scorecards.factors'), render: (_, s) => s.factors.length },
          { title: t('scorecards.weights'), render: (_, s) => formatWeight(weightTotal(s), lang) },
          { title: t('scorecards.grades'), render: (_, s) => s.grades.map((g) => <Tag key={g.id} color={g.color}>{g.grade}</Tag>) },
        ]}
      />
    </Card>
  );
}
