import type { Issue } from '@dhol/core';

/**
 * Fired when the draft changed and was validated (after typing pauses, and after undo or redo). `detail.dataset`
 * is the draft as plain JSON (it may be invalid) and `detail.issues` are core's issues of exactly that draft.
 * Bubbles and crosses shadow roots.
 */
export class DholChangeEvent extends Event {
  static readonly type = 'dhol-change';
  readonly detail: { dataset: unknown; issues: Issue[] };
  constructor(dataset: unknown, issues: Issue[]) {
    super(DholChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { dataset, issues };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dhol-change': DholChangeEvent;
  }
}
