/** @module The scorecard kind's pipeline: schema, validate, compile, references. */
import type { DefinitionRef, KindSpec } from '../core/kind.js';
import { compileScorecard } from './compile.js';
import type { CompiledScorecard } from './result.js';
import { scorecardSchema } from './schema.js';
import type { ScorecardDefinition } from './types.js';
import { validateScorecard } from './validate.js';

/**
 * Where a scorecard names other definitions: its form.
 *
 * @example
 * scorecardReferences(def) // [{ path: '/form', kind: 'form', id: 'customer' }]
 */
export function scorecardReferences(def: ScorecardDefinition): DefinitionRef[] {
  return [{ path: '/form', kind: 'form', id: def.form }];
}

/**
 * The scorecard kind, registered in `kinds.ts`.
 *
 * @example
 * const problems = scorecardKind.validate(json, ctx);
 * if (problems.length === 0) scorecardKind.compile(json as ScorecardDefinition, ctx).evaluate(record, { today })
 */
export const scorecardKind: KindSpec<ScorecardDefinition, CompiledScorecard> = {
  kind: 'scorecard',
  schema: scorecardSchema,
  validate: validateScorecard,
  compile(def, ctx) {
    const catalog = ctx.forms.get(def.form);
    if (catalog === undefined) throw new Error(`scorecard "${def.id}" scores form "${def.form}", which the context does not hold`);
    return compileScorecard(def, catalog);
  },
  references: scorecardReferences,
  renameReferences: (def, rename) => ({ ...def, id: rename('scorecard', def.id), form: rename('form', def.form) }),
};
