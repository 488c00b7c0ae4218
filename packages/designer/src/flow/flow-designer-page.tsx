/** @module The route of the flow designer: the company's draft, through the definition page (autosave, publish, versions). */
import type { FlowDefinition } from '@heng/engine';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import type { EditorHost } from '../definitions/definition-page.js';
import { MissingForm } from '../definitions/missing-form.js';
import { FlowDesigner } from './flow-designer.js';

/** The designer on the flow's published form, its scorecards and the company's roles; without the form, what to do instead. */
function HostedDesigner({ host }: { readonly host: EditorHost<FlowDefinition> }) {
  const { initial, company, onChange, problems, dirty } = host;
  const roles = useMemo(() => company.roles.map((r) => r.id), [company.roles]);
  const scorecards = useMemo(() => company.scorecardDefinitions.filter((s) => s.form === initial.form), [company.scorecardDefinitions, initial.form]);
  const form = company.forms.get(initial.form);
  if (form === undefined) return <MissingForm kind="flow" form={initial.form} />;
  return <FlowDesigner initial={initial} form={form} roles={roles} scorecards={scorecards} onChange={onChange} problems={problems} dirty={dirty} />;
}

/** `/apps/:appId/flows/:flowId`. */
export function FlowDesignerPage() {
  const { flowId = '' } = useParams();
  return (
    <DefinitionPage<FlowDefinition> key={flowId} kind="flow" id={flowId}>
      {(host) => <HostedDesigner host={host} />}
    </DefinitionPage>
  );
}
