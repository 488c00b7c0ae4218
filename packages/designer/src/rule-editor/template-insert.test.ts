import { describe, expect, it } from 'vitest';
import { withPlaceholder } from './template-insert.js';

const text = { 'zh-CN': '请跟进', en: 'Follow up' };

describe('withPlaceholder', () => {
  it('puts the placeholder where the writer was, in that language only, and moves the caret past it', () => {
    expect(withPlaceholder(text, 'company_name', { lang: 'zh-CN', start: 1, end: 1, text: '请跟进' })).toEqual({
      text: { 'zh-CN': '请{{company_name}}跟进', en: 'Follow up' },
      caret: { lang: 'zh-CN', start: 17, end: 17, text: '请{{company_name}}跟进' },
    });
    expect(withPlaceholder(text, 'grade', { lang: 'en', start: 9, end: 9, text: 'Follow up' }).text).toEqual({ 'zh-CN': '请跟进', en: 'Follow up{{grade}}' });
  });

  it('replaces what was selected', () => {
    expect(withPlaceholder(text, 'owner', { lang: 'en', start: 0, end: 6, text: 'Follow up' }).text.en).toBe('{{owner}} up');
  });

  it('adds to the end of both languages before the writer has been in either', () => {
    expect(withPlaceholder(text, 'grade', undefined)).toEqual({ text: { 'zh-CN': '请跟进{{grade}}', en: 'Follow up{{grade}}' }, caret: undefined });
  });

  it('adds to the end of the language when its text changed since the caret was taken (an undo), never inside a word or placeholder', () => {
    const undone = { 'zh-CN': '请跟进{{company_name}}', en: 'Follow up' };
    expect(withPlaceholder(undone, 'grade', { lang: 'zh-CN', start: 5, end: 5, text: '请跟进客户' }).text['zh-CN']).toBe('请跟进{{company_name}}{{grade}}');
  });
});
