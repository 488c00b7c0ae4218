/** @module Discarding a draft: back to the live version, or away altogether when nothing was ever published. */
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { diffDefinitions } from './diff.js';
import { lockedDraft } from './publish.js';
import type { DefinitionAddress } from './request.js';
import { deleteUnpublished, publishedVersion, updateDraft } from './store.js';
import type { DraftView } from './store.js';

/**
 * Throws away the draft at `revision`. A published definition's draft becomes its latest
 * version again, saved as the next revision (never an old number again, so a tab still holding
 * the discarded draft gets 409 on its next save, and the next save goes on from the answer).
 * A definition never published has no live version to go back to, and nothing can have pinned
 * it, so it is removed whole (undefined): the one way to throw away a new definition, which no
 * other route deletes. 404 without a draft, 409 when the draft moved on since `revision` or has
 * no changes since the latest version (nothing to discard).
 *
 * @example
 * const draft = await discardDraft(tx, tenantId, { kind: 'form', id: 'customer' }, 7, { userId, now });
 * if (draft === undefined) // the form was never published: it is gone
 */
export async function discardDraft(
  tx: Queryable, tenantId: string, at: DefinitionAddress, revision: number, by: { readonly userId: string; readonly now: Date },
): Promise<DraftView | undefined> {
  const draft = await lockedDraft(tx, tenantId, at, revision);
  const latest = await publishedVersion(tx, tenantId, at.kind, at.id);
  if (latest === undefined) {
    await deleteUnpublished(tx, tenantId, at.kind, at.id);
    return undefined;
  }
  if (diffDefinitions(latest.body, draft.draft).length === 0) {
    throw new AppError('nothing_to_discard', 409, `The draft is the same as version ${latest.version}, the live one: there are no changes to discard.`, {
      messageZh: `草稿与线上的第 ${latest.version} 版相同：没有可放弃的修改。`,
    });
  }
  return (await updateDraft(tx, tenantId, at.kind, at.id, latest.body, revision, by.userId, by.now))!;
}
