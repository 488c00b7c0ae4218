import { describe, expect, it } from 'vitest';
import { deltaText, sideText } from './impact.js';

describe('sideText', () => {
  it('reads a total and its grade, a total without one, or none', () => {
    expect(sideText({ total: 612, grade: 'A' }, 'none')).toBe('612 · A');
    expect(sideText({ total: 47.5, grade: null }, 'none')).toBe('47.5');
    expect(sideText({ total: null, grade: null }, 'none')).toBe('none');
  });
});

describe('deltaText', () => {
  it('signs the move of the total, rounding away float noise', () => {
    expect(deltaText({ total: 35, grade: 'D' }, { total: 65, grade: 'A' })).toBe('+30');
    expect(deltaText({ total: 60.3, grade: 'A' }, { total: 60.1, grade: 'A' })).toBe('−0.2');
    expect(deltaText({ total: 60, grade: 'A' }, { total: 60, grade: 'B' })).toBe('±0');
  });

  it('says nothing when a side has no total', () => {
    expect(deltaText({ total: null, grade: null }, { total: 65, grade: 'A' })).toBe('');
    expect(deltaText({ total: 65, grade: 'A' }, { total: null, grade: null })).toBe('');
  });
});
