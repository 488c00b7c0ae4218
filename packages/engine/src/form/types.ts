/** @module The form definition: fields, sections, rules, visibility and per-role access. */
import type { TextFormat } from './fields/formats.js';
import type { DefinitionBase } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import type { Problem } from '../core/problem.js';
import type { Condition } from '../condition/types.js';
import type { FormulaEnv } from '../formula/types.js';

/** Every field type a form offers; each is one file in `fields/`. */
export type FieldType =
  | 'text'
  | 'long_text'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'single_select'
  | 'multi_select'
  | 'user'
  | 'reference'
  | 'sub_table'
  | 'formula'
  | 'lookup'
  | 'rollup'
  | 'serial';

/** What a role may do with a field. Roles a field does not name may write it. */
export type FieldAccess = 'hidden' | 'read' | 'write';

/** The rule names; each field type accepts some of them (see its spec). */
export type RuleName = 'min' | 'max' | 'minLength' | 'maxLength' | 'pattern' | 'format' | 'unique';

/**
 * Rules on a value. `min`/`max` are numbers (a fraction for percent: 0.7 = 70%), or for dates
 * `YYYY-MM-DD` or `"today"`; `pattern` runs on re2js (linear time) and matches anywhere in the
 * text unless anchored with `^…$`; `format` is a built-in format (a social credit code, whose
 * check character is verified); `unique` is enforced by the server across records.
 */
export interface FieldRules {
  readonly min?: number | string;
  readonly max?: number | string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: { readonly regex: string; readonly message?: LocalizedText };
  readonly format?: TextFormat;
  readonly unique?: boolean;
}

/** What every field has, whatever its type. */
export interface FieldBase<T extends FieldType = FieldType> {
  readonly id: string;
  readonly type: T;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  /** Must have a value when visible (a non-empty one for text, lists and tables). */
  readonly required?: boolean;
  /** Its value in a new record; `"today"` for a date field and `"me"` for a user field are filled in when it is made. */
  readonly default?: unknown;
  readonly rules?: FieldRules;
  /** Shown only when this holds; facts are the record's fields (json-rules-engine format). */
  readonly visibleWhen?: Condition;
  /** Must have a value, as if `required`, while this holds (and the field is shown); facts as for `visibleWhen`. */
  readonly requiredWhen?: Condition;
  /** Role id → access; roles not named may write. */
  readonly access?: Readonly<Record<string, FieldAccess>>;
}

/** A choice of a select field. */
export interface SelectOption {
  readonly id: string;
  readonly label: LocalizedText;
}

/** What a formula field's value is. */
export type FormulaResultType = 'number' | 'money' | 'percent' | 'text' | 'boolean' | 'date';

export type TextField = FieldBase<'text'>;
export type LongTextField = FieldBase<'long_text'>;
/** `decimals`: at most this many decimals (0–6). */
export interface NumberField extends FieldBase<'number'> {
  readonly decimals?: number;
  /** false: shown without thousands separators (a year, a code: 2023, not 2,023); shown with them unless set. */
  readonly grouping?: boolean;
}
/** CNY, at most 2 decimals, |value| ≤ 1e13. */
export type MoneyField = FieldBase<'money'>;
/** A fraction (0.35 = 35%); `decimals` counts decimals of the percentage shown (35.5% has 1). */
export interface PercentField extends FieldBase<'percent'> {
  readonly decimals?: number;
}
export type DateField = FieldBase<'date'>;
export type DatetimeField = FieldBase<'datetime'>;
export type BooleanField = FieldBase<'boolean'>;
export interface SingleSelectField extends FieldBase<'single_select'> {
  readonly options: readonly SelectOption[];
}
export interface MultiSelectField extends FieldBase<'multi_select'> {
  readonly options: readonly SelectOption[];
}
/** A user of the company; with `roles`, only one holding at least one of them (the salesperson: a sales role). */
export interface UserField extends FieldBase<'user'> {
  readonly roles?: readonly string[];
}
/** A record of the form `target`; with `filter`, only the records of it that match (see {@link ReferenceFilter}). */
export interface ReferenceField extends FieldBase<'reference'> {
  readonly target: string;
  /** Every entry must hold for a record to be offered and accepted (a payment's receivable: this customer's, still open). */
  readonly filter?: readonly ReferenceFilter[];
}

/**
 * One condition on the records a reference field offers: their field `field` (of the target form)
 * is the same as this record's field `sameAs` (skipped while that one is empty), or compares
 * with a constant by `operator` (`equal`, `notEqual`, or `in` a list of values).
 */
export type ReferenceFilter =
  | { readonly field: string; readonly sameAs: string }
  | { readonly field: string; readonly operator: ReferenceFilterOperator; readonly value: unknown };

