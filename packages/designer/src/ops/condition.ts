/** @module Pure edits of a json-rules-engine condition tree, addressed by child positions. */
import { operators, OPERATORS } from '@heng/engine';
import type { Condition, FactCondition, FieldInfo, Operator, ValueKind } from '@heng/engine';

/**
 * Where a node sits: the child index at each level from the root (a `not` has one child, 0).
 * Conditions are json-rules-engine's format, which gives their parts no ids.
 */
export type Steps = readonly number[];

/** A group: all of its children hold, or any one of them. */
export type GroupKind = 'all' | 'any';

/**
 * The children of a node: a group's list, a `not`'s one condition, or none for a comparison.
 *
 * @example
 * childrenOf({ not: { all: [] } }) // [{ all: [] }]
 */
export function childrenOf(c: Condition): readonly Condition[] {
  if ('all' in c) return c.all;
  if ('any' in c) return c.any;
  if ('not' in c) return [c.not];
  return [];
}

function withChildren(c: Condition, children: readonly Condition[]): Condition {
  if ('all' in c) return { ...c, all: children };
  if ('any' in c) return { ...c, any: children };
  if ('not' in c && children[0] !== undefined) return { ...c, not: children[0] };
  return c;
}

/**
 * The JSON Pointer of a node below the condition's own pointer: problems from the engine's
 * `validateCondition` land on the node with this suffix.
 *
 * @example
 * pointerOf({ any: [{ fact: 'a', operator: 'equal', value: 1 }, { not: { all: [] } }] }, [1, 0]) // '/any/1/not'
 */
export function pointerOf(c: Condition, steps: Steps): string {
  let out = '';
  let node: Condition | undefined = c;
  for (const i of steps) {
    if (node === undefined) break;
    out += 'not' in node ? '/not' : `/${'all' in node ? 'all' : 'any'}/${i}`;
    node = childrenOf(node)[i];
  }
  return out;
}

/**
 * The node at `steps`, if any.
 *
 * @example
 * conditionAt({ all: [{ fact: 'a', operator: 'equal', value: 1 }] }, [0]) // { fact: 'a', ... }
 */
export function conditionAt(c: Condition, steps: Steps): Condition | undefined {
  let node: Condition | undefined = c;
  for (const i of steps) node = node === undefined ? undefined : childrenOf(node)[i];
  return node;
}

/**
 * Replaces the node at `steps` with `update(node)`.
 *
 * @example
 * updateAt(cond, [0], (n) => ({ ...n, value: 2 }))
 */
export function updateAt(c: Condition, steps: Steps, update: (node: Condition) => Condition): Condition {
  const [head, ...rest] = steps;
  if (head === undefined) return update(c);
  const children = childrenOf(c);
  const child = children[head];
  if (child === undefined) return c;
  const next = updateAt(child, rest, update);
  return next === child ? c : withChildren(c, children.map((x, i) => (i === head ? next : x)));
}

/**
 * Removes the node at `steps`. A `not` left without its condition goes with it; the root
 * cannot go, so removing it leaves an empty "all of" group.
 *
 * @example
 * removeAt({ all: [a, { not: b }] }, [1, 0]) // { all: [a] }
 */
export function removeAt(c: Condition, steps: Steps): Condition {
  if (steps.length === 0) return { all: [] };
  const parentSteps = steps.slice(0, -1);
  const parent = conditionAt(c, parentSteps);
  if (parent === undefined) return c;
  if ('not' in parent) return removeAt(c, parentSteps);
  const index = steps[steps.length - 1] as number;
  return updateAt(c, parentSteps, (p) => withChildren(p, childrenOf(p).filter((_, i) => i !== index)));
}

/**
 * Appends `child` to the group at `steps` (a comparison or a `not` takes no children).
 *
 * @example
 * addChild({ all: [] }, [], { any: [] }) // { all: [{ any: [] }] }
 */
export function addChild(c: Condition, steps: Steps, child: Condition): Condition {
  return updateAt(c, steps, (g) => ('all' in g || 'any' in g ? withChildren(g, [...childrenOf(g), child]) : g));
}

/**
 * Adds `child` beside the whole condition: into the root group, or, when the root is a single
 * comparison or a `not`, into a new "all of" group holding both.
 *
 * @example
 * extendRoot({ fact: 'a', operator: 'equal', value: 1 }, b) // { all: [{ fact: 'a', ... }, b] }
 */
export function extendRoot(c: Condition, child: Condition): Condition {
  return 'all' in c || 'any' in c ? addChild(c, [], child) : { all: [c, child] };
}

