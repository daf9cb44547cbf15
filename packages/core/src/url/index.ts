export * from './safe-url.js';