/** The operators a reference filter compares with a constant by (condition operators the records list also serves). */
export type ReferenceFilterOperator = 'equal' | 'notEqual' | 'in';
/** Rows of scalar columns (no nested tables; columns have no visibility, access or unique rule). */
export interface SubTableField extends FieldBase<'sub_table'> {
  readonly columns: readonly FieldDefinition[];
}
/** Computed by the engine, read-only. In a sub-table column it may name the row's columns only. */
export interface FormulaField extends FieldBase<'formula'> {
  readonly formula: string;
  readonly resultType: FormulaResultType;
  readonly decimals?: number;
  /** How a text result's values read: `frozen` shown as 冻结 / Frozen (see {@link ValueLabels}). */
  readonly options?: ValueLabels;
}

/**
 * The words for the values a computed text field gives, as a select's options: each value is an
 * option id, shown by its label; conditions and formulas offer and check them as options.
 */
export type ValueLabels = readonly SelectOption[];

/**
 * A value copied from the record the reference field `via` points at (its field `field`), each
 * time this record is written: what the customer's limit was when the order was placed. The
 * server fills it; read-only.
 */
export interface LookupField extends FieldBase<'lookup'> {
  readonly via: string;
  readonly field: string;
  readonly resultType: FormulaResultType;
  /**
   * `on_write` (the default): copied again on every write of this record; `on_create`: copied
   * when the record is made and kept (the grade an application was routed by), copied again only
   * when its reference points elsewhere or while `refreshWhen` holds.
   */
  readonly copy?: 'on_create' | 'on_write';
  /**
   * With `copy: 'on_create'`: also copied again on every write in which this record meets the
   * condition, after the records it points at have been rolled up again without its earlier
   * values (an order sent back to its credit check takes the customer's current figures).
   */
  readonly refreshWhen?: Condition;
  /** How a text result's values read, as the field it copies shows them (see {@link ValueLabels}). */
  readonly options?: ValueLabels;
}

/** How a rollup combines its records' values. `count` counts records and needs no field. */
export type RollupAggregate = 'sum' | 'count' | 'min' | 'max';

/**
 * An aggregate over the records of form `from` whose reference field `via` points at this record
 * (and that match `where`): the paid amount of a receivable, a customer's open exposure. The
 * server keeps it up to date whenever one of those records changes; read-only.
 */
export interface RollupField extends FieldBase<'rollup'> {
  readonly from: string;
  readonly via: string;
  readonly aggregate: RollupAggregate;
  readonly field?: string;
  readonly where?: Condition;
  readonly resultType: 'number' | 'money' | 'date';
}

/** How a serial number's date part is written, from the business day the record is created (or its `dateField`). */
export type SerialDateFormat = 'yyyyMMdd' | 'yyyyMM' | 'yyyy';

/** When a serial number's sequence starts again at 1. */
export type SerialReset = 'daily' | 'monthly' | 'yearly' | 'never';

/**
 * One part of a serial number, in order: fixed `text`, the creation `date` (China business day),
 * or the `sequence`, zero-padded to `digits` (longer once it outgrows them) and starting again at
 * 1 as `reset` says.
 */
export type SerialPart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'date'; readonly format: SerialDateFormat }
  | { readonly type: 'sequence'; readonly digits: number; readonly reset: SerialReset };

/**
 * An auto number (流水号) the server assigns when a record is created, in the create's
 * transaction, from `parts` (`SO-` + `yyyyMMdd` + `-` + 4 digits: SO-20261124-0001): never
 * repeated within the field, never typed, never changed. Records made before the field was added
 * keep none.
 */
export interface SerialField extends FieldBase<'serial'> {
  readonly parts: readonly SerialPart[];
  /**
   * A date field of the form whose day the number carries (and counts by) in place of the day the
   * record is made: an order entered late, or imported, numbered by its order date. A record
   * leaving it empty is numbered by the day it is made.
   */
  readonly dateField?: string;
}

/** A field of any type. */
export type FieldDefinition =
  | TextField
  | LongTextField
  | NumberField
  | MoneyField
  | PercentField
  | DateField
  | DatetimeField
  | BooleanField
  | SingleSelectField
  | MultiSelectField
  | UserField
  | ReferenceField
  | SubTableField
  | FormulaField
  | LookupField
  | RollupField
  | SerialField;

/** A block of the layout: field ids in order, laid out in `columns` columns. */
export interface SectionDefinition {
  readonly id: string;
  readonly label: LocalizedText;
  readonly columns: 1 | 2 | 3 | 4;
  readonly fields: readonly string[];
}

/**
 * A row rule: users holding `role` reach the records whose user field `field` holds their user id
 * (a salesperson and the customers they are in charge of).
 */
export interface RowAccessRule {
  readonly role: string;
  readonly field: string;
}

/**
 * A rule across a record's fields (校验规则): the record must meet `condition`, read on its values
 * as written, lookups copied and formulas computed; when it does not, `message` is the problem on
 * `field`. A check is made only when every field its condition names holds a value (`required`
 * says what must be filled): a payment's amount at most its receivable's outstanding amount.
 */
export interface FormCheck {
  readonly id: string;
  readonly field: string;
  readonly condition: Condition;
  readonly message: LocalizedText;
}

/** What a user may do to a form's records, each action by its own list of roles. */
export type RecordAction = 'create' | 'update' | 'delete';

