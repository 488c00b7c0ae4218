/** @module The fields a sample record is typed with: the facts a definition reads, formula fields traced to their inputs. */
import { formulaReferences } from '@heng/engine';
import type { FieldDefinition, FormDefinition } from '@heng/engine';

/** Fields of the form a sample record needs. */
export interface ReadFields {
  /** Fields to type a value into, in form order. */
  readonly inputs: readonly string[];
  /** Formula fields read, shown computed from the inputs. */
  readonly computed: readonly string[];
}

/**
 * The fields of `form` a sample needs to give the facts `ids`: formula fields are replaced by
 * the fields their formulas read (the admin types total assets and liabilities, and sees the
 * debt ratio computed); ids that are not fields of the form (a trigger's facts) and sub-tables
 * (a sample is typed one value at a time) are left out.
 *
 * @example
 * sampleFields(['debt_ratio', 'is_new'], customerCreditProfile) // { inputs: ['total_assets', 'total_liabilities'], computed: ['debt_ratio'] }
 */
export function sampleFields(ids: Iterable<string>, form: FormDefinition): ReadFields {
  const byId = new Map<string, FieldDefinition>(form.fields.map((f) => [f.id, f]));
  const inputs = new Set<string>();
  const computed = new Set<string>();
  const visit = (id: string) => {
    const field = byId.get(id);
    if (field === undefined || field.type === 'sub_table' || inputs.has(id) || computed.has(id)) return;
    if (field.type === 'formula') {
      computed.add(id);
      formulaReferences(field.formula).forEach(visit);
    } else inputs.add(id);
  };
  for (const id of ids) visit(id);
  const order = form.fields.map((f) => f.id);
  return { inputs: order.filter((id) => inputs.has(id)), computed: order.filter((id) => computed.has(id)) };
}
