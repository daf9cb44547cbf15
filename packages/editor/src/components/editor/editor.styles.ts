import { css } from 'lit';

/**
 * The editor's frame: the toolbar, notices, the error summary (GOV.UK's, with its thick red border), the
 * navigation of the draft's parts, and the form beside the preview. The layout follows the room the element has
 * (a container query), not the window: the preview goes below the form when the element is narrow, and at 320 px
 * or 200 % zoom everything is one column.
 */
export const editorStyles = css`
  :host {
    display: block;
    color: var(--dhol-color-text, #1b1b1f);
    background: var(--dhol-color-background, #fff);
    font-family: var(--dhol-font-family, system-ui, sans-serif);
    font-size: var(--dhol-font-size, 1rem);
    line-height: var(--dhol-font-line-height, 1.5);
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .editor {
    display: grid;
    /* One column that may shrink below its content's widest line: a select sized by a long option (the kinds of
       organisation) would otherwise widen the editor past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--dhol-space-m, 1rem);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: var(--dhol-space-l, 1.5rem) 0 var(--dhol-space-s, 0.5rem);
  }
  .view-heading {
    margin-block-start: 0;
    font-size: 1.5rem;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: 3px solid var(--dhol-color-focus, #b3006b);
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--dhol-space-s, 0.5rem);
  }
  a {
    color: var(--dhol-color-link, #0a4f9e);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--dhol-space-s, 0.5rem);
    padding: var(--dhol-space-s, 0.5rem) 0;
    border-block-end: 1px solid var(--dhol-color-border, #6e6e7a);
  }
  .toolbar .saved {
    margin: 0;
    margin-inline-end: auto;
    color: var(--dhol-color-text-muted, #4a4a55);
  }
  .notice {
    border-inline-start: 5px solid var(--dhol-color-accent, #00577a);
    background: var(--dhol-color-info-surface, #e8f2f8);
    padding: var(--dhol-space-s, 0.5rem) var(--dhol-space-m, 1rem);
  }
  .notice.problem {
    border-color: var(--dhol-color-error, #a50e0e);
    background: var(--dhol-color-error-surface, #fdeeee);
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .error-summary {
    border: 5px solid var(--dhol-color-error, #a50e0e);
    padding: var(--dhol-space-m, 1rem);
  }
  .error-summary.only-warnings {
    border-color: var(--dhol-color-warning, #7a4a00);
  }
  .error-summary:focus {
    outline: 3px solid var(--dhol-color-focus, #b3006b);
  }
  .error-summary h2 {
    margin-block-start: 0;
  }
  .error-summary ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary li {
    margin-block-end: var(--dhol-space-xs, 0.25rem);
  }
  .error-summary .errors a {
    color: var(--dhol-color-error, #a50e0e);
    font-weight: 700;
  }
  .error-summary details {
    margin-block-start: var(--dhol-space-s, 0.5rem);
  }
  .error-summary summary {
    cursor: pointer;
    color: var(--dhol-color-link, #0a4f9e);
    text-decoration: underline;
  }
  .layout {
    display: grid;
    gap: var(--dhol-space-l, 1.5rem);
    grid-template-columns: minmax(0, 1fr);
  }
  .parts ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--dhol-space-xs, 0.25rem) var(--dhol-space-m, 1rem);
  }
  .parts ul ul {
    padding-inline-start: var(--dhol-space-m, 1rem);
  }
  .parts button {
    background: none;
    border: 0;
    padding: var(--dhol-space-xs, 0.25rem) 0;
    min-block-size: 2.75rem;
    color: var(--dhol-color-link, #0a4f9e);
    text-decoration: underline;
    font-weight: 400;
    text-align: start;
  }
  .parts button[aria-current='page'] {
    color: var(--dhol-color-text, #1b1b1f);
    font-weight: 700;
    text-decoration: none;
    border-block-end: 4px solid var(--dhol-color-accent, #00577a);
  }
  .parts .count {
    color: var(--dhol-color-text-muted, #4a4a55);
  }
  .preview {
    border-block-start: 1px solid var(--dhol-color-border, #6e6e7a);
    padding-block-start: var(--dhol-space-m, 1rem);
    min-inline-size: 0;
  }
  /* Code to copy (the embed snippet) wraps on a narrow screen instead of widening the page. */
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .preview-frame {
    border: 1px dashed var(--dhol-color-border, #6e6e7a);
    padding: var(--dhol-space-s, 0.5rem);
  }
  .section-issues {
    margin-block-end: var(--dhol-space-l, 1.5rem);
  }
  @container (min-width: 60rem) {
    .layout.with-preview {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      border-block-start: 0;
      border-inline-start: 1px solid var(--dhol-color-border, #6e6e7a);
      padding-block-start: 0;
      padding-inline-start: var(--dhol-space-l, 1.5rem);
    }
  }
  @media (forced-colors: active) {
    .parts button[aria-current='page'] {
      border-block-end-color: CanvasText;
    }
  }
`;
