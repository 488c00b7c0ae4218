import { describe, expect, it } from 'vitest';
import { ApiError } from './client.js';
import { errorText } from './errors.js';

describe('error text', () => {
  it('is the server’s message in the language, or the error’s own', () => {
    const e = new ApiError(409, 'stale_revision', 'Reload it.', '请重新加载。');
    expect(errorText(e, 'zh-CN')).toBe('请重新加载。');
    expect(errorText(e, 'en')).toBe('Reload it.');
    expect(errorText(new TypeError('boom'), 'en')).toBe('boom');
    expect(errorText('plain', 'zh-CN')).toBe('plain');
  });
});
