import type { RuleSetDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { taskTitles } from './task-words.js';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const labels: Record<string, string> = { customer: '客户', days_overdue: '逾期天数' };
const fieldText = (id: string) => labels[id] ?? id;

const task = (id: string, en: string, zh: string) => ({ kind: 'create_task' as const, id, title: t(en, zh), assignee: { role: 'finance' }, dueInDays: 3 });
const ruleSet = (id: string, actions: ReturnType<typeof task>[]): RuleSetDefinition => ({
  kind: 'ruleset',
  id,
  name: t(id, id),
  form: 'receivable',
  trigger: { kind: 'record_saved' },
  rules: [{ id: 'r', name: t('R', 'R'), conditions: { all: [] }, actions }],
});

describe('taskTitles', () => {
  it('reads each task action as its title, placeholders as their fields’ labels', () => {
    const escalation = ruleSet('escalation', [task('follow_up', 'Follow up {{customer}}', '跟进 {{ customer }}：逾期 {{days_overdue}} 天'), task('legal', 'Hand to legal', '移交法务')]);
    const titles = taskTitles([escalation], 'zh-CN', fieldText);
    expect(titles.get('follow_up')).toBe('跟进 「客户」：逾期 「逾期天数」 天');
    expect(titles.get('legal')).toBe('移交法务');
    expect(taskTitles([escalation], 'en', fieldText).get('follow_up')).toBe('Follow up “客户”');
  });

  it('keeps the first rule set’s title of an id two give, and the id of a title left empty', () => {
    const first = ruleSet('first', [task('chase', 'Chase', '催收'), task('blank', ' ', ' ')]);
    const second = ruleSet('second', [task('chase', 'Chase again', '再次催收')]);
    const titles = taskTitles([first, second], 'zh-CN', fieldText);
    expect(titles.get('chase')).toBe('催收');
    expect(titles.get('blank')).toBe('blank');
  });
});
