/**
 * @module The server's diff of two definitions read as a person would: each change placed by
 * the names of what it is in (“Factors › Debt ratio › Weight”), with short before / after values.
 */
import type { Change } from '../api/definition-types.js';
import { formatWeight } from '../format/money.js';
import type { Lang } from '../i18n/language.js';

/** One change, ready to show. */
export interface DiffRow {
  readonly key: string;
  readonly op: Change['op'];
  /** The names of the places leading to the change, outermost first. */
  readonly where: readonly string[];
  readonly before?: string;
  readonly after?: string;
}

/** The words the rows are made of, in the current language. */
export interface DiffWords {
  /** A property's name (`weight` → “Weight”), or the name itself when it has none. */
  key(name: string): string;
  /** The n-th item of a list that has no name, counted from 1. */
  position(n: number): string;
  /** A list of n items, as a value. */
  count(n: number): string;
  readonly yes: string;
  readonly no: string;
  /** A field's label (the id when the form has no such field). */
  field(id: string): string;
  /** The label of an option of a field (the value when it has none). */
  option(field: string, value: string): string;
  /** A role's name (the id when unknown). */
  role(id: string): string;
  /** A name with the id it stands for beside it. */
  named(name: string, id: string): string;
  /** A definition kind's name (`form` → “表单”). */
  kind(kind: string): string;
  /** A rule set's trigger in words (“When a record is changed: Grade”). */
  trigger(trigger: Obj): string;
  /** The n-th band (from 1) of a factor scoring by `method`, by its place and range (“Band 2 (30%–50%)”). */
  band(n: number, band: Obj, method: Obj): string;
  /** A rule action's kind in words (`notify` → “通知”); the kind itself when unknown. */
  action(kind: string): string;
  /** The name of the form, scorecard or flow `id` a definition names under `key`; the id when unknown. */
  definition(key: 'form' | 'scorecard' | 'flow', id: string): string;
  /** A condition in words (“Grade = A and Amount < 500,000”). */
  condition(cond: Obj): string;
  /** Who a flow node's approver entry asks (a role, a field's user, the manager, named users). */
  approver(spec: Obj): string;
}

type Obj = Readonly<Record<string, unknown>>;

const MAX = 80;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is Readonly<Record<Lang, string>> => isObject(v) && typeof v['en'] === 'string' && typeof v['zh-CN'] === 'string';
const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);
const unescape = (t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~');
const tokensOf = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(unescape));

/** Properties (or lists) holding field ids, and role ids. */
const FIELD_KEYS = new Set(['field', 'fact', 'fields', 'editableFields', 'listColumns', 'summaryFields', 'dimension', 'dateField']);
const ROLE_KEYS = new Set(['role', 'roles']);
/** Properties holding another definition's id. */
const DEFINITION_KEYS = new Set(['form', 'scorecard', 'flow'] as const);
const isDefinitionKey = (key: string): key is 'form' | 'scorecard' | 'flow' => (DEFINITION_KEYS as ReadonlySet<string>).has(key);

/** Yes/no properties that mean no when left out (a field's 必填), unlike a condition's value. */
const FLAG_KEYS = new Set(['required']);
const isFlag = (key: string | undefined, v: unknown): v is boolean => key !== undefined && FLAG_KEYS.has(key) && typeof v === 'boolean';

/** A condition: a comparison of a fact, or a group of them. */
const isCondition = (v: unknown): v is Obj =>
  isObject(v) && ((typeof v['fact'] === 'string' && typeof v['operator'] === 'string') || Array.isArray(v['all']) || Array.isArray(v['any']) || isObject(v['not']));

/**
 * A text held under `key` (a list's key for its items) by what it names: a field, a role, a form,
 * scorecard or flow by its name, a condition's value by its field's option label, the id beside
 * unless the name leads with it; other text as it is.
 */
