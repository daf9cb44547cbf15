import { css } from 'lit';

/** The parts of a plan's forms: each group of fields under its heading, the technical details folded. */
export const planStyles = css`
  .part {
    margin-block-end: var(--dhol-space-xl, 2.5rem);
  }
  .technical summary {
    cursor: pointer;
    color: var(--dhol-color-link, #0a4f9e);
    text-decoration: underline;
    margin-block-end: var(--dhol-space-m, 1rem);
  }
`;
