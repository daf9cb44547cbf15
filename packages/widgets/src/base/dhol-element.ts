import { type Area, type Dataset, type Framework, type Issue, type Organisation, toIsoDay } from '@dhol/core';
import {
  adoptStyles,
  type CSSResultGroup,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyValues,
  ReactiveElement,
  render,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholErrorEvent, DholLoadEvent, DholSelectEvent, type Selection } from '../events.js';
import { whenLanguageReady } from '../i18n/english.js';
import { type Lang, type MessageKey, msg, type Params, resolveLang } from '../i18n/index.js';
import { errorView } from '../shared/error-view.js';
import { type HeadingLevel, toHeadingLevel } from '../shared/heading.js';
import { maybeSupportNotice } from '../shared/support-notice.js';
import { baseStyles } from '../styles/base.js';
import { adoptTokens } from '../styles/tokens.js';
import { absoluteUrl, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, errorText, loadIssue } from './load.js';
import { defaultAreas, defaultFrameworks } from './reference.js';
import { scheduleFirstDraw } from './render-queue.js';
import { readShared, release, type SharedReading, validateShared } from './shared-dataset.js';
import { textsFor } from './texts.js';

export { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS } from './load.js';

/** Where an element is: nothing given yet, reading `src`, valid but nothing to show, invalid or unreadable, shown. */
export type DholState = 'idle' | 'loading' | 'empty' | 'error' | 'content';

/**
 * Grunden för varje dhol-element: läser ett dataset från `.data` eller en `src`-adress, granskar det med `@dhol/core`
 * mot det nationella ramverket och områdeskoderna och visar lägena laddar, tomt, fel och innehåll. Det kastar aldrig
 * fel in i värdsidan: fel vid läsning, tolkning, granskning och ritning blir alla felläget.
 *
 * Underklasser skriver `renderContent(dataset)` och kan ersätta `isEmpty(dataset)` och `renderEmpty()`.
 *
 * Varje element läser de globala variablerna (`--dhol-color-*`, `--dhol-font-*`, `--dhol-heading-*`,
 * `--dhol-space-*`, `--dhol-focus-*`, `--dhol-radius`, `--dhol-measure`, `--dhol-color-scheme`); manifestet listar
 * dem med standardvärden och användning, från `styles/token-docs.ts`.
 *
 * EN: The base of every dhol element: reads a dataset from `.data` or a `src` URL, validates it with `@dhol/core`
 * against the national framework and area codes, and renders the loading, empty, error and content states. It
 * never throws into the host page: read, parse, validation and render failures all become the error state.
 *
 * Subclasses implement `renderContent(dataset)` and may override `isEmpty(dataset)` and `renderEmpty()`.
 *
 * Every element reads the global tokens (`--dhol-color-*`, `--dhol-font-*`, `--dhol-heading-*`,
 * `--dhol-space-*`, `--dhol-focus-*`, `--dhol-radius`, `--dhol-measure`, `--dhol-color-scheme`); the manifest lists
 * them with their defaults and uses, from `styles/token-docs.ts`.
 *
 * @fires dhol-load - Uppgifterna lästes in och godkändes; `detail.dataset`, `detail.issues` (varningar).
 *   EN: The data was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @csspart base - Omslaget runt allt elementet visar.
 *   EN: The wrapper around everything the element shows.
 * @csspart loading - Meddelandet medan uppgifterna läses in.
 *   EN: The loading message.
 * @csspart empty - Meddelandet när det inte finns något att visa.
 *   EN: The message shown when there is nothing to show.
 * @csspart error - Felrutan med listan över problem.
 *   EN: The error block with the list of issues.
 * @csspart error-heading - Felrutans rubrik.
 *   EN: The error block's heading.
 * @csspart error-details - Felrutans hopfällda del med detaljer för den som publicerar.
 *   EN: The folded part of the error block with the publisher's details.
 * @csspart error-count - Hur många fel och varningar filen har.
 *   EN: How many errors and warnings the file has.
 * @csspart issues - Listan över problem i felrutan.
 *   EN: The list of issues in the error block.
 * @csspart issue - Ett problem; har också `issue-<severity>`.
 *   EN: One issue; also `issue-<severity>`.
 * @csspart issue-<severity> - Ett problem efter allvarlighet: `issue-error`, `issue-warning`.
 *   EN: An issue by severity: `issue-error`, `issue-warning`.
 * @csspart severity - Märket som säger om ett problem är ett fel eller en varning.
 *   EN: The badge that says whether an issue is an error or a warning.
 * @csspart heading - Varje rubrik, oavsett nivå; var och en har också en del för sin roll (`title`, `section-heading`
 *   …).
 *   EN: Every heading, whatever its level; each also has a part for its role (`title`, `section-heading` …).
 * @csspart text - Löptext ur uppgifterna (stycken, listor, rubriker).
 *   EN: Running text from the data (paragraphs, lists, headings).
 * @csspart text-heading - En rubrik inne i löptext.
 *   EN: A heading inside running text.
 * @csspart link - En länk till en annan webbplats.
 *   EN: A link to another site.
 * @csspart unsafe-link - En länkadress som inte är säker att följa, visad som text.
 *   EN: A link address that is not safe to follow, shown as text.
 * @csspart badge - Varje märke; vart och ett har också en del för vad det säger.
 *   EN: Every badge; each also has a part for what it says.
 * @csspart support-notice - Vart man kan vända sig för stöd (112, 1177, Mind Självmordslinjen).
 *   EN: Where to turn for support (112, 1177, Mind Självmordslinjen).
 */
