import {
  type CoverageMatrix,
  coverageMatrix,
  type Dataset,
  type Framework,
  type Goal,
  type Issue,
  type Organisation,
  type Plan,
  referenceText,
} from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholElement, type DholState } from '../../base/dhol-element.js';
import { defaultAreas, defaultFrameworks } from '../../base/reference.js';
import { textsFor } from '../../base/texts.js';
import { validateForDisplay } from '../../base/validate.js';
import { DholErrorEvent, DholLoadEvent } from '../../events.js';
import { gapMarker } from '../../shared/blocks/badge.js';
import { scrollTable } from '../../shared/blocks/table.js';
import { errorView } from '../../shared/error-view.js';
import { heading } from '../../shared/heading.js';
import { textIn } from '../../shared/text.js';
import { t } from './coverage.i18n.js';
import { styles } from './coverage.styles.js';

/** What several datasets given through `.datasets` came to: one merged dataset, or the issues of the bad ones. */
type Combined = { ok: true; dataset: Dataset; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Täckningsmatrisen: delmålen (rader) mot en eller flera planer, eller mot organisationerna som ansvarar för
 * aktiviteterna (`by="organisation"`), med antalet aktiviteter i varje cell och varje lucka utskriven i ord (”Ingen
 * (lucka)”), inte bara med färg. En plan utan aktivitet under ett delmål har en lucka där; en organisations nolla
 * visas som den är, eftersom ingen organisation väntas arbeta med varje delmål, och bara ett delmål som ingen
 * organisation tjänar markeras. En riktig `<table>` med rubrik och `<th scope>`, så att en skärmläsare läser den som
 * en tabell; på smala skärmar rullar den i sidled i ett eget område som kan få fokus.
 *
 * Uppgifter: ett dataset (alla dess planer) via `.data` eller `src`, eller flera via `.datasets`; vart och ett
 * granskas, och ett ogiltigt redovisas med sökvägar som `datasets[1].plans[0]`.
 *
 * EN: The coverage matrix: the delmål (rows) against one or several plans, or against the organisations responsible
 * for the activities (`by="organisation"`), with the number of activities in each cell and every gap marked in
 * words ("Ingen (lucka)"), not by colour alone. A plan with no activity under a delmål has a gap there; an
 * organisation's zero is shown plainly, since no organisation is expected to work on every delmål, and only a delmål
 * no organisation serves is marked. A real `<table>` with a caption and `<th scope>` headers, so a
 * screen reader reads it as a table; it scrolls sideways inside its own focusable region on narrow screens.
 *
 * Data: one dataset (all its plans) through `.data` or `src`, or several through `.datasets`; each is validated,
 * and an invalid one is reported with paths such as `datasets[1].plans[0]`.
 *
 * @summary Vilka delmål varje plan eller organisation arbetar med, med antal och luckor.
 *   EN: Which delmål each plan or organisation works on, with counts and gaps.
 * @fires dhol-load - Uppgifterna lästes in och godkändes; `detail.dataset` (sammanslaget, för `.datasets`),
 *   `detail.issues`.
 *   EN: The data was read and validated; `detail.dataset` (merged, for `.datasets`), `detail.issues`.
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @fires dhol-select - Ett antal valdes; `detail` är `{ kind: 'goal', id, item: { goal, column, by } }`.
 *   EN: A count was picked; `detail` is `{ kind: 'goal', id, item: { goal, column, by } }`.
 * @csspart coverage - Täckningen som helhet.
 *   EN: The coverage as a whole.
 * @csspart title - Rubriken.
 *   EN: The heading.
 * @csspart summary - Meningen som sammanfattar täckning och luckor.
 *   EN: The sentence that sums up coverage and gaps.
 * @csspart table-scroll - Tabellens omslag, som rullar när tabellen är bredare än elementet.
 *   EN: The table's wrapper, which scrolls when the table is wider than the element.
 * @csspart table - Täckningstabellen.
 *   EN: The coverage table.
 * @csspart header-cell - En rubrikcell (en plan eller organisation, ett delmål, en summa).
 *   EN: A header cell (a plan or organisation, a delmål, a total).
 * @csspart cell - En datacell.
 *   EN: A data cell.
 * @csspart count - En antalsknapp i en cell.
 *   EN: A count button in a cell.
 * @csspart gap - En lucka: en plan utan aktivitet under delmålet, eller ett delmål som ingen kolumn tjänar.
 *   EN: A gap: a plan with no activity under the delmål, or a delmål no column serves.
 * @csspart gap-marker - Markeringen i en luckcell.
 *   EN: The mark in a gap cell.
 * @csspart zero - En organisations nolla, som inte är en lucka.
 *   EN: An organisation's zero, which is not a gap.
 * @csspart explanation - Varför tabellens summor överstiger dess totaler, när de gör det.
 *   EN: Why the table's sums exceed its totals, when they do.
 * @csspart uncovered - Listan över delmål som ingen aktivitet når.
 *   EN: The list of delmål no activity reaches.
 * @cssprop [--dhol-coverage-gap-background=var(--dhol-color-warning-surface)] - Bakgrund i en luckcell.
 *   EN: Background of a gap cell.
 * @cssprop [--dhol-coverage-gap-color=var(--dhol-color-warning)] - Textfärg i en luckcell.
 *   EN: Text colour of a gap cell.
 * @cssprop [--dhol-coverage-header-background=var(--dhol-color-surface)] - Bakgrund i rubrik- och summaraderna.
 *   EN: Background of the header and total rows.
 */
export class DholCoverage extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];

  /**
   * Kolumner: `plan` (standard), en per plan; eller `organisation`, en per ansvarig organisation.
   * EN: Columns: `plan` (default), one per plan; or `organisation`, one per responsible organisation.
   */
  @property() by: 'plan' | 'organisation' = 'plan';

  /**
   * Id för ramverket vars delmål utgör raderna; standard är första planens ramverk.
   * EN: Id of the framework whose delmål form the rows; defaults to the first plan's framework.
   */
  @property() framework?: string;

  /**
   * Flera dataset vars planer jämförs; går före `data` och `src`.
   * EN: Several datasets whose plans are compared; takes precedence over `data` and `src`.
   */
  @property({ attribute: false }) datasets?: unknown[];

  @state() private combined?: Combined;
  private pendingCombinedEvent?: Event;
  /** The matrix the table shows, for its click listener. */
  private shownMatrix?: CoverageMatrix;

  override get state(): DholState {
    if (!this.combined) return super.state;
    if (!this.combined.ok) return 'error';
    return this.isEmpty(this.combined.dataset) ? 'empty' : 'content';
  }

  override get loadedDataset(): Dataset | undefined {
    return this.combined ? (this.combined.ok ? this.combined.dataset : undefined) : super.loadedDataset;
  }

  override get issues(): readonly Issue[] {
    return this.combined ? this.combined.issues : super.issues;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('datasets') || (this.datasets && (changed.has('frameworks') || changed.has('areas')))) {
      this.combine();
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const event = this.pendingCombinedEvent;
    this.pendingCombinedEvent = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** Validates each of `datasets` and merges the valid ones' plans, organisations and frameworks. */
  private combine(): void {
    const list = this.datasets;
    if (!Array.isArray(list)) {
      this.combined = undefined;
      return;
    }
    const issues: Issue[] = [];
    const valid: Dataset[] = [];
    list.forEach((input, index) => {
      try {
        const result = validateForDisplay(input, {
          frameworks: this.referenceFrameworks,
          areas: this.areas ?? defaultAreas,
        });
        issues.push(
          ...result.issues.map((issue) => ({ ...issue, path: ['datasets', index, ...issue.path] })),
        );
        if (result.ok) valid.push(result.value);
      } catch {
        issues.push({
          severity: 'error',
          code: 'render.failed',
          path: ['datasets', index],
          message: { sv: this.msgIn('sv'), en: this.msgIn('en') },
        });
      }
    });
    const show = () => {
      if (valid.length !== list.length) {
        this.combined = { ok: false, issues };
        this.pendingCombinedEvent = new DholErrorEvent(issues);
        return;
      }
      const dataset: Dataset = {
        formatVersion: '1.0',
        plans: valid.flatMap((d) => d.plans ?? []),
        organisations: uniqueById(valid.flatMap((d) => d.organisations ?? [])),
        frameworks: uniqueById(valid.flatMap((d) => d.frameworks ?? [])),
      };
      this.combined = { ok: true, dataset, issues };
      this.pendingCombinedEvent = new DholLoadEvent(dataset, issues);
    };
    // In the folder build, the issues' texts may have to load first (see textsFor).
    const pending = textsFor(issues);
    if (!pending) {
      show();
      return;
    }
    this.combined = undefined;
    void pending.then(() => {
      if (this.datasets !== list) return;
      show();
      this.requestUpdate();
    });
  }

  private msgIn(lang: 'sv' | 'en'): string {
    return lang === 'sv'
      ? 'Ett fel uppstod när uppgifterna skulle visas.'
      : 'Something went wrong while showing the data.';
  }

  protected override render(): TemplateResult {
    const combined = this.combined;
    if (!combined) return super.render();
    let body: unknown;
    try {
      body = combined.ok
        ? this.isEmpty(combined.dataset)
          ? this.renderEmpty()
          : this.renderContent(combined.dataset)
        : errorView(combined.issues, this.language, this.level);
    } catch {
      body = errorView(
        [
          {
            severity: 'error',
            code: 'render.failed',
            path: [],
            message: { sv: this.msgIn('sv'), en: this.msgIn('en') },
          },
        ],
        this.language,
        this.level,
      );
    }
    return html`<div part="base" class="dhol" lang=${this.language}>${body}</div>`;
  }

  protected override isEmpty(dataset: Dataset): boolean {
    return !dataset.plans?.length;
  }

  protected override renderEmpty(): unknown {
    return html`<p part="empty" class="state">${t(this.language, 'empty')}</p>`;
  }

  protected override renderContent(dataset: Dataset): unknown {
    const lang = this.language;
    const notes: string[] = [];
    const plans = dataset.plans ?? [];
    const framework = this.pickFramework(dataset, plans, notes);
    if (!framework) return this.renderEmpty();
    const counted = plans.filter((p) => p.framework === framework.id);
    const others = plans.filter((p) => p.framework !== framework.id);
    if (others.length)
      notes.push(
        t(lang, 'otherFramework', { plans: others.map((p) => textIn(p.title, lang).value).join(', ') }),
      );
    const by = this.by === 'organisation' ? 'organisation' : 'plan';
    const organisations = dataset.organisations ?? [];
    const matrix = coverageMatrix(counted, framework, { by, organisations });
    if (by === 'organisation') {
      const unattributed = counted.reduce(
        (sum, plan) =>
          sum +
          plan.activities.filter((a) => !Array.isArray(a.responsible) || a.responsible.length === 0).length,
        0,
      );
      if (unattributed > 0) notes.push(t(lang, 'unattributed', { count: unattributed }));
    }
    const explanations = sumNotes(matrix).map((key) => t(lang, key));
    const covered = matrix.rows.length - matrix.uncovered.length;
    return html`<section part="coverage" class="coverage">
      ${heading(this.level, t(lang, 'title'), { size: 'title', id: 'coverage-title', part: 'title' })}
      <p part="summary">${
        by === 'organisation'
          ? t(lang, 'summary.organisation', { covered, delmal: matrix.rows.length })
          : t(lang, 'summary', { covered, delmal: matrix.rows.length, gaps: matrix.gaps.length })
      }</p>
      ${
        matrix.columns.length === 0
          ? html`<p class="state">${t(lang, by === 'organisation' ? 'empty.organisation' : 'empty')}</p>`
          : this.renderTable(matrix, organisations, allActivities(counted))
      }
      ${explanations.map((text) => html`<p part="explanation">${text}</p>`)}
      ${notes.map((note) => html`<p class="note warning accent">${note}</p>`)}
      ${
        matrix.uncovered.length
          ? html`<p>${t(lang, 'uncovered')}</p>
            <ul part="uncovered">
              ${matrix.uncovered.map((goal) => html`<li>${this.goalName(goal)}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private pickFramework(dataset: Dataset, plans: readonly Plan[], notes: string[]): Framework | undefined {
    const national = defaultFrameworks[0] ?? nationalFramework;
    const find = (id: string) =>
      this.frameworkFor(dataset, id) ?? (national?.id === id ? national : undefined);
    if (this.framework) {
      const found = find(this.framework);
      if (found) return found;
      notes.push(t(this.language, 'framework.missing', { id: this.framework }));
      return national;
    }
    const first = plans[0];
    return (first ? find(first.framework) : undefined) ?? dataset.frameworks?.[0] ?? national;
  }

  private goalName(goal: Goal): TemplateResult {
    const lang = this.language;
    const words = referenceText(goal.title, lang);
    const label = goal.number !== undefined ? `${t(lang, 'delmal.label', { number: goal.number })}: ` : '';
    return html`${label}<span lang=${words?.isFallback ? words.lang : nothing}>${words?.text ?? goal.id}</span>`;
  }

  private columnLabel(
    column: CoverageMatrix['columns'][number],
    organisations: readonly Organisation[],
  ): string {
    if (column.label) return textIn(column.label, this.language).value;
    const org = organisations.find((o) => o.id === column.id);
    return org ? textIn(org.name, this.language).value : column.id;
  }

  /** One listener for every count in the table, rather than one per cell: a national table has hundreds. */
  private onCountClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest?.('button[data-row]');
    const matrix = this.shownMatrix;
    if (!button || !matrix) return;
    const row = matrix.rows[Number(button.getAttribute('data-row'))];
    const cell = row?.cells[Number(button.getAttribute('data-col'))];
    if (!row || !cell) return;
    this.select({
      kind: 'goal',
      id: row.goal.id,
      item: { goal: row.goal, column: cell.column, by: matrix.by },
    });
  };

  private renderTable(
    matrix: CoverageMatrix,
    organisations: readonly Organisation[],
    total: number,
  ): TemplateResult {
    const lang = this.language;
    const labels = matrix.columns.map((column) => this.columnLabel(column, organisations));
    const showTotal = matrix.columns.length > 1 || matrix.by === 'organisation';
    const caption = t(lang, matrix.by === 'organisation' ? 'caption.organisation' : 'caption.plan');
    this.shownMatrix = matrix;
    return scrollTable({
      id: 'coverage-caption',
      caption,
      lang,
      onClick: this.onCountClick,
      body: html`<thead>
          <tr>
            <th part="header-cell" scope="col">${t(lang, 'delmal')}</th>
            ${labels.map((label) => html`<th part="header-cell" scope="col" class="num">${label}</th>`)}
            ${showTotal ? html`<th part="header-cell" scope="col" class="num">${t(lang, 'total')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${matrix.rows.map((row, rowIndex) => {
            const goalText = referenceText(row.goal.title, lang)?.text ?? row.goal.id;
            const goalLabel =
              row.goal.number !== undefined ? t(lang, 'delmal.label', { number: row.goal.number }) : goalText;
            return html`<tr>
              <th part="header-cell" scope="row">${this.goalName(row.goal)}</th>
              ${row.cells.map((cell, index) =>
                cell.isGap
                  ? html`<td part="cell gap" class="num gap">${gapMarker()} ${t(lang, 'gap')}</td>`
                  : cell.count === 0
                    ? html`<td part="cell zero" class="num zero">0</td>`
                    : html`<td part="cell" class="num"><button type="button" part="count" class="count" data-row=${rowIndex}
                      data-col=${index} aria-label=${`${cell.count} ${t(lang, 'cell.context', { count: cell.count, goal: goalLabel, column: labels[index] ?? cell.column })}`}
                      >${cell.count}</button></td>`,
              )}
              ${
                showTotal
                  ? row.total === 0
                    ? html`<td part="cell gap" class="num gap">${gapMarker()} ${t(lang, 'gap')}</td>`
                    : html`<td part="cell" class="num total">${row.total}</td>`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th part="header-cell" scope="row">${t(lang, 'total.row')}</th>
            ${matrix.columns.map((column) => html`<td part="cell" class="num">${column.total}</td>`)}
            ${showTotal ? html`<td part="cell" class="num">${total}</td>` : nothing}
          </tr>
        </tfoot>`,
    });
  }
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * Why sums in the table exceed its totals, when they do: an activity under several delmål counts in each of their
 * rows (a column's cells add up to more than its total), and by organisation an activity with several responsible
 * organisations counts in each of their columns (a row's cells add up to more than its total).
 */
function sumNotes(matrix: CoverageMatrix): ('note.several-delmal' | 'note.several-organisations')[] {
  const notes: ('note.several-delmal' | 'note.several-organisations')[] = [];
  const columnSums = matrix.columns.map((_, index) =>
    matrix.rows.reduce((sum, row) => sum + (row.cells[index]?.count ?? 0), 0),
  );
  if (matrix.columns.some((column, index) => (columnSums[index] ?? 0) > column.total)) {
    notes.push('note.several-delmal');
  }
  if (
    matrix.by === 'organisation' &&
    matrix.rows.some((row) => row.cells.reduce((sum, cell) => sum + cell.count, 0) > row.total)
  ) {
    notes.push('note.several-organisations');
  }
  return notes;
}

/** Distinct activities (by plan and id) of the plans, whether or not they name a responsible organisation. */
function allActivities(plans: readonly Plan[]): number {
  const keys = new Set<string>();
  plans.forEach((plan, index) => {
    for (const activity of plan.activities ?? []) keys.add(`${plan.id ?? index}\u0000${activity.id}`);
  });
  return keys.size;
}
