/** @module The sections of an app, in the order the navigation lists them, and whether each is built yet. */

/** One section of an app. */
export type Section = 'forms' | 'scorecards' | 'rulesets' | 'flows' | 'records' | 'inbox' | 'dashboards';

/** Sections in navigation order. */
export const SECTIONS: readonly Section[] = ['forms', 'scorecards', 'rulesets', 'flows', 'records', 'inbox', 'dashboards'];

/**
 * The path of a section of an app.
 *
 * @example
 * sectionPath('examples', 'scorecards') // '/apps/examples/scorecards'
 */
export function sectionPath(appId: string, section: Section): string {
  return `/apps/${encodeURIComponent(appId)}/${section}`;
}

/**
 * The section a path is in, for highlighting the navigation.
 *
 * @example
 * sectionOf('/apps/examples/scorecards/credit_score') // 'scorecards'
 */
export function sectionOf(pathname: string): Section | undefined {
  const part = pathname.split('/')[3];
  return SECTIONS.find((s) => s === part);
}