export abstract class DholElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** Whether this element shows the support notice unless `no-support-notice` is set. */
  protected static showsSupportNotice = false;

  /**
   * Adress till ett dataset (JSON) att läsa in; används inte så länge `data` är satt.
   * EN: URL of a dataset (JSON) to load; ignored while `data` is set.
   */
  @property({ reflect: true }) src?: string;

  /**
   * Ett dataset som objekt; granskas innan det visas. Går före `src`.
   * EN: A dataset object; validated before it is shown. Takes precedence over `src`.
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * Språket som visas: `sv` (standard) eller `en`.
   * EN: The language to show: `sv` (default) or `en`.
   */
  @property() override lang = 'sv';

  /**
   * Nivån på elementets översta rubriker (1–6, standard 2), så att de passar sidans rubrikträd.
   * EN: The level of the element's top headings (1–6, default 2), so they fit the host page's outline.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Döljer stödrutan (112, 1177 Vårdguiden, Mind Självmordslinjen).
   * EN: Hides the support notice (112, 1177 Vårdguiden, Mind Självmordslinjen).
   */
  @property({ type: Boolean, attribute: 'no-support-notice' }) noSupportNotice = false;

  /**
   * Byter stödrutans andra mening mot utgivarens egen text (112 står alltid kvar).
   * EN: Replaces the support notice's second sentence with a publisher's own text (112 always stays).
   */
  @property({ attribute: 'support-text' }) supportText?: string;

  /**
   * Millisekunder att vänta på `src` innan ett fel visas.
   * EN: Milliseconds to wait for `src` before showing an error.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Hur många gånger till `src` prövas efter en tidsgräns, en bruten förbindelse eller ett serverfel (5xx, 408,
   * 429), med 0,5 s, sedan 1 s, … emellan. `0` prövar en gång.
   * EN: How many more times to try `src` after a timeout, a lost connection or a server error (5xx, 408, 429),
   * waiting 0.5 s, then 1 s, … in between. `0` tries once.
   */
  @property({ type: Number }) retries = DEFAULT_RETRIES;

  /**
   * Den `fetch` som `src` läses med; standard är webbläsarens.
   * EN: The `fetch` to read `src` with; defaults to the browser's.
   */
  @property({ attribute: false }) fetcher?: typeof fetch;

  /**
   * Fler ramverk att granska och visa mot, utöver det nationella som följer med.
   * EN: Extra frameworks to validate and show against, besides the national one that ships inside.
   */
  @property({ attribute: false }) frameworks?: Framework[];

  /**
   * Områdeskoder och namn att granska mot; standard är länen och kommunerna i `@dhol/data`.
   * EN: Area codes and names to validate against; defaults to the län and municipalities in `@dhol/data`.
   */
  @property({ attribute: false }) areas?: Area[];

  /**
   * Klockan, för ”försenad” och ”nästa”: ett Date, en ISO-sträng eller millisekunder sedan epoken. Standard är nu.
   * EN: The clock, for "overdue" and "next": a Date, an ISO string or epoch milliseconds. Defaults to now.
   */
  @property({ attribute: false }) now?: Date | string | number;

  /**
   * Läget som värdsidan ser det, speglat i attributet `state` så att sidans CSS kan hålla plats åt elementet medan
   * det laddar (`dhol-plan:not([state]), dhol-plan[state='loading'] { min-height: 100vh }`) och innehållet efter
   * inte hoppar. Skrivskyddat: elementet sätter det. Serverritat innehåll räknas som `content`.
   * EN: The state as the host page sees it, reflected to the `state` attribute so the page's CSS can keep room for the
   * element while it loads (`dhol-plan:not([state]), dhol-plan[state='loading'] { min-height: 100vh }`) and the
   * content that follows does not jump. Read-only: the element sets it. Server-rendered content on show counts as
   * `content`.
   */
  @property({ reflect: true, attribute: 'state' }) protected shownState?: DholState;

  @state() private loadState: DholState = 'idle';
  @state() private current?: Dataset;
  @state() private currentIssues: Issue[] = [];

  private loadToken = 0;
  /** The shared reading of `src` this element holds, if any (see shared-dataset.ts). */
  private reading?: SharedReading;
  /** Cancels a first drawing that waits for its turn (see render-queue.ts). */
  private cancelDraw?: () => void;
  /** Whether the element has drawn a dataset's content or empty state since it was created. */
  private contentDrawn = false;
  private pendingEvent?: Event;
  private interrupted = false;
  /**
   * Why this element, speaking English, has none of its English texts (the folder build loads them in chunks of
   * their own, see `i18n/english.ts`): it shows that error rather than Swedish words, until `reload()` tries again or
   * `lang` turns to Swedish.
   */
  private englishFailure?: Issue;
  /**
   * The nodes of a shadow root the server rendered (declarative shadow DOM, `dhol render`). They stay on show,
   * untouched, while the element is idle or loading, and are replaced in the same update that renders its own
   * content, so the upgrade from static HTML shows no flash of a loading message.
   */
  private serverNodes?: ChildNode[];

  /**
   * Elementets läge: `idle`, `loading`, `empty`, `error` eller `content`. Som attributet `state`: `loading` tills
   * allt innehåll är ritat och `dhol-load` har skickats, också när en lång lista ritas i steg.
   * EN: The element's state: `idle`, `loading`, `empty`, `error` or `content`. As the `state` attribute: `loading`
   * until all the content is drawn and `dhol-load` has fired, also while a long list is drawn in steps.
   */
  get state(): DholState {
    return this.holdingLoad() ? 'loading' : this.loadState;
  }

  /**
   * Det godkända datasetet, när det finns ett.
   * EN: The validated dataset, once there is one.
   */
  get loadedDataset(): Dataset | undefined {
    return this.current;
  }

  /**
   * Problemen från senaste inläsningen: fel i felläget, annars varningar.
   * EN: The issues of the last load: errors in the error state, warnings otherwise.
   */
  get issues(): readonly Issue[] {
    return this.currentIssues;
  }

  /**
   * Språket elementet talar, från `lang`.
   * EN: The language the element speaks, from `lang`.
   */
  get language(): Lang {
    return resolveLang(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first time, with the first update (see `scheduleUpdate`).
    if (this.hasUpdated) adoptTokens();
    if (this.interrupted) {
      this.interrupted = false;
      this.load();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = isServer ? null : this.shadowRoot;
    if (!isServer && !existing) {
      // A fresh shadow root gets its style sheets with the first update, in a task of its own (see
      // `scheduleUpdate`): building them is much of an element's start. Until then a slot shows what the page put
      // inside the element (its text for readers without JavaScript), as before the script ran.
      const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
      this.fallbackSlot = root.appendChild(document.createElement('slot'));
      return root;
    }
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

  /**
   * The first update waits for tasks of its own: a page's elements are all upgraded in the task that runs the
   * script, and their first updates (style sheets built, the loading state drawn, the reading of `src` begun) would
   * otherwise all run at its end, in one long task that holds up a phone. One task builds and adopts the style
   * sheets, the next draws.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    if (this.hasUpdated || isServer) return this.scheduleInLanguage();
    // A bare setTimeout, not nextTask: scheduler.yield() resumes ahead of other tasks, and these wait their turn.
    const task = () => new Promise((resolve) => setTimeout(resolve));
    return task()
      .then(() => this.fallbackSlot && this.adoptSheets())
      .then(task)
      .then(() => this.scheduleInLanguage());
  }

  /** Adopts the style sheets of a fresh shadow root (see `createRenderRoot`); again changes nothing. */
  private adoptSheets(): void {
    adoptTokens();
    adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /** The slot that shows the element's own children until its first update (see `createRenderRoot`). */
  private fallbackSlot?: HTMLSlotElement;

  protected override update(changed: PropertyValues<this>): void {
    const slot = this.fallbackSlot;
    if (slot) {
      this.adoptSheets();
      this.fallbackSlot = undefined;
      slot.remove();
    }
    const serverNodes = this.serverNodes;
    if (serverNodes && (this.loadState === 'idle' || this.loadState === 'loading')) {
      // Keep the server-rendered content: reflect attributes only, as ReactiveElement does, and render nothing.
      this.renderOptions.isConnected = this.isConnected;
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    if (serverNodes) {
      this.serverNodes = undefined;
      for (const node of serverNodes) node.remove();
      // What the server drew was whole: its replacement is drawn whole too, never in steps.
      this.replacingServerContent = true;
    }
    if (this.englishFailure) {
      // Whatever the element draws beyond the base's states needs the texts that did not arrive: the base draws its
      // states instead (loading, then the error that says so), for every element, also those with a drawing of
      // their own (the overview, the coverage of several datasets).
      ReactiveElement.prototype['update'].call(this, changed);
      render(DholElement.prototype.render.call(this), this.renderRoot, this.renderOptions);
      return;
    }
    try {
      super.update(changed);
    } finally {
      this.replacingServerContent = false;
    }
  }

  /**
   * True during the update that replaces server-rendered content: a subclass that draws a long list in steps draws
   * it whole then, so the upgrade never shows less than the static HTML did.
   */
  protected replacingServerContent = false;

  /**
   * Whether the content drawn so far leaves part of it for later steps (a long list drawn a screenful at a time, see
   * `dhol-plan`). While the first drawing of a dataset is in steps, the `state` attribute says `loading` and
   * `dhol-load` waits: both announce the content only once all of it is drawn, so a script, a test, a keyboard or
   * find-in-page never meets half a list after the announcement. Subclasses that draw in steps override it.
   */
  protected get drawingInSteps(): boolean {
    return false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loadState === 'loading' && this.reading) {
      // Reading again on return: the reading may be cancelled once no element holds it.
      this.interrupted = true;
      this.loadToken++;
    }
    release(this);
    this.reading = undefined;
  }

  /**
   * Every update of an element that speaks English waits until the English texts are here (at once outside the
   * folder build), so an English page never shows a Swedish word while they load, also when `lang` changes later.
   * When they cannot be loaded, the element shows its error state, in English, and nothing is thrown.
   */
  private scheduleInLanguage(): ReturnType<LitElement['scheduleUpdate']> {
    if (this.englishFailure) return super.scheduleUpdate();
    return whenLanguageReady(
      this.language,
      () => super.scheduleUpdate(),
      (issue) => {
        this.englishFailure = issue;
        this.load();
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.englishFailure && this.language !== 'en') {
      // Swedish needs no chunk: show the data again.
      this.englishFailure = undefined;
      this.load();
    }
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('fetcher') ||
      changed.has('frameworks') ||
      changed.has('areas')
    ) {
      this.load();
    }
    const serverShown = this.serverNodes && (this.loadState === 'idle' || this.loadState === 'loading');
    this.shownState = serverShown ? 'content' : this.holdingLoad() ? 'loading' : this.loadState;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const event = this.pendingEvent;
    if (event && this.holdingLoad()) {
      // The first steps are drawn, the rest follow: the state stays `loading` (set at once, not in a next update,
      // so nothing reads `content` in between) and the event waits for the update that draws the last step.
      if (this.getAttribute('state') !== 'loading') this.setAttribute('state', 'loading');
      return;
    }
    this.pendingEvent = undefined;
    if (!event) return;
    if (this.getAttribute('state') !== this.loadState) this.setAttribute('state', this.loadState);
    this.dispatchEvent(event);
  }

  /** Whether a `dhol-load` waits for the last steps of a drawing (see `drawingInSteps`). */
  private holdingLoad(): boolean {
    return this.pendingEvent instanceof DholLoadEvent && this.drawingInSteps;
  }

  /**
   * Läser och granskar uppgifterna igen (när filen på `src` har ändrats, till exempel).
   * EN: Reads and validates the data again (after the file at `src` changed, for instance).
   */
  reload(): void {
    this.englishFailure = undefined;
    this.load(true);
  }

  private load(fresh = false): void {
    const token = ++this.loadToken;
    this.cancelDraw?.();
    this.cancelDraw = undefined;
    release(this);
    this.reading = undefined;
    if (this.englishFailure) {
      this.fail([this.englishFailure]);
    } else if (this.data !== undefined && this.data !== null) {
      this.accept(this.data, this.data);
    } else if (this.src) {
      this.loadState = 'loading';
      this.currentIssues = [];
      if (!isServer) void this.read(this.src, token, fresh);
    } else {
      this.loadState = 'idle';
      this.current = undefined;
      this.currentIssues = [];
    }
  }

  private async read(url: string, token: number, fresh: boolean): Promise<void> {
    const reading = readShared(
      this,
      url,
      { fetcher: this.fetcher, timeout: this.timeout, retries: this.retries },
      fresh,
    );
    this.reading = reading;
    const outcome = await reading.outcome;
    if (token !== this.loadToken) return;
    if ('issue' in outcome) this.fail([outcome.issue]);
    else this.accept(outcome.json, reading);
  }

  /**
   * Validates `input` (shared with the other elements that show the same `source`: a reading of `src` or the
   * object given as `.data`) and shows it; the first content waits for its turn in the render queue.
   */
  private accept(input: unknown, source: unknown): void {
    let result: ReturnType<typeof validateShared>;
    try {
      result = validateShared(
        source,
        input,
        { frameworks: this.frameworks, areas: this.areas ?? defaultAreas, now: this.now },
        this.referenceFrameworks,
      );
    } catch (error) {
      this.fail([loadIssue('error', 'render.failed', [], { detail: errorText(error) })]);
      return;
    }
    if (!result.ok) {
      this.fail(result.issues);
      return;
    }
    const { value, issues } = result;
    const show = () => {
      this.cancelDraw = undefined;
      this.contentDrawn = true;
      this.current = value;
      this.currentIssues = issues;
      let empty: boolean;
      try {
        empty = this.isEmpty(value);
      } catch {
        empty = false;
      }
      this.loadState = empty ? 'empty' : 'content';
      this.requestUpdate();
      // The content does not wait for the warnings' texts; the event, which carries them, does.
      this.afterTexts(issues, () => {
        this.pendingEvent = new DholLoadEvent(value, issues);
        this.requestUpdate();
      });
    };
    if (isServer || this.contentDrawn) {
      show();
    } else {
      this.loadState = 'loading';
      this.cancelDraw = scheduleFirstDraw(this, show, this.language);
    }
  }

  private fail(issues: Issue[]): void {
    this.current = undefined;
    const waiting = this.afterTexts(issues, () => {
      this.currentIssues = issues;
      this.loadState = 'error';
      this.pendingEvent = new DholErrorEvent(issues);
      this.requestUpdate();
    });
    if (waiting) {
      this.currentIssues = [];
      this.loadState = 'loading';
      this.requestUpdate();
    }
  }

  /**
   * Runs `then` once `issues` have their texts: at once (and returns false), as always outside the folder build;
   * there, after the texts' chunk has loaded (see `textsFor`), unless the element has begun another load meanwhile.
   */
  private afterTexts(issues: readonly Issue[], then: () => void): boolean {
    const pending = textsFor(issues);
    if (!pending) {
      then();
      return false;
    }
    const token = this.loadToken;
    void pending.then(() => {
      if (token === this.loadToken) then();
    });
    return true;
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
      case 'error': {
        // The file's address, for the publisher, when the element read one (not for data given as `.data`).
        const address =
          (this.data === undefined || this.data === null) && this.src ? absoluteUrl(this.src) : undefined;
        return errorView(this.currentIssues, this.language, this.level, address);
      }
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

  /** The level for the element's top headings, 1–6. */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  /**
   * A heading level `depth` steps below the top level. Past 6 it goes on (7, 8 …): `heading()` draws those as
   * `role="heading"` with `aria-level`, so nested headings never share a level.
   */
  protected sublevel(depth = 1): number {
    return this.level + depth;
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
