import {
  type Activity,
  type ActivityChange,
  type ActivityFollowUp,
  type ActivityStatus,
  currentPlan,
  type Dataset,
  diffPlans,
  type FieldChange,
  type FollowUpGroup,
  type FollowUpSummary,
  type Framework,
  followUpToCsv,
  type Goal,
  type Plan,
  type PlanDiff,
  type StaleActivity,
  type StatusAt,
  summariseFollowUp,
} from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DholElement } from '../../base/dhol-element.js';
import { DrawSteps } from '../../base/draw-steps.js';
import { badge, statusBadge, statusLabel } from '../../shared/blocks/badge.js';
import { scrollTable } from '../../shared/blocks/table.js';
import { timeline } from '../../shared/blocks/timeline.js';
import { CsvDownload } from '../../shared/csv-download.js';
import { fictionalNotice } from '../../shared/fictional-notice.js';
import { formatPartialDate } from '../../shared/format.js';
import { heading } from '../../shared/heading.js';
import { datasetLink } from '../../shared/link.js';
import { referenceIn, textIn } from '../../shared/text.js';
import { textBlocks } from '../../shared/text-blocks.js';
import { t } from './followup.messages.js';
import { styles } from './followup.styles.js';

const STATUSES: readonly ActivityStatus[] = ['completed', 'ongoing', 'planned', 'paused', 'cancelled'];

