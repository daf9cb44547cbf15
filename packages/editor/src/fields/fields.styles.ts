import { css } from 'lit';

/**
 * The look of every field, after the GOV.UK Design System's forms: bold labels, muted hints, a thick left border
 * and words on a field with an error (never colour alone), a thick focus outline. Colours and spacing come from
 * the widgets' tokens (`--dhol-color-*`, `--dhol-space-*`), so a host theme applies to the editor too.
 */
export const fieldStyles = css`
  .field {
    margin: 0 0 var(--dhol-space-l, 1.5rem);
  }
  .field.has-error {
    border-inline-start: 5px solid var(--dhol-color-error, #a50e0e);
    padding-inline-start: var(--dhol-space-m, 1rem);
  }
  .field.has-warning {
    border-inline-start: 5px solid var(--dhol-color-warning, #7a4a00);
    padding-inline-start: var(--dhol-space-m, 1rem);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .label,
  .legend {
    display: block;
    font-weight: 700;
    margin: 0 0 var(--dhol-space-xs, 0.25rem);
    padding: 0;
  }
  .legend {
    font-size: 1.125rem;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--dhol-color-text-muted, #4a4a55);
    margin: 0 0 var(--dhol-space-s, 0.5rem);
  }
  .message {
    font-weight: 700;
    margin: 0 0 var(--dhol-space-s, 0.5rem);
  }
  .message.error {
    color: var(--dhol-color-error, #a50e0e);
  }
  .message.warning {
    color: var(--dhol-color-warning, #7a4a00);
  }
  .empty {
    margin: 0 0 var(--dhol-space-s, 0.5rem);
    font-style: italic;
  }
  .input,
  .select {
    box-sizing: border-box;
    font: inherit;
    color: var(--dhol-color-text, #1b1b1f);
    background: var(--dhol-color-background, #fff);
    border: 2px solid var(--dhol-color-text, #1b1b1f);
    border-radius: 0;
    padding: var(--dhol-space-xs, 0.25rem) var(--dhol-space-s, 0.5rem);
    min-block-size: 2.5rem;
    inline-size: 100%;
    max-inline-size: 100%;
  }
  textarea.input {
    resize: vertical;
    line-height: var(--dhol-font-line-height, 1.5);
  }
  .has-error .input,
  .has-error .select {
    border-color: var(--dhol-color-error, #a50e0e);
  }
  .width-medium {
    max-inline-size: 24rem;
  }
  .width-short {
    max-inline-size: 12rem;
  }
  .width-year {
    inline-size: 5.5rem;
  }
  .width-2 {
    inline-size: 3.5rem;
  }
  .select {
    inline-size: auto;
  }
  :is(.input, .select, button, input[type='radio'], input[type='checkbox'], a, [tabindex]):focus-visible {
    outline: 3px solid var(--dhol-color-focus, #b3006b);
    outline-offset: 2px;
  }
  .radios,
  .checkboxes,
  .checkbox {
    display: grid;
    gap: var(--dhol-space-s, 0.5rem);
  }
  .radio,
  .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--dhol-space-s, 0.5rem);
    align-items: start;
  }
  .radio input,
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .radio .option-hint,
  .checkbox .hint {
    grid-column: 2;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dhol-space-m, 1rem);
  }
  .date-label {
    display: block;
  }
  .item,
  .block {
    border: 1px solid var(--dhol-color-border, #6e6e7a);
    padding: var(--dhol-space-m, 1rem);
    margin: 0 0 var(--dhol-space-m, 1rem);
    /* A fieldset is as wide as its widest content by default: a select with a long option would widen it past a
       320 px screen. */
    min-inline-size: 0;
  }
  .item-legend {
    font-weight: 700;
    padding: 0 var(--dhol-space-xs, 0.25rem);
  }
  .item-actions,
  .button-group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dhol-space-s, 0.5rem);
    margin-block-start: var(--dhol-space-s, 0.5rem);
  }
  .inline-form {
    border-inline-start: 4px solid var(--dhol-color-border, #6e6e7a);
    padding-inline-start: var(--dhol-space-m, 1rem);
    margin-block: var(--dhol-space-m, 1rem);
  }
  .combobox {
    position: relative;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: 16rem;
    overflow-y: auto;
    border: 2px solid var(--dhol-color-text, #1b1b1f);
    border-block-start: 0;
    background: var(--dhol-color-background, #fff);
    max-inline-size: 24rem;
  }
  .listbox li {
    padding: var(--dhol-space-s, 0.5rem);
    cursor: pointer;
  }
  .listbox li.active {
    background: var(--dhol-color-accent, #00577a);
    color: var(--dhol-color-background, #fff);
    outline: 2px solid transparent;
  }
  .chosen-heading {
    margin: var(--dhol-space-m, 1rem) 0 var(--dhol-space-xs, 0.25rem);
    font-weight: 700;
  }
  .chosen {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--dhol-space-xs, 0.25rem);
  }
  .chosen li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--dhol-space-s, 0.5rem);
  }
`;

/** Buttons, after GOV.UK's: a solid primary, an outlined secondary, a red one for removing. */
export const buttonStyles = css`
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    color: var(--dhol-color-background, #fff);
    background: var(--dhol-color-accent, #00577a);
    border: 2px solid var(--dhol-color-accent, #00577a);
    border-radius: var(--dhol-radius, 0.25rem);
    padding: var(--dhol-space-s, 0.5rem) var(--dhol-space-m, 1rem);
    min-block-size: 2.75rem;
  }
  button.secondary {
    color: var(--dhol-color-text, #1b1b1f);
    background: var(--dhol-color-surface, #f4f4f7);
    border-color: var(--dhol-color-border, #6e6e7a);
  }
  button.warning {
    color: var(--dhol-color-error, #a50e0e);
    background: var(--dhol-color-background, #fff);
    border-color: var(--dhol-color-error, #a50e0e);
  }
  button.small {
    padding: var(--dhol-space-xs, 0.25rem) var(--dhol-space-s, 0.5rem);
    min-block-size: 2.25rem;
    font-size: var(--dhol-font-size-small, 0.875rem);
  }
  button.link {
    color: var(--dhol-color-link, #0a4f9e);
    background: none;
    border: 0;
    padding: var(--dhol-space-xs, 0) 0;
    min-block-size: 0;
    text-decoration: underline;
    font-weight: 400;
    display: block;
    margin-block-start: var(--dhol-space-s, 0.5rem);
    text-align: start;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
