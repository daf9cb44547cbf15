import {
  type Area,
  type Framework,
  type Issue,
  type Result,
  toIsoDay,
  type Dataset as ValidDataset,
  validateDataset,
} from '@dhol/core';
import { areas as defaultAreas, nationalFramework } from '@dhol/data';
import { adoptTokens } from '@dhol/widgets/styles/tokens.js';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  type DraftJournal,
  type DraftMeta,
  DraftStorage,
  type SaveProblem,
  SNAPSHOT_AFTER,
} from '../../drafts/draft-storage.js';
import { buttonStyles, fieldStyles } from '../../fields/fields.styles.js';
import { type Lang, type MessageKey, msg, type Params, resolveLang } from '../../i18n/messages.js';
import { fieldId, IssueIndex } from '../../issues/issue-index.js';
import { issueText } from '../../issues/issue-text.js';
import { downloadedMessage, EXPORT_ROUTE } from '../../sections/export/export.js';
import { datasetFileName, datasetFileText } from '../../sections/export/file.js';
import { datasetName } from '../../sections/names.js';
import {
  allSections,
  type EditorContext,
  type NavItem,
  type Route,
  routeFor,
  type StartContext,
  sectionById,
} from '../../sections/section.js';
import { renderStart } from '../../sections/start/start.js';
import { EditStore, type StoreChange } from '../../store/edit-store.js';
import { isObject, jsonEqual, type Path } from '../../store/path.js';
import { formatMoment } from '../../util/format.js';
import { clampLevel, heading } from '../../util/heading.js';
import { editorStyles } from './editor.styles.js';
import { DholChangeEvent } from './events.js';
import { renderNav } from './nav.js';
import { type PreviewElements, renderPreview } from './preview.js';
import { renderSummary } from './summary.js';
import { loadWidgets } from './widgets.js';

/** How long typing must pause before the draft is validated and the preview drawn again, in milliseconds. */
export const DEFAULT_VALIDATION_DELAY = 300;

/** Whether validation has caught up with the draft: `current` once it has, `pending` while typing goes on. */
export type ValidationState = 'pending' | 'current';

const localStorageOrUndefined = (): Storage | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

/** What can take focus in a form. */
const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

/**
 * Edits one dholdataset (a handlingsplan, a handslag, indicator figures) in forms a coordinator understands, with
 * core's validation shown at each field and in an error summary, the real elements as a preview, undo and redo,
 * and the draft kept in the browser's storage after every change.
 *
 * @summary Write a handlingsplan, a handslag or indicator figures without touching JSON.
 *
 * @attr lang - `sv` (default) or `en`: the language of the editor.
 * @attr heading-level - The level of the editor's headings (2–5, default 2), to fit the host page's outline.
 * @attr storage-key - The prefix of the keys the drafts are kept under (default `dhol-editor`), for two editors on
 *   one site.
 *
 * @fires dhol-change - The draft changed and was validated; `detail.dataset` (the draft, plain JSON) and
 *   `detail.issues` (core's issues of exactly that draft).
 *
 * @csspart base - The wrapper around everything.
 * @cssprop --dhol-color-error - Colour of errors and of the error summary's border.
 * @cssprop --dhol-color-accent - Colour of buttons and the current part of the navigation.
 */
export class DholEditor extends LitElement {
  /**
   * Reads and defines the widgets the preview shows (see widgets.ts): when a preview first shows, or the page itself
   * holds a widget, never for the start view. Tests replace it to see a failed load.
   */
  static loadPreviewElements: () => Promise<unknown> = loadWidgets;

  static override get styles(): CSSResultGroup {
    return [
      editorStyles,
      fieldStyles,
      buttonStyles,
      ...allSections().flatMap((s) => (s.styles ? [s.styles] : [])),
    ];
  }

  /** The editor's language: `sv` (default) or `en`. */
  @property({ reflect: true }) override lang = 'sv';

  /** The level of the editor's headings; the parts of a view go one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The prefix of the storage keys the drafts are kept under. */
  @property({ attribute: 'storage-key' }) storageKey = 'dhol-editor';

  /**
   * Where drafts are kept: the page's `localStorage` by default; `null` keeps nothing (the editor says so). Tests
   * pass a storage of their own.
   */
  @property({ attribute: false }) storage?: Storage | null;

