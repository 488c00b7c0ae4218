import { describe, expect, it } from 'vitest';
import { tidyText } from './tidy-text.js';
import type { FieldDefinition } from './types.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const fields: FieldDefinition[] = [
  { id: 'name', type: 'text', label: t('Name') },
  { id: 'notes', type: 'long_text', label: t('Notes') },
  { id: 'amount', type: 'number', label: t('Amount') },
  { id: 'contacts', type: 'sub_table', label: t('Contacts'), columns: [{ id: 'person', type: 'text', label: t('Person') }, { id: 'phone', type: 'text', label: t('Phone') }] },
];

describe('tidyText', () => {
  it('trims a line of text, keeps a long text as typed, and makes text of nothing but spaces (full-width, tabs, line breaks) no value', () => {
    expect(tidyText(fields, { name: ' 厦门海润 ', notes: '  第一行\n第二行  ', amount: 5 })).toEqual({ name: '厦门海润', notes: '  第一行\n第二行  ', amount: 5 });
    expect(tidyText(fields, { name: '\u3000 \t', notes: ' \n\r\n ' })).toEqual({ name: null, notes: null });
  });

  it('does the same to a sub-table’s text cells, dropping a cell of only spaces from its row', () => {
    expect(tidyText(fields, { contacts: [{ id: 'r1', person: ' 王伟 ', phone: '  ' }, 'not a row'] })).toEqual({ contacts: [{ id: 'r1', person: '王伟' }, 'not a row'] });
  });

  it('leaves fields the write does not send, values that are not text, and keys that are no field, as they are', () => {
    expect(tidyText(fields, { name: 42, other: '  ' })).toEqual({ name: 42, other: '  ' });
    expect(tidyText(fields, {})).toEqual({});
  });
});
