import {
  type Area,
  type Dataset,
  delmalOf,
  type Framework,
  type Issue,
  type ManifestHeader,
  type ManifestReading,
  type PublishedDocument,
  readManifest,
  referenceText,
  summariseSource,
  sumSummaries,
  tableToCsv,
} from '@dhol/core';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholElement, type DholState } from '../../base/dhol-element.js';
import { errorText, type LoadOutcome, loadIssue } from '../../base/load.js';
import { nextTask } from '../../base/next-task.js';
import { defaultAreas, defaultFrameworks } from '../../base/reference.js';
import { scheduleFirstDraw } from '../../base/render-queue.js';
import { readShared, release, type SharedReading, validateShared } from '../../base/shared-dataset.js';
import { textsFor } from '../../base/texts.js';
import { DholErrorEvent, DholLoadEvent, DholSourceEvent } from '../../events.js';
import { scrollTable } from '../../shared/blocks/table.js';
import { CsvDownload } from '../../shared/csv-download.js';
import { errorView } from '../../shared/error-view.js';
import { formatCount, formatPartialDate, localeOf } from '../../shared/format.js';
import { heading } from '../../shared/heading.js';
import { textIn } from '../../shared/text.js';
import { t } from './overview.messages.js';
import { styles } from './overview.styles.js';
import { type OverviewRow, rowHolds, rowName, startingRows } from './overview-rows.js';
import { nextSort, type SortState, type SortValue, sortableHeader, sortRows } from './overview-table.js';

/** How many sources are read at the same time, as browsers allow per server. */
export const MAX_CONCURRENT_SOURCES = 6;

/** The kinds of document the overview can be narrowed to, besides `all`. */
const KINDS = ['plan', 'handslag', 'indicators'] as const;

/**
 * Sources that arrive are drawn together, never one update each: the first at once (also when the table of waiting
 * rows was drawn a moment before), the next after a pause that starts here and doubles after each drawing up to
 * `MAX_DRAW_GAP_MS`. Laying out a table of hundreds of rows is the costly part, and on a slow phone or a busy page a
 * fixed interval would spend the whole time drawing. The table of rows still waiting for their files is first drawn
 * with the first source that arrives, or after this pause if none has by then: laying out hundreds of waiting rows
 * before the first real one would only delay it.
 */
const FIRST_DRAW_GAP_MS = 100;
const MAX_DRAW_GAP_MS = 2000;

/**
 * The table's rows are drawn in steps, each in a task of its own, so that no drawing holds up the page: 311 rows
 * drawn at once were one task of several hundred milliseconds on a phone (4× CPU), and so were the hundred rows
 * whose sources arrived between two drawings. An update draws at most this many rows that are new to the table or
 * whose source has changed since they were drawn (about a screenful); the others show what they showed before,
 * or wait below the drawn ones, and follow in the next tasks. A fixed count, not a time: a row costs about the
 * same whatever it holds. Printing and server rendering draw every row at once.
 */
export const ROWS_PER_STEP = 20;

/**
 * The table's body is in groups of this many rows (one `<tbody>` each). While the table fills, only the first group
 * shows: the rows below are drawn as their files arrive, in groups that are `hidden` and so not laid out. The browser
 * lays out the whole table each time rows are added, and at 311 rows that was 10 to 30 ms a step here, four times
 * that on a phone (4× CPU). Once every row is drawn, or once the reader reaches the note below the first group, one
 * more group shows each step: laying out hundreds of rows for the first time at once was one task of a second on a
 * phone. Two steps' worth, more than a screen.
 *
 * Not `content-visibility: auto` on the groups (with the rows laid out as flex boxes, which it needs), although it
 * skips the layout of rows out of sight and saved 150 to 410 ms on the national page: Chromium 156 left the rows of
 * such groups out of its accessibility tree (42 of 313 rows there, and on a county page even the rows on screen
 * until the page scrolled; rows made of other elements with ARIA roles fared the same), so a screen reader could not
 * read the table.
 */
export const ROWS_SHOWN_WHILE_FILLING = 2 * ROWS_PER_STEP;

/** The columns that hold one value per document, named as the fields of `PublishedDocument`. */
const DOCUMENT_COLUMNS = ['decided', 'validUntil', 'nextRevision'] as const;
type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];

