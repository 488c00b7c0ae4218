/** @module One factor in the list: drag handle, name, method, weight by slider or number, remove. */
import { DeleteOutlined, HolderOutlined, WarningFilled } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Factor } from '@heng/engine';
import { Button, InputNumber, Popconfirm, Slider, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { basisPointsToPercent, problemsUnder, removeFactor, rowPath, setWeight } from '../ops/index.js';
import { useEditor } from './editor-context.js';

/** A sortable row; clicking it selects the factor for the detail panel below. */
export function FactorRow({ factor }: { readonly factor: Factor }) {
  const { t } = useTranslation();
  const { def, apply, problems, lang, selected, select } = useEditor();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: factor.id });
  const path = rowPath(def, 'factors', factor.id) ?? '';
  const count = problemsUnder(problems, path).length;
  const percent = basisPointsToPercent(factor.weight);
  const name = factor.name[lang];
  const onWeight = (v: number | null) => apply((d) => setWeight(d, factor.id, v ?? 0), `weight:${factor.id}`);

  return (
    <div
      ref={setNodeRef}
      role="listitem"
      data-factor={factor.id}
      className={`heng-factor-row${selected === factor.id ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      onClick={() => select(factor.id)}
    >
      <button type="button" ref={setActivatorNodeRef} className="heng-drag-handle" aria-label={t('factors.dragHandle', { name })} {...attributes} {...listeners}>
        <HolderOutlined />
      </button>
      <div className="heng-factor-name">
        <span className="heng-ellipsis" title={name}>
          {name}
        </span>
        <Tag variant="filled" className="heng-method-tag">
          {t(`method.${factor.method.kind}`)}
        </Tag>
        {count > 0 && (
          <Tooltip title={t('problems.count', { count })}>
            <WarningFilled className="heng-danger" aria-label={t('problems.count', { count })} />
          </Tooltip>
        )}
      </div>
      <Slider className="heng-weight-slider" min={0} max={100} step={0.5} value={percent} onChange={(v: number) => onWeight(v)} tooltip={{ formatter: (v) => `${v ?? 0}%` }} aria-label={t('factors.weightOf', { name })} />
      <InputNumber
        className="heng-weight-input"
        size="small"
        min={0}
        max={100}
        step={1}
        precision={2}
        suffix="%"
        value={percent}
        onChange={onWeight}
        aria-label={t('factors.weightPercentOf', { name })}
        data-testid={`weight-${factor.id}`}
      />
      <Popconfirm title={t('factors.removeConfirm', { name })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => apply((d) => removeFactor(d, factor.id))}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('factors.remove', { name })} onClick={(e) => e.stopPropagation()} />
      </Popconfirm>
    </div>
  );
}
