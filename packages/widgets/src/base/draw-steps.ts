import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { nextTask } from './next-task.js';

/**
 * Draws an element's content a few parts at a time, each step in a task of its own, so that no step holds up a
 * phone. The element numbers the parts of what it shows in reading order and asks `take()` in each render how many
 * of them to draw: the first step draws `first`, each later step as many as the last step's time per part says fit
 * in `STEP_MS` (at least one). An element that keeps its own count of what is drawn (dhol-plan's listings, kept
 * across filter changes) asks `allow()` instead and says with `drew()` what it drew. Printing draws everything at
 * once, and so do the static export and the upgrade of server-rendered HTML (the element says so with `whole`).
 * While parts wait, `waiting` is true: the element returns it from `drawingInSteps`, so its `state` says `loading`
 * and `dhol-load` comes after the last step.
 */
export class DrawSteps implements ReactiveController {
  /** The parts of `content` drawn so far (see `take`), and how many wait. */
  private drawn = 0;
  private left = 0;
  private content: unknown;
  /** Whether nothing of the content is drawn yet: its first step draws `first` parts. */
  private fresh = true;
  /** Whether the update under way may draw more: the first one for new content, printing and each step's task. */
  private due = true;
  private printing = false;
  private cancel?: () => void;
  private started = 0;
  private added = 0;
  private msPerPart?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly first = 1,
  ) {
    host.addController(this);
  }

  /** Whether the update under way drew this content (an update that shows another state draws none of it). */
  private taken = false;

  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    // The update runs in the microtasks after this listener, before the browser lays out the printout.
    if (this.printing && this.waiting) this.host.requestUpdate();
  };

  /** Whether parts of the content wait for a later step. */
  get waiting(): boolean {
    return this.left > 0;
  }

  /**
   * How many of the `total` parts of `content` to draw in this update: those drawn before and, in a step, more.
   * New content (another object than the last) starts again from its first step; `whole` draws everything.
   */
  take(content: unknown, total: number, whole = false): number {
    if (content !== this.content) {
      this.content = content;
      this.drawn = 0;
      this.restart();
    }
    const before = this.drawn;
    this.drawn = Math.min(total, before + this.allow(whole));
    this.drew(Math.max(0, this.drawn - before), total - this.drawn);
    return this.drawn;
  }

  /** New content: the next update draws its first step. */
  restart(): void {
    this.fresh = true;
    this.due = true;
  }

  /** The next update may draw a step's worth more (what is shown changed: a filter, say). */
  more(): void {
    this.due = true;
  }

  /**
   * How many more parts this update may draw: every one when `whole`, while printing or on the server; else none
   * unless a step is due, `first` when nothing is drawn yet, and otherwise as many as fit in `STEP_MS`.
   */
  allow(whole = false): number {
    const due = this.due;
    this.due = false;
    this.taken = true;
    if (isServer || whole || this.printing) return Number.POSITIVE_INFINITY;
    if (!due) return 0;
    if (this.fresh) return this.first;
    if (this.msPerPart === undefined) return 1;
    return Math.max(1, Math.floor(STEP_MS / Math.max(this.msPerPart, 0.01)));
  }

  /** What this update drew: `added` parts more, and `left` wait for later steps. */
  drew(added: number, left: number): void {
    this.fresh = false;
    this.added += added;
    this.left = left;
  }

  hostConnected(): void {
    if (isServer) return;
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    // Steps cancelled by a disconnect go on from here.
    if (this.waiting) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (isServer) return;
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.cancel?.();
    this.cancel = undefined;
  }

  hostUpdate(): void {
    if (isServer) return;
    this.added = 0;
    this.taken = false;
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (isServer) return;
    if (this.added > 0) this.msPerPart = (performance.now() - this.started) / this.added;
    if (!this.taken) {
      // The element shows another state now (an error, say): nothing waits, and content that comes back starts over.
      this.content = undefined;
      this.drawn = this.left = 0;
      this.restart();
    }
    if (this.waiting && this.cancel === undefined && this.host.isConnected) {
      this.cancel = nextTask(() => {
        this.cancel = undefined;
        this.due = true;
        this.host.requestUpdate();
      });
    }
  }
}

/** What a later step may spend drawing, in milliseconds; the browser's layout of what it drew comes on top. */
const STEP_MS = 16;
