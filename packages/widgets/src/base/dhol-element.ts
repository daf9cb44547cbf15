import {
  type Area,
  type Dataset,
  type Framework,
  type Issue,
  issueFactory,
  type MessageParams,
  type Organisation,
  toIsoDay,
} from '@dhol/core';
import {
  type CSSResultGroup,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyValues,
  ReactiveElement,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholErrorEvent, DholLoadEvent, DholSelectEvent, type Selection } from '../events.js';
import { type Lang, type MessageKey, msg, type Params, resolveLang } from '../i18n/index.js';
import { errorView } from '../shared/error-view.js';
import { type HeadingLevel, toHeadingLevel } from '../shared/heading.js';
import { maybeSupportNotice } from '../shared/support-notice.js';
import { adoptTokens, baseStyles } from '../styles/tokens.js';
import { defaultAreas, defaultFrameworks } from './reference.js';
import { validateForDisplay } from './validate.js';

/** Where an element is: nothing given yet, reading `src`, valid but nothing to show, invalid or unreadable, shown. */
export type DholState = 'idle' | 'loading' | 'empty' | 'error' | 'content';

/** How long to wait for `src` before giving up, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How many more times to try `src` after a failure that may pass (timeout, network, 5xx). */
export const DEFAULT_RETRIES = 1;
const MAX_RETRIES = 5;
/** The wait before the first retry; it doubles for each further one. */
const RETRY_DELAY_MS = 500;

const template = (key: MessageKey) => ({
  sv: (p: MessageParams) => msg('sv', key, p),
  en: (p: MessageParams) => msg('en', key, p),
});

const loadIssue = issueFactory({
  'load.http': template('load.http'),
  'load.json': template('load.json'),
  'load.network': template('load.network'),
  'load.timeout': template('load.timeout'),
  'render.failed': template('render.failed'),
});

/**
 * The base of every dhol element: reads a dataset from `.data` or a `src` URL, validates it with `@dhol/core`
 * against the national framework and area codes, and renders the loading, empty, error and content states. It
 * never throws into the host page: read, parse, validation and render failures all become the error state.
 *
 * Subclasses implement `renderContent(dataset)` and may override `isEmpty(dataset)` and `renderEmpty()`.
 *
 * @fires dhol-load - The data was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - The data could not be read or is invalid; `detail.issues` says why.
 * @csspart base - The wrapper around everything the element shows.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The error block with the list of issues.
 * @csspart issues - The list of issues in the error block.
 * @csspart support-notice - Where to turn for support (112, 1177, Mind Självmordslinjen).
 * @cssprop --dhol-color-text - Text colour.
 * @cssprop --dhol-color-background - Background colour.
 * @cssprop --dhol-color-accent - Accent colour for headings and markers.
 * @cssprop --dhol-font-family - Font family.
 */