/**
 * En översikt över många publicerade dataset: ett läns kommuner, eller varje region och kommun i landet. Den läser
 * ett manifest (`src`, eller ett manifestobjekt som `.data`) och sedan varje källa det listar, högst sex åt gången,
 * var och en med samma tidsgräns, nya försök och granskning som de andra elementen. En källa som inte kan läsas (404,
 * 500, tidsgräns, inte JSON, ogiltig) visas på en egen rad med orsaken och döljer aldrig de andra; ett område i
 * manifestets område utan källa listas som att det inte har publicerat något. Raderna visas så snart manifestet är
 * läst och fylls i när filerna kommer. Medan källorna läses visas de första 40 raderna; resten visas 40 åt gången
 * när läsaren når en notis under dem eller när alla rader är ritade.
 *
 * En rad per kommun eller organisation: vad den har publicerat, när det beslutades, hur länge det gäller, dess nästa
 * och dess försenade revideringar och dess aktiviteter per delmål; den sista raden summerar dem. En nolla är ingen
 * lucka i sig: bara ett delmål som ingen plan når markeras. Tabellen kan sorteras efter varje kolumn.
 *
 * EN: One overview of many published datasets: a county's municipalities, or every region and municipality of the
 * country. It reads a manifest (`src`, or a manifest object as `.data`), then every source it lists, at most six at
 * a time, each with the timeout, retry and validation of the other elements. A source that cannot be read (404,
 * 500, timeout, not JSON, invalid) shows in its own row with the reason and never hides the others; an area of the
 * manifest's area with no source is listed as having published nothing. The rows appear with the first source that
 * arrives, or a tenth of a second after the manifest is read, once the element has its turn to draw (near the
 * screen or when the browser is idle, as every element's first content; at once before printing), and fill in as
 * their files arrive. While the sources are read, the first 40 rows show; the rest show 40 at a time once the reader
 * reaches a note below them or every row is drawn.
 *
 * One row per municipality or organisation: what it has published, decided when, valid until, its next and its
 * overdue revisions, and its activities per delmål; the last row adds them up. A zero is not a gap by itself: only
 * a delmål that no plan reaches is marked. The table sorts by any column.
 *
 * @summary Ett läns eller hela landets översikt över varje publicerad plan, handslag och indikatorfil.
 *   EN: A county's or the country's overview of every published plan, handslag and indicator file.
 * @fires dhol-source - En källa lästes eller kunde inte läsas; `detail` är `{ index, url, state, issues }`.
 *   EN: One source was read or could not be; `detail` is `{ index, url, state, issues }`.
 * @fires dhol-load - Varje källa har prövats; `detail.dataset` namnger översikten och listar de lästa källorna under
 *   `related` (deras innehåll: `sourceDatasets`), `detail.issues` har manifestets problem och varje
 *   misslyckad källas (sökvägar `sources[i]`).
 *   EN: Every source has been tried; `detail.dataset` names the overview and lists the readable
 *   sources under `related` (their contents: `sourceDatasets`), `detail.issues` has the manifest's issues and each
 *   failed source's (paths `sources[i]`).
 * @fires dhol-error - Manifestet kunde inte läsas eller går inte att använda; `detail.issues` säger varför.
 *   EN: The manifest could not be read or is unusable; `detail.issues` says why.
 * @csspart base - Omslaget runt allt elementet visar.
 *   EN: The wrapper around everything the element shows.
 * @csspart title - Rubriken.
 *   EN: The heading.
 * @csspart status - Meningen som säger hur många källor som är lästa.
 *   EN: The sentence saying how many sources are read.
 * @csspart filter - Valet av vilket slags dokument som visas.
 *   EN: The choice of which kind of document to show.
 * @csspart table-scroll - Tabellens omslag, som rullar när tabellen är bredare än elementet.
 *   EN: The table's wrapper, which scrolls when the table is wider than the element.
 * @csspart table - Tabellen.
 *   EN: The table.
 * @csspart sort - En kolumnrubriks sorteringsknapp.
 *   EN: A column header's sort button.
 * @csspart failed - En källa som inte kunde läsas, med orsaken.
 *   EN: A source that could not be read, with the reason.
 * @csspart unpublished - Ett område som inte har publicerat något.
 *   EN: An area that has published nothing.
 * @csspart overdue - Ett antal försenade revideringar över noll.
 *   EN: A count of overdue revisions above zero.
 * @csspart gap - Ett delmål som ingen plan når, i summaraden.
 *   EN: A delmål no plan reaches, in the total row.
 * @csspart explanation - Vad en nolla betyder, och varför delmålens antal blir fler än aktiviteterna.
 *   EN: What a zero means, and why the delmål counts add up to more than the activities.
 * @csspart download - Länken för att ladda ned CSV.
 *   EN: The CSV download link.
 * @csspart error - Felrutan med listan över problem.
 *   EN: The error block with the list of issues.
 * @csspart error-details - Felrutans hopfällda del med detaljer för den som publicerar.
 *   EN: The folded part of the error block with the publisher's details.
 * @csspart empty - Meddelandet när det inte finns något att visa.
 *   EN: The message shown when there is nothing to show.
 * @csspart loading - Meddelandet medan uppgifterna läses in.
 *   EN: The loading message.
 * @cssprop [--dhol-overview-header-background=var(--dhol-color-surface)] - Bakgrund i rubrik- och summaceller.
 *   EN: Background of header and total cells.
 * @cssprop [--dhol-overview-failed-color=var(--dhol-color-error)] - Textfärg för orsaken till att en källa
 *   misslyckades.
 *   EN: Text colour of a failed source's reason.
 * @cssprop [--dhol-overview-gap-background=var(--dhol-color-warning-surface)] - Bakgrund bakom en lucka.
 *   EN: Background of a gap.
 */
