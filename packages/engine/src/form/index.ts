/** @module Forms: fields, sections, rules, visibility and access; validated, compiled, computed. */
export { formKind, formReferences } from './kind.js';
export { formSchema } from './schema.js';
export { validateForm } from './validate.js';
export { compileForm } from './compile.js';
export { isComputed } from './computed.js';
export { formatSerial, serialDay, serialPeriod } from './serial.js';
export { fieldAccess } from './access.js';
export { rollupValue } from './rollup.js';
export { applyFilter, failedEntry } from './reference-filter.js';
export type { AppliedFilter } from './reference-filter.js';
export { filterMessage } from './reference-filter-message.js';
export { sameAsMismatch } from './same-as.js';
export { itemsNamed } from './items-named.js';
export { cellLabel } from './record-values.js';
export { rowScope, reachesRecord, ownerDefaults, rowProblems, lookupCopiesUser } from './row-access.js';
export { mayDo, RECORD_ACTION_WORDS, RECORD_ACTIONS } from './permissions.js';
export type { RowScope } from './row-access.js';
export type { ComputedField } from './computed.js';
export { formCatalog, fieldInfo, columnCatalog, optionsOf } from './catalog.js';
export { fieldTypes, FIELD_TYPES, COLUMN_TYPES } from './fields/index.js';
export { TEXT_FORMATS, TEXT_FORMAT_LABELS, usccCheck } from './fields/formats.js';
export { isEmpty, sameValue } from './values.js';
export { tidyText } from './tidy-text.js';
export type { TextFormat } from './fields/formats.js';
// Record value formats, kept in core so every kind reads them alike; exported here, with the record types.
export { MONEY_LIMIT, isMoney } from '../core/money.js';
export { showPercent } from './fields/percent.js';
export { isCalendarDate, isIsoDatetime, isUtcDatetime, toUtcDatetime } from '../core/calendar.js';
export { userPattern } from './regex.js';
export { formulaOrder } from './graph.js';
export type { FieldTypeSpec, ValueContext, DefinitionContext } from './fields/spec.js';
export type { UserPattern } from './regex.js';
export type { FormulaOrder } from './graph.js';
export type {
  FieldType,
  FieldAccess,
  RuleName,
  FieldRules,
  FieldBase,
  SelectOption,
  ValueLabels,
  FormulaResultType,
  TextField,
  LongTextField,
  NumberField,
  MoneyField,
  PercentField,
  DateField,
  DatetimeField,
  BooleanField,
  SingleSelectField,
  MultiSelectField,
  UserField,
  ReferenceField,
  ReferenceFilter,
  ReferenceFilterOperator,
  SubTableField,
  FormulaField,
  LookupField,
  RollupField,
  RollupAggregate,
  SerialField,
  SerialPart,
  SerialDateFormat,
  SerialReset,
  FieldDefinition,
  SectionDefinition,
  FormCheck,
  FormDefinition,
  RowAccessRule,
  RecordAction,
  RecordPermissions,
  FormRecord,
  RecordCheckOptions,
  CompiledForm,
} from './types.js';
// The 360° customer credit profile of DOMAIN.md: the sample form editors open and tests build on.
export { creditRoles, customerCreditProfile, sampleCustomer } from './fixtures/customer-credit-profile.js';
export { defaultListColumns, fitsListColumn, MAX_COLUMNS, sortsBy } from './list-columns.js';
export { labelFieldOf, recordLabel, titlesRecords } from './record-name.js';
export { recordState, statesRecords } from './state-field.js';
export { MAX_SUMMARY_FIELDS } from './summary-fields.js';
export { copiesLookup, refreshesLookup } from './lookup-copy.js';
export { visibility } from './visibility.js';
export { dynamicDefaults, isDynamicDefault } from './dynamic-defaults.js';
export type { NewRecordContext } from './dynamic-defaults.js';
export type { Visibility } from './visibility.js';
