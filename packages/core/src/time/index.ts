export * from './days.js';
export * from './partial-date.js';
