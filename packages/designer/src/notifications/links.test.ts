import { describe, expect, it } from 'vitest';
import { linkTarget } from './links.js';

describe('linkTarget', () => {
  it('leads rules’ notices to the record and approvals’ to the inbox page', () => {
    expect(linkTarget('demo', '/records/customer/r1')).toEqual({ path: '/apps/demo/records/customer/r1' });
    expect(linkTarget('demo', '/approvals/5d0c')).toEqual({ path: '/apps/demo/inbox/5d0c' });
  });

  it('keeps outside addresses, and leads nowhere for anything else', () => {
    expect(linkTarget('demo', 'https://erp.example.com/x')).toEqual({ href: 'https://erp.example.com/x' });
    expect(linkTarget('demo', null)).toBeUndefined();
    expect(linkTarget('demo', '/records/customer')).toBeUndefined();
    expect(linkTarget('demo', '/elsewhere/1')).toBeUndefined();
  });
});
