export * from './issue.js';
