/** @module The designer's bar: the flow's name, undo / redo, and every problem in one list (click to open its node). */
import { CheckCircleFilled, RedoOutlined, UndoOutlined, WarningFilled } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemsById } from '../ops/flow-tree.js';
import { problemText } from '../ops/problems.js';
import { useFlow } from './flow-context.js';

/** The bar above the tree. */
export function FlowToolbar() {
  const { t } = useTranslation();
  const { def, problems, lang, dirty, canUndo, canRedo, undo, redo, select } = useFlow();
  const byId = problemsById(def, problems);
  const list = (
    <ul className="heng-problem-list">
      {[...byId].flatMap(([id, ps]) =>
        ps.map((p, i) => (
          <li key={`${id}:${p.path}:${p.code}:${i}`}>
            <button type="button" onClick={() => select(id === '' ? undefined : id)}>
              <Typography.Text type="danger">{problemText(p, lang)}</Typography.Text>
            </button>
          </li>
        )),
      )}
    </ul>
  );
  return (
    <Flex align="center" gap={12} wrap className="heng-toolbar">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {def.name[lang]}
      </Typography.Title>
      <Tag>{def.id}</Tag>
      {dirty && <Tag color="gold">{t('editor.unsaved')}</Tag>}
      <Space style={{ marginLeft: 'auto' }}>
        <Tooltip title={t('editor.undoHint')}>
          <Button icon={<UndoOutlined />} disabled={!canUndo} onClick={undo} aria-label={t('editor.undo')} />
        </Tooltip>
        <Tooltip title={t('editor.redoHint')}>
          <Button icon={<RedoOutlined />} disabled={!canRedo} onClick={redo} aria-label={t('editor.redo')} />
        </Tooltip>
        {problems.length === 0 ? (
          <Tag icon={<CheckCircleFilled />} color="success" data-testid="problem-count">
            {t('problems.none')}
          </Tag>
        ) : (
          <Popover content={list} title={t('problems.title')} trigger="click" placement="bottomRight">
            <Badge count={problems.length} size="small">
              <Button danger icon={<WarningFilled />} data-testid="problem-count">
                {t('problems.count', { count: problems.length })}
              </Button>
            </Badge>
          </Popover>
        )}
      </Space>
    </Flex>
  );
}
