import { describe, expect, it } from 'vitest';
import { isLang, pickLanguage } from './language.js';

describe('pickLanguage', () => {
  it('keeps the language chosen before', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('follows the browser, first language Heng speaks', () => {
    expect(pickLanguage(null, ['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(pickLanguage('de', ['ZH'])).toBe('zh-CN');
  });

  it('falls back to Chinese', () => {
    expect(pickLanguage(null, [])).toBe('zh-CN');
    expect(pickLanguage(null, ['ja-JP'])).toBe('zh-CN');
  });

  it('recognises only the two languages', () => {
    expect([isLang('en'), isLang('zh-CN'), isLang('zh'), isLang(null)]).toEqual([true, true, false, false]);
  });
});
