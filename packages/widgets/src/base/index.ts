export * from './dhol-element.js';
export * from './reference.js';
export * from './validate.js';
