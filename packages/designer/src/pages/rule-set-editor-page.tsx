/** @module The route of the rule editor: the company's draft, through the definition page (autosave, publish, versions). */
import type { RuleSetDefinition } from '@heng/engine';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import { MissingForm } from '../definitions/missing-form.js';
import { RuleSetEditor } from '../rule-editor/index.js';

/** `/apps/:appId/rulesets/:rulesetId`. */
export function RuleSetEditorPage() {
  const { rulesetId = '' } = useParams();
  return (
    <DefinitionPage<RuleSetDefinition> key={rulesetId} kind="ruleset" id={rulesetId}>
      {({ initial, onChange, problems, dirty, company }) => {
        const form = company.forms.get(initial.form);
        if (form === undefined) return <MissingForm kind="ruleset" form={initial.form} />;
        return <RuleSetEditor initial={initial} onChange={onChange} problems={problems} dirty={dirty} form={form} forms={company.forms} ctx={company.ctx} roles={company.roles} scorecards={company.scorecards} flows={company.flows} />;
      }}
    </DefinitionPage>
  );
}