function refText(text: string, key: string | undefined, holder: unknown, words: DiffWords): string {
  const name =
    key === undefined ? text
    : FIELD_KEYS.has(key) ? words.field(text)
    : ROLE_KEYS.has(key) ? words.role(text)
    : isDefinitionKey(key) ? words.definition(key, text)
    : key === 'value' && isObject(holder) && typeof holder['fact'] === 'string' ? words.option(holder['fact'], text)
    : text;
  // A name that leads with the id (a grade's C · 一般) shows it already.
  return name === text || name.startsWith(`${text} `) ? name : words.named(name, text);
}

/**
 * The name of an item of the list under `key`, never an id the designer made up: a band by its
 * place and range, a grade by its code and label, else its name or label, else a weight modifier's
 * field, an unnamed override's place, its id, a row rule's role and field, a condition's field,
 * else its place; a text item by what it names.
 */
function itemName(item: unknown, index: number, lang: Lang, words: DiffWords, key?: string, holder?: unknown, list?: readonly unknown[]): string {
  if (typeof item === 'string') return refText(item, key, holder, words);
  if (isObject(item)) {
    if (key === 'bands' && isObject(holder)) return words.band(index + 1, item, holder);
    if (key === 'actions' && typeof item['kind'] === 'string') return actionName(item['kind'], index, list ?? [], words);
    if (key === 'approvers' && typeof item['kind'] === 'string') return words.approver(item);
    if (typeof item['grade'] === 'string' && isText(item['label'])) return words.named(item['label'][lang], item['grade']);
    for (const k of ['name', 'label']) if (isText(item[k])) return item[k][lang];
    if (typeof item['dimension'] === 'string') return refText(item['dimension'], 'dimension', item, words);
    if (key === 'overrides') return words.position(index + 1);
    for (const k of ['grade', 'id']) if (typeof item[k] === 'string') return item[k];
    if (typeof item['role'] === 'string' && typeof item['field'] === 'string') return `${refText(item['role'], 'role', item, words)}: ${refText(item['field'], 'field', item, words)}`;
    if (typeof item['fact'] === 'string') return refText(item['fact'], 'fact', item, words);
  }
  return words.position(index + 1);
}

/** A rule's action by its kind in words (“通知”), never the id the editor made up (notify_1); by its place too when the rule has more of that kind. */
function actionName(kind: string, index: number, actions: readonly unknown[], words: DiffWords): string {
  const alike = actions.filter((a) => isObject(a) && a['kind'] === kind).length;
  return alike > 1 ? `${words.action(kind)} · ${words.position(index + 1)}` : words.action(kind);
}

/**
 * A value held under `key` in `holder` in a few words: text as it is or by what it names (a field,
 * a role, an option), a weight in percent, a list of texts by their names, another list by its
 * length, a named thing by its name, a comparison with another field by that field, anything else
 * as compact JSON, all cut at 80 characters.
 *
 * @example
 * valueText(2500, 'en', words, 'weight') // '25.00%'
 */
export function valueText(v: unknown, lang: Lang, words: DiffWords, key?: string, holder?: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return clip(refText(v, key, holder, words));
  if (typeof v === 'number') return key === 'weight' ? formatWeight(v, lang) : new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 }).format(v);
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === 'string') ? clip(v.map((x: string) => refText(x, key, holder, words)).join(', ')) : words.count(v.length);
  if (isText(v)) return clip(v[lang]);
  if (isCondition(v)) return clip(words.condition(v));
  if (isObject(v) && (isText(v['name']) || isText(v['label']))) return clip(itemName(v, 0, lang, words));
  if (isObject(v) && Object.keys(v).length === 1 && typeof v['fact'] === 'string') return clip(refText(v['fact'], 'fact', v, words));
  return clip(JSON.stringify(v));
}

/** A top-level value the definition's own words name: its kind, a rule set's trigger; undefined for any other. */
function topText(key: string | undefined, v: unknown, words: DiffWords): string | undefined {
  if (key === 'kind' && typeof v === 'string') return words.kind(v);
  if (key === 'trigger' && isObject(v) && typeof v['kind'] === 'string') return clip(words.trigger(v));
  return undefined;
}

