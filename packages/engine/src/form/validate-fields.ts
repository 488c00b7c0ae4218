/** @module Semantic checks of each field: its type's checks, its default, visibility and requirement conditions, and access. */
import { conditionFacts, validateCondition } from '../condition/index.js';
import type { FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { specOf } from './fields/index.js';
import { checkFieldValue } from './record-values.js';
import { isDynamicDefault } from './dynamic-defaults.js';
import type { FieldDefinition, FormDefinition } from './types.js';
import { isEmpty } from './values.js';
import { isComputed } from './computed.js';

/** The type's own checks and the default's validity, for a field or a sub-table column. */
function checkOwn(field: FieldDefinition, path: string, def: FormDefinition, refs: ReferenceContext, column = false): Problem[] {
  const out = specOf(field).checkDefinition(field, { path, formId: def.id, refs });
  // "today" and "me" are filled in when a record is made, not when a row is added to its table.
  if (!isComputed(field) && !isEmpty(field.default) && (column || !isDynamicDefault(field))) {
    const wrong = checkFieldValue(field, field.default, { path: pointer(path, 'default'), label: field.label });
    out.push(...wrong.map((p) => problem(p.path, 'field.default', `The default value is wrong: ${p.message}`, `默认值有误：${p.messageZh}`)));
  }
  return out;
}

/** What a field's own condition decides, for the problem when it reads the field itself. */
const SELF = {
  visibleWhen: { en: 'is shown depending on its own value, so it could never be filled in', zh: '的显示条件依赖其自身的值，将无法填写' },
  requiredWhen: { en: 'is required depending on its own value, so the condition cannot decide it', zh: '的必填条件依赖其自身的值，无法据此判断是否必填' },
} as const;

/** A `visibleWhen` or `requiredWhen`: a valid condition on the form's other fields. */
function checkCondition(field: FieldDefinition, path: string, catalog: FieldCatalog, key: keyof typeof SELF): Problem[] {
  const condition = field[key];
  if (condition === undefined) return [];
  const at = pointer(path, key);
  const found = validateCondition(condition, catalog, at);
  if (found.length > 0) return found;
  if (!conditionFacts(condition).includes(field.id)) return [];
  return [problem(at, `field.${key}.self`, `"${field.label.en}" ${SELF[key].en}: base the condition on other fields.`, `"${field.label['zh-CN']}" ${SELF[key].zh}，请改用其他字段作为条件。`)];
}

/** `required` and `requiredWhen` together: the condition would never matter. */
function checkRequiredTwice(field: FieldDefinition, path: string): Problem[] {
  if (field.required !== true || field.requiredWhen === undefined) return [];
  return [problem(pointer(path, 'requiredWhen'), 'field.requiredWhen.always', `"${field.label.en}" is always required, so its condition never matters: turn "required" off or remove the condition.`, `"${field.label['zh-CN']}" 已设为必填，必填条件不起作用：请取消必填，或删除该条件。`)];
}

function checkAccess(field: FieldDefinition, path: string, refs: ReferenceContext): Problem[] {
  const roles = [...refs.roles];
  return Object.keys(field.access ?? {})
    .filter((role) => !refs.roles.has(role))
    .map((role) => {
      const h = hint(role, roles);
      return problem(pointer(path, 'access', role), 'field.access.role', `Access is set for unknown role "${role}".${h.en}`, `为未知角色 "${role}" 设置了权限。${h.zh}`);
    });
}

/**
 * Problems with each field (and sub-table column) on its own: options, targets, rule bounds,
 * patterns, defaults, visibility and requirement conditions (against the form's catalog) and access roles.
 *
 * @example
 * checkFields(form, formCatalog(form), ctx) // [{ path: '/fields/2/target', code: 'field.target.unknown', ... }]
 */
export function checkFields(def: FormDefinition, catalog: FieldCatalog, refs: ReferenceContext): Problem[] {
  return def.fields.flatMap((field, i) => {
    const path = pointer('/fields', i);
    const columns = field.type === 'sub_table' ? field.columns.flatMap((c, j) => checkOwn(c, pointer(path, 'columns', j), def, refs, true)) : [];
    return [...checkOwn(field, path, def, refs), ...columns, ...checkCondition(field, path, catalog, 'visibleWhen'), ...checkCondition(field, path, catalog, 'requiredWhen'), ...checkRequiredTwice(field, path), ...checkAccess(field, path, refs)];
  });
}
