/** @module The designer's routes: first-run setup, sign-in, an app's sections under `/apps/:appId` (signed in only), and a 404. */
import { createBrowserRouter, Navigate } from 'react-router';
import { ComingSoon } from '../pages/coming-soon.js';
import { LoginPage } from '../pages/login-page.js';
import { NotFound } from '../pages/not-found.js';
import { ScorecardList } from '../pages/scorecard-list.js';
import { SetupPage } from '../pages/setup-page.js';
import { RequireSession } from '../session/require-session.js';
import { sampleApp } from '../samples/index.js';
import { ScorecardEditorPage } from '../scorecard/editor-page.js';
import { FIRST_FLOW, FlowDesignerPage } from '../flow/flow-designer-page.js';
import { AppLayout } from './app-layout.js';
import { SECTIONS, sectionPath } from './navigation.js';

/** Every route. The server must answer unknown non-API paths with index.html (history fallback). */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: <Navigate to={sectionPath(sampleApp.id, 'scorecards')} replace /> },
      {
        path: '/apps/:appId',
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="scorecards" replace /> },
          { path: 'scorecards', element: <ScorecardList /> },
          { path: 'scorecards/:scorecardId', element: <ScorecardEditorPage /> },
          { path: 'flows', element: <Navigate to={FIRST_FLOW} replace /> },
          { path: 'flows/:flowId', element: <FlowDesignerPage /> },
          ...SECTIONS.filter((s) => s !== 'scorecards' && s !== 'flows').map((s) => ({ path: s, element: <ComingSoon section={s} /> })),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFound /> },
]);
