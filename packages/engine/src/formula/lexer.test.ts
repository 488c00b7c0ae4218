import { describe, it, expect } from 'vitest';
import { columnAt, tokenize } from './lexer.js';

const values = (source: string) => tokenize(source).tokens.map((t) => `${t.type}:${t.value}`);

describe('tokenize', () => {
  it('splits numbers, names, strings and operators, ending with end', () => {
    expect(values('a1 + 12.5*.5')).toEqual(['name:a1', 'operator:+', 'number:12.5', 'operator:*', 'number:.5', 'end:']);
  });

  it('reads two-character operators and != as <>', () => {
    expect(values('a<=b>=c<>d!=e')).toEqual(['name:a', 'operator:<=', 'name:b', 'operator:>=', 'name:c', 'operator:<>', 'name:d', 'operator:<>', 'name:e', 'end:']);
  });

  it('unescapes \\" and \\\\ in text', () => {
    expect(tokenize('"say \\"hi\\" \\\\ 你好"').tokens[0]?.value).toBe('say "hi" \\ 你好');
  });

  it('keeps offsets of each token', () => {
    const [a, plus, b] = tokenize('ab +  c').tokens;
    expect([a?.start, a?.end, plus?.start, b?.start]).toEqual([0, 2, 3, 6]);
  });

  it('reports an unclosed text at its opening quote', () => {
    expect(tokenize('1 & "abc').issue).toMatchObject({ at: 4, en: expect.stringContaining('never closed') });
  });

  it('reports an unknown escape', () => {
    expect(tokenize('"a\\nb"').issue).toMatchObject({ at: 2 });
  });

  it('suggests the ASCII character for full-width punctuation', () => {
    const issue = tokenize('MAX（1，2）').issue;
    expect(issue?.at).toBe(3);
    expect(issue?.en).toContain('type "(" instead');
  });

  it('reports an unexpected character whole, even outside the BMP', () => {
    expect(tokenize('1 + 😀').issue?.en).toContain('"😀"');
    expect(tokenize('a $ b').issue?.at).toBe(2);
  });

  it('reads full-width and no-break spaces as spaces', () => {
    expect(values('a\u3000+\u00a0b')).toEqual(['name:a', 'operator:+', 'name:b', 'end:']);
  });

  it('rejects number literals with more than 15 significant digits', () => {
    expect(tokenize('0.1234567890123456').issue).toMatchObject({ at: 0, en: expect.stringContaining('more than 15 significant digits') });
    expect(tokenize('123456789012345').issue).toBeUndefined();
    expect(tokenize('1000000000000000000000').issue).toBeUndefined();
    expect(tokenize('0.000000000000000000001').issue).toBeUndefined();
  });

  it('rejects a number glued to a name', () => {
    expect(tokenize('12abc').issue?.en).toContain('"12a" is not a number');
  });
});

describe('columnAt', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(columnAt('abc', 0)).toBe(1);
    expect(columnAt('😀 x', 3)).toBe(3);
  });
});
