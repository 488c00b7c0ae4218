/** @module The route of the scorecard editor: the company's draft, through the definition page (autosave, publish, versions). */
import type { ScorecardDefinition } from '@heng/engine';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import type { EditorHost } from '../definitions/definition-page.js';
import { MissingForm } from '../definitions/missing-form.js';
import { ScorecardEditor } from './scorecard-editor.js';

/** The editor on the card's published form; without one, what to do instead. */
function HostedEditor({ host }: { readonly host: EditorHost<ScorecardDefinition> }) {
  const { initial, company, onChange, problems, dirty, published } = host;
  const form = company.forms.get(initial.form);
  if (form === undefined) return <MissingForm kind="scorecard" form={initial.form} />;
  return <ScorecardEditor initial={initial} form={form} ctx={company.ctx} onChange={onChange} problems={problems} dirty={dirty} published={published} />;
}

/** `/apps/:appId/scorecards/:scorecardId`. */
export function ScorecardEditorPage() {
  const { scorecardId = '' } = useParams();
  return (
    <DefinitionPage<ScorecardDefinition> key={scorecardId} kind="scorecard" id={scorecardId}>
      {(host) => <HostedEditor host={host} />}
    </DefinitionPage>
  );
}
