import { describe, expect, it } from 'vitest';
import { newRecordPath, recordPath } from './paths.js';

describe('runtime paths', () => {
  it('builds a new record’s address, with the references it starts from', () => {
    expect(newRecordPath('demo', 'payment')).toBe('/apps/demo/records/payment/new');
    expect(newRecordPath('demo', 'payment', 'new', { receivable: 'r 1' })).toBe('/apps/demo/records/payment/new?receivable=r+1');
    expect(recordPath('demo', 'customer', 'c/1', 'edit')).toBe('/apps/demo/records/customer/c%2F1/edit');
  });
});
