export * from './activities-by-goal.js';
export * from './activities-by-organisation.js';
export * from './audience.js';
export * from './compare.js';
export * from './coverage.js';
export {
  comparePeriods,
  type Difference,
  type Figure,
  type IndicatorRef,
  type Verdict,
} from './figures.js';
export * from './followup.js';
export { delmalOf } from './goals.js';
export * from './plan-diff.js';
export * from './progress.js';
export * from './revision.js';
export * from './source-summary.js';
export * from './stale.js';
export * from './status.js';
export * from './summary.js';
export * from './trend.js';
