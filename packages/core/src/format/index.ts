export * from './date.js';
export * from './intl.js';
export * from './labels.js';
export * from './lang.js';
export * from './number.js';
export * from './text.js';
