/**
 * @dhol/editor: `<dhol-editor>`, forms for writing a handlingsplan, a handslag or indicator figures for Det handlar
 * om livet, with core's validation at every field, the widgets as a live preview, undo and redo, and drafts kept
 * in the browser. Importing this module registers `dhol-editor`; the widgets it previews with are imported and
 * registered when a preview first shows (or the page holds a widget's tag when the editor starts).
 */
import './components/editor/dhol-editor.js';

export { DEFAULT_VALIDATION_DELAY, DholEditor, type ValidationState } from './components/editor/editor.js';
export { DholChangeEvent } from './components/editor/events.js';
export { type DraftInfo, DraftStorage } from './drafts/draft-storage.js';
export { areaPickerField } from './fields/area-picker.js';
export { type ChoiceOptions, checkboxField, type Option, radiosField, selectField } from './fields/choice.js';
export { dateField } from './fields/date.js';
export type { FieldOptions } from './fields/field.js';
export { type ListFieldOptions, listField, moveItem } from './fields/list.js';
export { organisationField } from './fields/organisation.js';
export { localizedField, textField } from './fields/text.js';
export { textBlockPatterns, textBlocksField } from './fields/text-blocks.js';
export { defineMessages, type Lang } from './i18n/messages.js';
export { fieldId, fieldPathFor, IssueIndex, registerFields } from './issues/issue-index.js';
export {
  type EditorContext,
  type NavItem,
  type PreviewSpec,
  type Route,
  registerSection,
  registerStarter,
  type Section,
  type StartContext,
  type Starter,
} from './sections/section.js';
export {
  type EditOptions,
  EditStore,
  type HistoryEntry,
  type Operation,
  type StoreChange,
} from './store/edit-store.js';
export { getAt, jsonEqual, type Path } from './store/path.js';
