import type { Dataset, Issue } from '@dhol/core';

/** Fired when the data was read and validated (also when it is valid but has nothing to show). */
export class DholLoadEvent extends Event {
  static readonly type = 'dhol-load';
  /** `{ dataset, issues }`: the validated dataset and any warnings. */
  readonly detail: { dataset: Dataset; issues: Issue[] };
  constructor(
    readonly dataset: Dataset,
    readonly issues: Issue[] = [],
  ) {
    super(DholLoadEvent.type, { bubbles: true, composed: true });
    this.detail = { dataset, issues };
  }
}

/** Fired when the data could not be read or is invalid; `issues` (and `detail.issues`) say why. */
export class DholErrorEvent extends Event {
  static readonly type = 'dhol-error';
  readonly detail: { issues: Issue[] };
  constructor(readonly issues: Issue[]) {
    super(DholErrorEvent.type, { bubbles: true, composed: true });
    this.detail = { issues };
  }
}

/** What became of one source of `dhol-overview`: read (`loaded`) or not (`failed`, with the reasons). */
export interface SourceOutcome {
  /** The source's place in the manifest's `sources`. */
  index: number;
  /** The address it was read from. */
  url: string;
  state: 'loaded' | 'failed';
  /** Why it failed, or warnings about it, with paths into the manifest (`sources[3]`). */
  issues: Issue[];
}

/** Fired by `dhol-overview` each time one of its sources has been read or could not be. */
export class DholSourceEvent extends Event {
  static readonly type = 'dhol-source';
  readonly detail: SourceOutcome;
  constructor(outcome: SourceOutcome) {
    super(DholSourceEvent.type, { bubbles: true, composed: true });
    this.detail = outcome;
  }
}

/** What a user picked: an activity, a goal, an organisation, an indicator … */
export interface Selection {
  /** The kind of thing picked, e.g. `activity` or `goal`. */
  kind: string;
  /** Its id in the dataset. */
  id: string;
  /** The object itself, for convenience. */
  item?: unknown;
}

/** Fired when a user picks something in an element, such as an activity in `dhol-plan`. */
export class DholSelectEvent extends Event {
  static readonly type = 'dhol-select';
  readonly detail: Selection;
  constructor(selection: Selection) {
    super(DholSelectEvent.type, { bubbles: true, composed: true });
    this.detail = selection;
  }
  get kind(): string {
    return this.detail.kind;
  }
  get id(): string {
    return this.detail.id;
  }
  get item(): unknown {
    return this.detail.item;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dhol-load': DholLoadEvent;
    'dhol-error': DholErrorEvent;
    'dhol-select': DholSelectEvent;
    'dhol-source': DholSourceEvent;
  }
}
