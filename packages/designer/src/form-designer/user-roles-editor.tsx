/** @module A user field's roles: the company's roles its user must hold one of, or none for anyone. */
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { patchField } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/** 仅限角色 / Limited to roles: a multi-select of the company's roles; none picked leaves the field open to every user. */
export function UserRolesEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { roles, problems, apply, lang } = useDesigner();
  if (field.type !== 'user') return null;
  const picked = field.roles ?? [];
  const mine = problemsUnder(problems, `${path}/roles`);
  const name = (id: string) => roles.find((r) => r.id === id)?.name[lang] ?? t('formDesigner.rowAccess.unknownRole', { role: id });
  return (
    <div className="fd-block">
      <div className="heng-label">{t('formDesigner.userRoles.label')}</div>
      <Select
        style={{ width: '100%' }}
        mode="multiple"
        aria-label={t('formDesigner.userRoles.label')}
        placeholder={t('formDesigner.userRoles.placeholder')}
        status={statusOf(mine)}
        value={[...picked]}
        options={[...new Set([...roles.map((r) => r.id), ...picked])].map((id) => ({ value: id, label: name(id) }))}
        onChange={(ids: string[]) => apply((d) => patchField(d, fieldRef, { roles: ids.length === 0 ? undefined : ids }))}
      />
      <div className="heng-muted">{t('formDesigner.userRoles.hint')}</div>
      <FieldProblems problems={mine} />
    </div>
  );
}
