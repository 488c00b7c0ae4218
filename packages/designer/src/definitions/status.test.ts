import { describe, expect, it } from 'vitest';
import { definitionStatus, displayName } from './status.js';

describe('definition status', () => {
  it('is draft until published, then published or changed by the draft’s changes', () => {
    expect(definitionStatus(null, undefined)).toEqual({ kind: 'draft' });
    expect(definitionStatus(null, 5)).toEqual({ kind: 'draft' });
    expect(definitionStatus(2, 0)).toEqual({ kind: 'published', version: 2 });
    expect(definitionStatus(2, undefined)).toEqual({ kind: 'published', version: 2 });
    expect(definitionStatus(2, 3)).toEqual({ kind: 'changed', version: 2 });
  });

  it('names a definition in the language, or by its id while its draft has no name', () => {
    const name = { en: 'Customer', 'zh-CN': '客户' };
    expect(displayName(name, 'zh-CN', 'customer')).toBe('客户');
    expect(displayName(name, 'en', 'customer')).toBe('Customer');
    expect(displayName({ en: ' ' }, 'en', 'customer')).toBe('customer');
    expect(displayName('Customer', 'en', 'customer')).toBe('customer');
    expect(displayName(null, 'en', 'customer')).toBe('customer');
  });
});
