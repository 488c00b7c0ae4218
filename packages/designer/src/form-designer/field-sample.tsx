/** @module What a field looks like on the canvas: a quiet stand-in of its input, so the canvas reads like the form. */
import { CalendarOutlined, LinkOutlined, UserOutlined } from '@ant-design/icons';
import { formatSerial } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { todayInChina } from '../renderer/index.js';

/** How many options or columns a card shows before "…". */
const SHOWN = 4;

/** The stand-in input of a field (never focusable: the card is what you click). */
export function FieldSample({ field }: { readonly field: FieldDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fallback = (text: string) => <div className="fd-sample-box">{text}</div>;
  switch (field.type) {
    case 'long_text':
      return <div className="fd-sample-box is-tall" />;
    case 'money':
      return <div className="fd-sample-box"><span className="fd-sample-affix">¥</span></div>;
    case 'percent':
      return <div className="fd-sample-box is-suffixed"><span className="fd-sample-affix">%</span></div>;
    case 'date':
    case 'datetime':
      return <div className="fd-sample-box is-suffixed"><CalendarOutlined className="fd-sample-affix" /></div>;
    case 'boolean':
      return <div className="fd-sample-choices"><span className="fd-sample-check" />{t('common.yes')}</div>;
    case 'single_select':
    case 'multi_select':
      return (
        <div className="fd-sample-choices">
          {field.options.slice(0, SHOWN).map((o) => (
            <span key={o.id} className="fd-sample-choice">
              <span className={field.type === 'single_select' ? 'fd-sample-radio' : 'fd-sample-check'} />
              <span className="heng-ellipsis">{o.label[lang]}</span>
            </span>
          ))}
          {field.options.length > SHOWN && <span>…</span>}
        </div>
      );
    case 'user':
      return <div className="fd-sample-box"><UserOutlined className="fd-sample-affix" /></div>;
    case 'reference':
      return <div className="fd-sample-box"><LinkOutlined className="fd-sample-affix" /> <span className="heng-mono">{field.target}</span></div>;
    case 'sub_table':
      return (
        <div className="fd-sample-table">
          {field.columns.slice(0, SHOWN + 2).map((c) => (
            <span key={c.id} className="heng-ellipsis">{c.label[lang]}</span>
          ))}
        </div>
      );
    case 'formula':
      return <div className="fd-sample-box is-computed heng-mono heng-ellipsis">= {field.formula}</div>;
    case 'lookup':
      return <div className="fd-sample-box is-computed heng-mono heng-ellipsis">{`${field.via} › ${field.field}`}</div>;
    case 'rollup':
      return <div className="fd-sample-box is-computed heng-mono heng-ellipsis">{`${field.aggregate.toUpperCase()}(${field.from}${field.field === undefined ? '' : `.${field.field}`})`}</div>;
    case 'serial':
      return <div className="fd-sample-box is-computed heng-mono heng-ellipsis">{formatSerial(field, todayInChina(), 1)}</div>;
    default:
      return fallback(typeof field.default === 'string' || typeof field.default === 'number' ? String(field.default) : '');
  }
}
