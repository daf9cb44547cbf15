import { css } from 'lit';

/** The activity list: one row per activity that wraps on a narrow screen, and the add form above it. */
export const activitiesStyles = css`
  .add-activity {
    border: 1px solid var(--dhol-color-border, #6e6e7a);
    padding: 0 var(--dhol-space-m, 1rem) var(--dhol-space-m, 1rem);
    margin-block-end: var(--dhol-space-l, 1.5rem);
  }
  .notice.match {
    margin-block: var(--dhol-space-m, 1rem);
  }
  .notice.match:focus {
    outline: 3px solid var(--dhol-color-focus, #b3006b);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--dhol-space-l, 1.5rem);
  }
  /* The delmål filter's long options must not widen the page past a 320 px screen. */
  .filters > .field {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .activities {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .activity-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--dhol-space-s, 0.5rem);
    padding-block: var(--dhol-space-s, 0.5rem);
    border-block-end: 1px solid var(--dhol-color-border, #6e6e7a);
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
  .activity-row .row-main {
    flex: 1 1 20rem;
    min-inline-size: 0;
  }
  .activity-row .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .activity-row .meta {
    margin: 0;
    color: var(--dhol-color-text-muted, #4a4a55);
  }
  .activity-row .item-actions {
    margin: 0;
  }
  .form-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--dhol-space-s, 0.5rem) var(--dhol-space-l, 1.5rem);
    margin-block-end: var(--dhol-space-l, 1.5rem);
  }
  .form-nav button.link {
    margin: 0;
  }
  .danger-zone {
    border-block-start: 1px solid var(--dhol-color-border, #6e6e7a);
    padding-block-start: var(--dhol-space-m, 1rem);
  }
`;
