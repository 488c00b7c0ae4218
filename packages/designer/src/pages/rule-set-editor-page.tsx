/** @module The route of the rule editor: the company's draft, through the definition page (autosave, publish, versions). */
import { ruleSetTasks } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import type { EditorHost } from '../definitions/definition-page.js';
import { MissingForm } from '../definitions/missing-form.js';
import { api } from '../api/client.js';
import { useLoad } from '../renderer/index.js';
import { RuleSetEditor } from '../rule-editor/index.js';

/**
 * The editor on the rule set's published form and its scorecards, checked as the server checks
 * it, the task actions of the company's rule sets included once they are read; without the form,
 * what to do instead.
 */
function HostedEditor({ host }: { readonly host: EditorHost<RuleSetDefinition> }) {
  const { initial, company, onChange, problems, dirty } = host;
  const cards = useMemo(() => company.scorecardDefinitions.filter((s) => s.form === initial.form), [company.scorecardDefinitions, initial.form]);
  // Read afresh with the editor (not once per page): a task action published meanwhile is offered.
  const [ruleSets] = useLoad(() => api.published<RuleSetDefinition>('ruleset'), []);
  const bodies = useMemo(() => (ruleSets.status === 'ok' ? ruleSets.value.map((v) => v.body) : []), [ruleSets]);
  const ctx = useMemo(() => (ruleSets.status === 'ok' ? { ...company.ctx, tasks: ruleSetTasks(bodies) } : company.ctx), [company.ctx, ruleSets.status, bodies]);
  const form = company.forms.get(initial.form);
  if (form === undefined) return <MissingForm kind="ruleset" form={initial.form} />;
  return <RuleSetEditor initial={initial} onChange={onChange} problems={problems} dirty={dirty} form={form} forms={company.forms} ctx={ctx} roles={company.roles} scorecards={company.scorecards} cards={cards} flows={company.flows} ruleSets={bodies} />;
}

/** `/apps/:appId/rulesets/:rulesetId`. */
export function RuleSetEditorPage() {
  const { rulesetId = '' } = useParams();
  return (
    <DefinitionPage<RuleSetDefinition> key={rulesetId} kind="ruleset" id={rulesetId}>
      {(host) => <HostedEditor host={host} />}
    </DefinitionPage>
  );
}
