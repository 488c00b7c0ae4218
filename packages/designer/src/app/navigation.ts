/** @module The sections of an app, in the order the navigation lists them, and where each definition opens. */
import { mayEdit } from '@heng/engine';
import type { DefinitionKind } from '@heng/engine';
import { ADMIN_ROLE } from '../session/session.js';

/** One section of an app. */
export type Section = 'forms' | 'scorecards' | 'rulesets' | 'flows' | 'records' | 'inbox' | 'dashboards' | 'templates' | 'people';

/** Sections in navigation order. */
export const SECTIONS: readonly Section[] = ['forms', 'scorecards', 'rulesets', 'flows', 'records', 'inbox', 'dashboards', 'templates', 'people'];

/** The section that lists each kind of definition. */
export const KIND_SECTIONS = { form: 'forms', scorecard: 'scorecards', ruleset: 'rulesets', flow: 'flows', dashboard: 'dashboards' } as const satisfies Record<DefinitionKind, Section>;

/** A section that lists definitions. */
export type DefinitionSection = (typeof KIND_SECTIONS)[DefinitionKind];

/** Sections for designing, shown only to the roles that may edit what they hold (templates install every kind). */
const DESIGN: Readonly<Partial<Record<Section, DefinitionKind>>> = { forms: 'form', scorecards: 'scorecard', rulesets: 'ruleset', flows: 'flow', templates: 'form' };

/** Sections for administering the company: its people and roles (the server: admins only). */
const ADMIN_ONLY: readonly Section[] = ['people'];

/**
 * The sections someone with `roles` is shown, in navigation order: everyone uses records, the
 * inbox and dashboards; design sections go to those who may edit their kind (the server would
 * refuse anyone else's first save), people and roles to admins.
 *
 * @example
 * sectionsFor(['salesperson']) // ['records', 'inbox', 'dashboards']
 * sectionsFor(['risk_officer']) // ['scorecards', 'records', 'inbox', 'dashboards']
 */
export function sectionsFor(roles: readonly string[]): Section[] {
  return SECTIONS.filter((s) => {
    if (ADMIN_ONLY.includes(s)) return roles.includes(ADMIN_ROLE);
    const kind = DESIGN[s];
    return kind === undefined || mayEdit(kind, roles);
  });
}

/**
 * The kind of definition a section lists.
 *
 * @example
 * kindOfSection('rulesets') // 'ruleset'
 */
export function kindOfSection(section: DefinitionSection): DefinitionKind {
  return (Object.keys(KIND_SECTIONS) as DefinitionKind[]).find((k) => KIND_SECTIONS[k] === section)!;
}

/**
 * The path of an app, which opens where the user's work is (src/app/landing.ts).
 *
 * @example
 * appPath('minjiang') // '/apps/minjiang'
 */
export function appPath(appId: string): string {
  return `/apps/${encodeURIComponent(appId)}`;
}

/**
 * The path of a section of an app.
 *
 * @example
 * sectionPath('minjiang', 'scorecards') // '/apps/minjiang/scorecards'
 */
export function sectionPath(appId: string, section: Section): string {
  return `${appPath(appId)}/${section}`;
}

/**
 * The path a definition opens at.
 *
 * @example
 * definitionPath('minjiang', 'scorecard', 'credit_score') // '/apps/minjiang/scorecards/credit_score'
 */
export function definitionPath(appId: string, kind: DefinitionKind, id: string): string {
  return `${sectionPath(appId, KIND_SECTIONS[kind])}/${encodeURIComponent(id)}`;
}

/**
 * The section a path is in, for highlighting the navigation.
 *
 * @example
 * sectionOf('/apps/minjiang/scorecards/credit_score') // 'scorecards'
 */
export function sectionOf(pathname: string): Section | undefined {
  const part = pathname.split('/')[3];
  return SECTIONS.find((s) => s === part);
}

/**
 * The same place in another app: what a link into an app that is not the company's leads to.
 *
 * @example
 * inApp('/apps/examples/flows/x', 'minjiang') // '/apps/minjiang/flows/x'
 */
export function inApp(pathname: string, appId: string): string {
  const parts = pathname.split('/');
  return ['', 'apps', encodeURIComponent(appId), ...parts.slice(3)].join('/');
}
