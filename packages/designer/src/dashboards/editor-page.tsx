/** @module The route of the dashboard editor: the company's draft, through the definition page (autosave, publish, versions). */
import type { DashboardDefinition } from '@heng/engine';
import { useParams } from 'react-router';
import { DefinitionPage } from '../definitions/definition-page.js';
import { DashboardEditor } from './dashboard-editor.js';
import { editableDashboard } from './editable.js';

/** `/apps/:appId/dashboards/:dashboardId/edit`. */
export function DashboardEditorPage() {
  const { dashboardId = '' } = useParams();
  return (
    <DefinitionPage<DashboardDefinition> key={dashboardId} kind="dashboard" id={dashboardId}>
      {(host) => <DashboardEditor {...host} initial={editableDashboard(host.initial)} />}
    </DefinitionPage>
  );
}
