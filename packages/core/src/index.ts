export * from './analysis/index.js';
export * from './csp.js';
export * from './format/index.js';
export * from './formats/index.js';
export * from './issues/index.js';
export * from './model/index.js';
export * from './time/index.js';
export * from './validation/index.js';