/** The names of the places along `tokens` in `doc`; the last one named by `last` when given. */
function placesOf(doc: unknown, tokens: readonly string[], lang: Lang, words: DiffWords, last?: (token: string) => string): string[] {
  const out: string[] = [];
  let node = doc;
  let parent: unknown;
  tokens.forEach((token, i) => {
    const isLast = i === tokens.length - 1;
    if (isLast && last !== undefined) out.push(last(token));
    else if (Array.isArray(node)) out.push(itemName(node[Number(token)], Number(token), lang, words, tokens[i - 1], parent, node));
    else out.push(words.key(token));
    parent = node;
    node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
  });
  return out;
}

/** What an added or removed list item tests, in words: a condition itself, or a branch's `when`; undefined for anything else. */
function conditionOf(item: unknown, words: DiffWords): string | undefined {
  if (isCondition(item)) return clip(words.condition(item));
  return isObject(item) && isCondition(item['when']) ? clip(words.condition(item['when'])) : undefined;
}

/** What holds the last token of a change's path: a list (the token is an index) or an object (a property's name). */
function holderOf(doc: unknown, tokens: readonly string[]): unknown {
  let node = doc;
  for (const token of tokens.slice(0, -1)) node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
  return node;
}

/** The parts of a comparison a change may set on their own. */
const COMPARISON_KEYS = new Set(['fact', 'operator', 'value']);
const isComparison = (v: unknown): v is Obj => isObject(v) && typeof v['fact'] === 'string' && typeof v['operator'] === 'string';

/** A comparison as it is now and as it was before some of its parts changed, where it is, and the first of those changes. */
interface ComparisonChange {
  readonly now: Obj;
  readonly before: Obj;
  readonly first: Change;
  readonly at: readonly string[];
}

/** The comparison a change is to, and the part it changes: its field, operator or value, or a part of its value (an item of its list, the field it compares with). */
interface ComparisonPart {
  readonly at: readonly string[];
  readonly part: string;
  readonly inValue?: string;
}

function comparisonPart(c: Change, after: unknown): ComparisonPart | undefined {
  if (c.op === 'move') return undefined;
  const tokens = tokensOf(c.path);
  const last = tokens.at(-1) ?? '';
  if (COMPARISON_KEYS.has(last) && isComparison(holderOf(after, tokens))) return { at: tokens.slice(0, -1), part: last };
  if (tokens.at(-2) === 'value' && isComparison(holderOf(after, tokens.slice(0, -1)))) return { at: tokens.slice(0, -2), part: 'value', inValue: last };
  return undefined;
}

/**
 * A comparison's value as it was before `changes` to its parts: a list's items compared by place
 * (replaced and removed ones as they were, added ones left out), a field compared with as it was.
 */
function valueBefore(now: unknown, changes: ReadonlyArray<{ readonly change: Change; readonly key: string }>): unknown {
  if (Array.isArray(now)) {
    const added = new Set(changes.filter(({ change }) => change.op === 'add').map(({ key }) => Number(key)));
    const out: unknown[] = [...now];
    for (const { change, key } of changes) if (change.op !== 'add') out[Number(key)] = change.from;
    return out.filter((_, i) => !added.has(i));
  }
  const out: Record<string, unknown> = isObject(now) ? { ...now } : {};
  for (const { change, key } of changes) {
    if (change.op === 'add') delete out[key];
    else out[key] = change.from;
  }
  return out;
}

/**
 * The changes to a part of a comparison (its field, operator, value or an item of its value
 * list), each mapped to its comparison as it is in `after` and as it was before them all, when
 * its field or operator is among them: `equal → isEmpty` said as “Grade = A” → “Grade is empty”.
 * A new value alone is left to be said by its field's words.
 */