  /** How long typing must pause before validation, in milliseconds. */
  @property({ type: Number, attribute: false }) validationDelay = DEFAULT_VALIDATION_DELAY;

  /** The clock for checks that depend on today (an overdue revision): a Date, an ISO string or epoch ms. */
  @property({ attribute: false }) now?: Date | string | number;

  /** Frameworks to validate against and pick goals from, besides the national one. */
  @property({ attribute: false }) frameworks?: Framework[];

  /** Whether validation has caught up with the draft; reflected as `data-validation` for tests and styling. */
  @property({ reflect: true, attribute: 'data-validation' }) validation?: ValidationState;

  @state() private route: Route | undefined;
  @state() private issues = new IssueIndex();
  @state() private previewData: unknown;
  @state() private previewLang: Lang = 'sv';
  @state() private english = false;
  @state() private storageProblem: SaveProblem | undefined;
  @state() private notice: string | undefined;
  @state() private announcement = '';
  @state() private previewElements: PreviewElements = 'loading';

  /** The one store of the draft: every change goes through it. */
  readonly store = new EditStore(undefined);

  #open = false;
  #pending: { value: unknown } | undefined;
  #drafts: DraftStorage | undefined;
  #draftId: string | undefined;
  #journal: DraftJournal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #validatedState = -1;
  #firedState = -1;
  #downloadedState: number | undefined;
  #ui = new Map<string, unknown>();
  #focusId: string | undefined;
  #keepFocus = false;
  #meta: DraftMeta = {};
  #previewRequested = false;

