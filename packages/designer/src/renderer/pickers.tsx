/** @module Pickers whose choices live on the server: a user of the company, a record of another form. */
import { inSentence, labelFieldOf } from '@heng/engine';
import type { FieldDefinition, FormRecord } from '@heng/engine';
import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../i18n/use-lang.js';
import { recordPath } from '../runtime/paths.js';
import { loadRecord, loadUsers, pickableUsers, publishedFormOnce, recordName, searchRecords } from './data.js';
import type { InputProps } from './field-input.js';
import { useRolesIfSignedIn } from '../session/session.js';
import { pickerFilter, readableFilter, useLetGoUnmatched } from './reference-filter.js';
import type { FilledRecord } from './reference-filter.js';
import { useLoad } from './use-load.js';

type Of<T extends FieldDefinition['type']> = Extract<FieldDefinition, { type: T }>;
const full = { width: '100%' };

/** A user picked from GET /api/users, by name; only those holding one of the field's roles, when it has them. */
export function UserInput({ field, value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps<Of<'user'>>) {
  const { t } = useTranslation();
  const [users] = useLoad(loadUsers, []);
  const options = users.status === 'ok' ? pickableUsers(users.value, field, value).map((u) => ({ value: u.id, label: u.displayName, title: u.email })) : [];
  return (
    <Select
      ref={inputRef}
      id={id}
      aria-label={ariaLabel}
      status={status ?? (users.status === 'error' ? 'error' : undefined)}
      style={full}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={users.status === 'loading'}
      placeholder={t('runtime.form.pickUser')}
      options={options}
      value={typeof value === 'string' ? value : undefined}
      onChange={(v?: string) => onChange(v)}
      onBlur={onBlur}
    />
  );
}

/** The label field of a target form (its form asked once per page load). */
const labelFieldFor = (formId: string): Promise<string | undefined> => publishedFormOnce(formId).then(labelFieldOf);

const recordLabels = new Map<string, Promise<string>>();

/** A record's label field value (its id when it has none), asked once per page load. */
function recordLabel(formId: string, id: string): Promise<string> {
  const key = `${formId}/${id}`;
  let found = recordLabels.get(key);
  if (found === undefined) {
    found = Promise.all([labelFieldFor(formId), loadRecord(formId, id)]).then(([field, rec]) => recordName(field, rec));
    found.catch(() => recordLabels.delete(key));
    recordLabels.set(key, found);
  }
  return found;
}

/** Shown for a record's name while it loads: not its id, which means nothing to a reader. */
export const LOADING_NAME = '…';

/**
 * How a record of `formId` is named: its label field's value ("…" while that loads), or its id
 * when it has none or cannot be read.
 *
 * @example
 * const name = useRecordLabel('customer', 'r_1'); // '闽江机械有限公司'
 */
export function useRecordLabel(formId: string, id: string | undefined): string | undefined {
  const [label] = useLoad(async () => (id === undefined ? undefined : recordLabel(formId, id)), [formId, id]);
  if (id === undefined) return undefined;
  return label.status === 'loading' ? LOADING_NAME : label.status === 'ok' ? (label.value ?? id) : id;
}

const NO_VALUES: FormRecord = {};

/** The labels of this record's fields a picker waits for, in the reader's language. */
function waitingWords(waitingFor: readonly string[], record: FilledRecord | undefined, lang: 'zh-CN' | 'en'): string {
  const labels = waitingFor.map((id) => {
    const label = record?.form.fields.find((f) => f.id === id)?.label;
    return label === undefined ? id : inSentence(label)[lang];
  });
  return labels.join(lang === 'en' ? ', ' : '、');
}

/**
 * A record of the field's target form, searched by its label field as one types; with a filter,
 * only the records it offers on this record's values, and until the fields it compares with are
 * filled, none, saying which to fill first.
 */
export function ReferenceInput({ field, value, onChange, onBlur, inputRef, id, ariaLabel, status, record }: InputProps<Of<'reference'>>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [typed, setTyped] = useState('');
  useEffect(() => {
    // Ask the server once typing pauses, not at every key.
    const timer = setTimeout(() => setSearch(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const own = record?.values ?? NO_VALUES;
  const { filters, waitingFor } = useMemo(() => pickerFilter(field, own), [field, own]);
  // Asked again when the filters say something else, not each time the record's values are recomputed.
  const asked = JSON.stringify(filters);
  const waiting = waitingFor.length > 0 ? t('runtime.form.pickFirst', { fields: waitingWords(waitingFor, record, lang) }) : undefined;
  const roles = useRolesIfSignedIn();
  useLetGoUnmatched(field, value, own, roles, onChange);
  const [found] = useLoad(async () => {
    if (waiting !== undefined) return [];
    const labelField = await labelFieldFor(field.target);
    const readable = pickerFilter({ ...field, filter: [...(await readableFilter(field, roles))] }, own).filters;
    const page = await searchRecords(field.target, labelField, search, readable);
    return page.items.map((r) => ({ value: r.id, label: recordName(labelField, r) }));
  }, [field.target, search, asked, waiting]);
  const current = useRecordLabel(field.target, typeof value === 'string' ? value : undefined);
  const options = useMemo(() => {
    const list = found.status === 'ok' ? found.value : [];
    return typeof value === 'string' && !list.some((o) => o.value === value) ? [{ value, label: current ?? value }, ...list] : list;
  }, [found, value, current]);
  return (
    <Select
      ref={inputRef}
      id={id}
      aria-label={ariaLabel}
      status={status ?? (found.status === 'error' ? 'error' : undefined)}
      style={full}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.status === 'loading'}
      placeholder={waiting ?? t('runtime.form.pickRecord', { form: field.label[lang] })}
      notFoundContent={waiting ?? (found.status === 'error' ? t('runtime.form.pickFailed') : undefined)}
      options={options}
      value={typeof value === 'string' ? value : undefined}
      onChange={(v?: string) => onChange(v)}
      onBlur={onBlur}
    />
  );
}

/** A link to a referenced record, named by its label field. */
export function RecordLink({ formId, id }: { readonly formId: string; readonly id: string }) {
  const { appId = '' } = useParams();
  const label = useRecordLabel(formId, id);
  return <Link to={recordPath(appId, formId, id)}>{label ?? id}</Link>;
}
