import { describe, expect, it } from 'vitest';
import { defaultBranchName, isDefaultName, shownBranchName, typedBranchName } from './branch-name.js';

describe('branch names', () => {
  it('tells a default name from a typed one, in each language on its own', () => {
    expect(isDefaultName(defaultBranchName(3), 'zh-CN')).toBe(true);
    expect(isDefaultName(defaultBranchName(3), 'en')).toBe(true);
    const zhTyped = { en: 'Condition 1', 'zh-CN': '条件 1 以上' };
    expect([isDefaultName(zhTyped, 'zh-CN'), isDefaultName(zhTyped, 'en')]).toEqual([false, true]);
    expect(isDefaultName({ en: 'Small amounts', 'zh-CN': '条件' }, 'en')).toBe(false);
  });

  it('shows a default name empty in the panel, to be typed over', () => {
    expect(shownBranchName(defaultBranchName(1))).toEqual({ en: '', 'zh-CN': '' });
    expect(shownBranchName({ en: 'Condition 1', 'zh-CN': '小额' })).toEqual({ en: '', 'zh-CN': '小额' });
  });

  it('takes the default name back for a language typed empty, and keeps what was typed', () => {
    expect(typedBranchName({ en: ' ', 'zh-CN': '小额' }, 2)).toEqual({ en: 'Condition 2', 'zh-CN': '小额' });
    expect(typedBranchName({ en: 'Small', 'zh-CN': '' }, 1)).toEqual({ en: 'Small', 'zh-CN': '条件 1' });
  });
});
