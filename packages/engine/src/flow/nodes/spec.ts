/** @module The contract of one kind of flow node: its schema, its checks, and what it does when reached. */
import type { FieldCatalog } from '../../core/catalog.js';
import type { Problem } from '../../core/problem.js';
import type { Condition } from '../../condition/index.js';
import type { Run } from '../run.js';
import type { LocalizedText } from '../../core/localized.js';
import type { RouteStep, Simulation } from '../simulate.js';
import type { FlowNode } from '../types.js';

/** A list of nodes nested in a node (a branch's route), with where it sits in the node's JSON. */
export interface Lane {
  readonly id: string;
  readonly name: LocalizedText;
  readonly nodes: readonly FlowNode[];
  /** Pointer tokens from the node to the lane's `nodes` array. */
  readonly tokens: readonly (string | number)[];
  /** Taken when this holds; a lane without one is the default, taken when no earlier lane is. */
  readonly when?: Condition;
}

/** What semantic checks of a node may consult. */
export interface CheckEnv {
  /** The flow's form fields, when the form is known (unknown forms are reported once, elsewhere). */
  readonly fields?: FieldCatalog;
  /** The form fields plus the flow facts (`submitter`, ...), for branch conditions. */
  readonly facts?: FieldCatalog;
  readonly roles: ReadonlySet<string>;
}

/** What the flow does after entering a node. */
export type Entry = { readonly kind: 'wait' } | { readonly kind: 'next'; readonly next: string | null } | { readonly kind: 'reject' };

/** One kind of node. Registered in `nodeKinds`, so a kind without a spec fails to compile. */
export interface NodeSpec<N extends FlowNode> {
  readonly kind: N['kind'];
  /** JSON Schema of the node; nested node lists refer to `#/$defs/flowNodes`. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** Nested node lists, in the order they are tried. */
  lanes(node: N): readonly Lane[];
  /** Semantic problems of this node alone (ids and nesting are checked for the whole tree). */
  check(node: N, path: string, env: CheckEnv): Problem[];
  /** Reached by a running instance; `next` is the node after it when it is done. */
  enter(node: N, run: Run, next: string | null): Entry;
  /** Reached by the route simulator. `next: undefined` ends the route (a rejection). */
  simulate(node: N, sim: Simulation, next: string | null): { readonly step: RouteStep; readonly next: string | null | undefined };
}
