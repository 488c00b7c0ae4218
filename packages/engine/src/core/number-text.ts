/** @module A number in a message as its field's type shows it. */

const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A number as its field's type shows it: money grouped with 2 decimals (500,000.00), a
 * percentage as % (35.5%), others as they are; not a finite number: empty.
 *
 * @example
 * numberText(0.355, 'percent') // '35.5%'
 * numberText(500000, 'money') // '500,000.00'
 */
export function numberText(value: number, type: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  if (type === 'money') return MONEY.format(value);
  if (type === 'percent') return `${Number((value * 100).toFixed(2))}%`;
  return String(value);
}
