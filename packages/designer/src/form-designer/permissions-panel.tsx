/** @module The form's record permissions: per action (create, change, delete), every role or only the roles chosen. */
import { RECORD_ACTIONS } from '@heng/engine';
import type { RecordAction } from '@heng/engine';
import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { setPermission } from '../ops/form-permissions.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import { SettingsSection } from './settings-section.js';

type Who = 'all' | 'some';

/** One action: open to all, or to the roles picked (none picked: nobody); its problems under it. */
function ActionRow({ action }: { readonly action: RecordAction }) {
  const { t } = useTranslation();
  const { def, roles, problems, apply, lang } = useDesigner();
  const allowed = def.permissions?.[action];
  const mine = problemsUnder(problems, `/permissions/${action}`);
  const name = (id: string) => roles.find((r) => r.id === id)?.name[lang] ?? t('formDesigner.rowAccess.unknownRole', { role: id });
  const verb = t(`formDesigner.permissions.${action}`);
  return (
    <li className={`fd-permission${mine.length > 0 ? ' has-problem' : ''}`} data-action={action}>
      <span className="fd-permission-verb">{verb}</span>
      <Segmented<Who>
        size="small"
        aria-label={t('formDesigner.permissions.who', { action: verb })}
        value={allowed === undefined ? 'all' : 'some'}
        options={[
          { value: 'all', label: t('formDesigner.permissions.all') },
          { value: 'some', label: t('formDesigner.permissions.some') },
        ]}
        onChange={(who) => apply((d) => setPermission(d, action, who === 'all' ? undefined : (allowed ?? [])))}
      />
      {allowed !== undefined && (
        <Select
          className="fd-permission-roles"
          size="small"
          mode="multiple"
          aria-label={t('formDesigner.permissions.roles', { action: verb })}
          placeholder={t('formDesigner.permissions.nobody')}
          status={statusOf(mine)}
          value={[...allowed]}
          options={[...new Set([...roles.map((r) => r.id), ...allowed])].map((id) => ({ value: id, label: name(id) }))}
          onChange={(ids: string[]) => apply((d) => setPermission(d, action, ids))}
        />
      )}
      <FieldProblems problems={mine} />
    </li>
  );
}

/** Who may create, change and delete the form's records. */
export function PermissionsPanel() {
  const { t } = useTranslation();
  const { problems } = useDesigner();
  return (
    <SettingsSection testId="record-permissions" title={t('formDesigner.permissions.title')} hint={t('formDesigner.permissions.hint')}>
      <ul className="fd-permissions">
        {RECORD_ACTIONS.map((action) => (
          <ActionRow key={action} action={action} />
        ))}
      </ul>
      <FieldProblems problems={problemsAt(problems, '/permissions')} />
    </SettingsSection>
  );
}
