/** @module The form a record is written with: its latest published version, compiled once per version. */
import type { CompiledForm } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledVersion } from '../definitions/index.js';
import type { CompiledCache, CompiledVersion } from '../definitions/index.js';
import { AppError } from '../http/app-error.js';

/** A published form version, compiled. */
export type LoadedForm = CompiledVersion<CompiledForm>;

const FORM_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** 404: no published form of that id for this tenant (another tenant's form gives the same). */
function noForm(formId: string): AppError {
  return new AppError('not_found', 404, `No published form "${formId}" exists here: publish the form first, or check its id.`, {
    messageZh: `不存在已发布的表单 "${formId}"，请先发布该表单或检查其 ID。`,
  });
}

/**
 * The latest published version of a form, compiled (from `cache` after the first time); 404
 * when the form was never published.
 *
 * @example
 * const form = await latestForm(tx, cache, tenantId, 'customer');
 * form.compiled.validateRecord(input, { role: roles, today });
 */
export async function latestForm(tx: Queryable, cache: CompiledCache, tenantId: string, formId: string): Promise<LoadedForm> {
  if (!FORM_ID.test(formId)) throw noForm(formId);
  const found = await compiledVersion<CompiledForm>(tx, cache, tenantId, 'form', formId);
  if (found === undefined) throw noForm(formId);
  return found;
}

// China Standard Time has had no daylight saving since 1991: a fixed offset is exact.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar day formulas and date rules take as "today": the business day in China
 * (UTC+8), where Heng's companies work.
 *
 * @example
 * businessDay(new Date('2024-05-01T17:00:00Z')) // '2024-05-02'
 */
export function businessDay(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
