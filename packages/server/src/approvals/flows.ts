/** @module The published approval flows: one version compiled once, their names as people read them, and the flows a form starts on create. */
import type { CompiledFlow, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { CompiledCache, compiledVersion } from '../definitions/compiled-cache.js';
import { latestDefinitions } from '../definitions/latest.js';

/** One published flow version, compiled. */
export interface LoadedFlow {
  readonly id: string;
  readonly version: number;
  readonly compiled: CompiledFlow;
}

/** Flow `flowId`'s name as its version names it; its id when the version is gone. */
export const flowNameOf = (flow: LoadedFlow | undefined, flowId: string): LocalizedText => flow?.compiled.definition.name ?? { 'zh-CN': flowId, en: flowId };

/** A node's name as the flow version names it; its id when the version or the node is gone. */
export const nodeNameOf = (flow: LoadedFlow | undefined, nodeId: string): LocalizedText => flow?.compiled.nodes.get(nodeId)?.node.name ?? { 'zh-CN': nodeId, en: nodeId };

/** The compiled flows of the whole process: versions never change, so one bounded cache serves every instance. */
const flowCache = new CompiledCache();

/**
 * A published version of a flow (the latest when `version` is omitted), compiled; undefined
 * when there is none. Running instances load the version they started with.
 *
 * @example
 * const flow = await loadFlow(tx, tenantId, 'credit_approval', instance.flowVersion);
 */
export async function loadFlow(tx: Queryable, tenantId: string, id: string, version?: number, cache = flowCache): Promise<LoadedFlow | undefined> {
  const found = await compiledVersion<CompiledFlow>(tx, cache, tenantId, 'flow', id, version);
  return found === undefined ? undefined : { id, version: found.version, compiled: found.compiled };
}

/**
 * Ids of the flows whose latest published version runs on `formId` and starts when a record of
 * it is created (`start` absent or `on_create`), in id order.
 *
 * @example
 * await flowsStartingOnCreate(tx, tenantId, 'credit_application') // ['credit_approval']
 */
export async function flowsStartingOnCreate(tx: Queryable, tenantId: string, formId: string): Promise<string[]> {
  return (await latestDefinitions(tx, tenantId)).on('flow', formId).filter((f) => (f.start ?? 'on_create') === 'on_create').map((f) => f.id);
}
