/** @module Who may do what with a field: write, read only or hidden, per role (roles not named may write). */
import { isComputed } from '@heng/engine';
import type { FieldAccess } from '@heng/engine';
import { Button, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { setAccess } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

const LEVELS: readonly FieldAccess[] = ['write', 'read', 'hidden'];

/** One row per role of the tenant, and one per role the field names that the tenant lacks (to remove). */
export function AccessEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { roles, lang, problems, apply } = useDesigner();
  const table = field.access ?? {};
  const unknown = Object.keys(table).filter((id) => !roles.some((r) => r.id === id));
  // A computed field is written by nobody, so "write" would only mean "read".
  const computed = isComputed(field);
  const levels = computed ? LEVELS.filter((l) => l !== 'write') : LEVELS;
  const levelOf = (role: string): FieldAccess => {
    const level = Object.hasOwn(table, role) ? (table[role] ?? 'write') : 'write';
    return computed && level === 'write' ? 'read' : level;
  };
  if (roles.length === 0 && unknown.length === 0) return <Typography.Paragraph type="secondary">{t('formDesigner.access.noRoles')}</Typography.Paragraph>;
  return (
    <div className="fd-block" data-testid="access-editor">
      <Typography.Paragraph type="secondary">{t('formDesigner.access.hint')}</Typography.Paragraph>
      <table className="heng-table fd-access">
        <tbody>
          {roles.map((r) => (
            <tr key={r.id} data-role={r.id}>
              <td className="heng-ellipsis" title={r.id}>
                {r.name[lang]}
              </td>
              <td>
                <Segmented<FieldAccess>
                  size="small"
                  aria-label={t('formDesigner.access.of', { role: r.name[lang] })}
                  value={levelOf(r.id)}
                  options={levels.map((l) => ({ value: l, label: t(`formDesigner.access.levels.${l}`) }))}
                  onChange={(l) => apply((d) => setAccess(d, fieldRef, r.id, computed && l === 'read' ? 'write' : l))}
                />
              </td>
            </tr>
          ))}
          {unknown.map((id) => (
            <tr key={id} className="has-problem">
              <td className="heng-mono">{id}</td>
              <td>
                <Button size="small" danger onClick={() => apply((d) => setAccess(d, fieldRef, id, 'write'))}>
                  {t('formDesigner.access.forget')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FieldProblems problems={problemsUnder(problems, `${path}/access`)} />
    </div>
  );
}
