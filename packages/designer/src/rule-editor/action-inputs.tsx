/** @module Inputs actions share: who receives (role, user, user field, its user's manager), which record is acted on, and message templates. */
import type { LocalizedText, Recipient } from '@heng/engine';
import { Flex, Input, Segmented, Select } from 'antd';
import { useRef } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf } from '../components/field-problems.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { recipientKind, recipientOfKind } from '../ops/ruleset-actions.js';
import type { RecipientKind } from '../ops/ruleset-actions.js';
import { useRuleEditor } from './editor-context.js';
import { withPlaceholder } from './template-insert.js';
import type { Caret } from './template-insert.js';

/** A labelled input of an action's form. */
export function Labelled({ label, children, grow = 1, basis = 160 }: { readonly label: string; readonly children: ReactNode; readonly grow?: number; readonly basis?: number }) {
  return (
    <label className="hr-field" style={{ flex: `${grow} 1 ${basis}px` }}>
      <span className="heng-muted">{label}</span>
      {children}
    </label>
  );
}

interface InputProps<V> {
  readonly value: V;
  /** The value's JSON Pointer in the rule set, to mark it when it has problems. */
  readonly path: string;
  readonly onChange: (next: V, key?: string) => void;
  readonly label: string;
}

/** Who a notification or task goes to: everyone in a role, one user, the user a field of the record holds, or that user's manager (else a role). */
export function RecipientInput({ value, path, onChange, label }: InputProps<Recipient>) {
  const { t } = useTranslation();
  const { problems, roles, lang, seed, catalog, fieldText } = useRuleEditor();
  const kind = recipientKind(value);
  const status = statusOf(problemsUnder(problems, path));
  const userFields = [...catalog.values()].filter((f) => f.type === 'user');
  const roleSelect = (aria: string, role: string | undefined, pick: (role: string | undefined) => void, clear = false) => (
    <Select
      size="small"
      style={{ flex: 1, minWidth: 0 }}
      aria-label={aria}
      placeholder={aria}
      allowClear={clear}
      status={clear ? statusOf(problemsUnder(problems, `${path}/orRole`)) : status}
      value={role === '' ? undefined : role}
      options={roles.map((r) => ({ value: r.id, label: r.name[lang] }))}
      onChange={pick}
    />
  );
  const fieldSelect = (field: string, pick: (field: string) => void, words: (id: string) => string) => (
    <Select
      size="small"
      style={{ flex: 1, minWidth: 0 }}
      aria-label={t('ruleEditor.actions.pickField')}
      placeholder={t('ruleEditor.actions.pickField')}
      notFoundContent={t('ruleEditor.actions.noUserFields')}
      status={status}
      value={field === '' ? undefined : field}
      options={userFields.map((f) => ({ value: f.id, label: words(f.id) }))}
      onChange={pick}
    />
  );
  return (
    <Labelled label={label} basis={260} grow={2}>
      <Flex gap={6} wrap>
        <Segmented<RecipientKind>
          size="small"
          value={kind}
          options={(['role', 'user', 'field', 'manager'] as const).map((k) => ({ value: k, label: t(`ruleEditor.actions.who.${k}`) }))}
          onChange={(k) => onChange(recipientOfKind(k, seed))}
        />
        {'role' in value && roleSelect(t('ruleEditor.actions.pickRole'), value.role, (role) => onChange({ role: role ?? '' }))}
        {'user' in value && (
          <Input size="small" style={{ flex: 1 }} aria-label={t('ruleEditor.actions.userId')} placeholder={t('ruleEditor.actions.userId')} status={status} value={value.user} onChange={(e) => onChange({ user: e.target.value }, 'user')} />
        )}
        {'field' in value && fieldSelect(value.field, (field) => onChange({ field }), fieldText)}
        {'managerOf' in value && (
          // A line of its own: the field and the role to fall back on, each wide enough to read.
          <Flex gap={6} style={{ flex: '1 1 100%' }}>
            {fieldSelect(value.managerOf, (managerOf) => onChange({ ...value, managerOf }), (id) => t('ruleEditor.actions.managerOf', { field: fieldText(id) }))}
            {roleSelect(t('ruleEditor.actions.orRole'), value.orRole, (orRole) => onChange(orRole === undefined ? { managerOf: value.managerOf } : { managerOf: value.managerOf, orRole }), true)}
          </Flex>
        )}
      </Flex>
    </Labelled>
  );
}

/** Which record an action acts on: this one, or the one a reference field of the form points to. */
export function TargetSelect({ value, path, onChange, label }: InputProps<string | undefined>) {
  const { t } = useTranslation();
  const { problems, catalog, fieldText } = useRuleEditor();
  const references = [...catalog.values()].filter((f) => f.type === 'reference');
  return (
    <Labelled label={label}>
      <Select
        size="small"
        aria-label={label}
        status={statusOf(problemsUnder(problems, path))}
        value={value ?? ''}
        options={[{ value: '', label: t('ruleEditor.actions.self') }, ...references.map((f) => ({ value: f.id, label: t('ruleEditor.actions.onField', { field: fieldText(f.id) }) }))]}
        onChange={(on: string) => onChange(on === '' ? undefined : on)}
      />
    </Labelled>
  );
}

/**
 * A message in both languages; `{{field}}` placeholders, inserted from a list of the facts where
 * the writer last was (see {@link withPlaceholder}), are filled from the record.
 */
export function TemplateInput({ value, path, onChange, label }: InputProps<LocalizedText>) {
  const { t } = useTranslation();
  const { problems, facts, fieldText } = useRuleEditor();
  const caret = useRef<Caret | undefined>(undefined);
  const choices = [...facts.values()].filter((f) => f.kind !== 'table').map((f) => ({ value: f.id, label: fieldText(f.id) }));
  const insert = (id: string) => {
    const next = withPlaceholder(value, id, caret.current);
    caret.current = next.caret;
    // No key: an undo step of its own, not merged with the typing before it.
    onChange(next.text);
  };
  const keep = (lang: keyof LocalizedText) => (e: SyntheticEvent<HTMLTextAreaElement>) => {
    caret.current = { lang, start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd, text: e.currentTarget.value };
  };
  const box = (lang: keyof LocalizedText, aria: string, tag: string) => (
    <Input.TextArea
      aria-label={`${label} · ${aria}`}
      autoSize={{ minRows: 1, maxRows: 4 }}
      status={statusOf(problemsUnder(problems, `${path}/${lang}`).concat(problemsAt(problems, path)))}
      value={value[lang]}
      onChange={(e) => {
        keep(lang)(e);
        onChange({ ...value, [lang]: e.target.value }, lang);
      }}
      onSelect={keep(lang)}
      placeholder={tag}
    />
  );
  return (
    <div className="hr-field" style={{ flex: '1 1 100%' }}>
      <Flex justify="space-between" align="center" gap={8}>
        <span className="heng-muted">{label}</span>
        <Select
          size="small"
          variant="borderless"
          style={{ width: 150 }}
          aria-label={t('ruleEditor.actions.insertField')}
          placeholder={t('ruleEditor.actions.insertField')}
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          options={choices}
          onChange={(id: string) => insert(id)}
        />
      </Flex>
      <div className="hr-template">
        {box('zh-CN', t('ruleEditor.actions.templateZh'), '中')}
        {box('en', t('ruleEditor.actions.templateEn'), 'EN')}
      </div>
      <span className="heng-muted">{t('ruleEditor.actions.templateHint', { example: `{{${choices[0]?.value ?? 'field_id'}}}` })}</span>
    </div>
  );
}
