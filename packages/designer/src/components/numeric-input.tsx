/** @module A number, money or percent input that reads what a person types (120万, ¥1,200.5, full-width digits), for record forms and definitions alike. */
import { Input } from 'antd';
import { useState } from 'react';
import type { RefCallBack } from 'react-hook-form';
import { groupDigits } from '../format/money.js';
import { parseTypedNumber } from '../format/typed-number.js';
import { toTyped } from '../format/units.js';
import type { NumberUnit } from '../format/units.js';

export interface NumericInputProps {
  readonly unit: NumberUnit;
  /** Decimals kept, rounded half up (for percent, of the percentage); all when not given. */
  readonly decimals?: number;
  readonly value: unknown;
  /**
   * The number typed, undefined when emptied. Text that is no number: passed on as typed (a record
   * form points it out and refuses it), or, when `strict`, not passed on (undefined) and shown in red.
   */
  readonly onChange: (value: unknown) => void;
  readonly strict?: boolean;
  readonly onBlur?: () => void;
  readonly inputRef?: RefCallBack;
  /** The id a label points at. */
  readonly id?: string;
  /** The accessible name when no label points at the input. */
  readonly ariaLabel?: string;
  readonly status?: 'error';
}

/** A stored value as its input shows it: text not yet a number as typed; money grouped unless being typed into. */
function shownNumber(value: unknown, unit: NumberUnit, typing: boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return '';
  const typed = String(toTyped(value, unit));
  return unit === 'money' && !typing ? groupDigits(typed) : typed;
}

/**
 * What is typed is read by parseTypedNumber and the number passed on, shown as stored once the
 * input is left.
 *
 * @example
 * <NumericInput unit="money" decimals={2} value={500000} ariaLabel="金额" strict onChange={setAmount} />
 */
export function NumericInput({ unit, decimals, value, onChange, strict = false, onBlur, inputRef, id, ariaLabel, status }: NumericInputProps) {
  const [draft, setDraft] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  const typed = (text: string) => {
    setDraft(text);
    const parsed = parseTypedNumber(text, unit, decimals);
    setInvalid(strict && !parsed.ok);
    onChange(parsed.ok ? parsed.value : strict ? undefined : text);
  };
  // Money is ungrouped to be typed into (400,000 → 400000). Set here, at once, and all of it
  // selected, so what is typed next replaces it: changed on the next render, the text would lose the
  // selection that tabbing in (or a test's fill) made, and typing would add to the old amount.
  const focus = (input: HTMLInputElement) => {
    const text = shownNumber(value, unit, true);
    if (input.value !== text) {
      input.value = text;
      input.select();
    }
    setDraft(text);
  };
  const leave = () => {
    setDraft(undefined);
    setInvalid(false);
    onBlur?.();
  };
  return (
    <Input
      ref={inputRef}
      id={id}
      aria-label={ariaLabel}
      aria-invalid={invalid || status === 'error'}
      status={invalid ? 'error' : status}
      style={{ width: '100%' }}
      inputMode="decimal"
      autoComplete="off"
      prefix={unit === 'money' ? '¥' : undefined}
      suffix={unit === 'percent' ? '%' : undefined}
      value={draft ?? shownNumber(value, unit, false)}
      onFocus={(e) => focus(e.currentTarget)}
      onChange={(e) => typed(e.target.value)}
      onBlur={leave}
    />
  );
}