/**
 * Which roles may create, change and delete the form's records (记录权限): an action that is not
 * named is open to every role; a named one to the roles listed (none: nobody, records then come
 * from rules, imports by a listed role, or approvals). A user may when any of their roles may.
 * Field access still says which fields a role may write, and row access which records it reaches.
 */
export type RecordPermissions = Readonly<Partial<Record<RecordAction, readonly string[]>>>;

/** A form: every field sits in exactly one section. */
export interface FormDefinition extends DefinitionBase<'form'> {
  readonly fields: readonly FieldDefinition[];
  readonly sections: readonly SectionDefinition[];
  /** Rules across fields, checked on every write (see {@link FormCheck}). */
  readonly checks?: readonly FormCheck[];
  /**
   * Which records each role reaches: sees, lists, exports, changes, deletes, and reads the score,
   * rule runs and approvals of; a record out of reach answers as if it did not exist. Without
   * rules every user reaches every record. With rules, a user reaches every record when any of
   * their roles has no rule (the boss, an admin, finance); otherwise exactly the records that some
   * rule of one of their roles matches (its user field holds their id). A user with no role at all
   * reaches none. A user held to the rules is, when creating a record, the default of each of
   * their rules' fields, and may not write a record they would then not reach (hand a customer to
   * another salesperson). See `rowScope`.
   */
  readonly rowAccess?: readonly RowAccessRule[];
  /** Who may create, change and delete records (see {@link RecordPermissions}); absent: every role may. */
  readonly permissions?: RecordPermissions;
  /**
   * The field that names a record (记录标题): its title on its page, in pickers, links and
   * approvals. A text field, a lookup, a formula with a text result, or an auto number; absent: the first text
   * field, else the first lookup (see `labelFieldOf`).
   */
  readonly titleField?: string;
  /**
   * The field that tells a record's state (记录状态), shown as a tag beside its title on its page
   * (an order 已拒绝, 超额待审批): a single select, or a text formula or lookup with value labels
   * (see `recordState`); absent: no state is shown.
   */
  readonly stateField?: string;
  /**
   * The fields a list of the form's records shows as columns, in order, until a user picks their
   * own; absent: the first six that fit a column (see `defaultListColumns`).
   */
  readonly listColumns?: readonly string[];
  /**
   * The order a list of the form's records starts in until its user sorts it: a field id,
   * descending with a leading `-` (`-days_overdue`: the most overdue receivables first); absent:
   * the newest first. A field hidden from the user leaves their list in the newest-first order.
   */
  readonly listSort?: string;
  /**
   * The fields a record's page shows at the top (记录摘要), in order, beside its grade, score and
   * flags, so its key facts are seen without scrolling (a customer's credit limit, available
   * credit, overdue amount); absent: none. Never a field hidden from the reader.
   */
  readonly summaryFields?: readonly string[];
}

/** A record of a form: field id → value. */
export type FormRecord = Readonly<Record<string, unknown>>;

/** Who checks a record, and when: `today` (`YYYY-MM-DD`) for formulas and `"today"` rules. */
export interface RecordCheckOptions {
  /** The user's role(s); with several, the most permissive access wins. */
  readonly role?: string | readonly string[];
  readonly today: string;
}

/** A form ready to check, compute and filter records. */
export interface CompiledForm {
  readonly definition: FormDefinition;
  /** JSON Schema of a stored record (user regexes left out: ajv trusts its schemas). */
  readonly recordSchema: Readonly<Record<string, unknown>>;
  /** Fields whose value must be unique across records (the server enforces it). */
  readonly uniqueFields: readonly string[];
  /** Every problem with a record, per field (`/fieldId`, `/table/2/column`). */
  validateRecord(record: unknown, options: RecordCheckOptions): Problem[];
  /**
   * The record to store: a copy with every date-time (sub-table cells too) in canonical UTC
   * (`2024-03-01T02:00:00.000Z`) and every formula field computed, sub-table row formulas first.
   * The record path: `validateRecord(input)`; if no problems, store `computeRecord(input)`, and
   * give conditions, scorecards, rule sets and flows the stored record, whose date-times then
   * compare correctly as text. Validate first: a value that is not a date-time is left as is.
   */
  computeRecord(record: FormRecord, env: FormulaEnv): Record<string, unknown>;
  /** A new record holding the fields' fixed defaults (the dynamic ones, `"today"` and `"me"`, are `dynamicDefaults`'). */
  initialRecord(): Record<string, unknown>;
  /** Whether a field is shown, for a record as `computeRecord` returns it. */
  isVisible(fieldId: string, record: FormRecord): boolean;
  /** Whether the field must be filled in for this record when shown and writable: `required`, or its `requiredWhen` holds. */
  isRequired(fieldId: string, record: FormRecord): boolean;
  accessFor(role: string | readonly string[]): Record<string, FieldAccess>;
  /** The record without the fields hidden from the role. */
  readableRecord(record: FormRecord, role: string | readonly string[]): Record<string, unknown>;
  /** Problems for changes to fields the role may not write (creating: `before` = `{}`). */
  checkWrite(before: FormRecord, after: FormRecord, role: string | readonly string[]): Problem[];
}
