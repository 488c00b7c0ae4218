/**
 * @module The page around any definition editor: loads the draft and the company's context, gives
 * the editor `initial` and `onChange`, autosaves, shows the server's problems, a conflict, the
 * status, publish, discarding the draft and versions. Editors know nothing of the server.
 */
import type { DefinitionKind, Problem } from '@heng/engine';
import { Alert, Button, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { DraftView } from '../api/definition-types.js';
import { useLang } from '../i18n/use-lang.js';
import { hasUnsaved } from './autosave.js';
import { ConflictBanner } from './conflict-banner.js';
import { loadCompanyContext } from './context.js';
import type { CompanyContext } from './context.js';
import { DefinitionBar } from './definition-bar.js';
import { errorText } from '../api/errors.js';
import { definitionStatus } from './status.js';
import { useAutosave } from './use-autosave.js';
import { useDraftChecks } from './use-draft-checks.js';

/** What the page gives the editor inside it. */
export interface EditorHost<D> {
  /** The draft as loaded; the editor keeps its own state from here on. */
  readonly initial: D;
  /** Every edit, for autosave. */
  readonly onChange: (next: D) => void;
  /** The server's problems with the saved draft (none while edits are on their way). */
  readonly problems: readonly Problem[];
  /** Edits not on the server yet. */
  readonly dirty: boolean;
  /** The company's published forms, roles and definitions. */
  readonly company: CompanyContext;
  /** The definition's latest published version (null: never published); a publish from the page changes it. */
  readonly published: number | null;
}

export interface DefinitionPageProps<D> {
  readonly kind: DefinitionKind;
  readonly id: string;
  /** The editor, given the host. */
  readonly children: (host: EditorHost<D>) => ReactNode;
}

interface Loaded<D> {
  readonly draft: DraftView<D>;
  readonly company: CompanyContext;
  /** Counts loads, so a reload starts the editor and its saving afresh. */
  readonly generation: number;
}

type Load<D> = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'ready'; readonly loaded: Loaded<D> };

/**
 * A definition's page: `<DefinitionPage kind="form" id={id}>{(host) => <FormDesigner {...host} />}</DefinitionPage>`.
 *
 * @example
 * <DefinitionPage<FlowDefinition> kind="flow" id={flowId}>{(host) => <FlowDesigner initial={host.initial} onChange={host.onChange} … />}</DefinitionPage>
 */
export function DefinitionPage<D extends { readonly name?: unknown }>({ kind, id, children }: DefinitionPageProps<D>) {
  const { t } = useTranslation();
  const lang = useLang();
  const [load, setLoad] = useState<Load<D>>({ kind: 'loading' });
  const generation = useRef(0);

  const reload = useCallback(() => {
    let live = true;
    Promise.all([api.draft<D>(kind, id), loadCompanyContext(api)]).then(
      ([draft, company]) => live && setLoad({ kind: 'ready', loaded: { draft, company, generation: (generation.current += 1) } }),
      (error: unknown) => live && setLoad({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);
  useEffect(reload, [reload]);

  if (load.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (load.kind === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('definitions.page.loadFailed', { kind: t(`definitions.kinds.${kind}`) })}
        description={errorText(load.error, lang)}
        action={<Button onClick={reload}>{t('definitions.page.retry')}</Button>}
      />
    );
  }
  const { loaded } = load;
  return (
    <LoadedDefinition key={loaded.generation} kind={kind} id={id} loaded={loaded} onReload={reload}>
      {children}
    </LoadedDefinition>
  );
}

interface LoadedProps<D> extends DefinitionPageProps<D> {
  readonly loaded: Loaded<D>;
  readonly onReload: () => void;
}

function LoadedDefinition<D extends { readonly name?: unknown }>({ kind, id, loaded, onReload, children }: LoadedProps<D>) {
  const { draft, company } = loaded;
  const saving = useAutosave<D>((def, revision) => api.saveDraft(kind, id, def, revision).then((d) => d.revision), draft.revision);
  const [latest, setLatest] = useState(company.summaries.find((s) => s.kind === kind && s.id === id)?.latestVersion ?? null);
  const current = useRef<D>(draft.draft);
  const { edit } = saving;
  const onChange = useCallback(
    (next: D) => {
      current.current = next;
      edit(next);
    },
    [edit],
  );
  const { state } = saving;
  const settled = state.phase === 'saved' ? state.revision : undefined;
  const checks = useDraftChecks(kind, id, settled, latest);
  const problems = settled !== undefined && checks.revision === settled ? checks.problems : NO_PROBLEMS;

  return (
    <div className="heng-stack">
      <DefinitionBar
        kind={kind}
        id={id}
        current={() => current.current}
        saving={saving}
        status={definitionStatus(latest, checks.changes)}
        onPublished={setLatest}
        onRolledBack={onReload}
        onDiscarded={onReload}
        company={company}
      />
      {state.phase === 'conflict' && <ConflictBanner kind={kind} onReload={onReload} />}
      {children({ initial: draft.draft, onChange, problems, dirty: hasUnsaved(state), company, published: latest })}
    </div>
  );
}

const NO_PROBLEMS: readonly Problem[] = [];
