import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '../samples/index.js';
import { sampleFields } from './sample-fields.js';

describe('sample fields', () => {
  it('leaves out facts that are not fields, and sub-tables', () => {
    expect(sampleFields(['debt_ratio', 'is_new', 'statements', 'region'], customerCreditProfile)).toEqual({ inputs: ['region', 'total_assets', 'total_liabilities'], computed: ['debt_ratio'] });
  });
});
