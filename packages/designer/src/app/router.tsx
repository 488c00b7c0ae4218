/** @module The designer's routes: first-run setup, sign-in, the company's app under `/apps/:appId` (signed in only), and a 404. */
import { createBrowserRouter } from 'react-router';
import { dashboardRoutes } from '../dashboards/routes.js';
import { DefinitionList } from '../definitions/definition-list.js';
import { FlowDesignerPage } from '../flow/flow-designer-page.js';
import { FormDesignerPage } from '../pages/form-designer-page.js';
import { LoginPage } from '../pages/login-page.js';
import { NotFound } from '../pages/not-found.js';
import { PeoplePage } from '../people/people-page.js';
import { RuleSetEditorPage } from '../pages/rule-set-editor-page.js';
import { SetupPage } from '../pages/setup-page.js';
import { ScorecardEditorPage } from '../scorecard/editor-page.js';
import { runtimeRoutes } from '../runtime/index.js';
import { RequireSession } from '../session/require-session.js';
import { TemplatesPage } from '../templates/templates-page.js';
import { AppLayout, HomeRedirect } from './app-layout.js';
import { KIND_SECTIONS } from './navigation.js';
import { ForSection } from './section-guard.js';

// Dashboards have their own pages (src/dashboards): read there, and created and edited there by admins.
const LISTS = Object.values(KIND_SECTIONS)
  .filter((s) => s !== 'dashboards')
  .map((s) => ({ path: s, element: <ForSection section={s}><DefinitionList key={s} section={s} /></ForSection> }));

/** Every route. The server must answer unknown non-API paths with index.html (history fallback). */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      {
        path: '/apps/:appId',
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...LISTS,
          // A typed address to a design page the user's roles may not use: a 403, not an editor whose saves would be refused.
          { path: 'forms/:formId', element: <ForSection section="forms"><FormDesignerPage /></ForSection> },
          { path: 'scorecards/:scorecardId', element: <ForSection section="scorecards"><ScorecardEditorPage /></ForSection> },
          { path: 'rulesets/:rulesetId', element: <ForSection section="rulesets"><RuleSetEditorPage /></ForSection> },
          { path: 'flows/:flowId', element: <ForSection section="flows"><FlowDesignerPage /></ForSection> },
          // These two say themselves that they are for admins.
          { path: 'templates', element: <TemplatesPage /> },
          { path: 'people', element: <PeoplePage /> },
          ...runtimeRoutes,
          ...dashboardRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFound /> },
]);
