export { type RollUpIssueCode, rollUpIssueCodes } from './messages.js';
export type { Collection as RollUpCollection } from './references.js';
export {
  type Origin,
  type Origins,
  type RolledUp,
  type RollUpOptions,
  type RollUpSource,
  rollUp,
} from './roll-up.js';
