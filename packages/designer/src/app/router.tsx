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

// Dashboards have their own pages (src/dashboards): read there, and created and edited there by admins.
const LISTS = Object.values(KIND_SECTIONS).filter((s) => s !== 'dashboards').map((s) => ({ path: s, element: <DefinitionList key={s} section={s} /> }));

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
          { path: 'forms/:formId', element: <FormDesignerPage /> },
          { path: 'scorecards/:scorecardId', element: <ScorecardEditorPage /> },
          { path: 'rulesets/:rulesetId', element: <RuleSetEditorPage /> },
          { path: 'flows/:flowId', element: <FlowDesignerPage /> },
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
