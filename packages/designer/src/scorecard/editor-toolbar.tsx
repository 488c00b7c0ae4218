/** @module The editor's bar: the card's name, undo / redo, every problem in one list (click to go to it), save. */
import { CheckCircleFilled, RedoOutlined, SaveOutlined, UndoOutlined, WarningFilled } from '@ant-design/icons';
import { Badge, Button, Flex, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { placeOf, problemText } from '../ops/index.js';
import type { ProblemPlace } from '../ops/index.js';
import { useEditor } from './editor-context.js';

export interface EditorToolbarProps {
  readonly saving: boolean;
  readonly onSave: () => void;
  /** Shows the row a problem belongs to: its tab, its factor. */
  readonly onGoTo: (place: ProblemPlace) => void;
}

/** The bar above the editor. */
export function EditorToolbar({ saving, onSave, onGoTo }: EditorToolbarProps) {
  const { t } = useTranslation();
  const { def, problems, lang, dirty, canUndo, canRedo, undo, redo } = useEditor();
  const list = (
    <ul className="heng-problem-list">
      {problems.map((p, i) => (
        <li key={`${p.path}:${p.code}:${i}`}>
          <button type="button" onClick={() => onGoTo(placeOf(def, p.path))}>
            <Typography.Text type="danger">{problemText(p, lang)}</Typography.Text>
          </button>
        </li>
      ))}
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
        <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={onSave}>
          {t('editor.save')}
        </Button>
      </Space>
    </Flex>
  );
}