export class DholOverview extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];

  /**
   * Id för ramverket vars delmål utgör kolumnerna; standard är det nationella ramverket.
   * EN: Id of the framework whose delmål form the columns; defaults to the national framework.
   */
  @property() framework?: string;

  /**
   * Vilket slags dokument som visas: `all` (standard), `plan`, `handslag` eller `indicators`.
   * EN: Which kind of document to show: `all` (default), `plan`, `handslag` or `indicators`.
   */
  @property({ reflect: true }) kind: (typeof KINDS)[number] | 'all' = 'all';

  @state() private phase: DholState = 'idle';
  @state() private header?: ManifestHeader;
  @state() private rows: OverviewRow[] = [];
  @state() private manifestIssues: Issue[] = [];
  @state() private sort?: SortState;
  /** Whether the table is drawn yet while sources are read (see `FIRST_DRAW_GAP_MS`). */
  @state() private tableShown = false;
  /**
   * Whether the table's first drawing has had its turn, as every element's first content waits for (the base's
   * `scheduleFirstDraw`): the Intl formatters its rows use are built in tasks of their own while the first files are
   * on their way, and an overview far down the page waits until it comes near or the browser is idle.
   */
  private drawTurn = false;
  private cancelTurn?: () => void;
  /** A drawing came due before the turn: the turn makes it. */
  private drawOnTurn = false;

  private merged?: Dataset;
  private readToken = 0;
  private interruptedRead = false;
  private drawTimer?: ReturnType<typeof setTimeout>;
  /** When the pending drawing is due (`performance.now()` time). */
  private drawDue = 0;
  private lastDraw = 0;
  private drawGap = FIRST_DRAW_GAP_MS;
  /** Sources read (or failed) so far, and how many of them the last drawing showed. */
  private arrived = 0;
  private drawnArrived = 0;
  private pendingEvents: Event[] = [];
  private drawings = new WeakMap<OverviewRow, { shows: unknown[]; template: TemplateResult }>();
  /** How many rows the table's body held after the last drawing, and how many rows still wait to be drawn. */
  private drawnRows = 0;
  private rowsWaiting = 0;
  /** Whether this update draws the table: without it, no row is drawn and none waits. */
  private tableDrawn = false;
  /** Cancels the next step's task, if one is posted. */
  private cancelStep?: () => void;
  /** Between `beforeprint` and `afterprint`: every row is drawn at once. */
  private printing = false;
  /** How many groups of rows show (see `ROWS_SHOWN_WHILE_FILLING`), and how many more the last drawing held. */
  private groupsShown = 1;
  private groupsHidden = 0;
  /** The reader reached the note below the shown rows: the groups below open one a step, without waiting. */
  @state() private unfolding = false;
  /** Watches the note below the shown rows while the table fills. */
  private noteObserver?: IntersectionObserver;
  private watchedNote?: Element;
  /** The CSV of the rows shown, written once until the rows shown change (`revokeCsv`). */
  private readonly download = new CsvDownload(
    () => this,
    () => this.csv(),
  );

  override get state(): DholState {
    return this.tableHoldsLoad() ? 'loading' : this.phase;
  }

  /**
   * När varje källa har prövats: ett dataset som namnger översikten (dess titel) och listar de källor som kunde
   * läsas under `related`; deras innehåll finns i `sourceDatasets`.
   * EN: Once every source has been tried, a dataset that names the overview (its title) and lists the sources that could
   * be read under `related`; their contents are in `sourceDatasets`.
   */
  override get loadedDataset(): Dataset | undefined {
    return this.merged;
  }

  /**
   * Manifestets problem och varje källas, med sökvägar in i manifestet.
   * EN: The manifest's issues and each source's, with paths into the manifest.
   */
  override get issues(): readonly Issue[] {
    return [...this.manifestIssues, ...this.rows.flatMap((row) => sourceIssues(row))];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interruptedRead) {
      this.interruptedRead = false;
      this.readAll();
    }
    if (isServer) return;
    // Steps cancelled by a disconnect go on from here: rows to draw, or groups of rows to show.
    if (this.drawingLeft) this.requestUpdate();
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.phase === 'loading') {
      this.interruptedRead = true;
      this.readToken++;
      this.letGo();
    }
    this.revokeCsv();
    this.cancelStep?.();
    this.cancelStep = undefined;
    this.noteObserver?.disconnect();
    this.noteObserver = undefined;
    this.watchedNote = undefined;
    if (isServer) return;
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  private readonly onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    // The update runs in the microtasks after this listener, before the browser lays out the printout.
    if (this.drawingLeft || this.phase === 'loading') this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Not the base's, which would read `src` as a dataset: the manifest is read here.
    if (
      changed.has('data') ||
      changed.has('src') ||
      changed.has('fetcher') ||
      changed.has('frameworks') ||
      changed.has('areas') ||
      changed.has('framework')
    ) {
      this.readAll();
    }
    this.shownState = this.state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.tableDrawn) {
      this.drawnRows = 0;
      this.rowsWaiting = 0;
      this.groupsHidden = 0;
    }
    this.watchNote();
    const opening = this.groupsHidden > 0 && this.opensGroups();
    if ((this.rowsWaiting > 0 || opening) && this.cancelStep === undefined && this.isConnected) {
      // Behind the tasks already waiting: a source that has arrived goes before rows still to be drawn.
      this.cancelStep = nextTask(() => {
        this.cancelStep = undefined;
        if (this.groupsHidden > 0 && this.opensGroups()) this.groupsShown++;
        this.requestUpdate();
      }, true);
    }
    // Until the last row is drawn, the state says `loading` (set here, at once: `shownState` was set before this
    // drawing counted what waits) and `dhol-load` waits, so that nothing meets half a table after the announcement.
    const holding = this.tableHoldsLoad();
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
    const events = this.pendingEvents;
    this.pendingEvents = holding ? events.filter((event) => event instanceof DholLoadEvent) : [];
    for (const event of events) if (!this.pendingEvents.includes(event)) this.dispatchEvent(event);
  }

  /**
   * While only the first rows show, the note below them is watched: once it comes into view, the reader has reached
   * the end of what shows, and the groups below open one a step from then on.
   */
  private watchNote(): void {
    const note = this.renderRoot.querySelector('.folded-note') ?? undefined;
    if (note === this.watchedNote) return;
    this.noteObserver?.disconnect();
    this.noteObserver = undefined;
    this.watchedNote = note;
    if (!note || typeof IntersectionObserver === 'undefined') return;
    this.noteObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.unfolding = true;
    });
    this.noteObserver.observe(note);
  }

  /** Whether the hidden groups of rows open, one a step: once every row is drawn, or the reader asks by scrolling. */
  private opensGroups(): boolean {
    return this.unfolding || (this.phase !== 'loading' && this.rowsWaiting === 0);
  }

  /** Whether rows still wait to be drawn, or groups of drawn rows to be shown. */
  private get drawingLeft(): boolean {
    return this.rowsWaiting > 0 || this.groupsHidden > 0;
  }

  /**
   * Whether the sources have all been tried but rows still wait to be drawn or shown, or the table for its turn.
   */
  private tableHoldsLoad(): boolean {
    return this.phase === 'content' && (this.drawingLeft || !this.drawTurn);
  }

  /**
   * Läser manifestet och varje källa igen.
   * EN: Reads the manifest and every source again.
   */
  override reload(): void {
    this.readAll(true);
  }

  private readAll(fresh = false): void {
    this.letGo();
    const token = ++this.readToken;
    this.merged = undefined;
    this.header = undefined;
    this.rows = [];
    this.manifestIssues = [];
    this.tableShown = false;
    this.unfolding = false;
    this.groupsShown = 1;
    this.revokeCsv();
    this.phase = this.data || this.src ? 'loading' : 'idle';
    if (isServer || this.phase === 'idle') return;
    // Asked for now, so that the warm-ups run while the manifest and the first files are on their way.
    this.cancelTurn = scheduleFirstDraw(
      this,
      () => {
        this.cancelTurn = undefined;
        this.drawTurn = true;
        if (this.drawOnTurn) this.drawNow();
        else if (this.tableShown) this.requestUpdate();
      },
      this.language,
    );
    if (this.data) this.start(this.data, globalThis.document?.baseURI, token);
    else void this.readFromSrc(this.src as string, token, fresh);
  }

  /** Stops what is being read and lets go of the readings shared with other elements. */
  private letGo(): void {
    clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    this.lastDraw = 0;
    this.drawGap = FIRST_DRAW_GAP_MS;
    this.arrived = 0;
    this.drawnArrived = 0;
    this.cancelTurn?.();
    this.cancelTurn = undefined;
    this.drawTurn = false;
    this.drawOnTurn = false;
    release(this);
    for (const row of this.rows) release(row);
  }

  private async readFromSrc(src: string, token: number, fresh: boolean): Promise<void> {
    const outcome = await readShared(this, src, this.loadOptions, fresh).outcome;
    if (token !== this.readToken) return;
    if ('issue' in outcome) {
      this.failManifest([outcome.issue]);
      return;
    }
    let url: string | undefined;
    try {
      url = new URL(src, globalThis.document?.baseURI).href;
    } catch {}
    this.start(outcome.json, url, token);
  }

  private get loadOptions() {
    return { fetcher: this.fetcher, timeout: this.timeout, retries: this.retries };
  }

  /** Reads the manifest; then shows every row and reads the sources. */
  private start(input: unknown, url: string | undefined, token: number): void {
    const areas = this.areas ?? defaultAreas;
    const reading = readManifest(input, { ...(url ? { url } : {}), areas });
    // In the folder build, the issues' texts may have to load first (see textsFor).
    const pending = textsFor(reading.issues);
    if (pending) {
      void pending.then(() => {
        if (token !== this.readToken) return;
        this.begin(reading, areas, token);
        this.requestUpdate();
      });
      return;
    }
    this.begin(reading, areas, token);
  }

  private begin(reading: ManifestReading, areas: readonly Area[], token: number): void {
    if (!reading.header) {
      this.failManifest(reading.issues);
      return;
    }
    this.header = reading.header;
    this.manifestIssues = reading.issues.filter((issue) => issue.path[0] !== 'sources');
    this.rows = startingRows(reading.header, reading.sources, areas);
    this.drawBy(performance.now() + FIRST_DRAW_GAP_MS, FIRST_DRAW_GAP_MS);
    void this.readSources(token);
  }

  private failManifest(issues: Issue[]): void {
    this.phase = 'error';
    this.manifestIssues = issues;
    this.pendingEvents.push(new DholErrorEvent(issues));
  }

  /**
   * Reads the pending sources, at most `MAX_CONCURRENT_SOURCES` at a time, in the rows' order. A place is free again
   * as soon as its file has arrived: the next request goes out before that file is validated and summarised (in the
   * same task, which the file's arrival began), so that no request waits behind that work.
   */
  private async readSources(token: number): Promise<void> {
    const pending = this.rows.filter((row) => row.status === 'pending');
    let next = 0;
    // Shared with any other element of the page that shows the same file: one request, one validation.
    const request = () => {
      const row = pending[next++] as OverviewRow;
      return { row, reading: readShared(row, row.href as string, this.loadOptions) };
    };
    const worker = async () => {
      let current = request();
      for (;;) {
        const outcome = await current.reading.outcome;
        if (token !== this.readToken) return;
        const arrived = current;
        if (next < pending.length) current = request();
        await this.takeSource(arrived.row, arrived.reading, outcome, token);
        if (arrived === current) return;
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAX_CONCURRENT_SOURCES, pending.length) }, worker));
    if (token === this.readToken) this.finish();
  }

  /** Validates and summarises one source that has arrived (or says why it could not be read), and announces it. */
  private async takeSource(
    row: OverviewRow,
    reading: SharedReading,
    outcome: LoadOutcome,
    token: number,
  ): Promise<void> {
    if (token !== this.readToken) return;
    let issues: Issue[];
    try {
      const result =
        'issue' in outcome
          ? { ok: false as const, issues: [outcome.issue] }
          : validateShared(
              reading,
              outcome.json,
              { frameworks: this.frameworks, areas: this.areas ?? defaultAreas, now: this.now },
              this.referenceFrameworks,
            );
      issues = result.issues;
      if (result.ok) {
        row.dataset = result.value;
        row.summary = summariseSource(result.value, this.countedFramework, this.today());
      }
    } catch (error) {
      issues = [loadIssue('error', 'render.failed', [], { detail: errorText(error) })];
    }
    const pending = textsFor(issues);
    if (pending) {
      await pending;
      if (token !== this.readToken) return;
    }
    row.status = row.summary ? 'loaded' : 'failed';
    row.issues = [...row.issues, ...issues];
    this.dispatchEvent(
      new DholSourceEvent({
        index: row.index ?? -1,
        url: row.href ?? '',
        state: row.status,
        issues: sourceIssues(row),
      }),
    );
    // Not an update per source: the sources that arrive until the next drawing are drawn together. The first one is
    // drawn at once, even when the waiting rows were drawn a moment before: it is what a reader waits for.
    this.arrived++;
    this.drawBy(this.drawnArrived > 0 ? this.lastDraw + this.drawGap : 0);
  }

  /**
   * Draws the rows as they stand at `due` (a `performance.now()` time; at once if past), or sooner if due sooner.
   * `delay` is the timer's own wait: given as a constant where the caller knows it, so it is exactly that and not a
   * clock difference a busy machine makes a fraction shorter.
   */
  private drawBy(due: number, delay = due - performance.now()): void {
    if (this.drawTimer !== undefined) {
      if (this.drawDue <= due) return;
      clearTimeout(this.drawTimer);
    }
    this.drawDue = due;
    this.drawTimer = setTimeout(() => {
      this.drawTimer = undefined;
      this.drawOnTurn = !this.drawTurn;
      if (this.drawTurn) this.drawNow();
    }, delay);
  }

  private drawNow(): void {
    this.drawOnTurn = false;
    if (this.drawnArrived > 0) this.drawGap = Math.min(this.drawGap * 2, MAX_DRAW_GAP_MS);
    this.lastDraw = performance.now();
    this.drawnArrived = this.arrived;
    this.tableShown = true;
    // The rows change in place as their sources arrive: draw the ones that changed.
    this.requestUpdate();
  }

  /** Every source has been tried: say so, with the sources as the datasets related to the overview. */
  private finish(): void {
    clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    const header = this.header as ManifestHeader;
    this.merged = {
      formatVersion: '1.0',
      title: header.title,
      related: this.sourceDatasets.map((source) => ({ id: `source-${source.index + 1}`, url: source.url })),
    };
    this.phase = this.rows.length === 0 ? 'empty' : 'content';
    this.tableShown = true;
    this.pendingEvents.push(new DholLoadEvent(this.merged, [...this.issues]));
  }

  /**
   * Källorna som lästs hittills, var och en med sin plats i manifestet, sin adress, sitt område och sitt godkända
   * dataset. Slå ihop dem till ett dataset genom att ge dem till `rollUp` i `@dhol/core` (eller kör `dhol rollup` på
   * manifestet).
   * EN: The sources read so far, each with its place in the manifest, its address, its area and its validated dataset.
   * To merge them into one dataset, pass them to `rollUp` from `@dhol/core` (or run `dhol rollup` on the manifest).
   */
  get sourceDatasets(): { index: number; url: string; area?: string; dataset: Dataset }[] {
    return this.rows.flatMap((row) =>
      row.dataset && row.index !== undefined && row.href
        ? [{ index: row.index, url: row.href, ...(row.area ? { area: row.area } : {}), dataset: row.dataset }]
        : [],
    );
  }

  /** The framework whose delmål are counted: `framework`, else the national one. */
  private get countedFramework(): Framework {
    const wanted = this.framework
      ? this.referenceFrameworks.find((framework) => framework.id === this.framework)
      : undefined;
    return wanted ?? (defaultFrameworks[0] as Framework);
  }

  /** The rows of the kind of document chosen. */
  private get shownRows(): OverviewRow[] {
    const kind = this.kind;
    return kind !== 'all' && KINDS.includes(kind)
      ? this.rows.filter((row) => rowHolds(row, kind))
      : this.rows;
  }

  // ── Drawing ──────────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    this.tableDrawn = false;
    let body: unknown;
    try {
      body = this.renderContent();
    } catch (error) {
      body = errorView(
        [loadIssue('error', 'render.failed', [], { detail: errorText(error) })],
        this.language,
        this.level,
      );
    }
    return html`<div part="base" class="dhol" lang=${this.language}>${body}</div>`;
  }

  protected override renderContent(): unknown {
    const lang = this.language;
    if (this.phase === 'idle') return html`<p part="empty" class="state">${this.t('state.noData')}</p>`;
    if (this.phase === 'error') return errorView(this.manifestIssues, lang, this.level);
    const header = this.header;
    if (!header)
      return html`<div part="loading" class="state" role="status">${this.t('state.loading')}</div>`;
    const title = textIn(header.title, lang);
    const description = header.description && textIn(header.description, lang);
    const top = html`${heading(this.level, title.value, { size: 'title', part: 'title', ...(title.lang !== lang ? { lang: title.lang } : {}) })}
      ${description ? html`<p lang=${description.lang === lang ? nothing : description.lang}>${description.value}</p>` : nothing}`;
    if (this.phase === 'empty') return html`${top}<p part="empty" class="state">${t(lang, 'empty')}</p>`;
    const sources = this.rows.filter((row) => row.index !== undefined).length;
    const failed = this.rows.filter((row) => row.status === 'failed').length;
    const status = html`${top}
      <p part="status" role="status">${
        this.phase === 'loading'
          ? t(lang, 'status.loading', { count: sources })
          : t(lang, 'status.done', { count: sources, failed })
      }</p>`;
    if (!this.tableShown || !this.drawTurn) return status;
    return html`${status}
      <fieldset part="filter" class="filter">
        <legend>${t(lang, 'filter.legend')}</legend>
        ${(['all', ...KINDS] as const).map(
          (kind) => html`<label class="choice"><input type="radio" name="kind" value=${kind}
            .checked=${this.kind === kind} @change=${this.onKind} /> ${t(lang, `filter.${kind}`)}</label>`,
        )}
      </fieldset>
      ${this.renderTable(this.shownRows)}
      <p class="no-print"><a part="download" class="download" href="#" download="oversikt.csv" type="text/csv"
        @click=${this.download.update} @focus=${this.download.update} @pointerenter=${this.download.update}
        @contextmenu=${this.download.update}>${t(lang, 'download')}</a></p>`;
  }

  private onKind = (event: Event): void => {
    this.kind = (event.target as HTMLInputElement).value as typeof this.kind;
    this.revokeCsv();
  };

  private onSort = (column: string): void => {
    this.sort = nextSort(this.sort, column);
  };

  private renderTable(rows: readonly OverviewRow[]): TemplateResult {
    const lang = this.language;
    const delmal = delmalOf(this.countedFramework);
    const sorted = sortRows(rows, this.sort, (row, column) => this.sortValue(row, column), collator(lang));
    const header = (column: string, label: string, num = false) =>
      sortableHeader(label, column, this.sort, this.onSort, num ? 'num' : '');
    const totals = sumSummaries(
      rows.flatMap((row) => row.summary ?? []),
      this.countedFramework,
    );
    const published = rows.filter((row) => row.summary?.kinds.length).length;
    const kinds = KINDS.filter((kind) => totals.sources[kind] > 0).map((kind) =>
      t(lang, `total.${kind}`, { count: totals.sources[kind] }),
    );
    const failed = rows.filter((row) => row.status === 'failed').length;
    if (failed > 0) kinds.push(t(lang, 'total.failed', { count: failed }));
    const area = (this.areas ?? defaultAreas).find((candidate) => candidate.code === this.header?.area);
    const delmalSum = totals.perDelmal.reduce((sum, count) => sum + count, 0);
    const groups = groupsOf(this.rowTemplates(sorted, delmal.length));
    // Printing and server rendering show every group; a drawing shows those opened so far.
    const shown = isServer || this.printing ? groups.length : Math.min(groups.length, this.groupsShown);
    this.groupsHidden = groups.length - shown;
    return html`${scrollTable({
      id: 'caption',
      caption: t(lang, 'caption'),
      lang,
      className: 'overview-table',
      body: html`<thead>
            <tr>
              ${header('name', t(lang, 'col.name'))}
              ${header('published', t(lang, 'col.published'))}
              ${DOCUMENT_COLUMNS.map((column) => header(column, t(lang, `col.${column}`)))}
              ${header('overdue', t(lang, 'col.overdue'), true)}
              ${delmal.map((goal, index) => header(`delmal-${index}`, delmalLabel(goal.number, lang), true))}
              ${header('activities', t(lang, 'col.activities'), true)}
            </tr>
          </thead>
          ${groups.map((group, index) => html`<tbody ?hidden=${index >= shown}>${group}</tbody>`)}
          <tfoot>
            <tr>
              <th scope="row">${t(lang, 'total.name', { area: area?.name ?? this.header?.area ?? '' })}</th>
              <td colspan="4">${t(lang, 'total.published', { published, rows: rows.length, kinds: kinds.join(', ') || '–' })}</td>
              <td class="num">${this.overdueCell(totals.overdue)}</td>
              ${totals.perDelmal.map((count, index) =>
                totals.uncovered.includes(delmal[index] as (typeof delmal)[number])
                  ? html`<td part="gap" class="num gap"><span class="marker" aria-hidden="true">!</span> ${t(lang, 'gap')}</td>`
                  : html`<td class="num">${formatCount(count, lang)}</td>`,
              )}
              <td class="num">${formatCount(totals.activities, lang)}</td>
            </tr>
          </tfoot>`,
    })}
      ${
        this.groupsHidden > 0 && this.phase === 'loading' && !this.unfolding
          ? html`<p class="folded-note">${t(lang, 'folded', { count: ROWS_SHOWN_WHILE_FILLING })}</p>`
          : nothing
      }
      ${
        totals.sources.plan === 0
          ? html`<p part="explanation">${t(lang, 'noPlans')}</p>`
          : html`${
              totals.uncovered.length > 0
                ? html`<p part="explanation">${t(lang, 'uncovered', {
                    count: totals.uncovered.length,
                    list: totals.uncovered.map((goal) => delmalLabel(goal.number, lang)).join(', '),
                  })}</p>`
                : nothing
            }
            <p part="explanation">${t(lang, 'zeros')}</p>
            ${
              totals.underSeveral > 0
                ? html`<p part="explanation">${t(lang, 'several', { several: totals.underSeveral, total: totals.activities, sum: delmalSum })}</p>`
                : nothing
            }`
      }
      <details>
        <summary>${t(lang, 'delmal')}</summary>
        <ul>
          ${delmal.map((goal) => {
            const words = referenceText(goal.title, lang);
            return html`<li>${delmalLabel(goal.number, lang)}: <span lang=${words?.isFallback ? words.lang : nothing}>${words?.text ?? goal.id}</span></li>`;
          })}
        </ul>
      </details>`;
  }

  /**
   * The rows this update draws (see `ROWS_PER_STEP`). A row's drawing is made again only when what it shows has
   * changed: while sources arrive, most rows have not, and Lit, given the same template result, finds nothing to
   * change in them. Each row that is new to the table or drawn anew counts against the step's allowance; once it is
   * spent, a row drawn before keeps its old drawing, and the table ends before the first row never drawn.
   */
  private rowTemplates(rows: readonly OverviewRow[], delmal: number): TemplateResult[] {
    const everything = isServer || this.printing;
    let allowance = everything ? Number.POSITIVE_INFINITY : ROWS_PER_STEP;
    // While sources arrive, the table reaches down to the last row that is not waiting for its file (at least a
    // step's worth): rows further down are added as their files arrive, below the others, instead of being drawn
    // waiting and drawn again when their file comes, which moves every row under them and has the browser lay out
    // and paint them all again.
    let reach = rows.length;
    if (this.phase === 'loading' && !everything) {
      reach = Math.min(rows.length, ROWS_PER_STEP);
      rows.forEach((row, index) => {
        if (row.status !== 'pending' && index >= reach) reach = index + 1;
      });
    }
    const templates: TemplateResult[] = [];
    let waiting = 0;
    let ended = false;
    for (const [index, row] of rows.entries()) {
      // Until the table ends, each row before this one added a template. A row beyond the reach that the table
      // does not hold yet waits for its file, not for a step.
      if (!ended && index >= reach && index >= this.drawnRows) ended = true;
      if (ended) {
        if (index < reach) waiting++;
        continue;
      }
      const shows = [row.status, row.summary, row.issues, this.language, delmal];
      const kept = this.drawings.get(row);
      const current = kept?.shows.every((value, i) => value === shows[i]) ?? false;
      // A row below those the table held: drawing it makes its elements, whether or not its drawing is kept.
      const isNew = templates.length >= this.drawnRows;
      if (kept && current && !isNew) {
        templates.push(kept.template);
      } else if (allowance > 0) {
        allowance--;
        if (kept && current) {
          templates.push(kept.template);
        } else {
          const template = this.renderRow(row, delmal);
          this.drawings.set(row, { shows, template });
          templates.push(template);
        }
      } else {
        waiting++;
        // A row drawn before shows its old drawing until a later step; below the drawn rows, the table ends.
        if (kept && !isNew) templates.push(kept.template);
        else ended = true;
      }
    }
    this.tableDrawn = true;
    this.drawnRows = templates.length;
    this.rowsWaiting = waiting;
    return templates;
  }

  /**
   * One row. A row with nothing read says so in one cell across the data columns, and a source without a plan says
   * so across the delmål columns: hundreds of such rows draw and lay out quickly while the sources arrive.
   */
  private renderRow(row: OverviewRow, delmal: number): TemplateResult {
    const lang = this.language;
    const name = rowName(row, lang);
    const summary = row.summary;
    const head = html`<th scope="row"><span lang=${name.lang === lang ? nothing : name.lang}>${name.value}</span></th>`;
    if (!summary) {
      return html`<tr>${head}<td colspan=${delmal + 6} part=${row.status === 'pending' ? nothing : row.status}
        class=${row.status}>${this.statusText(row)}</td></tr>`;
    }
    const counted = summary.kinds.includes('plan') ? summary : undefined;
    return html`<tr>
      ${head}
      <td>${this.publishedText(row)}</td>
      ${DOCUMENT_COLUMNS.map((column) => html`<td>${this.perDocument(summary.documents, column)}</td>`)}
      <td class="num">${this.overdueCell(summary.overdue)}</td>
      ${
        counted
          ? html`${counted.perDelmal.map((count) => html`<td class="num">${formatCount(count, lang)}</td>`)}
            <td class="num">${formatCount(counted.activities, lang)}</td>`
          : html`<td colspan=${delmal + 1}>${t(lang, 'noPlan')}</td>`
      }
    </tr>`;
  }

  /** A document's value in a column, as the table shows it; undefined where the column does not apply. */
  private documentText(document: PublishedDocument, column: DocumentColumn): string | undefined {
    const lang = this.language;
    const date = document[column];
    if (date) return formatPartialDate(date, lang);
    if (column === 'nextRevision') return document.kind === 'plan' ? t(lang, 'none') : undefined;
    if (column === 'validUntil' && document.untilRevised) return t(lang, 'untilRevised');
    if (column === 'validUntil' && document.years !== undefined)
      return t(lang, 'years', { years: document.years });
    return t(lang, 'notGiven');
  }

  /** A column's value for each document, one line each, named by kind when the source has several. */
  private perDocument(documents: readonly PublishedDocument[], column: DocumentColumn): unknown {
    const lang = this.language;
    const lines = documents.flatMap((document) => {
      const value = this.documentText(document, column);
      return value === undefined ? [] : [{ kind: document.kind, value }];
    });
    if (lines.length === 0) return dash(lang);
    if (documents.length === 1) return lines[0]?.value;
    return lines.map(
      ({ kind, value }) =>
        html`<span class="line"><span class="muted">${t(lang, `kind.${kind}`)}:</span> ${value}</span>`,
    );
  }

  private overdueCell(count: number): unknown {
    return count === 0
      ? '0'
      : html`<span part="overdue" class="overdue"><span class="marker" aria-hidden="true">!</span> ${formatCount(count, this.language)}</span>`;
  }

  /** What a read source holds: its documents' kinds, and how many indicators. */
  private publishedText(row: OverviewRow): string {
    const lang = this.language;
    const summary = row.summary;
    return (summary?.kinds ?? [])
      .map((kind) =>
        kind === 'indicators'
          ? t(lang, 'indicators', { count: summary?.indicators ?? 0 })
          : t(lang, `kind.${kind}`),
      )
      .join(', ');
  }

  private statusText(row: OverviewRow): unknown {
    const lang = this.language;
    return row.status === 'failed'
      ? html`<span class="failed-label"><span class="marker" aria-hidden="true">!</span> ${t(lang, 'failed')}:</span>
        ${this.reason(row)}`
      : t(lang, row.status === 'pending' ? 'pending' : 'nothingPublished');
  }

  /** Why a source could not be read, in one sentence. */
  private reason(row: OverviewRow): string {
    const lang = this.language;
    const errors = row.issues.filter((issue) => issue.severity === 'error');
    const message = errors[0]?.message[lang] ?? '';
    if (row.href === undefined) return t(lang, 'failed.manifest', { message });
    return /^(load|render)\./.test(errors[0]?.code ?? '')
      ? message
      : t(lang, 'failed.invalid', { count: errors.length, message });
  }

  private sortValue(row: OverviewRow, column: string): SortValue {
    const summary = row.summary;
    const counted = summary?.kinds.includes('plan') ? summary : undefined;
    if (column === 'name') return rowName(row, this.language).value;
    if (column === 'published') return summary ? this.publishedText(row) : undefined;
    if (column === 'overdue') return summary?.overdue;
    if (column === 'activities') return counted?.activities;
    if (column.startsWith('delmal-')) return counted?.perDelmal[Number(column.slice(7))];
    // A date column: the earliest of the source's documents.
    return summary?.documents
      .map((document) => document[column as DocumentColumn])
      .filter((value) => value !== undefined)
      .sort()[0];
  }

  // ── CSV ──────────────────────────────────────────────────────────────────────────────────────────────────

  private revokeCsv(): void {
    this.download.revoke(this.renderRoot);
  }

  /**
   * Tabellen som CSV: en rad per visad rad, med områdeskoden, statusen och orsaken för en misslyckad källa.
   * EN: The table as CSV: one line per row shown, with the area code, the status and a failed source's reason.
   */
  csv(): string {
    const lang = this.language;
    const delmal = delmalOf(this.countedFramework);
    const header = [
      t(lang, 'col.name'),
      t(lang, 'csv.code'),
      t(lang, 'csv.status'),
      t(lang, 'col.published'),
      ...DOCUMENT_COLUMNS.map((column) => t(lang, `col.${column}`)),
      t(lang, 'col.overdue'),
      ...delmal.map((goal) => delmalLabel(goal.number, lang)),
      t(lang, 'col.activities'),
      t(lang, 'csv.reason'),
    ];
    const rows = this.shownRows.map((row) => {
      const documents = row.summary?.documents ?? [];
      const counted = row.summary?.kinds.includes('plan') ? row.summary : undefined;
      return [
        rowName(row, lang).value,
        row.area,
        row.summary
          ? ''
          : t(
              lang,
              row.status === 'failed' ? 'failed' : row.status === 'pending' ? 'pending' : 'nothingPublished',
            ),
        this.publishedText(row),
        ...DOCUMENT_COLUMNS.map((column) =>
          documents.flatMap((document) => this.documentText(document, column) ?? []).join(' | '),
        ),
        row.summary?.overdue,
        ...delmal.map((_, index) => counted?.perDelmal[index]),
        counted?.activities,
        row.status === 'failed' ? this.reason(row) : undefined,
      ];
    });
    return tableToCsv(header, rows);
  }
}

