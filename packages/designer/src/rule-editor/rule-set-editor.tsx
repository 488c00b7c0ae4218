/** @module The rule set editor: the trigger and the rules (conditions, actions) beside a test panel that runs them in the browser. */
import { formCatalog, triggerFacts, validateRuleSet, withFacts } from '@heng/engine';
import type { FormDefinition, LocalizedText, Problem, ReferenceContext, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import { Col, Row } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionToolbar } from '../components/definition-toolbar.js';
import { useReportChanges } from '../definitions/use-report-changes.js';
import { ruleEditorEn } from '../i18n/features/rule-editor.js';
import { useLang } from '../i18n/use-lang.js';
import { placeOfRuleSet } from '../ops/ruleset-problems.js';
import { useDefinitionEditor } from '../ops/use-definition-editor.js';
import type { RuleSetPlace } from '../ops/ruleset-problems.js';
import { RuleEditorContext } from './editor-context.js';
import { taskTitles } from './task-words.js';
import { ruleFlagLabel } from './flag-words.js';
import type { RoleChoice, RuleEditorContextValue } from './editor-context.js';
import { RuleList } from './rule-list.js';
import { TestPanel } from './test-panel.js';
import { TriggerCard } from './trigger-card.js';
import './rule-editor.css';

export interface RuleSetEditorProps {
  readonly initial: RuleSetDefinition;
  /** Called with every new state of the rule set (edits, undo, redo), for the page to save. */
  readonly onChange: (next: RuleSetDefinition) => void;
  /** Problems from elsewhere (the server's answer to the last save), shown beside the engine's own. */
  readonly problems: readonly Problem[];
  /** The form the rule set runs on. */
  readonly form: FormDefinition;
  /** The company's published forms, by id. */
  readonly forms: ReadonlyMap<string, FormDefinition>;
  /** What the rule set is checked against: forms, roles, flows and scorecards of the tenant. */
  readonly ctx: ReferenceContext;
  readonly roles: readonly RoleChoice[];
  /** The company's published scorecards, named. */
  readonly scorecards: readonly RoleChoice[];
  /** The published scorecards of the form, whose overrides label the flags they raise. */
  readonly cards: readonly ScorecardDefinition[];
  /** The company's published flows, named. */
  readonly flows: readonly RoleChoice[];
  /** The company's rule sets as last read, whose task actions `close_tasks` names by their titles. */
  readonly ruleSets?: readonly RuleSetDefinition[];
  /** Buttons the page adds to the toolbar (save, publish). */
  readonly toolbar?: ReactNode;
  /** Whether the page holds changes not saved yet. */
  readonly dirty?: boolean;
}

/** Something for new messages, task titles and freeze reasons to start from, in both languages. */
const NEW_TEXT = { 'zh-CN': '规则已触发，请跟进。', en: 'A rule fired: please follow up.' };

const isFact = (id: string): id is keyof typeof ruleEditorEn.facts => Object.hasOwn(ruleEditorEn.facts, id);
const isTrend = (option: string): option is keyof typeof ruleEditorEn.trends => Object.hasOwn(ruleEditorEn.trends, option);

