/** @module A day picked or typed as the reader writes dates (2024-06-30 in Chinese; Jun 30, 2024 in English), held as `YYYY-MM-DD`: in record forms and in definitions alike. */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { RefCallBack } from 'react-hook-form';
import { useLang } from '../i18n/use-lang.js';

/** Chinese users write dates as 2024-06-30; English readers as Jun 30, 2024 (typing either is understood). */
export const dateFormats = (lang: string): string[] => (lang === 'zh-CN' ? ['YYYY-MM-DD'] : ['MMM D, YYYY', 'YYYY-MM-DD']);

/** The dayjs locale of the picker's calendar. */
export const pickerLocale = (lang: string) => (lang === 'zh-CN' ? 'zh-cn' : 'en');

export interface DayInputProps {
  /** `YYYY-MM-DD`; anything else shows as empty. */
  readonly value: unknown;
  /** The day picked, undefined when cleared. */
  readonly onChange: (day: string | undefined) => void;
  readonly onBlur?: () => void;
  readonly inputRef?: RefCallBack;
  readonly id?: string;
  readonly ariaLabel?: string;
  readonly status?: 'error';
  readonly allowClear?: boolean;
}

/**
 * The picker, in the language shown (not the browser's, as a native date input would be).
 *
 * @example
 * <DayInput value="2025-06-30" ariaLabel="今天" onChange={setToday} />
 */
export function DayInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status, allowClear = true }: DayInputProps) {
  const lang = useLang();
  const day = typeof value === 'string' && value !== '' ? dayjs(value, 'YYYY-MM-DD').locale(pickerLocale(lang)) : null;
  return (
    <DatePicker
      ref={inputRef}
      id={id}
      aria-label={ariaLabel}
      status={status}
      style={{ width: '100%' }}
      allowClear={allowClear}
      format={dateFormats(lang)}
      value={day?.isValid() === true ? day : null}
      onChange={(d) => onChange(d === null ? undefined : d.format('YYYY-MM-DD'))}
      onBlur={onBlur}
    />
  );
}
