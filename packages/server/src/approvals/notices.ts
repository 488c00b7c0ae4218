/** @module The text of approval notifications, in both languages. */
import type { FlowOutcome, LocalizedText, NotifyReason } from '@heng/engine';

/** What a notice is about. */
export type NoticeKind = { readonly type: 'task' | 'copy' | Exclude<NotifyReason, 'outcome'> } | { readonly type: 'outcome'; readonly outcome?: FlowOutcome };

const OUTCOME: Record<FlowOutcome, LocalizedText> = {
  approved: { 'zh-CN': '已通过', en: 'was approved' },
  rejected: { 'zh-CN': '已被拒绝', en: 'was rejected' },
  withdrawn: { 'zh-CN': '已撤回', en: 'was withdrawn' },
};

/** Opinions longer than this are cut in a notice (the approval keeps them whole). */
const OPINION_CHARS = 200;

/** `message` followed by the approver's opinion, when they gave one. */
function withOpinion(message: LocalizedText, opinion: string | null | undefined): LocalizedText {
  if (opinion === null || opinion === undefined) return message;
  const chars = [...opinion];
  const shown = chars.length > OPINION_CHARS ? `${chars.slice(0, OPINION_CHARS).join('')}…` : opinion;
  return { 'zh-CN': `${message['zh-CN']}意见：${shown}`, en: `${message.en} Opinion: ${shown}` };
}

/**
 * The message of an approval notice, naming the flow and, when it has a name, the record; a
 * return or an outcome passes on the approver's opinion.
 *
 * @example
 * noticeOf({ type: 'task' }, { flowName: { 'zh-CN': '授信审批', en: 'Credit approval' }, subject: '闽江机械' }).en // 'Credit approval of “闽江机械”: an approval waits for you.'
 */
export function noticeOf(kind: NoticeKind, scope: { readonly flowName: LocalizedText; readonly subject: string | null; readonly opinion?: string | null }): LocalizedText {
  const zh = scope.subject === null ? scope.flowName['zh-CN'] : `${scope.flowName['zh-CN']}「${scope.subject}」`;
  const en = scope.subject === null ? scope.flowName.en : `${scope.flowName.en} of “${scope.subject}”`;
  switch (kind.type) {
    case 'task':
      return { 'zh-CN': `${zh}：有一项审批等待您处理。`, en: `${en}: an approval waits for you.` };
    case 'copy':
      return { 'zh-CN': `${zh}：抄送给您，供知悉。`, en: `${en}: copied to you for your information.` };
    case 'reminder':
      return { 'zh-CN': `${zh}：审批即将超时，请尽快处理。`, en: `${en}: an approval is waiting past its deadline; please act on it.` };
    case 'returned':
      return withOpinion({ 'zh-CN': `${zh}：审批已退回，请修改后重新提交或撤回。`, en: `${en}: the approval was returned; change and resubmit it, or withdraw it.` }, scope.opinion);
    case 'comment':
      return { 'zh-CN': `${zh}：审批有新的评论。`, en: `${en}: someone commented on the approval.` };
    case 'outcome': {
      const o = OUTCOME[kind.outcome ?? 'approved'];
      return withOpinion({ 'zh-CN': `${zh}：审批${o['zh-CN']}。`, en: `${en}: the approval ${o.en}.` }, scope.opinion);
    }
  }
}