/**
 * Turns the group at `steps` into an "all of" or "any of" group, keeping its children.
 *
 * @example
 * setGroupKind({ all: [a, b] }, [], 'any') // { any: [a, b] }
 */
export function setGroupKind(c: Condition, steps: Steps, kind: GroupKind): Condition {
  return updateAt(c, steps, (g) => {
    if (!('all' in g || 'any' in g)) return g;
    const children = childrenOf(g);
    return kind === 'all' ? { all: children } : { any: children };
  });
}

/**
 * Wraps the node at `steps` in a `not`, or unwraps it when it is one.
 *
 * @example
 * toggleNot({ all: [a] }, [0]) // { all: [{ not: a }] }
 */
export function toggleNot(c: Condition, steps: Steps): Condition {
  return updateAt(c, steps, (n) => ('not' in n ? n.not : { not: n }));
}

/**
 * The operators a designer offers for a fact of `kind`, in json-rules-engine's order.
 *
 * @example
 * operatorsFor('boolean') // ['equal', 'notEqual', 'isEmpty', 'isNotEmpty']
 */
export function operatorsFor(kind: ValueKind): Operator[] {
  return OPERATORS.filter((op) => (operators[op].kinds as readonly ValueKind[]).includes(kind));
}

/**
 * A value to start from for `operator` on `field`: its first option, `true`, 0 or an empty
 * list, which the admin then changes.
 *
 * @example
 * defaultValue({ id: 'industry', type: 'single_select', kind: 'text', options: ['steel'] }, 'equal') // 'steel'
 */
export function defaultValue(field: FieldInfo, operator: Operator): unknown {
  if (operators[operator].value === 'none') return null;
  if (operators[operator].value === 'list') return [];
  if (field.options !== undefined && field.options.length > 0) return field.options[0];
  switch (field.kind) {
    case 'number':
      return 0;
    case 'boolean':
      return true;
    default:
      return '';
  }
}

/**
 * A comparison on `field` with the first operator that suits it.
 *
 * @example
 * comparisonOn({ id: 'lawsuits_pending', type: 'boolean', kind: 'boolean' }) // { fact: 'lawsuits_pending', operator: 'equal', value: true }
 */
export function comparisonOn(field: FieldInfo): FactCondition {
  const operator = operatorsFor(field.kind)[0] ?? 'equal';
  return { fact: field.id, operator, value: defaultValue(field, operator) };
}

/**
 * Points the comparison at `steps` at another fact; the operator is kept when it suits the
 * new field's kind, and the value is reset, since the old one rarely fits.
 *
 * @example
 * setFact(cond, [0], catalog.get('industry')!)
 */
export function setFact(c: Condition, steps: Steps, field: FieldInfo): Condition {
  return updateAt(c, steps, (n) => {
    if (!('fact' in n)) return n;
    const keep = operatorsFor(field.kind).includes(n.operator);
    const operator = keep ? n.operator : (operatorsFor(field.kind)[0] ?? 'equal');
    return { fact: field.id, operator, value: defaultValue(field, operator) };
  });
}

/**
 * Changes the operator of the comparison at `steps`, turning the value into a list or out of
 * one when the operator needs it; an emptiness test drops the value, and leaving one starts
 * from the field's {@link defaultValue}.
 *
 * @example
 * setOperator({ fact: 'industry', operator: 'equal', value: 'steel' }, [], 'in') // value: ['steel']
 */
export function setOperator(c: Condition, steps: Steps, operator: Operator, field?: FieldInfo): Condition {
  return updateAt(c, steps, (n) => {
    if (!('fact' in n)) return n;
    if (operators[operator].value === 'none') return { ...n, operator, value: null };
    if (operators[n.operator].value === 'none') return { ...n, operator, value: field === undefined ? (operators[operator].value === 'list' ? [] : '') : defaultValue(field, operator) };
    const wantsList = operators[operator].value === 'list';
    const isList = Array.isArray(n.value);
    // Another field compared with stays only where a single value is compared.
    const fieldRef = typeof n.value === 'object' && n.value !== null && !isList;
    let value = fieldRef && operators[operator].value !== 'scalar' ? (wantsList ? [] : '') : n.value;
    if (value !== n.value) return { ...n, operator, value };
    if (wantsList && !isList) value = n.value === '' || n.value === undefined ? [] : [n.value];
    if (!wantsList && isList) value = (n.value as unknown[])[0] ?? '';
    return { ...n, operator, value };
  });
}

/**
 * Sets the literal the comparison at `steps` compares with.
 *
 * @example
 * setValue(cond, [0], 0.7)
 */
export function setValue(c: Condition, steps: Steps, value: unknown): Condition {
  return updateAt(c, steps, (n) => ('fact' in n ? { ...n, value } : n));
}
