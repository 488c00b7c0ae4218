/** @module One effect said in words: what would happen to which record, for whom, with the message filled in. */
import type { Effect, RecordTarget, ResolvedRecipient } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format/date.js';
import { useRuleEditor } from './editor-context.js';
import { displayTypeOf, showValue } from './show-value.js';

/** The sentence for `effect`. */
export function EffectText({ effect: e }: { readonly effect: Effect }) {
  const { t } = useTranslation();
  const { form, forms, lang, flows, fieldText, flagText, taskText, roleText: roleName } = useRuleEditor();
  const target = (x: RecordTarget) => ('self' in x ? t('ruleEditor.effect.self') : x.record === null ? t('ruleEditor.effect.noTarget', { field: fieldText(x.field) }) : t('ruleEditor.effect.target', { field: fieldText(x.field), id: x.record }));
  const who = (x: ResolvedRecipient) => {
    if ('field' in x) return x.user === null ? t('ruleEditor.effect.noUser', { field: fieldText(x.field) }) : t('ruleEditor.effect.userField', { field: fieldText(x.field), id: x.user });
    if ('managerOf' in x) {
      const field = fieldText(x.managerOf);
      if (x.orRole === undefined) return x.of === null ? t('ruleEditor.effect.noManager', { field }) : t('ruleEditor.effect.manager', { field, id: x.of });
      const name = roleName(x.orRole);
      return x.of === null ? t('ruleEditor.effect.noManagerOr', { field, name }) : t('ruleEditor.effect.managerOr', { field, id: x.of, name });
    }
    if ('role' in x) return t('ruleEditor.effect.role', { name: roleName(x.role) });
    return t('ruleEditor.effect.user', { id: x.user });
  };
  const none = t('ruleEditor.test.none');
  const scope = (s: string) => t(`ruleEditor.actions.scopes.${s as 'orders'}`);
  switch (e.kind) {
    case 'set_field': {
      if (e.target === undefined) return <>{t(e.append ? 'ruleEditor.effect.append_field' : 'ruleEditor.effect.set_field', { field: fieldText(e.field), value: showValue(e.field, e.value, { form, lang, none, ...displayTypeOf(form, e.field) }) })}</>;
      if (e.target.record === null) return <>{t('ruleEditor.effect.set_field_on_empty', { ref: fieldText(e.target.field), field: forms.get(e.target.form)?.fields.find((f) => f.id === e.field)?.label[lang] ?? e.field })}</>;
      const written = forms.get(e.target.form);
      const field = written?.fields.find((f) => f.id === e.field)?.label[lang] ?? e.field;
      const value = written === undefined ? JSON.stringify(e.value) : showValue(e.field, e.value, { form: written, lang, none, ...displayTypeOf(written, e.field) });
      return <>{t(e.append ? 'ruleEditor.effect.append_field_on' : 'ruleEditor.effect.set_field_on', { field, target: target(e.target), value })}</>;
    }
    case 'add_flag':
      return <>{t('ruleEditor.effect.add_flag', { flag: flagText(e.flag, e.label), target: target(e.target) })}</>;
    case 'remove_flag':
      return <>{t('ruleEditor.effect.remove_flag', { flag: flagText(e.flag), target: target(e.target) })}</>;
    case 'notify':
      return <>{t('ruleEditor.effect.notify', { to: who(e.to), message: e.message[lang] })}</>;
    case 'create_task':
      return <>{t('ruleEditor.effect.create_task', { to: who(e.assignee), date: formatDate(e.dueDate, lang), title: e.title[lang] })}</>;
    case 'close_tasks':
      return <>{e.actions === undefined ? t('ruleEditor.effect.close_tasks', { reason: e.reason[lang] }) : t('ruleEditor.effect.close_tasks_of', { actions: e.actions.map(taskText).join(t('ruleEditor.effect.listSeparator')), reason: e.reason[lang] })}</>;
    case 'start_flow':
      return <>{t('ruleEditor.effect.start_flow', { flow: flows.find((f) => f.id === e.flow)?.name[lang] ?? e.flow })}</>;
    case 'freeze':
      return <>{t('ruleEditor.effect.freeze', { scope: scope(e.scope), target: target(e.target), reason: e.reason[lang] })}</>;
    case 'unfreeze':
      return <>{t('ruleEditor.effect.unfreeze', { scope: scope(e.scope), target: target(e.target) })}</>;
    case 'call_webhook':
      return <>{t('ruleEditor.effect.call_webhook', { url: e.url, payload: JSON.stringify(e.payload) })}</>;
  }
}
