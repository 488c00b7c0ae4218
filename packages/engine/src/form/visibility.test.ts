import { describe, expect, it } from 'vitest';
import { label } from './test-kit.js';
import type { FieldDefinition } from './types.js';
import { requirement, visibility } from './visibility.js';

const fields: FieldDefinition[] = [
  { id: 'lawsuits_pending', type: 'boolean', label: label('Lawsuits pending') },
  { id: 'lawsuit_details', type: 'long_text', label: label('Details'), visibleWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } },
  { id: 'debt_ratio', type: 'percent', label: label('Debt ratio') },
  {
    id: 'debt_explanation',
    type: 'long_text',
    label: label('Why so much debt'),
    visibleWhen: { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { not: { fact: 'debt_ratio', operator: 'greaterThanInclusive', value: 0 } }] },
  },
];

describe('visibility', () => {
  const visible = visibility(fields);

  it('shows a field without a condition', () => {
    expect(visible('lawsuits_pending', {})).toBe(true);
  });

  it('evaluates the condition on the record', () => {
    expect(visible('lawsuit_details', { lawsuits_pending: true })).toBe(true);
    expect(visible('lawsuit_details', { lawsuits_pending: false })).toBe(false);
    expect(visible('debt_explanation', { debt_ratio: 0.75 })).toBe(true);
    expect(visible('debt_explanation', { debt_ratio: 0.5 })).toBe(false);
  });

  it('treats a missing field as null, as json-rules-engine would with a null fact', () => {
    expect(visible('lawsuit_details', {})).toBe(false);
    expect(visible('debt_explanation', {})).toBe(true);
  });

  it('does not show a field the form lacks', () => {
    expect(visible('nope', {})).toBe(false);
  });
});

describe('requirement', () => {
  const required = requirement([
    { id: 'negative_news', type: 'boolean', label: label('Negative news') },
    { id: 'news_notes', type: 'long_text', label: label('News notes'), requiredWhen: { fact: 'negative_news', operator: 'equal', value: true } },
    { id: 'name', type: 'text', label: label('Name'), required: true },
  ]);

  it('requires a field while its condition holds', () => {
    expect(required('news_notes', { negative_news: true })).toBe(true);
    expect(required('news_notes', { negative_news: false })).toBe(false);
    expect(required('news_notes', {})).toBe(false);
  });

  it('requires a required field always, and neither a field without either nor one the form lacks', () => {
    expect(required('name', {})).toBe(true);
    expect(required('negative_news', { negative_news: true })).toBe(false);
    expect(required('nope', {})).toBe(false);
  });
});