/**
 * En plans uppföljning för en period: per delmål hur många aktiviteter som är klara, pågår, planeras, vilar eller har
 * avbrutits, med hur många som nådde varje status under perioden; varje aktivitets lägesnoteringar; vad som ändrats
 * sedan versionen som planen ersätter; och aktiviteter utan en färsk lägesnotering och försenade revideringar,
 * flaggade i ord och med en ikon. Perioden är som standard ”sedan den senaste gjorda revideringen” till i dag. Den
 * skrivs ut som en ren A4-rapport för en nämnd: inga knappar eller formulär, varje delmål på en egen sida, planens
 * titel, diarienummer och period överst på varje sida. Statustabellen kan laddas ned som CSV. Varje siffra och mening
 * kommer ur uppgifterna; där noteringarna inte kan säga något står det så.
 *
 * EN: A plan's follow-up (uppföljning) for a period: per delmål how many activities are done, ongoing, planned,
 * paused or cancelled, with how many reached each status in the period; each activity's progress notes; what
 * changed since the version the plan replaces; and activities without a recent progress note and overdue
 * revisions, flagged in words and with an icon. The period defaults to "since the last done revision" until today.
 * It prints as a clean A4 report for a nämnd (a municipal or regional committee): no buttons or forms, each delmål
 * on a page of its own, the plan's title, diarienummer and period at the top of every page. The status table can
 * be downloaded as CSV. Every figure and sentence comes from the data; where the notes cannot tell, it says so.
 *
 * @summary Visar en plans uppföljning för en period, klar att skriva ut som ett ärende.
 *   EN: Shows a plan's follow-up for a period, ready to print as an agenda item.
 *
 * @attr src - Adress till ett dataset (JSON) att läsa in.
 *   EN: URL of a dataset (JSON) to load.
 * @attr lang - `sv` (standard) eller `en`.
 *   EN: `sv` (default) or `en`.
 * @attr heading-level - Nivån på rapportens rubrik (1–6, standard 2); avsnitt, delmål och aktiviteter följer under
 *   den.
 *   EN: Level of the report's title (1–6, default 2); sections, delmål and activities follow below it.
 * @attr plan - Id för planen som följs upp; som standard den nyaste (den som ingen annan plan i filen ersätter).
 *   EN: Id of the plan to follow up; by default the newest (the one no other plan in the file replaces).
 * @attr from - Periodens första dag (`2026-03-16`; ett år eller en månad betyder dess första dag). Standard: den
 *   senaste gjorda revideringen.
 *   EN: First day of the period (`2026-03-16`; a year or month means its first day). Default: the last done revision.
 * @attr to - Periodens sista dag (ett år eller en månad betyder dess sista dag). Standard: i dag.
 *   EN: Last day of the period (a year or month means its last day). Default: today.
 * @attr stale-months - Månader utan lägesnotering innan en aktivitet flaggas; standard 6.
 *   EN: Months without a progress note before an activity is flagged; default 6.
 * @attr no-support-notice - Döljer stödrutan.
 *   EN: Hides the support notice.
 * @attr support-text - Utgivarens egen stödmening i stället för 1177 Vårdguiden och Mind Självmordslinjen.
 *   EN: A publisher's own support sentence instead of 1177 Vårdguiden and Mind Självmordslinjen.
 *
 * @fires dhol-load - Uppgifterna lästes in och godkändes; `detail.dataset`, `detail.issues` (varningar).
 *   EN: The data was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 *
 * @csspart base - Omslaget runt allt.
 *   EN: The wrapper around everything.
 * @csspart running-header - Planen, diarienumret och perioden, upprepade överst på varje utskriven sida.
 *   EN: The plan, diarienummer and period repeated at the top of every printed page.
 * @csspart fictional-notice - Rutan som visas när datasetet är märkt som påhittat.
 *   EN: The notice shown when the dataset is marked as invented.
 * @csspart title - Rapportens titel.
 *   EN: The report's title.
 * @csspart document-info - Diarienummer, version och period.
 *   EN: Diarienummer, version and period.
 * @csspart summary - Avsnittet Sammanfattning med text och statustabell.
 *   EN: The summary section with its text and status table.
 * @csspart table-scroll - Statustabellens omslag, som rullar när tabellen är bredare än elementet.
 *   EN: The status table's wrapper, which scrolls when the table is wider than the element.
 * @csspart status-table - Tabellen över status per delmål.
 *   EN: The table of statuses per delmål.
 * @csspart download - Länken för att ladda ned CSV (skrivs inte ut).
 *   EN: The CSV download link (not printed).
 * @csspart flags - Avsnittet om försenade revideringar och aktiviteter utan färska noteringar.
 *   EN: The section of overdue revisions and stale activities.
 * @csspart flag - En flaggad punkt (ikon och ord).
 *   EN: One flagged item (icon and words).
 * @csspart changes - Vad som ändrats sedan den ersatta versionen.
 *   EN: What changed since the replaced version.
 * @csspart goal - Ett delmål med dess aktiviteter.
 *   EN: One delmål with its activities.
 * @csspart activity - En aktivitet med dess noteringar.
 *   EN: One activity with its notes.
 * @csspart timeline - En aktivitets lägesnoteringar under perioden.
 *   EN: An activity's progress notes in the period.
 * @csspart timeline-item - En lägesnotering.
 *   EN: One progress note.
 * @csspart timeline-marker - Markören för en lägesnotering på tidslinjen.
 *   EN: The marker of a progress note on the timeline.
 * @csspart badge - Varje märke; också `status-<status>`, `status-unknown` och `stale`.
 *   EN: Any badge; also `status-<status>`, `status-unknown` and `stale`.
 * @csspart status-<status> - En aktivitets statusmärke: `status-planned`, `status-ongoing`, `status-completed`,
 *   `status-paused`, `status-cancelled`, `status-unknown`.
 *   EN: An activity's status badge: `status-planned`, `status-ongoing`, `status-completed`, `status-paused`, `status-cancelled`, `status-unknown`.
 * @csspart stale - Märket på en aktivitet utan färsk lägesnotering.
 *   EN: The badge on an activity with no recent progress note.
 * @csspart support-notice - Vart man kan vända sig för stöd (skrivs inte ut).
 *   EN: Where to turn for support (not printed).
 * @csspart loading - Meddelandet medan uppgifterna läses in.
 *   EN: The loading message.
 * @csspart empty - Meddelandet när det inte finns något att visa.
 *   EN: The empty message.
 * @csspart error - Felrutan.
 *   EN: The error block.
 * @csspart error-details - Felrutans hopfällda del med detaljer för den som publicerar.
 *   EN: The folded part of the error block with the publisher's details.
 *
 * @csspart section-heading - Ett avsnitts rubrik (sammanfattning, flaggor, ändringar).
 *   EN: A section's heading (summary, flags, changes).
 * @csspart subheading - En rubrik inne i ett avsnitt.
 *   EN: A heading inside a section.
 * @csspart goal-heading - Ett delmåls rubrik.
 *   EN: A delmål's heading.
 * @csspart activity-heading - En aktivitets rubrik.
 *   EN: An activity's heading.
 * @cssprop [--dhol-followup-accent=var(--dhol-color-accent)] - Färgen på delmålsrubrikernas linjer och tidslinjens
 *   markörer.
 *   EN: Colour of delmål headings' rules and timeline markers.
 * @cssprop [--dhol-followup-surface=var(--dhol-color-surface)] - Bakgrund i statustabellens rubrik- och summarader
 *   och i sammanfattningen av revideringar.
 *   EN: Background of the status table's header and footer rows and the revision summary.
 * @cssprop [--dhol-followup-flag=var(--dhol-color-warning)] - Kant- och märkesfärg för flaggade punkter.
 *   EN: Edge and badge colour of flagged items.
 */
