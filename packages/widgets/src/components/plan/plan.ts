import type { Dataset } from '@dhol/core';
import { html } from 'lit';
import { DholElement } from '../../base/dhol-element.js';
import { heading } from '../../shared/heading.js';
import { loc } from '../../shared/text.js';
import { styles } from './plan.styles.js';

/**
 * A plan's document information and its activities grouped by delmål.
 *
 * @summary Shows a handlingsplan with filters a citizen can share.
 */
export class DholPlan extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];
  protected static override showsSupportNotice = true;

  protected override renderContent(dataset: Dataset) {
    const plan = dataset.plans?.[0];
    return html`${heading(this.level, loc(plan?.title, this.language))}`;
  }
}