const collators = new Map<string, Intl.Collator>();

/** One collator per language, made once: sorting 300 rows compares thousands of names. */
function collator(lang: 'sv' | 'en'): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(localeOf(lang));
    collators.set(lang, found);
  }
  return found;
}

/** The table body's rows in groups of `ROWS_SHOWN_WHILE_FILLING`, at least one group (an empty body). */
function groupsOf<T>(rows: T[]): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_SHOWN_WHILE_FILLING)
    groups.push(rows.slice(i, i + ROWS_SHOWN_WHILE_FILLING));
  return groups.length > 0 ? groups : [[]];
}

/** A row's issues with paths into the manifest (`sources[3]`), for events and `issues`. */
function sourceIssues(row: OverviewRow): Issue[] {
  const index = row.index;
  if (index === undefined) return [];
  return row.issues.map((issue) =>
    issue.path[0] === 'sources' ? issue : { ...issue, path: ['sources', index, ...issue.path] },
  );
}

function delmalLabel(number: number | undefined, lang: 'sv' | 'en'): string {
  return t(lang, 'col.delmal', { number: number ?? '?' });
}

/** An empty cell's mark: a dash to the eye, "none" to a screen reader. */
function dash(lang: 'sv' | 'en'): TemplateResult {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${t(lang, 'none')}</span>`;
}
