/** @module Reading a definitions request: the kind and id in the path, the revision preconditions, who may edit. */
import { DEFINITION_EDITORS, isId } from '@heng/engine';
import type { DefinitionKind } from '@heng/engine';
import type { Context } from 'hono';
import { requireRole } from '../auth/principal.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../http/app-error.js';
import { ifMatchRevision as ifMatchHeader } from '../http/if-match.js';

/** The kinds of definition, as the path and the database name them. */
export const DEFINITION_KINDS: readonly DefinitionKind[] = ['form', 'scorecard', 'ruleset', 'flow', 'dashboard'];

/** Whether a string names a kind of definition. */
export function isKind(value: string | undefined): value is DefinitionKind {
  return (DEFINITION_KINDS as readonly (string | undefined)[]).includes(value);
}

/** A definition addressed by the path. */
export interface DefinitionAddress {
  readonly kind: DefinitionKind;
  readonly id: string;
}

/** The kind of `/api/definitions/:kind/...`; 404 for an unknown kind. */
export function kindOf(c: Context): DefinitionKind {
  const kind = c.req.param('kind');
  if (isKind(kind)) return kind;
  throw new AppError('unknown_kind', 404, `There is no kind of definition "${kind ?? ''}": use one of ${DEFINITION_KINDS.join(', ')}.`, {
    messageZh: `不存在定义类型 "${kind ?? ''}"，请使用 ${DEFINITION_KINDS.join('、')} 之一。`,
  });
}

/** The kind and id of `/api/definitions/:kind/:id/...`; 404 for an unknown kind, 400 for a malformed id. */
export function addressOf(c: Context): DefinitionAddress {
  const kind = kindOf(c);
  const id = c.req.param('id') ?? '';
  if (!isId(id)) {
    throw new AppError('bad_id', 400, `"${id}" is not a definition id: start with a letter, then letters, digits or _ (at most 64).`, {
      messageZh: `"${id}" 不是有效的定义 ID：应以字母开头，后接字母、数字或下划线（最多 64 个字符）。`,
    });
  }
  return { kind, id };
}

/** The principal, when it may edit definitions of `kind`; 403 otherwise. */
export function requireEditor(c: Context, kind: DefinitionKind): Principal {
  return requireRole(c, ...DEFINITION_EDITORS[kind]);
}

/**
 * The revision an `If-Match` header names; 428 when it is missing, 400 when it is not one
 * quoted revision number.
 */
export function ifMatchRevision(c: Context): number {
  return ifMatchHeader(c, () => new AppError('precondition_required', 428, 'Send If-Match: "<revision>" with the revision you loaded (the ETag of the draft), so no one else\'s save is overwritten.', {
    messageZh: '请附上 If-Match: "<revision>"（加载草稿时的 ETag），以免覆盖他人的保存。',
  }));
}

/** 409: the draft moved on since the caller loaded it. */
export function staleRevision(sent: number, current: number): AppError {
  return new AppError('stale_revision', 409, `The draft is at revision ${current}, not ${sent}: someone saved it since you loaded it. Reload it and apply your change again.`, {
    messageZh: `草稿当前为第 ${current} 版，而非第 ${sent} 版：加载后已有人保存。请重新加载并再次修改。`,
    meta: { current: String(current) },
  });
}

/** 404 for a definition that does not exist for this tenant (another tenant's gives the same). */
export function noDefinition(kind: DefinitionKind, id: string): AppError {
  return new AppError('not_found', 404, `No ${kind} "${id}" exists here: check the kind and id.`, {
    messageZh: `不存在 ${kind} "${id}"，请检查类型和 ID。`,
  });
}

/** 404 for a version a definition does not have (another tenant's gives the same). */
export function noVersion(at: DefinitionAddress, version: number | string): AppError {
  return new AppError('not_found', 404, `${at.kind} "${at.id}" has no version ${version}: list its versions to pick one.`, {
    messageZh: `${at.kind} "${at.id}" 没有第 ${version} 版，请查看版本列表后选择。`,
  });
}
