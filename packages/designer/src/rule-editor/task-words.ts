/** @module A task action in the rule editor as people read it: the title its `create_task` gives the task. */
import { templateWords } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/** How a field's label is set off in a title, in each language. */
const QUOTED: Readonly<Record<Lang, (label: string) => string>> = { 'zh-CN': (l) => `「${l}」`, en: (l) => `“${l}”` };

/**
 * The title of each `create_task` action among `ruleSets`, by action id, in `lang`, each
 * placeholder read as its field's label (跟进「客户名称」的逾期款; “Customer” in English); an id two rule sets both give
 * keeps the first one's title. What `close_tasks` names reads so, not as `follow_up`.
 *
 * @example
 * taskTitles([overdueEscalation], 'zh-CN', fieldText).get('follow_up') // '跟进「客户」的逾期应收'
 */
export function taskTitles(ruleSets: readonly RuleSetDefinition[], lang: Lang, fieldText: (id: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of ruleSets) {
    for (const a of r.rules.flatMap((rule) => rule.actions)) {
      if (a.kind !== 'create_task' || out.has(a.id)) continue;
      out.set(a.id, templateWords(a.title[lang], (id) => QUOTED[lang](fieldText(id))).trim() || a.id);
    }
  }
  return out;
}
