/**
 * @module The record form: a form definition rendered with react-hook-form, checked by the engine in
 * the browser (formulas, visibility and conditional requirement live), and the server's problems put back on the fields.
 */
import { tidyText } from '@heng/engine';
import type { CompiledForm, FormDefinition, FormRecord, Problem } from '@heng/engine';
import { Alert, Button, Form, Space } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { FieldErrors, FieldValues, Resolver, ResolverResult } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';
import { FieldProblems } from '../components/field-problems.js';
import { useLang } from '../i18n/use-lang.js';
import { SectionBlock } from './field-item.js';
import { FormBoundary } from './form-boundary.js';
import { LookupLinksContext, useLookupLinks } from './lookup-links.js';
import { useLookups } from './lookups.js';
import { compileSafely, initialValues, newRecordAccess, recordOf, shownNames, todayInChina, withTypedText, writableOf } from './form-model.js';
import { errorTree, placeProblems } from './problem-errors.js';
import { asApiError } from './use-load.js';
import { UnsavedGuard } from './unsaved-guard.js';
import { useDisplayWords } from './value-view.js';

export interface RecordFormProps {
  readonly form: FormDefinition;
  /** The record to edit or show (as the server sends it); a new record starts from the form's defaults. Remount (a `key`) to load another. */
  readonly value?: FormRecord;
  /** For a new record: values on top of the form's defaults (the user as owner, as the server fills it). */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** The user's roles: fields hidden from them are left out, read-only ones shown as values. */
  readonly roles: readonly string[];
  /** Show the values only. */
  readonly readOnly?: boolean;
  /**
   * Called with the values the user may write once the engine finds no problem (formulas left
   * out: the server computes them). An ApiError it throws is shown: its problems on their fields.
   * Without it, the button only checks the record (the designer's preview).
   */
  readonly onSubmit?: (values: Record<string, unknown>) => Promise<void>;
  readonly submitLabel?: string;
  /** More buttons beside the submit button (cancel). */
  readonly extra?: ReactNode;
}

/**
 * A record form for `form`. A form that does not compile (a draft with problems) shows why instead.
 *
 * @example
 * <RecordForm form={form} roles={session.roles} onSubmit={(values) => createRecord(form.id, values)} />
 */
export function RecordForm(props: RecordFormProps) {
  const { t } = useTranslation();
  const compiled = useMemo(() => compileSafely(props.form), [props.form]);
  if (!compiled.ok) return <Alert type="warning" showIcon title={t('runtime.form.notCompiled')} description={compiled.reason} />;
  return (
    <FormBoundary form={props.form} title={t('runtime.form.notCompiled')}>
      <CompiledRecordForm {...props} compiled={compiled.form} />
    </FormBoundary>
  );
}

/** Enter in a one-line input does not save the whole form (only the save button does); a text area, a button, or an IME choosing a word keep it. */
function keepEnter(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const target = e.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.type !== 'submit' && target.type !== 'button') e.preventDefault();
}