export class DholFollowUp extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];
  protected static override showsSupportNotice = true;

  /**
   * Id för planen som följs upp; som standard den nyaste i filen.
   * EN: Id of the plan to follow up; by default the newest in the file.
   */
  @property() plan?: string;

  /**
   * Periodens första dag; ett år eller en månad betyder dess första dag. Standard är den senaste gjorda revideringen.
   * EN: First day of the period; a year or month means its first day. Defaults to the last done revision.
   */
  @property() from?: string;

  /**
   * Periodens sista dag; ett år eller en månad betyder dess sista dag. Standard är i dag.
   * EN: Last day of the period; a year or month means its last day. Defaults to today.
   */
  @property() to?: string;

  /**
   * Månader utan lägesnotering innan en aktivitet flaggas som inaktuell.
   * EN: Months without a progress note before an activity is flagged as stale.
   */
  @property({ type: Number, attribute: 'stale-months' }) staleMonths = 6;

  private memo?: { key: unknown[]; summary: FollowUpSummary };
  /** The status table's CSV, for the summary drawn last. */
  private readonly download = new CsvDownload(() => this.memo?.summary, followUpToCsv);
  /**
   * The report is drawn in steps (see `DrawSteps`): first its head (title, facts and the summary's text), then the
   * status table, the flags, the changes, then its activities, as many per step as fit; printing draws it whole.
   */
  private readonly steps = new DrawSteps(this);

  protected override get drawingInSteps(): boolean {
    return this.steps.waiting;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.download.revoke();
  }

  protected override isEmpty(dataset: Dataset): boolean {
    return this.pick(dataset) === undefined;
  }

  protected override renderEmpty(dataset: Dataset | undefined): unknown {
    const missing = this.plan && dataset?.plans?.length;
    return html`<p part="empty" class="state">
      ${missing ? t(this.language, 'missing', { id: this.plan ?? '' }) : t(this.language, 'empty')}
    </p>`;
  }

  /** The plan asked for by id, else the newest: the one no other plan in the file replaces. */
  private pick(dataset: Dataset): Plan | undefined {
    return currentPlan(dataset.plans, this.plan || undefined);
  }

  private summaryFor(plan: Plan, framework: Framework | undefined): FollowUpSummary {
    const { from, to } = this;
    const today = this.today();
    const key = [plan, framework, from, to, today, this.staleMonths];
    const memo = this.memo;
    if (memo?.key.every((value, i) => value === key[i])) return memo.summary;
    const summary = summariseFollowUp(plan, framework, {
      now: today,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      staleMonths: this.staleMonths,
    });
    this.memo = { key, summary };
    return summary;
  }

  protected override renderContent(dataset: Dataset): unknown {
    const plan = this.pick(dataset);
    if (!plan) return this.renderEmpty(dataset);
    const lang = this.language;
    const framework = this.frameworkFor(dataset, plan.framework);
    const summary = this.summaryFor(plan, framework);
    const planTitle = textIn(plan.title, lang);
    const period = summary.period.label[lang];
    const diarienummer = plan.decision?.diarienummer;
    // The parts in reading order: the head (a screenful on a phone), the status table, the flags, the changes since
    // the replaced version (each of these a step of its own on a phone), then each activity (a delmål without any is
    // one part of its own). A step draws the parts up to `drawn`.
    const head = plan.replaces ? 4 : 3;
    const total = head + summary.goals.reduce((sum, group) => sum + Math.max(1, group.activities.length), 0);
    const drawn = this.steps.take(summary, total, this.replacingServerContent);
    // What each part reads: a step that adds parts leaves those drawn before as they were.
    const inputs = [dataset, summary, lang, this.headingLevel];
    const stale = new Set(summary.stale.map((s) => s.activity));
    let first = head;
    const rows = summary.goals.map((group) => {
      const from = first;
      first += Math.max(1, group.activities.length);
      const count = Math.min(drawn - from, group.activities.length);
      return from < drawn
        ? html`<tr class="goal-row"><td>${guard([...inputs, count], () => this.renderGoal(dataset, group, summary, stale, count))}</td></tr>`
        : nothing;
    });
    // A layout table (role="presentation"), laid out as blocks on screen: in print, browsers repeat a table's
    // header group at the top of every page, which no other layout does, so the plan, diarienummer and period
    // head each page of the report.
    return html`<article class="report" aria-labelledby="followup-title" aria-busy=${drawn < total ? 'true' : nothing}>
      <table class="layout" role="presentation">
        <thead part="running-header" class="running-header" aria-hidden="true">
          <tr><td>
            <span lang=${planTitle.lang === lang ? nothing : planTitle.lang}>${planTitle.value}</span>
            ${diarienummer ? html`<span>${t(lang, 'diarienummer')} ${diarienummer}</span>` : nothing}
            <span>${t(lang, 'period')} ${period}</span>
          </td></tr>
        </thead>
        <tbody>
          <tr><td>
            ${guard(
              inputs,
              () => html`${fictionalNotice(dataset, lang)}
                ${heading(this.level, html`${t(lang, 'title', { plan: planTitle.value })}`, { size: 'title', id: 'followup-title', part: 'title' })}
                ${plan.subtitle ? html`<p class="subtitle">${this.words(plan.subtitle)}</p>` : nothing}
                ${this.renderDocumentInfo(plan, summary, period)}`,
            )}
            ${this.renderSummary(summary, drawn > 1 ? guard(inputs, () => this.renderTable(summary)) : nothing)}
            ${drawn > 2 ? guard(inputs, () => this.renderFlags(summary)) : nothing}
            ${drawn > 3 && plan.replaces ? guard(inputs, () => this.renderChanges(dataset, plan, framework)) : nothing}
          </td></tr>
          ${rows}
        </tbody>
      </table>
    </article>`;
  }

  private words(text: Parameters<typeof textIn>[0]): TemplateResult {
    const w = textIn(text, this.language);
    return html`<span lang=${w.lang === this.language ? nothing : w.lang}>${w.value}</span>`;
  }

  private orgName(dataset: Dataset, id: string): string {
    const org = this.organisationFor(dataset, id);
    return org ? textIn(org.name, this.language).value : id;
  }

  private date(value: string): string {
    return formatPartialDate(value, this.language);
  }

  private renderDocumentInfo(plan: Plan, summary: FollowUpSummary, period: string): TemplateResult {
    const lang = this.language;
    const row = (label: string, value: unknown) =>
      html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<dl part="document-info" class="facts" aria-label=${t(lang, 'documentInfo')}>
      ${plan.decision?.diarienummer ? row(t(lang, 'diarienummer'), plan.decision.diarienummer) : nothing}
      ${
        plan.version
          ? row(
              t(lang, 'version'),
              html`${plan.version}${plan.replaces ? html` <span class="muted">(${t(lang, 'replaces', { version: plan.replaces.version })})</span>` : nothing}`,
            )
          : nothing
      }
      ${row(t(lang, 'period'), period)}
    </dl>
    ${summary.validPeriod ? nothing : html`<p class="problem" role="alert">${t(lang, 'period.invalid')}</p>`}`;
  }

  // ----- summary and status table -----

  /** The summary's heading and text, and `table` (the status table and its download, from a later step). */
  private renderSummary(summary: FollowUpSummary, table: unknown): TemplateResult {
    const lang = this.language;
    const id = 'followup-summary';
    return html`<section part="summary" class="section summary" aria-labelledby=${id}>
      ${heading(this.sublevel(1), t(lang, 'summary'), { size: 'section', part: 'section-heading', id })}
      <p class="summary-text">${summary.text[lang]}</p>
      ${table}
    </section>`;
  }

  private renderTable(summary: FollowUpSummary): TemplateResult {
    const lang = this.language;
    const columns = summary.atEnd.unknown > 0 ? [...STATUSES, 'unknown' as const] : STATUSES;
    const cell = (group: FollowUpGroup, status: ActivityStatus | 'unknown') => {
      const count = group.atEnd[status];
      const reached = status === 'unknown' ? 0 : group.reached[status];
      return html`<td class="num">${count}${reached > 0 ? html` <span class="reached">(${t(lang, 'table.reached', { count: reached })})</span>` : nothing}</td>`;
    };
    const columnLabel = (status: ActivityStatus | 'unknown') =>
      status === 'unknown' ? t(lang, 'table.unknown') : statusLabel(status, lang);
    return html`${scrollTable({
      id: 'status-caption',
      caption: t(lang, 'table.caption', { date: this.date(summary.period.to) }),
      lang,
      part: 'status-table',
      className: 'status-table',
      body: html`<thead>
          <tr>
            <th scope="col">${t(lang, 'table.goal')}</th>
            <th scope="col" class="num">${t(lang, 'table.total')}</th>
            ${columns.map((status) => html`<th scope="col" class="num">${columnLabel(status)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${summary.goals.map(
            (group) => html`<tr>
              <th scope="row">${t(lang, 'delmal', { number: group.goal.number ?? group.goal.id })}</th>
              <td class="num">${group.total}</td>
              ${columns.map((status) => cell(group, status))}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t(lang, 'table.all')}</th>
            <td class="num">${summary.total}</td>
            ${columns.map((status) => cell(summary, status))}
          </tr>
        </tfoot>`,
    })}
      <p class="download no-print needs-script"><a part="download" href="#" download=${`uppfoljning-${summary.period.from}-${summary.period.to}.csv`}
        type="text/csv" @click=${this.download.update} @focus=${this.download.update}
        @pointerenter=${this.download.update} @contextmenu=${this.download.update}>${t(lang, 'download')}</a></p>`;
  }

  // ----- flags: overdue revisions and stale activities -----

  private renderFlags(summary: FollowUpSummary): TemplateResult {
    const lang = this.language;
    const id = 'followup-flags';
    const flag = (content: unknown) =>
      html`<li part="flag" class="flag note warning accent"><span class="icon" aria-hidden="true">⚠</span> <span>${content}</span></li>`;
    const empty = summary.overdueRevisions.length === 0 && summary.stale.length === 0;
    return html`<section part="flags" class="section flags" aria-labelledby=${id}>
      ${heading(this.sublevel(1), t(lang, 'flags'), { size: 'section', part: 'section-heading', id })}
      ${empty ? html`<p>${t(lang, 'flags.none')}</p>` : nothing}
      ${
        summary.overdueRevisions.length
          ? html`<ul class="flag-list">${summary.overdueRevisions.map((r) => flag(t(lang, 'overdue', { date: this.date(r.date) })))}</ul>`
          : nothing
      }
      ${
        summary.stale.length
          ? html`<p>${t(lang, 'stale', { months: summary.staleMonths })}</p>
            <ul class="flag-list">${summary.stale.map((s) => flag(html`<strong>${this.words(s.activity.title)}</strong>: ${this.staleText(s)}`))}</ul>`
          : nothing
      }
    </section>`;
  }

  private staleText(stale: StaleActivity): string {
    const lang = this.language;
    if (stale.lastNote) return t(lang, 'stale.since', { date: this.date(stale.lastNote.date) });
    return stale.since
      ? t(lang, 'stale.never', { date: this.date(stale.since) })
      : t(lang, 'stale.neverUnknown');
  }

  // ----- changes since the replaced version -----

  private renderChanges(dataset: Dataset, plan: Plan, framework: Framework | undefined): TemplateResult {
    const lang = this.language;
    const replaces = plan.replaces!;
    const previous = (dataset.plans ?? []).find(
      (p) => p.id === replaces.plan && p !== plan && (p.version ?? replaces.version) === replaces.version,
    );
    const id = 'followup-changes';
    const revision = plan.revisionSchedule?.revisions.find((r) => r.done && r.version === plan.version);
    const body = previous
      ? this.renderDiff(dataset, diffPlans(previous, plan), framework)
      : html`<p>${t(lang, 'changes.missing', { plan: replaces.plan, version: replaces.version })}</p>`;
    return html`<section part="changes" class="section changes" aria-labelledby=${id}>
      ${heading(this.sublevel(1), t(lang, 'changes', { version: replaces.version }), { size: 'section', part: 'section-heading', id })}
      ${
        revision?.changes?.length
          ? html`<div class="revision-summary">
            ${heading(this.sublevel(2), t(lang, 'changes.revision'), { size: 'subgroup', part: 'subheading' })}
            ${textBlocks(revision.changes, lang, this.sublevel(3))}
          </div>`
          : nothing
      }
      ${body}
    </section>`;
  }

  private renderDiff(dataset: Dataset, diff: PlanDiff, framework: Framework | undefined): TemplateResult {
    const lang = this.language;
    if (diff.identical) return html`<p>${t(lang, 'changes.none')}</p>`;
    const list = (key: 'changes.added' | 'changes.removed' | 'changes.changed', items: unknown[]) =>
      items.length
        ? html`${heading(this.sublevel(2), t(lang, key), { size: 'subgroup', part: 'subheading' })}<ul class="change-list">${items}</ul>`
        : nothing;
    return html`${list(
      'changes.added',
      diff.added.map((a) => html`<li>${this.words(a.title)}</li>`),
    )}
      ${list(
        'changes.removed',
        diff.removed.map((a) => html`<li>${this.words(a.title)}</li>`),
      )}
      ${list(
        'changes.changed',
        diff.changed.map(
          (c) =>
            html`<li><strong>${this.words(c.after.title)}</strong>: ${this.changeText(dataset, c, framework)}</li>`,
        ),
      )}`;
  }

  private changeText(dataset: Dataset, change: ActivityChange, framework: Framework | undefined): string {
    const lang = this.language;
    const goalName = (id: string) => {
      const goal = framework?.goals.find((g) => g.id === id);
      return goal?.number !== undefined ? t(lang, 'delmal', { number: goal.number }) : id;
    };
    const names = (ids: string[]) => ids.join(', ');
    const describe = (c: FieldChange): string => {
      switch (c.field) {
        case 'id':
          return t(lang, 'field.id', { before: c.before, after: c.after });
        case 'title':
          return t(lang, 'field.title', { before: textIn(c.before, lang).value });
        case 'description':
          return t(lang, 'field.description');
        case 'goals':
          return t(lang, 'field.goals', {
            added: names(c.added.map(goalName)),
            removed: names(c.removed.map(goalName)),
          });
        case 'kind':
          return t(lang, 'field.kind', {
            before: t(lang, `kind.${c.before}`),
            after: t(lang, `kind.${c.after}`),
          });
        case 'status':
          return t(lang, 'field.status', {
            before: statusLabel(c.before, lang).toLocaleLowerCase(lang),
            after: statusLabel(c.after, lang).toLocaleLowerCase(lang),
          });
        case 'responsible':
          return t(lang, 'field.responsible', {
            added: names(c.added.map((p) => this.orgName(dataset, p.organisation))),
            removed: names(c.removed.map((p) => this.orgName(dataset, p.organisation))),
          });
      }
    };
    return change.changes.map(describe).join('; ');
  }

  // ----- delmål and activities -----

  /** A delmål with the first `count` of its activities (the rest wait for a later step). */
  private renderGoal(
    dataset: Dataset,
    group: FollowUpGroup & { goal: Goal },
    summary: FollowUpSummary,
    stale: ReadonlySet<Activity>,
    count: number,
  ): TemplateResult {
    const lang = this.language;
    const id = `followup-goal-${group.goal.id}`;
    const title = referenceIn(group.goal.title, lang);
    const text =
      group.goal.number !== undefined
        ? t(lang, 'goalHeading', { number: group.goal.number, title: title.value })
        : title.value || group.goal.id;
    // Not a region: a page that shows the plan too would have two landmarks named after each delmål.
    return html`<div part="goal" class="section goal">
      ${heading(this.sublevel(1), text, { size: 'section', part: 'goal-heading', id, ...(title.lang === lang ? {} : { lang: title.lang }) })}
      ${
        group.total === 0
          ? html`<p class="muted">${t(lang, 'goal.none')}</p>`
          : html`<p class="goal-text">${group.text[lang]}</p>
            <ul class="activities" role="list">
              ${group.activities.slice(0, count).map((item) => html`<li>${this.renderActivity(dataset, group.goal, item, stale.has(item.activity), summary)}</li>`)}
            </ul>`
      }
    </div>`;
  }

  private statusWord(status: StatusAt): string {
    return status.source === 'unknown'
      ? t(this.language, 'activity.unknown').toLocaleLowerCase(this.language)
      : statusLabel(status.status, this.language).toLocaleLowerCase(this.language);
  }

  private renderActivity(
    dataset: Dataset,
    goal: Goal,
    item: ActivityFollowUp,
    isStale: boolean,
    summary: FollowUpSummary,
  ): TemplateResult {
    const lang = this.language;
    const activity: Activity = item.activity;
    const headingId = `followup-${goal.id}-${activity.id}`;
    const before = item.atStart.source === 'note' ? item.atStart.note : undefined;
    return html`<article part="activity" class="activity card ${isStale ? 'is-stale accent' : ''}" aria-labelledby=${headingId}>
      ${heading(this.sublevel(2), this.words(activity.title), { size: 'group', part: 'activity-heading', id: headingId })}
      <p class="meta">
        <span class="visually-hidden">${t(lang, 'activity.statusAt', { date: this.date(summary.period.to) })}:</span>
        ${item.atEnd.source === 'unknown' ? badge(t(lang, 'activity.unknown'), 'status-unknown') : statusBadge(item.atEnd.status, lang)}
        ${isStale ? badge(html`<span class="icon" aria-hidden="true">⚠</span> ${t(lang, 'stale.flag')}`, 'stale', 'warning') : nothing}
      </p>
      ${item.changed ? html`<p>${t(lang, 'activity.changed', { before: this.statusWord(item.baseline), after: this.statusWord(item.atEnd) })}</p>` : nothing}
      ${before && item.notes.length === 0 ? html`<p class="muted">${t(lang, 'notes.before', { date: this.date(before.date), status: this.statusWord(item.atStart) })}</p>` : nothing}
      ${
        item.notes.length
          ? timeline(
              item.notes.map((note) => ({
                done: true,
                content: html`<p class="note-head"><time datetime=${note.date}>${this.date(note.date)}</time> ${statusBadge(note.status, lang)}</p>
                  <p>${this.words(note.text)}</p>
                  <p class="muted">${t(lang, 'notes.reportedBy', { name: this.orgName(dataset, note.reportedBy) })}</p>
                  ${note.links?.length ? html`<ul class="links">${note.links.map((link) => html`<li>${datasetLink(link, lang)}</li>`)}</ul>` : nothing}`,
              })),
              { label: t(lang, 'notes') },
            )
          : html`<p class="muted">${t(lang, 'notes.none')}</p>`
      }
    </article>`;
  }
}
