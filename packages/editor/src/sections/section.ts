/**
 * What a part of the form is, and what it may use. A section renders one kind of view (a plan's document facts,
 * one activity, the list of organisations …) into the editor's shadow root; the editor gives it an
 * `EditorContext` and never a copy of the data. See the package README for how to add one.
 */
import type { Area, Framework } from '@dhol/core';
import type { CSSResultGroup, TemplateResult } from 'lit';
import type { Lang, MessageKey, Params } from '../i18n/messages.js';
import { type FieldSpec, type IssueIndex, registerFields } from '../issues/issue-index.js';
import type { EditOptions } from '../store/edit-store.js';
import type { Path } from '../store/path.js';

/** A view of the editor: which section draws it, and the path of what it edits (`['plans', 0]`). */
export interface Route {
  section: string;
  path: Path;
}

/** What a section may read and do while it renders. */
export interface EditorContext {
  /** The dataset as it is now: plain JSON, possibly invalid. Read it; never change it in place. */
  readonly data: unknown;
  /** The dataset as the draft was opened, for "what changed". */
  readonly baseline: unknown;
  /** The editor's language. */
  readonly lang: Lang;
  /** Whether fields for English text are shown beside the Swedish ones. */
  readonly english: boolean;
  /** The view being shown. */
  readonly route: Route;
  /** The latest validation's issues, by field. */
  readonly issues: IssueIndex;
  /** The level of the view's own heading (the element's `heading-level`); its parts go one below. */
  readonly headingLevel: number;
  /** Frameworks to pick goals from: the dataset's own, then the national one. */
  readonly frameworks: readonly Framework[];
  /** Areas to pick from: Sweden, its 21 län and 290 kommuner. */
  readonly areas: readonly Area[];
  /** The value at `path` of the dataset. */
  get(path: Path): unknown;
  /** Today as `YYYY-MM-DD`, from the editor's clock (`now`). */
  today(): string;
  /** Changes the dataset: one operation, kept for undo, the draft and validation. */
  edit(path: Path, value: unknown, options?: EditOptions): boolean;
  /**
   * Runs several edits as one undo step; with `join`, a group such as a field's path key, they join the last step
   * when it is that field's typing.
   */
  transact(fn: () => void, join?: string): void;
  /** What the field at `path` held before the typing of the last undo step, when that step is its typing. */
  valueBeforeTyping(path: Path): unknown;
  /** Ends a typing run in a field (on `change`), so the next keystrokes are a new undo step. */
  seal(): void;
  /** Shows another view; with `focus`, moves focus to that field once it is drawn. */
  navigate(route: Route, focus?: Path): void;
  /** Moves focus to the element with this id once the next update is drawn. */
  focusAfterUpdate(id: string): void;
  /** Says something to screen reader users (a polite live region). */
  announce(text: string): void;
  /** Downloads the draft as a file (`datasetFileText`), with errors or without, and marks it downloaded. */
  download(fileName?: string): void;
  /** An element of the editor's own tree by id (to select a code block's text, say). */
  element(id: string): HTMLElement | null;
  /** State of the form itself, not of the data (a disclosure that is open, a search typed): kept per key. */
  uiState<T>(key: string, initial: T): T;
  /** Sets form state and draws again. */
  setUiState(key: string, value: unknown): void;
  /** A shared message. */
  t(key: MessageKey, params?: Params): string;
}

/** A link in the editor's navigation. */
export interface NavItem {
  /** Where the link goes; an item without a route is the name of a group of links (a plan's parts). */
  route?: Route;
  label: string;
  /** A number shown after the label (activities, organisations …). */
  count?: number;
  children?: NavItem[];
}

/** Which element the preview shows for a view, with which attributes and (optionally) which data. */
export interface PreviewSpec {
  tag: 'dhol-plan' | 'dhol-agreement' | 'dhol-indicator' | 'dhol-coverage' | 'dhol-framework';
  attributes?: Record<string, string>;
  /**
   * The part of the validated dataset to show, for a view that shows less than all of it (one activity of a long
   * plan). Called only when the validated dataset changes, never on a keystroke.
   */
  trim?: (validated: unknown) => unknown;
  /** A line above the preview, saying what it leaves out. */
  note?: string;
}

export interface Section {
  /** Unique name; routes name their section by it. */
  id: string;
  /**
   * The fields it draws, for placing issues: patterns (`plans/*` + `/title`) with the field's label, so an issue
   * can name its field in the error summary (see issue-index.ts). Registered with the section.
   */
  fields: readonly FieldSpec[];
  /** The view that shows the field or item at `path`, when this section draws it. */
  routeFor(path: Path, data: unknown): Route | undefined;
  /** The heading of a view. */
  title(ctx: EditorContext, route: Route): string;
  /** The form of a view. */
  render(ctx: EditorContext, route: Route): TemplateResult;
  /** Links this section adds to the navigation for the dataset being edited. */
  nav?(ctx: EditorContext): NavItem[];
  /** What the preview shows beside this view. */
  preview?(ctx: EditorContext, route: Route): PreviewSpec | undefined;
  /** Styles of its own, added to the editor's. */
  styles?: CSSResultGroup;
}

const sections = new Map<string, Section>();

/** Adds a section and its fields; a second section with the same id replaces the first. */
export function registerSection(section: Section): void {
  sections.set(section.id, section);
  registerFields(section.fields);
}

export function sectionById(id: string): Section | undefined {
  return sections.get(id);
}

/** Every registered section, in registration order. */
export function allSections(): Section[] {
  return [...sections.values()];
}

/** The view for a path: of the sections that claim it, the one whose route is most specific. */
export function routeFor(path: Path, data: unknown): Route | undefined {
  let best: Route | undefined;
  for (const section of sections.values()) {
    const route = section.routeFor(path, data);
    if (route && (!best || route.path.length > best.path.length)) best = route;
  }
  return best;
}

/** A way to start: a new plan, a new handslag, a file … shown on the start view. */
export interface Starter {
  id: string;
  /** Lower first. */
  order: number;
  render(ctx: StartContext): TemplateResult;
}

/** What a starter may do: open a dataset as a new draft, keep its own form state, speak. */
export interface StartContext {
  readonly lang: Lang;
  readonly headingLevel: number;
  t(key: MessageKey, params?: Params): string;
  /** Opens `dataset` as a new draft, named `name` in the list of drafts, at `route` (or its first view). */
  open(dataset: unknown, options?: { name?: string; route?: Route }): void;
  uiState<T>(key: string, initial: T): T;
  setUiState(key: string, value: unknown): void;
  focusAfterUpdate(id: string): void;
  announce(text: string): void;
}

const starters = new Map<string, Starter>();

export function registerStarter(starter: Starter): void {
  starters.set(starter.id, starter);
}

export function allStarters(): Starter[] {
  return [...starters.values()].sort((a, b) => a.order - b.order);
}