export abstract class DholElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** Whether this element shows the support notice unless `no-support-notice` is set. */
  protected static showsSupportNotice = false;

  /** URL of a dataset (JSON) to load; ignored while `data` is set. */
  @property({ reflect: true }) src?: string;

  /** A dataset object; validated before it is shown. Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** The language to show: `sv` (default) or `en`. */
  @property() override lang = 'sv';

  /** The level of the element's top headings (2–6), so they fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hides the support notice (112, 1177 Vårdguiden, Mind Självmordslinjen). */
  @property({ type: Boolean, attribute: 'no-support-notice' }) noSupportNotice = false;

  /** Replaces the support notice's second sentence with a publisher's own text (112 always stays). */
  @property({ attribute: 'support-text' }) supportText?: string;

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * How many more times to try `src` after a timeout, a lost connection or a server error (5xx, 408, 429),
   * waiting 0.5 s, then 1 s, … in between. `0` tries once.
   */
  @property({ type: Number }) retries = DEFAULT_RETRIES;

  /** The `fetch` to read `src` with; defaults to the browser's. */
  @property({ attribute: false }) fetcher?: typeof fetch;

  /** Extra frameworks to validate and show against, besides the national one that ships inside. */
  @property({ attribute: false }) frameworks?: Framework[];

  /** Area codes and names to validate against; defaults to the län and municipalities in `@dhol/data`. */
  @property({ attribute: false }) areas?: Area[];

  /** The clock, for "overdue" and "next": a Date, an ISO string or epoch milliseconds. Defaults to now. */
  @property({ attribute: false }) now?: Date | string | number;

  /**
   * The state as the host page sees it, reflected to the `state` attribute so the page's CSS can keep room for the
   * element while it loads (`dhol-plan:not([state]), dhol-plan[state='loading'] { min-height: 100vh }`) and the
   * content that follows does not jump. Read-only: the element sets it. Server-rendered content on show counts as
   * `content`.
   */
  @property({ reflect: true, attribute: 'state' }) protected shownState?: DholState;

  @state() private loadState: DholState = 'idle';
  @state() private current?: Dataset;
  @state() private currentIssues: Issue[] = [];

  private loadToken = 0;
  private abortController?: AbortController;
  private pendingEvent?: Event;
  private interrupted = false;
  /**
   * The nodes of a shadow root the server rendered (declarative shadow DOM, `dhol render`). They stay on show,
   * untouched, while the element is idle or loading, and are replaced in the same update that renders its own
   * content, so the upgrade from static HTML shows no flash of a loading message.
   */
  private serverNodes?: ChildNode[];

  /** The element's state: `idle`, `loading`, `empty`, `error` or `content`. */
  get state(): DholState {
    return this.loadState;
  }

  /** The validated dataset, once there is one. */
  get loadedDataset(): Dataset | undefined {
    return this.current;
  }

  /** The issues of the last load: errors in the error state, warnings otherwise. */
  get issues(): readonly Issue[] {
    return this.currentIssues;
  }

  /** The language the element speaks, from `lang`. */
  get language(): Lang {
    return resolveLang(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptTokens();
    if (this.interrupted) {
      this.interrupted = false;
      this.reload();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = isServer ? null : this.shadowRoot;
    const serverNodes = existing && existing.childNodes.length > 0 ? [...existing.childNodes] : undefined;
    const root = super.createRenderRoot();
    if (serverNodes) {
      this.serverNodes = serverNodes;
      // Lit renders before the root's first child; render after the server's nodes instead, so removing them
      // later leaves Lit's own part in place.
      const after = serverNodes[serverNodes.length - 1]?.nextSibling ?? undefined;
      if (after) this.renderOptions.renderBefore = after;
      else delete this.renderOptions.renderBefore;
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    const serverNodes = this.serverNodes;
    if (serverNodes && (this.state === 'idle' || this.state === 'loading')) {
      // Keep the server-rendered content: reflect attributes only, as ReactiveElement does, and render nothing.
      this.renderOptions.isConnected = this.isConnected;
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    if (serverNodes) {
      this.serverNodes = undefined;
      for (const node of serverNodes) node.remove();
    }
    super.update(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loadState === 'loading' && this.abortController) {
      this.interrupted = true;
      this.loadToken++;
      this.abortController.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('fetcher') ||
      changed.has('frameworks') ||
      changed.has('areas')
    ) {
      this.reload();
    }
    const serverShown = this.serverNodes && (this.loadState === 'idle' || this.loadState === 'loading');
    this.shownState = serverShown ? 'content' : this.loadState;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** Reads and validates the data again (after the file at `src` changed, for instance). */
  reload(): void {
    this.abortController?.abort();
    this.abortController = undefined;
    const token = ++this.loadToken;
    if (this.data !== undefined && this.data !== null) {
      this.accept(this.data);
    } else if (this.src) {
      this.loadState = 'loading';
      this.currentIssues = [];
      if (!isServer) void this.fetchDataset(this.src, token);
    } else {
      this.loadState = 'idle';
      this.current = undefined;
      this.currentIssues = [];
    }
  }

  private async fetchDataset(url: string, token: number): Promise<void> {
    const controller = new AbortController();
    this.abortController = controller;
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    const retries =
      Number.isInteger(this.retries) && this.retries > 0 ? Math.min(this.retries, MAX_RETRIES) : 0;
    const isStale = () => token !== this.loadToken;
    try {
      for (let attempt = 0; ; attempt++) {
        const outcome = await this.fetchOnce(url, controller.signal, timeout);
        if (isStale()) return;
        if ('text' in outcome) {
          let json: unknown;
          try {
            json = JSON.parse(outcome.text);
          } catch (error) {
            this.fail([loadIssue('error', 'load.json', [], { detail: errorText(error) })]);
            return;
          }
          this.accept(json);
          return;
        }
        if (!outcome.retry || attempt >= retries) {
          this.fail([outcome.issue]);
          return;
        }
        // A timeout, a lost connection or a busy server may pass: wait a little longer before each new try.
        await wait(RETRY_DELAY_MS * 2 ** attempt, controller.signal);
        if (isStale()) return;
      }
    } finally {
      if (this.abortController === controller) this.abortController = undefined;
    }
  }

  /** One try at reading `url` as text within `timeout`; what went wrong and whether another try may help. */
  private async fetchOnce(
    url: string,
    signal: AbortSignal,
    timeout: number,
  ): Promise<{ text: string } | { issue: Issue; retry: boolean }> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal.addEventListener('abort', abort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const doFetch = this.fetcher ?? globalThis.fetch.bind(globalThis);
      const response = await doFetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const status = response.status;
        return {
          issue: loadIssue('error', 'load.http', [], { status }),
          retry: status >= 500 || status === 408 || status === 429,
        };
      }
      return { text: await response.text() };
    } catch {
      return {
        issue: timedOut
          ? loadIssue('error', 'load.timeout', [], { seconds: Math.round(timeout / 100) / 10 })
          : loadIssue('error', 'load.network', []),
        retry: !signal.aborted,
      };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
  }

  private accept(input: unknown): void {
    let result: ReturnType<typeof validateForDisplay>;
    try {
      result = validateForDisplay(input, {
        frameworks: this.referenceFrameworks,
        areas: this.areas ?? defaultAreas,
        ...(this.now !== undefined ? { now: this.now } : {}),
      });
    } catch (error) {
      this.fail([loadIssue('error', 'render.failed', [], { detail: errorText(error) })]);
      return;
    }
    if (!result.ok) {
      this.fail(result.issues);
      return;
    }
    this.current = result.value;
    this.currentIssues = result.issues;
    let empty: boolean;
    try {
      empty = this.isEmpty(result.value);
    } catch {
      empty = false;
    }
    this.loadState = empty ? 'empty' : 'content';
    this.pendingEvent = new DholLoadEvent(result.value, result.issues);
    this.requestUpdate();
  }

  private fail(issues: Issue[]): void {
    this.current = undefined;
    this.currentIssues = issues;
    this.loadState = 'error';
    this.pendingEvent = new DholErrorEvent(issues);
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    let body: unknown;
    try {
      body = this.renderState();
    } catch (error) {
      const issues = [loadIssue('error', 'render.failed', [], { detail: errorText(error) })];
      this.currentIssues = issues;
      this.pendingEvent = new DholErrorEvent(issues);
      body = errorView(issues, this.language, this.level);
    }
    // Not while loading: below a one-line message it would jump a screen down when the content arrives.
    const notice =
      (this.constructor as typeof DholElement).showsSupportNotice && this.loadState !== 'loading'
        ? maybeSupportNotice(this.language, this.noSupportNotice, this.supportText)
        : nothing;
    return html`<div part="base" class="dhol" lang=${this.language}>${body}${notice}</div>`;
  }

  private renderState(): unknown {
    switch (this.loadState) {
      case 'loading':
        return html`<div part="loading" class="state" role="status">${this.t('state.loading')}</div>`;
      case 'error':
        return errorView(this.currentIssues, this.language, this.level);
      case 'empty':
        return this.renderEmpty(this.current);
      case 'content':
        return this.current ? this.renderContent(this.current) : this.renderEmpty(undefined);
      default:
        return html`<p part="empty" class="state">${this.t('state.noData')}</p>`;
    }
  }

  /** What the element shows for a valid dataset. */
  protected abstract renderContent(dataset: Dataset): unknown;

  /** Whether a valid dataset has nothing this element can show. By default: no plans, agreements or figures. */
  protected isEmpty(dataset: Dataset): boolean {
    return !(
      dataset.plans?.length ||
      dataset.agreements?.length ||
      dataset.indicators?.length ||
      dataset.observations?.length ||
      dataset.frameworks?.length
    );
  }

  /** The empty state. Override to say what is missing ("Filen innehåller ingen plan."). */
  protected renderEmpty(_dataset: Dataset | undefined): unknown {
    return html`<p part="empty" class="state">${this.t('state.empty')}</p>`;
  }

  /** A message from the shared catalogue in the element's language. */
  protected t(key: MessageKey, params: Params = {}): string {
    return msg(this.language, key, params);
  }

  /** The level for the element's top headings, 2–6. */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  /** A heading level `depth` steps below the top level, never past 6. */
  protected sublevel(depth = 1): HeadingLevel {
    return toHeadingLevel(this.level + depth, 6);
  }

  /** The frameworks to resolve goals against: the element's extra ones, then the ones shipped inside. */
  protected get referenceFrameworks(): Framework[] {
    return [...(this.frameworks ?? []), ...defaultFrameworks];
  }

  /** A framework by id: the dataset's own first, then the reference frameworks. */
  protected frameworkFor(dataset: Dataset, id: string): Framework | undefined {
    return dataset.frameworks?.find((f) => f.id === id) ?? this.referenceFrameworks.find((f) => f.id === id);
  }

  /** An organisation of the dataset by id. */
  protected organisationFor(dataset: Dataset, id: string): Organisation | undefined {
    return dataset.organisations?.find((o) => o.id === id);
  }

  /** Today as `YYYY-MM-DD`, from `now` or the clock. */
  protected today(): string {
    try {
      return toIsoDay(this.now ?? Date.now());
    } catch {
      return toIsoDay(Date.now());
    }
  }

  /** Tells the page a user picked something (fires `dhol-select`). */
  protected select(selection: Selection): void {
    this.dispatchEvent(new DholSelectEvent(selection));
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
