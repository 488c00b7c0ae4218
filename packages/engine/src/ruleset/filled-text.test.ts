import { describe, expect, it } from 'vitest';
import { namedFields, shownText } from './filled-text.js';
import { renderTemplate } from './template.js';

const template = { 'zh-CN': '核实 {{company}}：{{notes}}（{{notes}}）', en: 'Check {{company}}: {{notes}}' };
const filled = renderTemplate(template, { company: 'Acme', notes: '{{company}} owes' }, 'customer');

describe('filled texts', () => {
  it('show a reader the values of the fields they may see, and withhold the others wherever they stand', () => {
    expect(shownText(filled, new Set())).toEqual({ 'zh-CN': '核实 Acme：{{company}} owes（{{company}} owes）', en: 'Check Acme: {{company}} owes' });
    expect(shownText(filled, new Set(['notes']))).toEqual({ 'zh-CN': '核实 Acme：[已隐藏]（[已隐藏]）', en: 'Check Acme: [hidden]' });
    expect(shownText(filled, new Set(['company', 'notes']))).toEqual({ 'zh-CN': '核实 [已隐藏]：[已隐藏]（[已隐藏]）', en: 'Check [hidden]: [hidden]' });
  });

  it('withhold an empty value too, and leave a text kept without its fields as it is', () => {
    expect(shownText(renderTemplate(template, { company: 'Acme' }, 'customer'), new Set(['notes'])).en).toBe('Check Acme: [hidden]');
    expect(shownText({ 'zh-CN': '核实 Acme', en: 'Check Acme' }, new Set(['company']))).toEqual({ 'zh-CN': '核实 Acme', en: 'Check Acme' });
  });

  it('name the fields whose values they hold', () => {
    expect(namedFields(filled)).toEqual(['company', 'notes']);
    expect(namedFields({ 'zh-CN': 'x', en: 'x' })).toEqual([]);
  });
});
