import { describe, expect, it } from 'vitest';
import { createAjv } from '../core/ajv.js';
import { computer } from './compute.js';
import { customerCreditProfile, sampleCustomer } from './fixtures/customer-credit-profile.js';
import { recordSchema } from './record-schema.js';

const schema = recordSchema(customerCreditProfile);
const validate = createAjv().compile(schema);
const record = computer(customerCreditProfile)(sampleCustomer, { today: '2024-05-01' });

describe('recordSchema', () => {
  it('compiles in ajv strict mode and accepts a computed record', () => {
    expect(validate(record)).toBe(true);
  });

  it('requires only fields required, always shown and writable by all', () => {
    expect(schema.required).toEqual(['company_name', 'credit_code', 'enterprise_type', 'industry', 'annual_sales', 'contacts']);
  });

  it('refuses unknown fields, unknown options and wrong types', () => {
    expect(validate({ ...record, stray: 1 })).toBe(false);
    expect(validate({ ...record, industry: 'mining' })).toBe(false);
    expect(validate({ ...record, annual_sales: '1000' })).toBe(false);
    expect(validate({ ...record, contacts: [{ title: 'no name' }] })).toBe(false);
  });

  it('allows null for optional fields and marks formulas read-only', () => {
    expect(validate({ ...record, region: null, debt_ratio: null })).toBe(true);
    expect((schema.properties as Record<string, Record<string, unknown>>).debt_ratio?.readOnly).toBe(true);
  });

  it('leaves user regexes out: ajv trusts its schemas, re2js checks patterns', () => {
    expect(JSON.stringify(schema)).not.toContain('0-9A-HJ-NPQRTUWXY');
  });
});
