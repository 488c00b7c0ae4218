import { describe, expect, it } from 'vitest';
import { inSentence } from './localized.js';

const en = (text: string) => inSentence({ en: text, 'zh-CN': '授信申请' });

describe('a name inside an English sentence', () => {
  it('lower-cases a first word written with only an initial capital', () => {
    expect(en('Credit application').en).toBe('credit application');
    expect(en('Payment').en).toBe('payment');
    expect(en('X-ray report').en).toBe('x-ray report');
  });

  it('keeps acronyms, words with other capitals, already lower-case names and the Chinese', () => {
    for (const kept of ['KYC review', 'McKinsey audit', 'A/B test', 'A', 'iPhone orders', 'credit note', '2024 budget']) expect(en(kept).en).toBe(kept);
    expect(en('Credit application')['zh-CN']).toBe('授信申请');
  });
});
