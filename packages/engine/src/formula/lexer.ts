/** @module Splits formula source into tokens, reporting the first bad character with its column. */

/** A token kind; operators and punctuation are their own text. */
export type TokenType = 'number' | 'string' | 'name' | 'operator' | 'end';

/** One token; `value` is the unescaped text for strings, the source text otherwise. */
export interface Token {
  readonly type: TokenType;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A syntax error at a 0-based offset, said in English and Chinese. */
export interface SyntaxIssue {
  readonly at: number;
  /** Problem code when not `formula.syntax`. */
  readonly code?: string;
  readonly en: string;
  readonly zh: string;
}

const OPERATORS = ['<>', '<=', '>=', '!=', '=', '<', '>', '&', '+', '-', '*', '/', '(', ')', ',', '.'] as const;

/** Characters people type from a Chinese keyboard or a word processor, and what they meant. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '“': '"',
  '”': '"',
  '＋': '+',
  '－': '-',
  '×': '*',
  '÷': '/',
  '＜': '<',
  '＞': '>',
  '＝': '=',
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z_]$/.test(c);
const isNamePart = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);

/**
 * The 1-based column of a 0-based offset, counting characters as a person sees them
 * (a character outside the BMP is one column, not two UTF-16 units).
 *
 * @example
 * columnAt('a + b', 4) // 5
 */
export function columnAt(source: string, offset: number): number {
  return [...source.slice(0, offset)].length + 1;
}

/**
 * Tokenizes a formula; `!=` is read as `<>`. The last token is always `end`.
 *
 * @example
 * tokenize('a + 1').tokens.map((t) => t.value) // ['a', '+', '1', '']
 */
export function tokenize(source: string): { tokens: Token[]; issue?: SyntaxIssue } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    // Full-width and no-break spaces come from Chinese input methods and pasted text: just spaces.
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000' || c === '\u00a0') {
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(source[i + 1]))) {
      while (isDigit(source[i])) i += 1;
      if (source[i] === '.' && isDigit(source[i + 1])) {
        i += 1;
        while (isDigit(source[i])) i += 1;
      }
      if (isNameStart(source[i])) return { tokens, issue: badNumber(start, source, i) };
      const text = source.slice(start, i);
      if (significantDigits(text) > MAX_DIGITS) return { tokens, issue: tooPrecise(text, start) };
      tokens.push({ type: 'number', value: text, start, end: i });
    } else if (isNameStart(c)) {
      while (isNamePart(source[i])) i += 1;
      tokens.push({ type: 'name', value: source.slice(start, i), start, end: i });
    } else if (c === '"') {
      const read = readString(source, start);
      if ('issue' in read) return { tokens, issue: read.issue };
      tokens.push({ type: 'string', value: read.value, start, end: read.end });
      i = read.end;
    } else {
      const op = OPERATORS.find((o) => source.startsWith(o, i));
      if (op === undefined) return { tokens, issue: unexpected(String.fromCodePoint(source.codePointAt(i) ?? 0), start) };
      i += op.length;
      tokens.push({ type: 'operator', value: op === '!=' ? '<>' : op, start, end: i });
    }
  }
  tokens.push({ type: 'end', value: '', start: source.length, end: source.length });
  return { tokens };
}

function readString(source: string, start: number): { value: string; end: number } | { issue: SyntaxIssue } {
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '"') return { value, end: i + 1 };
    if (c === '\\') {
      const next = source[i + 1];
      if (next !== '"' && next !== '\\') {
        return {
          issue: {
            at: i,
            en: 'only \\" and \\\\ may follow a backslash in text: write \\\\ for a backslash.',
            zh: '文本中反斜杠后只能跟 \\" 或 \\\\：反斜杠本身请写作 \\\\。',
          },
        };
      }
      value += next;
      i += 2;
    } else {
      value += c;
      i += 1;
    }
  }
  return {
    issue: {
      at: start,
      en: 'this text is never closed: add a " at its end.',
      zh: '文本缺少结尾的 "，请补上。',
    },
  };
}

/** Significant digits a number literal may have: a double holds 15 exactly. */
const MAX_DIGITS = 15;

function significantDigits(text: string): number {
  return text.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

function tooPrecise(text: string, at: number): SyntaxIssue {
  return {
    at,
    en: `${text} has more than ${MAX_DIGITS} significant digits, more than a formula computes exactly: shorten it.`,
    zh: `${text} 的有效数字超过 ${MAX_DIGITS} 位，超出公式精确计算的范围：请缩短。`,
  };
}

function badNumber(start: number, source: string, at: number): SyntaxIssue {
  const text = source.slice(start, at + 1);
  return {
    at,
    en: `"${text}" is not a number: a field id must start with a letter, and numbers are written like 1234.56.`,
    zh: `"${text}" 不是数字：字段 ID 须以字母开头，数字写作 1234.56 这样。`,
  };
}

function unexpected(c: string, at: number): SyntaxIssue {
  const meant = LOOKALIKES[c];
  if (meant !== undefined) {
    return {
      at,
      en: `"${c}" is a full-width or typographic character: type "${meant}" instead.`,
      zh: `"${c}" 是全角或排版字符：请改用半角 "${meant}"。`,
    };
  }
  return {
    at,
    en: `unexpected character "${c}": a formula uses field ids, numbers, "text", operators + - * / & = <> < <= > >= and functions.`,
    zh: `无法识别的字符 "${c}"：公式只能包含字段 ID、数字、"文本"、运算符 + - * / & = <> < <= > >= 和函数。`,
  };
}
