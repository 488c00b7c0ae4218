/** @module The route of the scorecard editor: opens a bundled example, or the draft from the server. */
import type { FieldCatalog, FormDefinition, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { emptyContext, formCatalog } from '@heng/engine';
import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../api/client.js';
import { useLang } from '../i18n/use-lang.js';
import { sampleApp, sampleContext } from '../samples/index.js';
import { ScorecardEditor } from './scorecard-editor.js';

interface Loaded {
  readonly def: ScorecardDefinition;
  readonly form: FormDefinition;
  readonly ctx: ReferenceContext;
  readonly revision: number | null;
}

type LoadState = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly error: unknown } | { readonly kind: 'ready'; readonly loaded: Loaded };

function fromExamples(id: string): Loaded | undefined {
  const def = sampleApp.scorecards.find((s) => s.id === id);
  const form = sampleApp.forms.find((f) => f.id === def?.form);
  return def === undefined || form === undefined ? undefined : { def, form, ctx: sampleContext(), revision: null };
}

async function fromServer(id: string): Promise<Loaded> {
  const card = await api.draft<ScorecardDefinition>('scorecard', id);
  const form = await api.draft<FormDefinition>('form', card.definition.form);
  const forms = new Map<string, FieldCatalog>([[form.definition.id, formCatalog(form.definition)]]);
  return { def: card.definition, form: form.definition, ctx: { ...emptyContext(), forms }, revision: card.revision };
}

/** `/apps/:appId/scorecards/:scorecardId`. */
export function ScorecardEditorPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appId = '', scorecardId = '' } = useParams();
  const example = appId === sampleApp.id ? fromExamples(scorecardId) : undefined;
  const [state, setState] = useState<LoadState>(example === undefined ? { kind: 'loading' } : { kind: 'ready', loaded: example });

  useEffect(() => {
    if (appId === sampleApp.id) return;
    let live = true;
    fromServer(scorecardId).then(
      (loaded) => live && setState({ kind: 'ready', loaded }),
      (error: unknown) => live && setState({ kind: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [appId, scorecardId]);

  if (appId === sampleApp.id && example === undefined) return <Alert type="error" showIcon title={t('editor.notFound', { id: scorecardId })} />;
  if (state.kind === 'loading') return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  if (state.kind === 'error') {
    const e = state.error;
    const text = e instanceof ApiError ? (lang === 'zh-CN' ? e.messageZh : e.message) : String(e);
    return <Alert type="error" showIcon title={t('editor.loadFailed')} description={text} />;
  }
  const { def, form, ctx, revision } = state.loaded;
  return <ScorecardEditor key={`${appId}/${def.id}`} initial={def} form={form} ctx={ctx} revision={revision} />;
}
