/** @module The bar above a definition editor: its name, undo / redo, and every problem in one list (click to go to it). */
import { CheckCircleFilled, RedoOutlined, UndoOutlined, WarningFilled } from '@ant-design/icons';
import type { Problem } from '@heng/engine';
import { Badge, Button, Flex, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/language.js';
import { problemText } from '../ops/index.js';

/** One line of the problem list: what it says and where a click on it goes. */
export interface ToolbarProblem {
  readonly key: string;
  readonly problem: Problem;
  readonly go: () => void;
}

export interface DefinitionToolbarProps {
  readonly def: { readonly id: string; readonly name: Readonly<Record<Lang, string>> };
  readonly lang: Lang;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** In the order the list shows them. */
  readonly problems: readonly ToolbarProblem[];
  /** Buttons after the problem count, such as save. */
  readonly children?: ReactNode;
}

/**
 * The bar shared by the scorecard editor and the flow designer.
 *
 * @example
 * <DefinitionToolbar def={def} lang={lang} dirty={dirty} canUndo={canUndo} canRedo={canRedo} undo={undo} redo={redo} problems={entries} />
 */
export function DefinitionToolbar({ def, lang, dirty, canUndo, canRedo, undo, redo, problems, children }: DefinitionToolbarProps) {
  const { t } = useTranslation();
  const list = (
    <ul className="heng-problem-list">
      {problems.map(({ key, problem, go }) => (
        <li key={key}>
          <button type="button" onClick={go}>
            <Typography.Text type="danger">{problemText(problem, lang)}</Typography.Text>
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
        {children}
      </Space>
    </Flex>
  );
}
