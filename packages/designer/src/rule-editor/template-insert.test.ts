import { describe, expect, it } from 'vitest';
import { withPlaceholder } from './template-insert.js';

const text = { 'zh-CN': '请跟进', en: 'Follow up' };

describe('withPlaceholder', () => {
  it('puts the placeholder where the writer was, in that language only, and moves the caret past it', () => {
    expect(withPlaceholder(text, 'company_name', { lang: 'zh-CN', start: 1, end: 1 })).toEqual({
      text: { 'zh-CN': '请{{company_name}}跟进', en: 'Follow up' },
      caret: { lang: 'zh-CN', start: 17, end: 17 },
    });
    expect(withPlaceholder(text, 'grade', { lang: 'en', start: 9, end: 9 }).text).toEqual({ 'zh-CN': '请跟进', en: 'Follow up{{grade}}' });
  });

  it('replaces what was selected', () => {
    expect(withPlaceholder(text, 'owner', { lang: 'en', start: 0, end: 6 }).text.en).toBe('{{owner}} up');
  });

  it('adds to the end of both languages before the writer has been in either, and keeps a caret past the text at its end', () => {
    expect(withPlaceholder(text, 'grade', undefined)).toEqual({ text: { 'zh-CN': '请跟进{{grade}}', en: 'Follow up{{grade}}' }, caret: undefined });
    expect(withPlaceholder(text, 'grade', { lang: 'zh-CN', start: 40, end: 50 }).text['zh-CN']).toBe('请跟进{{grade}}');
  });
});
