/** @module Where a notification leads in the designer: the server names records and approvals by its own paths. */
import { inboxPath, recordPath } from '../runtime/paths.js';

/**
 * The designer path (or outside address) of a notification's link, or undefined when it leads
 * nowhere the designer knows. The server links rules' notices to `/records/<form>/<id>` and
 * approvals' to `/approvals/<instance>`.
 *
 * @example
 * linkTarget('demo', '/records/customer/r1') // { path: '/apps/demo/records/customer/r1' }
 * linkTarget('demo', 'https://erp.example.com/x') // { href: 'https://erp.example.com/x' }
 */
export function linkTarget(appId: string, link: string | null): { readonly path: string } | { readonly href: string } | undefined {
  if (link === null) return undefined;
  if (/^https?:\/\//.test(link)) return { href: link };
  const [, kind, a, b] = link.split('/').map(decodeURIComponent);
  if (kind === 'records' && a !== undefined && b !== undefined && a !== '' && b !== '') return { path: recordPath(appId, a, b) };
  if (kind === 'approvals' && a !== undefined && a !== '') return { path: inboxPath(appId, a) };
  return undefined;
}
