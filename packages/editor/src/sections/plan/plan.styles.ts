import { css } from 'lit';

/** The parts of a plan's forms: each group of fields under its heading, the technical details folded. */
export const planStyles = css`
  .part {
    margin-block-end: var(--dhol-space-xl, 2.5rem);
  }
  .conditional {
    border-inline-start: 4px solid var(--dhol-color-border, #6e6e7a);
    padding-inline-start: var(--dhol-space-m, 1rem);
    margin-block-end: var(--dhol-space-m, 1rem);
  }
  .technical summary {
    cursor: pointer;
    color: var(--dhol-color-link, #0a4f9e);
    text-decoration: underline;
    margin-block-end: var(--dhol-space-m, 1rem);
  }
`;
