/** @module What the company's definitions are checked against in the browser, as the server checks them: published forms, flows, scorecards, and roles. */
import { formCatalog, scorecardFacts } from '@heng/engine';
import type { FieldCatalog, FormDefinition, LocalizedText, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import type { ApiClient } from '../api/client.js';
import type { DefinitionSummary, RoleView } from '../api/definition-types.js';
import { displayName } from './status.js';

/** A role, a form, a flow or a scorecard as editors offer it: its id and its name in both languages. */
export interface Named {
  readonly id: string;
  readonly name: LocalizedText;
}

/** The company as an editor sees it. */
export interface CompanyContext {
  /** The server's ReferenceContext, rebuilt: drafts are not in it, only what is published. */
  readonly ctx: ReferenceContext;
  /** The latest published version of each form. */
  readonly forms: ReadonlyMap<string, FormDefinition>;
  /** The published forms, to pick from (a reference field's target). */
  readonly formChoices: readonly Named[];
  /** The published scorecards, to pick from (a rule set's score trigger). */
  readonly scorecards: readonly Named[];
  /** The latest published version of each scorecard (a flow reads one's grades). */
  readonly scorecardDefinitions: readonly ScorecardDefinition[];
  /** The published flows, by the names the list gives them (a rule's "start a flow"). */
  readonly flows: readonly Named[];
  readonly roles: readonly Named[];
  readonly summaries: readonly DefinitionSummary[];
}

/**
 * The context from the definitions list, the published forms and scorecards and the roles,
 * built as the server's definitions/context.ts builds it, so the browser finds the problems the
 * server will.
 *
 * @example
 * companyContext(summaries, new Map([['customer', form]]), [card], roles).ctx.forms.has('customer') // true
 */
export function companyContext(
  summaries: readonly DefinitionSummary[], forms: ReadonlyMap<string, FormDefinition>, scorecards: readonly ScorecardDefinition[], roles: readonly RoleView[],
): CompanyContext {
  const publishedOf = (kind: DefinitionSummary['kind']) => summaries.filter((s) => s.kind === kind && s.latestVersion !== null);
  const published = (kind: DefinitionSummary['kind']) => new Set(publishedOf(kind).map((s) => s.id));
  const catalogs = new Map<string, FieldCatalog>([...forms].map(([id, form]) => [id, formCatalog(form)]));
  return {
    ctx: { forms: catalogs, roles: new Set(roles.map((r) => r.id)), flows: published('flow'), scorecards: scorecardFacts(scorecards) },
    forms,
    formChoices: [...forms.values()].map((f) => ({ id: f.id, name: f.name })),
    scorecards: scorecards.map((s) => ({ id: s.id, name: s.name })),
    scorecardDefinitions: scorecards,
    flows: publishedOf('flow').map((s) => ({ id: s.id, name: { 'zh-CN': displayName(s.name, 'zh-CN', s.id), en: displayName(s.name, 'en', s.id) } })),
    roles: roles.map((r) => ({ id: r.id, name: { 'zh-CN': r.nameZh, en: r.nameEn } })),
    summaries,
  };
}

/** The latest published version of each definition of `kind` in `summaries` (those never published left out). */
function latestVersions<D>(client: Pick<ApiClient, 'version'>, summaries: readonly DefinitionSummary[], kind: DefinitionSummary['kind']): Promise<D[]> {
  return Promise.all(summaries.filter((s) => s.kind === kind && s.latestVersion !== null).map(async (s) => (await client.version<D>(kind, s.id, s.latestVersion!)).body));
}

/**
 * Loads the company's context: the definitions list, the latest version of each published
 * form and scorecard, and the roles.
 *
 * @example
 * const company = await loadCompanyContext(api);
 */
export async function loadCompanyContext(client: Pick<ApiClient, 'definitions' | 'version' | 'roles'>): Promise<CompanyContext> {
  const [summaries, roles] = await Promise.all([client.definitions(), client.roles()]);
  const [forms, scorecards] = await Promise.all([latestVersions<FormDefinition>(client, summaries, 'form'), latestVersions<ScorecardDefinition>(client, summaries, 'scorecard')]);
  return companyContext(summaries, new Map(forms.map((f) => [f.id, f])), scorecards, roles);
}
