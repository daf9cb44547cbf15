export * from './format-issue.js';
export * from './issue.js';
