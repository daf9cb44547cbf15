export * from './error-view.js';
export * from './heading.js';
export * from './link.js';
export * from './status-badge.js';
export * from './support-notice.js';
export * from './text.js';
export * from './text-blocks.js';
export * from './url.js';
