/** @module A published auto number keeps its numbering: changing it would start its counters again and hand out numbers already given. */
import { problem } from '@heng/engine';
import type { Problem } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { publishedForms } from './context.js';
import type { DefinitionAddress } from './request.js';

type Field = { readonly id?: unknown; readonly type?: unknown; readonly parts?: unknown; readonly label?: { readonly en?: unknown; readonly 'zh-CN'?: unknown } };

const nameOf = (f: Field, lang: 'en' | 'zh-CN'): string => (typeof f.label?.[lang] === 'string' ? (f.label[lang] as string) : String(f.id));

/**
 * What publishing a form's body would be refused for in its auto numbers, against its latest
 * published version: a published auto number whose parts (text, date, sequence and its reset)
 * changed, whose counters would then start again and repeat numbers given (SO-20261124-0001 a
 * second time), or a published field of another type turned into one (its numbers would start
 * at 1 beside those typed in). A new auto-number field numbers differently.
 *
 * @example
 * await serialProblems(tx, tenantId, { kind: 'form', id: 'sales_order' }, draft) // [{ path: '/fields/0/parts', code: 'form.serial.changed', ... }]
 */
export async function serialProblems(tx: Queryable, tenantId: string, at: DefinitionAddress, body: unknown): Promise<Problem[]> {
  const fields = at.kind === 'form' && typeof body === 'object' && body !== null ? (body as { fields?: unknown }).fields : undefined;
  if (!Array.isArray(fields) || !fields.some((f: Field) => f?.type === 'serial')) return [];
  const published = (await publishedForms(tx, tenantId)).get(at.id);
  if (published === undefined) return [];
  return (fields as Field[]).flatMap((f, i) => {
    const was = published.fields.find((p) => p.id === f?.id);
    if (f?.type !== 'serial' || was === undefined) return [];
    if (was.type !== 'serial') {
      return [problem(`/fields/${i}/type`, 'form.serial.retyped',
        `"${nameOf(f, 'en')}" is published as another type: as an auto number it would start at 1 beside the values already in it. Add a new auto-number field instead.`,
        `“${nameOf(f, 'zh-CN')}”已按其他类型发布：改为流水号会从 1 重新编号，与已有的值并存。请另加一个流水号字段。`)];
    }
    if (JSON.stringify(was.parts) === JSON.stringify(f.parts)) return [];
    return [problem(`/fields/${i}/parts`, 'form.serial.changed',
      `The numbering of "${nameOf(f, 'en')}" is published: changing its parts or when its sequence starts again would start its counters anew and give numbers already given. Put it back, or add a new auto-number field to number differently.`,
      `“${nameOf(f, 'zh-CN')}”的编号规则已发布：更改其组成或重新计数的周期会让计数从头开始，发出已用过的编号。请改回原样，或另加一个流水号字段按新规则编号。`)];
  });
}
