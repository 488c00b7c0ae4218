/** @module What every runtime page shares: the user's roles, role names, loading and failure states (the failure in the language shown). */
import type { LocalizedText } from '@heng/engine';
import { Alert, Button, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, RoleView } from '../api/client.js';
import { errorText } from '../api/errors.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { loadRoles, useLoad } from '../renderer/index.js';
import type { Loaded } from '../renderer/index.js';
import { useSession } from '../session/session.js';

const NO_ROLES: readonly string[] = [];

/**
 * The signed-in user's id and roles (the runtime pages are behind the session guard).
 *
 * @example
 * const { roles } = useMe(); <RecordForm roles={roles} … />
 */
export function useMe(): { readonly userId: string | undefined; readonly roles: readonly string[] } {
  const { state } = useSession();
  return state.kind === 'signed-in' ? { userId: state.session.user.id, roles: state.session.roles } : { userId: undefined, roles: NO_ROLES };
}

/**
 * A role's name in the language shown, once the company's roles are loaded (its id until then).
 *
 * @example
 * const roleName = useRoleName(); roleName('legal') // '法务'
 */
export function useRoleName(): (id: string) => string {
  const lang = useLang();
  const [roles] = useLoad(loadRoles, []);
  return useCallback((id: string) => roleNameIn(roles.status === 'ok' ? roles.value : [], id, lang), [roles, lang]);
}

/**
 * A role's name in `lang` among `roles`; its id when it is not among them.
 *
 * @example
 * roleNameIn(roles, 'legal', 'zh-CN') // '法务'
 */
export function roleNameIn(roles: readonly RoleView[], id: string, lang: Lang): string {
  const role = roles.find((r) => r.id === id);
  return role === undefined ? id : nameOfRole(role, lang);
}

/** A role's name in `lang`. */
export const nameOfRole = (role: RoleView, lang: Lang): string => (lang === 'zh-CN' ? role.nameZh : role.nameEn);

/**
 * A name that may be localized text (definitions list their draft's name as it stands).
 *
 * @example
 * nameIn({ 'zh-CN': '客户档案', en: 'Customer profile' }, 'en', 'customer') // 'Customer profile'
 */
export function nameIn(name: unknown, lang: Lang, fallback: string): string {
  if (typeof name === 'object' && name !== null) {
    const text = (name as Partial<LocalizedText>)[lang];
    if (typeof text === 'string' && text !== '') return text;
  }
  return fallback;
}

/** Statuses a second read would answer alike. */
const FOR_GOOD = new Set([400, 403, 404, 410, 422]);

/** A server error, said in the language shown, with a way to try again. */
export function LoadFailed({ error, onRetry }: { readonly error: ApiError; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  // What stays so however often it is read again (a record not there or out of reach, a request the server cannot take) offers no retry.
  const retry = onRetry !== undefined && !FOR_GOOD.has(error.status);
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, lang)}
      action={retry ? <Button size="small" onClick={onRetry}>{t('runtime.retry')}</Button> : undefined}
      data-testid="load-failed"
    />
  );
}

/**
 * A spinner while `loaded` is on its way, the failure when it failed, else `children` of its value.
 *
 * @example
 * <WhenLoaded loaded={form} onRetry={reload}>{(f) => <RecordForm form={f.form} … />}</WhenLoaded>
 */
export function WhenLoaded<T>({ loaded, onRetry, children }: { readonly loaded: Loaded<T>; readonly onRetry?: () => void; readonly children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  if (loaded.status === 'loading') return <Spin tip={t('runtime.loading')} style={{ display: 'block', margin: '48px auto' }} />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={onRetry} />;
  return <>{children(loaded.value)}</>;
}

/** What a {@link WorkTable} shows: its loaded rows, how they are keyed and shown, and what it says when there are none. */
interface WorkTableProps<T> {
  readonly loaded: Loaded<readonly T[]>;
  readonly onRetry: () => void;
  readonly rowKey: keyof T & string;
  readonly testId: string;
  readonly empty: string;
  readonly columns: TableColumnsType<T>;
}

/**
 * A person's work list (the inbox's tabs): every row on one page, scrolling sideways when wide;
 * a spinner while it loads, the failure with a retry when it failed.
 *
 * @example
 * <WorkTable<TaskItem> loaded={tasks} onRetry={reload} rowKey="id" testId="my-tasks" empty={t('runtime.tasks.empty')} columns={[…]} />
 */
export function WorkTable<T extends object>({ loaded, onRetry, rowKey, testId, empty, columns }: WorkTableProps<T>) {
  return (
    <WhenLoaded loaded={loaded} onRetry={onRetry}>
      {(rows) => <Table<T> rowKey={rowKey} data-testid={testId} pagination={false} scroll={{ x: 'max-content' }} dataSource={[...rows]} locale={{ emptyText: empty }} columns={columns} />}
    </WhenLoaded>
  );
}