function CompiledRecordForm({ form, compiled, value, defaults, roles, readOnly = false, onSubmit, submitLabel, extra }: RecordFormProps & { readonly compiled: CompiledForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const today = useMemo(() => todayInChina(), []);
  const access = useMemo(() => compiled.accessFor(roles), [compiled, roles]);
  const [general, setGeneral] = useState<readonly Problem[]>([]);
  const [failure, setFailure] = useState<ApiError>();
  const [checked, setChecked] = useState(false);
  // The resolver is made once (react-hook-form keeps the first); it reads the latest inputs here.
  const latest = useRef({ form, compiled, roles, today, shown: new Set<string>() });

  const resolver = useCallback<Resolver<FieldValues>>((values): ResolverResult<FieldValues> => {
    const now = latest.current;
    // Text as the server will store it: a required field of only spaces is empty here too.
    const record = tidyText(now.form.fields, recordOf(now.form, values));
    const problems = withTypedText(now.form, record, now.compiled.validateRecord(record, { role: now.roles, today: now.today }));
    const placed = placeProblems(problems, (name) => now.shown.has(name));
    setGeneral(placed.general);
    if (problems.length === 0) return { values, errors: {} };
    const errors: FieldErrors<FieldValues> = errorTree(placed.byName);
    // A problem no input shows must still stop the submit: react-hook-form submits only with no errors at all.
    const first = placed.general[0];
    if (first !== undefined) errors.root = { general: { type: first.code, message: first.message } };
    return { values: {}, errors };
  }, []);

  const methods = useForm<FieldValues>({ defaultValues: initialValues(compiled, value, defaults), resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  // Changes not saved yet are not lost to a click elsewhere; a save under way (which moves on when done) is let through.
  const saving = useRef(false);
  const { isDirty } = methods.formState;
  const unsaved = useRef(false);
  unsaved.current = isDirty;
  const guarded = useCallback(() => unsaved.current && !saving.current, []);
  const values = useWatch({ control: methods.control });
  const typed = useMemo(() => recordOf(form, values), [form, values]);
  // Lookups as saving would copy them, so a new record shows them (and formulas over them) at once;
  // a record only shown keeps what it holds (an approver sees the grade the application was made with).
  const filled = useLookups(form, typed, value, !readOnly);
  const computed = useMemo(() => compiled.computeRecord(filled, { today }), [compiled, filled, today]);
  const links = useLookupLinks(form);
  const creating = value === undefined;
  const onScreen = useMemo(() => (creating && !readOnly ? newRecordAccess(form, access, computed) : access), [creating, readOnly, form, access, computed]);
  latest.current = { form, compiled, roles, today, shown: shownNames(form, computed, onScreen, compiled.isVisible) };
  // After a save was tried, a change rechecks the fields it may make required or not (react-hook-form rechecks only the changed one).
  const conditional = useMemo(() => form.fields.filter((f) => f.requiredWhen !== undefined).map((f) => f.id), [form]);
  const { isSubmitted } = methods.formState;
  useEffect(() => {
    if (isSubmitted && conditional.length > 0) void methods.trigger(conditional);
  }, [computed, isSubmitted, conditional, methods]);

  const submit = methods.handleSubmit(
    async (valid) => {
      setFailure(undefined);
      if (onSubmit === undefined) {
        setChecked(true);
        return;
      }
      try {
        saving.current = true;
        await onSubmit(writableOf(recordOf(form, valid), access));
        // A save that moved on has left this form; one that stayed (someone else saved first) guards it again.
        setTimeout(() => {
          saving.current = false;
        }, 0);
      } catch (e) {
        saving.current = false;
        const error = asApiError(e);
        const placed = placeProblems(error.problems, (name) => latest.current.shown.has(name));
        [...placed.byName].forEach(([name, err], i) => methods.setError(name, err, { shouldFocus: i === 0 }));
        setGeneral(placed.general);
        setFailure(error);
      }
    },
    () => setChecked(false),
  );

  return (
    <FormProvider {...methods}>
      {onSubmit !== undefined && !readOnly && <UnsavedGuard active={guarded} />}
      <form onSubmit={(e) => void submit(e)} onKeyDown={keepEnter} noValidate data-testid="record-form" className="heng-stack">
        {failure !== undefined && <Alert type="error" showIcon title={lang === 'zh-CN' ? failure.messageZh : failure.message} data-testid="form-failure" />}
        {general.length > 0 && <Alert type="error" showIcon title={t('runtime.form.problemsTitle')} description={<FieldProblems problems={general} />} />}
        {checked && general.length === 0 && <Alert type="success" showIcon title={t('runtime.form.checked')} />}
        <Form layout="vertical" component="div" className="heng-stack">
          <LookupLinksContext.Provider value={links}>
            {form.sections.map((s) => (
              <SectionBlock key={s.id} form={form} section={s} access={onScreen} isVisible={compiled.isVisible} isRequired={compiled.isRequired} computed={computed} readOnly={readOnly} words={words} creating={creating} />
            ))}
          </LookupLinksContext.Provider>
        </Form>
        {!readOnly && (
          <Space>
            <Button type="primary" htmlType="submit" loading={methods.formState.isSubmitting}>
              {submitLabel ?? t(onSubmit === undefined ? 'runtime.form.check' : 'runtime.form.submit')}
            </Button>
            {extra}
          </Space>
        )}
      </form>
    </FormProvider>
  );
}
