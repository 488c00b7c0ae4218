/** @module A draft dashboard's charts, asked of the server a moment after the last edit, only while the engine finds no problem. */
import type { DashboardDefinition, Problem } from '@heng/engine';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client.js';
import { asApiError } from '../renderer/index.js';
import { dashboardsApi } from './api.js';
import type { ChartView } from './api.js';

/** Where the preview stands. */
export type PreviewState =
  | { readonly kind: 'blocked' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading'; readonly charts: readonly ChartView[] }
  | { readonly kind: 'ready'; readonly charts: readonly ChartView[] }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly error: ApiError };

/** Quiet time after an edit before asking, so typing a title asks once. */
const SETTLE_MS = 400;

/**
 * The preview of `def`: `empty` without charts, `blocked` while it has problems (the editor
 * shows them), else the server's charts (kept on screen while the next ones load).
 *
 * @example
 * const preview = usePreview(editor.def, editor.problems.length > 0);
 */
export function usePreview(def: DashboardDefinition, blocked: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'loading', charts: [] });
  const body = JSON.stringify(def);
  const empty = def.charts.length === 0;
  useEffect(() => {
    if (blocked || empty) return;
    let live = true;
    setState((s) => ({ kind: 'loading', charts: s.kind === 'ready' || s.kind === 'loading' ? s.charts : [] }));
    const timer = setTimeout(() => {
      dashboardsApi.preview(JSON.parse(body) as DashboardDefinition).then(
        (data) => live && setState({ kind: 'ready', charts: data.charts }),
        (e: unknown) => {
          if (!live) return;
          const error = asApiError(e);
          setState(error.status === 422 && error.problems.length > 0 ? { kind: 'refused', problems: error.problems } : { kind: 'failed', error });
        },
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [body, blocked, empty]);
  if (empty) return { kind: 'empty' };
  if (blocked) return { kind: 'blocked' };
  return state;
}
