/** @module The form's row access: per role, the user fields whose holder alone sees a record; roles without a rule see all. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { rowAccessByRole, setRoleRowFields, setRowRole, userFieldsOf } from '../ops/form-row-access.js';
import type { RoleRowAccess } from '../ops/form-row-access.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import { SettingsSection } from './settings-section.js';

/** The names the panel shows: a role's and a field's in the current language, the id when unknown. */
function useNames() {
  const { t } = useTranslation();
  const { def, roles, lang } = useDesigner();
  return {
    role: (id: string) => roles.find((r) => r.id === id)?.name[lang] ?? t('formDesigner.rowAccess.unknownRole', { role: id }),
    field: (id: string) => def.fields.find((f) => f.id === id)?.label[lang] ?? id,
  };
}

/** One role's rule: which role, by which user fields; its problems under it. */
function RuleRow({ rule, n, free }: { readonly rule: RoleRowAccess; readonly n: number; readonly free: readonly string[] }) {
  const { t } = useTranslation();
  const { def, forms, problems, apply } = useDesigner();
  const names = useNames();
  const mine = rule.indices.flatMap((i) => problemsUnder(problems, `/rowAccess/${i}`));
  const roleProblems = mine.filter((p) => p.path.endsWith('/role'));
  const fieldProblems = mine.filter((p) => !p.path.endsWith('/role'));
  // Fields the rule names that are not user fields stay listed, so the admin sees and removes them.
  const fieldIds = [...new Set([...userFieldsOf(def, forms).map((f) => f.id), ...rule.fields])];
  const roleName = names.role(rule.role);
  return (
    <li className={`fd-row-rule${mine.length > 0 ? ' has-problem' : ''}`} data-rule-role={rule.role}>
      <Select
        size="small"
        aria-label={t('formDesigner.rowAccess.role', { n })}
        value={rule.role}
        status={statusOf(roleProblems)}
        options={[rule.role, ...free].map((id) => ({ value: id, label: names.role(id) }))}
        onChange={(to) => apply((d) => setRowRole(d, rule.role, to))}
      />
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.rowAccess.remove', { role: roleName })} onClick={() => apply((d) => setRoleRowFields(d, rule.role, []))} />
      <Select
        className="fd-row-rule-fields"
        size="small"
        mode="multiple"
        aria-label={t('formDesigner.rowAccess.fields', { role: roleName })}
        placeholder={t('formDesigner.rowAccess.fieldsPlaceholder')}
        value={[...rule.fields]}
        status={statusOf(fieldProblems)}
        options={fieldIds.map((id) => ({ value: id, label: names.field(id) }))}
        onChange={(fields) => apply((d) => setRoleRowFields(d, rule.role, fields))}
      />
      <div className="fd-row-rule-problems">
        <FieldProblems problems={mine} />
      </div>
    </li>
  );
}

/** The rules in plain words: one sentence per role with a rule, then what every other role sees. */
function Summary({ rules }: { readonly rules: readonly RoleRowAccess[] }) {
  const { t } = useTranslation();
  const { roles } = useDesigner();
  const names = useNames();
  const quoted = (id: string) => t('formDesigner.rowAccess.quoted', { name: names.field(id) });
  const unruled = roles.length === 0 || roles.some((r) => !rules.some((x) => x.role === r.id));
  const lines =
    rules.length === 0
      ? [t('formDesigner.rowAccess.none')]
      : [
          ...rules.map((r) => t('formDesigner.rowAccess.rule', { role: names.role(r.role), fields: r.fields.map(quoted).join(t('formDesigner.rowAccess.or')) })),
          t(unruled ? 'formDesigner.rowAccess.others' : 'formDesigner.rowAccess.everyRoleHasRule'),
        ];
  return (
    <div className="fd-condition-summary" data-testid="row-access-summary">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}

/** The form's row access, edited rule by rule; a new rule is for the first role without one, by the first user field. */
export function RowAccessPanel() {
  const { t } = useTranslation();
  const { def, forms, roles, problems, apply } = useDesigner();
  const rules = rowAccessByRole(def);
  const userFields = userFieldsOf(def, forms);
  const free = roles.filter((r) => !rules.some((x) => x.role === r.id)).map((r) => r.id);
  const [role] = free;
  const [field] = userFields;
  return (
    <SettingsSection testId="row-access" title={t('formDesigner.rowAccess.title')} hint={t('formDesigner.rowAccess.hint')}>
      {rules.length > 0 && (
        <ul className="fd-row-rules">
          {rules.map((r, i) => (
            <RuleRow key={r.role} rule={r} n={i + 1} free={free} />
          ))}
        </ul>
      )}
      {userFields.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('formDesigner.rowAccess.noUserFields')}</Typography.Paragraph>
      ) : (
        <Button className="fd-row-access-add" size="small" icon={<PlusOutlined />} disabled={role === undefined || field === undefined} onClick={() => role !== undefined && field !== undefined && apply((d) => setRoleRowFields(d, role, [field.id]))}>
          {t('formDesigner.rowAccess.add')}
        </Button>
      )}
      <Summary rules={rules} />
      <FieldProblems problems={problemsAt(problems, '/rowAccess')} />
    </SettingsSection>
  );
}
