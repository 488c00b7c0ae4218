/** @module The approval flow kind: its pipeline (validate → compile) and its references to other definitions. */
import type { DefinitionKind, DefinitionRef, KindSpec } from '../core/kind.js';
import { compileFlow, type CompiledFlow } from './compile.js';
import { flowSchema } from './schema.js';
import type { FlowDefinition } from './types.js';
import { validateFlow } from './validate.js';

/**
 * The `flow` kind. A flow refers to the form whose records it runs on and, when it names one, the
 * scorecard whose score its branches read.
 *
 * @example
 * const problems = flowKind.validate(json, ctx);
 * if (problems.length === 0) cache.set(versionId, flowKind.compile(json as FlowDefinition, ctx));
 */
export const flowKind: KindSpec<FlowDefinition, CompiledFlow> = {
  kind: 'flow',
  schema: flowSchema,
  validate: validateFlow,
  compile: (def) => compileFlow(def),
  references: (def): DefinitionRef[] => [
    { path: '/form', kind: 'form', id: def.form },
    ...(def.scorecard === undefined ? [] : [{ path: '/scorecard', kind: 'scorecard' as const, id: def.scorecard }]),
  ],
  renameReferences: (def, rename: (kind: DefinitionKind, id: string) => string): FlowDefinition => ({
    ...def,
    id: rename('flow', def.id),
    form: rename('form', def.form),
    ...(def.scorecard === undefined ? {} : { scorecard: rename('scorecard', def.scorecard) }),
  }),
};