  constructor() {
    super();
    this.store.subscribe((change) => this.#changed(change));
  }

  /** The dataset being edited (plain JSON, possibly invalid); setting it opens it as a new draft. */
  get data(): unknown {
    return this.#pending ? this.#pending.value : this.#open ? this.store.value : undefined;
  }

  set data(value: unknown) {
    if (this.#open && value === this.store.value) return;
    this.#pending = { value };
    this.requestUpdate();
  }

  /** The issues of the last validation. */
  get currentIssues(): readonly Issue[] {
    return this.issues.issues;
  }

  /** Whether a draft is open (otherwise the start view shows). */
  get isOpen(): boolean {
    return this.#open;
  }

  /**
   * Where the editor is, as the widgets' `state` says where they are: `start` (the start view) or `content` (a
   * draft is open). Never `loading`: the editor reads nothing over the network.
   */
  get state(): 'start' | 'content' {
    return this.#open ? 'content' : 'start';
  }

  /** The draft as it was opened, for "what changed". */
  get baseline(): unknown {
    return this.store.baseline;
  }

  get language(): Lang {
    return resolveLang(this.lang);
  }

  /** Whether the draft has changes that were not downloaded as a file. */
  get hasUndownloadedChanges(): boolean {
    if (!this.#open) return false;
    if (this.#downloadedState === undefined) return this.#meta.downloaded === false;
    return this.store.stateId !== this.#downloadedState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptTokens();
    window.addEventListener('beforeunload', this.#beforeUnload);
    window.addEventListener('pagehide', this.#flush);
    this.addEventListener('keydown', this.#keydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#beforeUnload);
    window.removeEventListener('pagehide', this.#flush);
    this.removeEventListener('keydown', this.#keydown);
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storage') || changed.has('storageKey') || !this.#drafts) {
      const storage = this.storage === null ? undefined : (this.storage ?? localStorageOrUndefined());
      this.#drafts = new DraftStorage(storage, this.storageKey);
    }
    if (this.#pending) {
      const { value } = this.#pending;
      this.#pending = undefined;
      this.#openAsNewDraft(value);
    } else if (!this.hasUpdated && !this.#open) {
      this.#restoreCurrentDraft();
    }
    if (changed.has('frameworks') || changed.has('now')) {
      if (this.#open) this.#scheduleValidation(0);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A page that shows widgets beside the editor gets them from this script too (it must not load dhol.js).
    const waiting = document.querySelectorAll(':not(:defined)');
    if ([...waiting].some((element) => element !== this && element.localName.startsWith('dhol-'))) {
      this.#requestPreviewElements();
    }
  }

  /** Reads the widgets once; the preview shows them when they are defined, or says it could not load them. */
  #requestPreviewElements(): void {
    if (this.#previewRequested) return;
    this.#previewRequested = true;
    DholEditor.loadPreviewElements().then(
      () => {
        this.previewElements = 'ready';
      },
      (error: unknown) => {
        console.error('dhol-editor: the preview could not be loaded', error);
        this.previewElements = 'failed';
      },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const lost = this.#keepFocus && !root.activeElement;
    const id = this.#focusId ?? (lost ? 'view-heading' : undefined);
    this.#focusId = undefined;
    this.#keepFocus = false;
    if (id) {
      const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      target?.focus();
      // A group (a list's fieldset) takes no focus itself: its first control does. Focus never falls to the page,
      // where the next Ctrl+Z would no longer reach the editor: the view's heading takes it then.
      if (target && root.activeElement !== target) target.querySelector<HTMLElement>(FOCUSABLE)?.focus();
      if (!target || !root.activeElement) root.querySelector<HTMLElement>('.view-heading')?.focus();
    }
  }

  // ── Opening and restoring ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Opens `value` as a new draft, kept under `name` in the list of drafts. With `focus` (a user opened it from the
   * start view), focus moves to the new view's heading; a host page setting `.data` keeps its own focus.
   */
  openDraft(value: unknown, options: { name?: string; route?: Route; focus?: boolean } = {}): void {
    this.#openAsNewDraft(value, options);
  }

  #openAsNewDraft(value: unknown, options: { name?: string; route?: Route; focus?: boolean } = {}): void {
    this.#flush();
    const drafts = this.#drafts!;
    const { info, problem } = drafts.create(value, options.name ?? datasetName(value, this.language));
    this.storageProblem = problem;
    this.#begin({
      value,
      baseline: value,
      meta: {},
      draftId: info.id,
      journal: problem ? undefined : drafts.journal(info.id),
      downloaded: true,
      ...(options.route ? { route: options.route } : {}),
      focus: options.focus === true,
    });
  }

  /** Opens a saved draft by id (moving focus to it when `focus`); false when it is gone. */
  resumeDraft(id: string, options: { focus?: boolean } = {}): boolean {
    const draft = this.#drafts?.load(id);
    if (!draft) return false;
    this.#flush();
    const meta = { ...draft.meta };
    if (meta.downloaded === undefined && !jsonEqual(draft.value, draft.baseline)) meta.downloaded = false;
    this.#drafts!.setCurrent(id);
    const saved = meta.route;
    this.#begin({
      value: draft.value,
      baseline: draft.baseline,
      meta,
      draftId: id,
      journal: this.#drafts!.journal(id),
      downloaded: meta.downloaded === true,
      ...(saved && sectionById(saved.section) ? { route: saved } : {}),
      focus: options.focus === true,
    });
    this.english = meta.english === true;
    this.notice = this.t('draft.restored', { time: formatMoment(draft.info.updated, this.language) });
    return true;
  }

  /**
   * Shows a draft: the store holds it, its journal writes its changes, and it is validated in the next task, after
   * the form is drawn (so a long plan's form is usable at once and its preview follows).
   */
  #begin(draft: {
    value: unknown;
    baseline: unknown;
    meta: DraftMeta;
    draftId: string;
    journal: DraftJournal | undefined;
    downloaded: boolean;
    route?: Route;
    focus: boolean;
  }): void {
    this.store.open(draft.value, draft.baseline);
    this.#open = true;
    this.#validatedState = -1;
    this.#firedState = -1;
    this.#ui.clear();
    this.#meta = draft.meta;
    this.#downloadedState = draft.downloaded ? this.store.stateId : undefined;
    this.#draftId = draft.draftId;
    this.#journal = draft.journal;
    this.english = false;
    this.notice = undefined;
    this.issues = new IssueIndex();
    this.previewData = undefined;
    this.route = draft.route ?? this.#firstRoute();
    this.#scheduleValidation(0);
    if (draft.focus) this.#focusId = 'view-heading';
  }

  #restoreCurrentDraft(): void {
    const id = this.#drafts?.current();
    if (id) this.resumeDraft(id);
  }

  /** Closes the draft (it stays among the saved drafts) and shows the start view. */
  closeDraft(): void {
    this.#flush();
    this.#drafts?.setCurrent(undefined);
    this.#open = false;
    this.#draftId = undefined;
    this.#journal = undefined;
    this.store.open(undefined);
    this.route = undefined;
    this.issues = new IssueIndex();
    this.previewData = undefined;
    this.validation = undefined;
    this.notice = this.t('editor.closed');
    this.#focusId = 'start-heading';
  }

  /** The first view of a dataset: the first link of the navigation. */
  #firstRoute(): Route {
    const ctx = this.#context({ section: 'dataset', path: [] });
    const first = (items: readonly NavItem[]): Route | undefined => {
      for (const item of items) {
        const route = item.route ?? first(item.children ?? []);
        if (route) return route;
      }
      return undefined;
    };
    for (const section of allSections()) {
      const route = first(section.nav?.(ctx) ?? []);
      if (route) return route;
    }
    return { section: 'dataset', path: [] };
  }

  // ── Changes ───────────────────────────────────────────────────────────────────────────────────────────────

  #changed(change: StoreChange): void {
    if (change.source === 'open') return;
    if (this.#journal && this.#draftId) {
      const problem = this.#journal.record(change, this.store.value);
      this.#reportStorage(problem);
    }
    if (this.#meta.downloaded !== false) {
      this.#meta = { ...this.#meta, downloaded: false };
      this.#saveMeta();
    }
    this.#scheduleValidation(this.validationDelay);
    this.requestUpdate();
  }