/** Brings the part a problem is in into view, unfolding its rule. */
function reveal(place: RuleSetPlace, fold: (ruleId: string, folded: boolean) => void): void {
  if (place.ruleId !== undefined) fold(place.ruleId, false);
  const selector =
    place.section === 'trigger'
      ? '[data-testid=rule-trigger]'
      : place.actionId !== undefined
        ? `[data-action="${CSS.escape(`${place.ruleId}/${place.actionId}`)}"]`
        : place.ruleId !== undefined
          ? `[data-rule="${CSS.escape(place.ruleId)}"]`
          : '[data-testid=rule-list]';
  // After the unfolded rule has rendered.
  requestAnimationFrame(() => document.querySelector(selector)?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
}

/**
 * The whole editor for one rule set, holding its own undo/redo history.
 *
 * @example
 * <RuleSetEditor initial={def} onChange={save} problems={serverProblems} form={customerForm} forms={company.forms} ctx={ctx} roles={roles} scorecards={company.scorecards} cards={cards} flows={company.flows} />
 */
export function RuleSetEditor({ initial, onChange, problems: external, form, forms, ctx, roles, scorecards, cards, flows, ruleSets = [], toolbar, dirty = false }: RuleSetEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useDefinitionEditor(initial, validateRuleSet, ctx, external);
  useReportChanges(editor.def, onChange);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const fold = useCallback((ruleId: string, on: boolean) => {
    setFolded((s) => {
      if (s.has(ruleId) === on) return s;
      const next = new Set(s);
      if (on) next.add(ruleId);
      else next.delete(ruleId);
      return next;
    });
  }, []);
  const catalog = useMemo(() => formCatalog(form), [form]);
  const { trigger } = editor.def;
  // What the engine checks and runs conditions against: the form's fields plus the trigger's facts.
  const facts = useMemo(() => withFacts(catalog, triggerFacts(trigger, catalog, ctx)), [catalog, trigger, ctx]);
  const fieldText = useCallback(
    (id: string) => form.fields.find((f) => f.id === id)?.label[lang] ?? facts.get(id)?.label?.[lang] ?? (isFact(id) ? t(`ruleEditor.facts.${id}`) : id),
    [form, facts, lang, t],
  );
  const roleText = useCallback((id: string) => roles.find((r) => r.id === id)?.name[lang] ?? id, [roles, lang]);
  const optionText = useCallback(
    (fact: string, option: string) => {
      if (fact === 'changed_fields') return fieldText(option);
      if (fact === 'changed_by_roles') return roleText(option);
      return fact === 'grade_trend' && isTrend(option) ? t(`ruleEditor.trends.${option}`) : undefined;
    },
    [fieldText, roleText, t],
  );
  const flagText = useCallback((flag: string, label?: LocalizedText) => ruleFlagLabel(editor.def, cards, flag, lang, label), [editor.def, cards, lang]);
  // This draft's own titles first, then the other rule sets' on the same form.
  const titles = useMemo(() => taskTitles([editor.def, ...ruleSets.filter((r) => r.id !== editor.def.id && r.form === editor.def.form)], lang, fieldText), [editor.def, ruleSets, lang, fieldText]);
  const taskText = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const seed = useMemo(() => ({ fields: catalog, roles: roles.map((r) => r.id), flows: [...ctx.flows].sort(), text: NEW_TEXT }), [catalog, roles, ctx.flows]);
  const value: RuleEditorContextValue = { ...editor, form, forms, ctx, roles, scorecards, flows, lang, catalog, facts, seed, fieldText, optionText, roleText, flagText, taskText, folded, fold };
  const entries = editor.problems.map((p, i) => ({ key: `${p.path}:${p.code}:${i}`, problem: p, go: () => reveal(placeOfRuleSet(editor.def, p.path), fold) }));

  return (
    <RuleEditorContext.Provider value={value}>
      <div className="heng-editor heng-rule-editor">
        <DefinitionToolbar def={editor.def} lang={lang} dirty={dirty} canUndo={editor.canUndo} canRedo={editor.canRedo} undo={editor.undo} redo={editor.redo} problems={entries}>
          {toolbar}
        </DefinitionToolbar>
        <Row gutter={16} wrap={false} style={{ marginTop: 12 }}>
          <Col flex="1 1 0" style={{ minWidth: 0 }}>
            <div className="heng-stack">
              <TriggerCard />
              <RuleList />
            </div>
          </Col>
          <Col flex="0 0 380px" style={{ minWidth: 0 }}>
            <div className="heng-sticky">
              <TestPanel />
            </div>
          </Col>
        </Row>
      </div>
    </RuleEditorContext.Provider>
  );
}
