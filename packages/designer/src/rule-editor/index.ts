/** @module The rule set editor: trigger, rules (conditions and actions) and a test panel, for a page to load and save. */
export { RuleSetEditor } from './rule-set-editor.js';
export type { RuleSetEditorProps } from './rule-set-editor.js';
export type { RoleChoice } from './editor-context.js';
