/** @module The route of the form designer: the company's draft, through the definition page (autosave, publish, versions). */
import type { FormDefinition } from '@heng/engine';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import { FormDesigner } from '../form-designer/form-designer.js';

/** `/apps/:appId/forms/:formId`. */
export function FormDesignerPage() {
  const { formId = '' } = useParams();
  return (
    <DefinitionPage<FormDefinition> key={formId} kind="form" id={formId}>
      {({ initial, onChange, problems, dirty, company }) => (
        <FormDesigner initial={initial} onChange={onChange} problems={problems} dirty={dirty} roles={company.roles} forms={[...company.forms.values()]} ctx={company.ctx} />
      )}
    </DefinitionPage>
  );
}
