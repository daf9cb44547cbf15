export * from '../url/index.js';
export type { ValidateEntityOptions, ValidateOptions } from './context.js';
export { DATASET_SCHEMA_ID, DATASET_SCHEMA_URL, datasetJsonSchema } from './json-schema.js';
export { parseJson, type TextPosition } from './json-text.js';
export { MANIFEST_SCHEMA_ID, MANIFEST_SCHEMA_URL, manifestJsonSchema } from './manifest-json-schema.js';
export {
  type StructureWordKind,
  type ValidationIssueCode,
  validationIssueCodes,
  validationMessages,
  withStructureWords,
} from './messages.js';
export { parseDatasetJson } from './parse-json.js';
export { locateIssues } from './positions.js';
export { isDatasetShape } from './structure.js';
export { validateDataset } from './validate-dataset.js';
export {
  validateAgreement,
  validateFramework,
  validateIndicator,
  validateObservation,
  validateObservations,
  validatePlan,
} from './validate-entity.js';
export {
  type ManifestHeader,
  type ManifestReading,
  type ResolvedSource,
  readManifest,
  type ValidateManifestOptions,
  validateManifest,
} from './validate-manifest.js';
