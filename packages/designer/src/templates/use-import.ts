/** @module An import's steps for one source: the dry run (again whenever a clash's choice changes), then the import, then its result or why nothing was imported. */
import type { ConflictResolution, ImportPlan } from '@heng/engine';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client.js';
import { asApiError } from '../renderer/index.js';
import { templatesApi } from './api.js';
import type { ImportResult, ImportSource } from './api.js';
import { resolve, resolveAll } from './plan.js';
import type { Resolutions } from './plan.js';

/** Where an import stands. */
export type ImportState =
  /** The dry run is asked; the plan before a changed choice stays in view meanwhile. */
  | { readonly phase: 'planning'; readonly plan?: ImportPlan }
  /** The plan, ready to import; `error` when the last import failed without problems (it can be tried again). */
  | { readonly phase: 'planned'; readonly plan: ImportPlan; readonly error?: ApiError }
  /** The bundle's problems (422, from the dry run or the import): nothing written. The plan they followed stays, so a choice can be changed. */
  | { readonly phase: 'problems'; readonly error: ApiError; readonly plan?: ImportPlan }
  /** The dry run failed otherwise (not allowed, the server unreachable...). */
  | { readonly phase: 'failed'; readonly error: ApiError }
  | { readonly phase: 'importing'; readonly plan: ImportPlan }
  | { readonly phase: 'imported'; readonly result: ImportResult };

/** What the import drawer shows and does. */
export interface ImportSteps {
  readonly state: ImportState;
  readonly resolutions: Resolutions;
  choose(key: string, choice: ConflictResolution): void;
  chooseAll(choice: ConflictResolution): void;
  /** Asks for the dry run again (after a failure). */
  retry(): void;
  /** Imports as planned; only from `planned`. */
  run(): Promise<void>;
}

const planOf = (s: ImportState): ImportPlan | undefined => ('plan' in s ? s.plan : undefined);

const failure = (error: ApiError, plan: ImportPlan | undefined): ImportState => (error.problems.length > 0 ? { phase: 'problems', error, plan } : { phase: 'failed', error });

/**
 * The steps of importing `source`, starting with its dry run (nothing is written until `run`).
 *
 * @example
 * const { state, choose, run } = useImport({ kind: 'template', template });
 * if (state.phase === 'planned') planRows(state.plan)
 */
export function useImport(source: ImportSource): ImportSteps {
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [state, setState] = useState<ImportState>({ phase: 'planning' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setState((s) => ({ phase: 'planning', plan: planOf(s) }));
    templatesApi.plan(source, resolutions).then(
      ({ plan }) => live && setState({ phase: 'planned', plan }),
      (e: unknown) => live && setState((s) => failure(asApiError(e), planOf(s))),
    );
    return () => {
      live = false;
    };
  }, [source, resolutions, round]);

  const run = async () => {
    if (state.phase !== 'planned') return;
    const { plan } = state;
    setState({ phase: 'importing', plan });
    try {
      setState({ phase: 'imported', result: await templatesApi.import(source, resolutions) });
    } catch (e) {
      const error = asApiError(e);
      setState(error.problems.length > 0 ? { phase: 'problems', error, plan } : { phase: 'planned', plan, error });
    }
  };

  const plan = planOf(state);
  return {
    state,
    resolutions,
    choose: (key, choice) => setResolutions((r) => resolve(r, key, choice)),
    chooseAll: (choice) => plan !== undefined && setResolutions(resolveAll(plan, choice)),
    retry: () => setRound((n) => n + 1),
    run,
  };
}