  #reportStorage(problem: SaveProblem | undefined): void {
    if (problem !== this.storageProblem) {
      if (!problem && this.storageProblem) this.announce(this.t('draft.savedAgain'));
      this.storageProblem = problem;
    }
  }

  #saveMeta(): void {
    if (this.#draftId) this.#drafts?.writeMeta(this.#draftId, this.#meta);
  }

  /** Writes a snapshot of the draft, so what a journal holds is in one piece (on leaving the page). */
  #flush = (): void => {
    if (this.#journal && this.#open && this.#journal.length > 0) {
      this.#reportStorage(this.#journal.snapshot(this.store.value));
    }
  };

  #beforeUnload = (event: BeforeUnloadEvent): void => {
    this.#flush();
    if (this.hasUndownloadedChanges) {
      event.preventDefault();
      // Older browsers show the dialog only when a value is returned.
      event.returnValue = this.t('draft.leave');
    }
  };

  // ── Validation ────────────────────────────────────────────────────────────────────────────────────────────

  #scheduleValidation(delay: number): void {
    clearTimeout(this.#timer);
    this.validation = 'pending';
    this.#timer = setTimeout(() => this.#validateNow(), Math.max(0, delay));
  }

  /** Validates the draft with core, places the issues, draws the preview and tells the page (`dhol-change`). */
  #validateNow(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#open) return;
    const value = this.store.value;
    let result: Result<ValidDataset>;
    try {
      result = validateDataset(value, {
        frameworks: this.#frameworks(),
        areas: defaultAreas,
        ...(this.now !== undefined ? { now: this.now } : {}),
      });
    } catch {
      result = { ok: false, issues: [] };
    }
    const before = this.issues;
    this.issues = new IssueIndex(result.issues);
    this.previewData = value;
    this.validation = 'current';
    if (before.errors !== this.issues.errors || before.warnings !== this.issues.warnings) {
      this.announce(this.t('issues.count', { errors: this.issues.errors, warnings: this.issues.warnings }));
    }
    const stateId = this.store.stateId;
    const changedSinceEvent = this.#validatedState !== -1 && stateId !== this.#firedState;
    this.#validatedState = stateId;
    if (this.#journal && this.#journal.length >= SNAPSHOT_AFTER) this.#flush();
    if (this.#draftId && changedSinceEvent) {
      this.#reportStorage(this.#drafts?.touch(this.#draftId, datasetName(value, this.language)));
    }
    if (changedSinceEvent || this.#firedState === -1) {
      this.#firedState = stateId;
      if (changedSinceEvent) this.dispatchEvent(new DholChangeEvent(value, result.issues));
    }
  }

  /** Frameworks known besides the dataset's own (validation reads those from the dataset itself). */
  #frameworks(): Framework[] {
    return [...(this.frameworks ?? []), nationalFramework];
  }

  /** Frameworks to pick goals from: the dataset's own first (when they look like frameworks), then the known ones. */
  #pickableFrameworks(): Framework[] {
    const value = this.store.value;
    const own =
      isObject(value) && Array.isArray(value['frameworks'])
        ? (value['frameworks'].filter(
            (f) => isObject(f) && typeof f['id'] === 'string' && Array.isArray(f['goals']),
          ) as Framework[])
        : [];
    return [...own, ...this.#frameworks()];
  }

  /** Validates now instead of after the pause (before a download, say). */
  validateNow(): void {
    if (this.#open) this.#validateNow();
  }

  // ── Undo and redo ─────────────────────────────────────────────────────────────────────────────────────────

  /** Takes back the last change and shows where it was. */
  undo(): void {
    const entry = this.store.undo();
    this.#afterHistory(entry?.ops[0]?.path, entry ? 'editor.undone' : 'editor.nothingToUndo');
  }

  /** Applies the last undone change again. */
  redo(): void {
    const entry = this.store.redo();
    this.#afterHistory(entry?.ops[0]?.path, entry ? 'editor.redone' : 'editor.nothingToRedo');
  }

  #afterHistory(path: Path | undefined, key: MessageKey): void {
    if (!path) {
      this.announce(this.t(key));
      return;
    }
    const route = routeFor(path, this.store.value) ?? this.route;
    const where = route ? (sectionById(route.section)?.title(this.#context(route), route) ?? '') : '';
    this.announce(this.t(key, { what: where }));
    if (route && !sameRoute(route, this.route)) this.navigate(route);
    // Focus the field that changed when it is on the page; otherwise focus stays where it is, unless the change
    // took the focused field away (then the view's heading takes focus, so the next Ctrl+Z still reaches us).
    const target = this.#fieldIdAt(path);
    if (target) this.#focusId = target;
    else if (this.matches(':focus-within')) this.#keepFocus = true;
  }

  /** The id of the deepest field on `path` that the current form draws. */
  #fieldIdAt(path: Path): string | undefined {
    for (let length = path.length; length > 0; length--) {
      const id = fieldId(path.slice(0, length));
      if (this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`)) return id;
    }
    return undefined;
  }

  #keydown = (event: KeyboardEvent): void => {
    if (!this.#open || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    }
  };

  // ── Navigation and the context sections get ──────────────────────────────────────────────────────────────

  /** Shows a view; with `focus`, moves focus to that field once drawn (else to the view's heading). */
  navigate(route: Route, focus?: Path): void {
    this.route = route;
    this.#meta = { ...this.#meta, route: { section: route.section, path: [...route.path] } };
    this.#saveMeta();
    this.#focusId = focus ? fieldId(focus) : 'view-heading';
  }

  /** Shows the field at `path` (the view it is in, then the field), as the error summary's links do. */
  showField(path: Path): void {
    const route = routeFor(path, this.store.value);
    if (route && !sameRoute(route, this.route)) {
      this.route = route;
      this.#meta = { ...this.#meta, route: { section: route.section, path: [...route.path] } };
      this.#saveMeta();
    }
    this.#focusId = this.#fieldIdAt(path) ?? fieldId(path);
    this.requestUpdate();
    // The field may be drawn only after this update; look for it again then.
    this.updateComplete.then(() => {
      const id = this.#fieldIdAt(path);
      if (id) this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)?.focus();
    });
  }

  /** Says something to screen reader users. */
  announce(text: string): void {
    // Clearing first makes the same words heard again.
    this.announcement = '';
    queueMicrotask(() => {
      this.announcement = text;
    });
  }

  t(key: MessageKey, params: Params = {}): string {
    return msg(this.language, key, params);
  }

  setEnglish(on: boolean): void {
    this.english = on;
    this.#meta = { ...this.#meta, english: on };
    this.#saveMeta();
  }

  /** Marks the current state as downloaded (the file is safe outside the browser). */
  markDownloaded(): void {
    this.#downloadedState = this.store.stateId;
    this.#meta = { ...this.#meta, downloaded: true };
    this.#saveMeta();
    this.requestUpdate();
  }

  #context(route: Route): EditorContext {
    const store = this.store;
    const ui = this.#ui;
    return {
      data: store.value,
      baseline: store.baseline,
      lang: this.language,
      english: this.english,
      route,
      issues: this.issues,
      headingLevel: Math.min(clampLevel(this.headingLevel), 5),
      frameworks: this.#pickableFrameworks(),
      areas: defaultAreas as readonly Area[],
      get: (path) => getAtValue(store.value, path),
      today: () => this.#today(),
      edit: (path, value, options) => store.edit(path, value, options),
      transact: (fn, join) => store.transact(fn, join),
      valueBeforeTyping: (path) => store.valueBeforeTyping(path),
      seal: () => store.seal(),
      navigate: (next, focus) => this.navigate(next, focus),
      focusAfterUpdate: (id) => {
        this.#focusId = id;
        this.requestUpdate();
      },
      announce: (text) => this.announce(text),
      download: (fileName) => this.download(fileName),
      element: (id) => this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`),
      uiState: <T>(key: string, initial: T): T => (ui.has(key) ? (ui.get(key) as T) : initial),
      setUiState: (key, value) => {
        ui.set(key, value);
        this.requestUpdate();
      },
      t: (key, params) => this.t(key, params),
    };
  }

  /** The text of the file the draft downloads as: the dataset, `$schema` first, two-space JSON. */
  fileText(): string {
    return datasetFileText(this.store.value);
  }

  /**
   * Downloads the draft as a JSON file (the draft with errors too: it can be opened again here) and marks it
   * downloaded, so leaving the page no longer asks.
   */
  download(fileName = datasetFileName(this.store.value)): void {
    if (!this.#open) return;
    const blob = new Blob([this.fileText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.markDownloaded();
    this.announce(downloadedMessage(this.language, fileName));
  }

  /**
   * The toolbar's download: a draft without errors downloads at once; one with errors opens "Ladda ner och
   * publicera", which says what is still missing (and still lets the draft be downloaded).
   */
  #downloadOrExplain(): void {
    this.validateNow();
    if (this.issues.errors === 0) {
      this.download();
      return;
    }
    this.navigate(EXPORT_ROUTE);
    this.#focusId = 'export-missing';
  }

  #startContext(): StartContext {
    const ui = this.#ui;
    return {
      lang: this.language,
      headingLevel: Math.min(clampLevel(this.headingLevel), 5),
      t: (key, params) => this.t(key, params),
      open: (dataset, options) => this.openDraft(dataset, { ...options, focus: true }),
      uiState: <T>(key: string, initial: T): T => (ui.has(key) ? (ui.get(key) as T) : initial),
      setUiState: (key, value) => {
        ui.set(key, value);
        this.requestUpdate();
      },
      focusAfterUpdate: (id) => {
        this.#focusId = id;
        this.requestUpdate();
      },
      announce: (text) => this.announce(text),
    };
  }

  #today(): string {
    try {
      return toIsoDay(this.now ?? Date.now());
    } catch {
      return toIsoDay(Date.now());
    }
  }

  /** The drafts kept in storage, for the start view. */
  get drafts(): DraftStorage | undefined {
    return this.#drafts;
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const lang = this.language;
    let body: unknown;
    try {
      body = this.#open && this.route ? this.#renderOpen(this.route) : this.#renderStart();
    } catch (error) {
      console.error('dhol-editor: this view could not be drawn', error);
      body = html`<p class="notice problem">${this.t('editor.cannotShow')}</p>`;
    }
    return html`<div part="base" class="editor" lang=${lang}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#renderStorageProblem()} ${this.notice ? html`<div class="notice" role="status"><p>${this.notice}</p></div>` : nothing}
      ${body}
    </div>`;
  }

  #renderStorageProblem(): TemplateResult | typeof nothing {
    if (!this.storageProblem) return nothing;
    return html`<div class="notice problem" role="alert">
      <p>${this.t(this.storageProblem === 'full' ? 'draft.full' : 'draft.unavailable')}</p>
    </div>`;
  }

  #renderStart(): TemplateResult {
    return renderStart(this.#startContext(), this.#drafts, (id) => this.resumeDraft(id, { focus: true }));
  }

  #renderOpen(route: Route): TemplateResult {
    const ctx = this.#context(route);
    const section = sectionById(route.section);
    const level = ctx.headingLevel;
    let view: unknown;
    let title = '';
    try {
      title = section ? section.title(ctx, route) : '';
      view = section ? section.render(ctx, route) : nothing;
    } catch (error) {
      // Never thrown into the host page; said in the console, where a developer looks.
      console.error('dhol-editor: this part could not be drawn', error);
      view = html`<p class="notice problem">${this.t('editor.cannotShow')}</p>`;
    }
    const preview = section?.preview?.(ctx, route);
    if (preview) this.#requestPreviewElements();
    const unplaced = this.#unplaced(route);
    return html`
      ${this.#renderToolbar(ctx)}
      ${guard([this.issues, this.language], () =>
        renderSummary(ctx, this.issues, (path) => this.showField(path), level),
      )}
      ${isObject(this.store.value) ? nothing : html`<p class="notice problem">${this.t('editor.notAnObject')}</p>`}
      ${renderNav(ctx, allSections(), (next) => this.navigate(next))}
      <div class="layout ${preview ? 'with-preview' : ''}">
        <section class="view" aria-labelledby="view-heading">
          ${heading(level, title, { id: 'view-heading', className: 'view-heading', focusable: true })}
          ${unplaced.length > 0 ? sectionIssues(ctx, unplaced) : nothing} ${view}
        </section>
        ${
          preview
            ? guard(
                [
                  this.previewData,
                  this.previewLang,
                  preview.tag,
                  JSON.stringify(preview.attributes ?? {}),
                  preview.note,
                  route,
                  this.previewElements,
                ],
                () =>
                  renderPreview(
                    ctx,
                    preview,
                    this.previewData,
                    this.previewLang,
                    (next) => {
                      this.previewLang = next;
                    },
                    this.previewElements,
                  ),
              )
            : nothing
        }
      </div>
    `;
  }

  /** Issues no field shows, by the view they belong to; worked out once per validation. */
  #unplacedByRoute = new WeakMap<IssueIndex, Map<string, Issue[]>>();

  #unplaced(route: Route): Issue[] {
    let byRoute = this.#unplacedByRoute.get(this.issues);
    if (!byRoute) {
      byRoute = new Map();
      for (const issue of this.issues.issues) {
        if (this.issues.fieldOf(issue)) continue;
        const home = routeFor(issue.path, this.store.value);
        if (!home) continue;
        const key = routeKey(home);
        const list = byRoute.get(key);
        if (list) list.push(issue);
        else byRoute.set(key, [issue]);
      }
      this.#unplacedByRoute.set(this.issues, byRoute);
    }
    return byRoute.get(routeKey(route)) ?? [];
  }

  #renderToolbar(ctx: EditorContext): TemplateResult {
    return html`<div class="toolbar" role="group" aria-label=${this.t('editor.label')}>
      <p class="saved">${this.storageProblem ? nothing : this.t('draft.autosave')}</p>
      <button type="button" class="secondary" aria-keyshortcuts="Control+Z" ?disabled=${!this.store.canUndo} @click=${() => this.undo()}>
        ${this.t('editor.undo')}
      </button>
      <button
        type="button"
        class="secondary"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        ?disabled=${!this.store.canRedo}
        @click=${() => this.redo()}
      >
        ${this.t('editor.redo')}
      </button>
      <div class="checkbox english-toggle">
        <input
          type="checkbox"
          id="english-fields"
          .checked=${ctx.english}
          @change=${(event: Event) => this.setEnglish((event.target as HTMLInputElement).checked)}
        />
        <label for="english-fields">${this.t('editor.english')}</label>
      </div>
      <button type="button" @click=${() => this.#downloadOrExplain()}>${this.t('editor.download')}</button>
      <button type="button" class="secondary" @click=${() => this.closeDraft()}>${this.t('editor.close')}</button>
    </div>`;
  }
}

const routeKey = (route: Route): string => `${route.section}|${route.path.join('/')}`;

function sameRoute(a: Route | undefined, b: Route | undefined): boolean {
  return !!a && !!b && routeKey(a) === routeKey(b);
}

function getAtValue(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function sectionIssues(ctx: EditorContext, issues: readonly Issue[]): TemplateResult {
  return html`<div class="section-issues">
    <p class="label">${ctx.t('issues.inPart')}</p>
    ${issues.map(
      (issue) =>
        html`<p class="message ${issue.severity}">
          <span class="visually-hidden">${ctx.t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}:</span>
          ${issueText(issue, ctx.lang)}
        </p>`,
    )}
  </div>`;
}