function comparisonChanges(changes: readonly Change[], after: unknown): Map<Change, ComparisonChange> {
  const byPlace = new Map<string, Array<{ change: Change; part: ComparisonPart }>>();
  for (const change of changes) {
    const part = comparisonPart(change, after);
    if (part === undefined) continue;
    const place = JSON.stringify(part.at);
    byPlace.set(place, [...(byPlace.get(place) ?? []), { change, part }]);
  }
  const out = new Map<Change, ComparisonChange>();
  for (const group of byPlace.values()) {
    const [first] = group;
    if (first === undefined || !group.some(({ change, part }) => change.op === 'replace' && part.part !== 'value')) continue;
    const now = holderOf(after, [...first.part.at, '']) as Obj;
    const before: Record<string, unknown> = { ...now };
    const inValue: Array<{ change: Change; key: string }> = [];
    for (const { change, part } of group) {
      if (part.inValue !== undefined) inValue.push({ change, key: part.inValue });
      else if (change.op === 'add') delete before[part.part];
      else before[part.part] = change.from;
    }
    if (inValue.length > 0) before['value'] = valueBefore(now['value'], inValue);
    for (const { change } of group) out.set(change, { now, before, first: first.change, at: first.part.at });
  }
  return out;
}

/**
 * The rows of a diff. `after` is the newer definition, which the changes' paths point into
 * (a removed item is named from the value it had; a moved one by its places before and after);
 * the definition's kind and a rule set's trigger are said in words, not as codes.
 *
 * @example
 * diffRows([{ path: '/factors/0/weight', op: 'replace', from: 3000, to: 2500 }], card, 'en', words)
 * // [{ key: '0', op: 'replace', where: ['Factors', 'Debt ratio', 'Weight'], before: '30.00%', after: '25.00%' }]
 */
export function diffRows(changes: readonly Change[], after: unknown, lang: Lang, words: DiffWords): DiffRow[] {
  // A flag written as no, where leaving it out said no already, changes nothing.
  const said = changes.filter((c) => !((c.op === 'add' && c.to === false) || (c.op === 'remove' && c.from === false)) || !FLAG_KEYS.has(tokensOf(c.path).at(-1) ?? ''));
  const compared = comparisonChanges(said, after);
  return said.flatMap((c, i): DiffRow[] => {
    const tokens = tokensOf(c.path);
    const key = String(i);
    const comparison = compared.get(c);
    if (comparison !== undefined) {
      // A comparison's field, operator or value changed: the comparison before and after, in words, once.
      if (comparison.first !== c) return [];
      return [{ key, op: 'replace', where: placesOf(after, comparison.at, lang, words), before: clip(words.condition(comparison.before)), after: clip(words.condition(comparison.now)) }];
    }
    const holder = holderOf(after, tokens);
    const item = Array.isArray(holder);
    // The key a value is held under, and the object holding it: for a list's items, the list's.
    const lastKey = tokens.at(item ? -2 : -1);
    const owner = item ? holderOf(after, tokens.slice(0, -1)) : holder;
    const value = (v: unknown) => (tokens.length === 1 ? topText(lastKey, v, words) : undefined) ?? valueText(v, lang, words, lastKey, owner);
    switch (c.op) {
      case 'move': {
        const from = Number(tokensOf(String(c.from)).at(-1));
        return [{ key, op: c.op, where: placesOf(after, tokens, lang, words), before: words.position(from + 1), after: words.position(Number(tokens.at(-1)) + 1) }];
      }
      case 'remove': {
        const where = placesOf(after, tokens, lang, words, (t) => (item ? itemName(c.from, Number(t), lang, words, lastKey, owner) : words.key(t)));
        // A flag left out is no: cleared (必填), it is changed, not removed.
        if (!item && isFlag(lastKey, c.from)) return [{ key, op: 'replace', where, before: value(c.from), after: value(false) }];
        // A whole item is named in `where`, and what it was tested on; a removed property shows the value it had.
        const was = item ? conditionOf(c.from, words) : value(c.from);
        return [was === undefined ? { key, op: c.op, where } : { key, op: c.op, where, before: was }];
      }
      case 'add': {
        const where = placesOf(after, tokens, lang, words);
        if (!item && isFlag(lastKey, c.to)) return [{ key, op: 'replace', where, before: value(false), after: value(c.to) }];
        const is = item ? conditionOf(c.to, words) : value(c.to);
        return [is === undefined ? { key, op: c.op, where } : { key, op: c.op, where, after: is }];
      }
      case 'replace':
        return [{ key, op: c.op, where: placesOf(after, tokens, lang, words), before: value(c.from), after: value(c.to) }];
    }
  });
}
