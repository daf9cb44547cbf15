import type {
  Activity,
  ActivityKind,
  ActivityStatus,
  Dataset,
  LocalizedText,
  Plan,
  Revision,
  TextBlock,
} from '@dhol/core';
import { latestNote, partialDateSpan, revisionStatus } from '@dhol/core';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DholElement } from '../../base/dhol-element.js';
import { DrawSteps } from '../../base/draw-steps.js';
import { defaultAreas } from '../../base/reference.js';
import type { Lang } from '../../i18n/index.js';
import { badge, statusBadge, statusLabel } from '../../shared/blocks/badge.js';
import { fictionalNotice } from '../../shared/fictional-notice.js';
import { formatPartialDate } from '../../shared/format.js';
import { heading } from '../../shared/heading.js';
import { datasetLink } from '../../shared/link.js';
import { loc, referenceIn, textIn } from '../../shared/text.js';
import { textBlocks } from '../../shared/text-blocks.js';
import { t } from './plan.messages.js';
import { styles } from './plan.styles.js';
import {
  type ActivityGroup,
  goalKey,
  groupActivities,
  isFiltered,
  type ListedActivity,
  matches,
  organisationNames,
  type PlanFilters,
  readFilters,
  restatesRole,
  writeFilters,
} from './plan-view.js';

/** Above this many listed activities a plan counts as long: see `.long .activity` in the styles. */
const LONG_PLAN_LISTINGS = 200;

/**
 * Listings removed in one update when filters hide delmål of a long list. Taking 1,700 listings out of the page
 * at once costs a frame and more; instead the hidden delmål are hidden at once (`content-visibility: hidden`, see
 * `.leaving`) and removed a few per frame. Up to this many listings are simply removed at once.
 */
const REMOVALS_PER_STEP = 300;

/** Where the filter state lives: the query string (default), the hash, or nowhere. */
export type UrlStateMode = 'query' | 'hash' | 'none';

const KIND_ORDER: readonly ActivityKind[] = ['ongoing', 'development', 'new'];
const STATUS_ORDER: readonly ActivityStatus[] = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'];

/**
 * En plans dokumentuppgifter och dess aktiviteter ordnade efter delmål (strategins sju delmål).
 *
 * EN: A plan's document information and its activities grouped by delmål (the strategy's seven sub-goals).
 *
 * @summary Visar en handlingsplan med filter som en invånare kan dela.
 *   EN: Shows a handlingsplan with filters a citizen can share.
 *
 * @attr src - Adress till ett dataset (JSON) att läsa in.
 *   EN: URL of a dataset (JSON) to load.
 * @attr lang - `sv` (standard) eller `en`.
 *   EN: `sv` (default) or `en`.
 * @attr heading-level - Nivån på planens rubrik (1–6, standard 2); avsnitt, delmål och aktiviteter följer under den.
 *   EN: Level of the plan title (1–6, default 2); sections, delmål and activities follow below it.
 * @attr plan - Id för planen som visas när datasetet har flera; annars den första planen.
 *   EN: Id of the plan to show when the dataset holds several; the first plan otherwise.
 * @attr url-state - Var filtren sparas så att en vy kan delas: `query` (standard), `hash` eller `none`.
 *   EN: Where filters live so a view can be shared: `query` (default), `hash` or `none`.
 * @attr param-prefix - Prefix för elementets URL-parametrar (standard `dhol-`), för två planer på samma sida.
 *   EN: Prefix of the element's URL parameters (default `dhol-`), for two plans on one page.
 * @attr no-support-notice - Döljer stödrutan.
 *   EN: Hides the support notice.
 * @attr support-text - Utgivarens egen stödmening i stället för 1177 Vårdguiden och Mind Självmordslinjen.
 *   EN: A publisher's own support sentence instead of 1177 Vårdguiden and Mind Självmordslinjen.
 *
 * @fires dhol-load - Uppgifterna lästes in och godkändes; `detail.dataset`, `detail.issues` (varningar).
 *   EN: The data was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @fires dhol-select - Någon valde en aktivitet; `detail` är `{ kind: 'activity', id, item }`.
 *   EN: A user picked an activity; `detail` is `{ kind: 'activity', id, item }`.
 *
 * @csspart plan - Planen som helhet.
 *   EN: The plan as a whole.
 * @csspart header - Blocket med dokumentuppgifter.
 *   EN: The document information block.
 * @csspart title - Planens titel.
 *   EN: The plan's title.
 * @csspart document-info - Listan med dokumentuppgifter (kategori, ägare, beslut, giltighet, revideringar).
 *   EN: The list of document facts (category, owner, decision, validity, revisions).
 * @csspart revisions - Revideringsplanen.
 *   EN: The revision schedule.
 * @csspart revision - En revidering; den närmaste har också `revision-next-item`.
 *   EN: One revision; the next one also has `revision-next-item`.
 * @csspart revision-next-item - Nästa revidering.
 *   EN: The next revision.
 * @csspart section - Ett avsnitt; vart och ett har också sitt eget namn.
 *   EN: A section; each also has its own name.
 * @csspart background - Avsnittet Bakgrund.
 *   EN: The background section.
 * @csspart purpose - Avsnittet Syfte och mål.
 *   EN: The purpose and aims section.
 * @csspart organisation - Avsnittet Organisation.
 *   EN: The organisation section.
 * @csspart participants - Listan över medverkande.
 *   EN: The list of participants.
 * @csspart activities - Aktiviteterna efter delmål, med filtren.
 *   EN: The activities by delmål, with the filters.
 * @csspart follow-up - Avsnittet Uppföljning.
 *   EN: The follow-up section.
 * @csspart footnotes - Fotnoterna.
 *   EN: The footnotes.
 * @csspart section-heading - Ett avsnitts rubrik.
 *   EN: A section's heading.
 * @csspart subheading - En rubrik inne i ett avsnitt (Mål).
 *   EN: A heading inside a section (Mål).
 * @csspart filters - Filterformuläret.
 *   EN: The filter form.
 * @csspart filter - Varje filterfält; också `filter-goal`, `filter-kind`, `filter-status`, `filter-organisation`,
 *   `filter-search`.
 *   EN: Each filter field; also `filter-goal`, `filter-kind`, `filter-status`, `filter-organisation`, `filter-search`.
 * @csspart filter-<name> - Ett filterfält efter namn.
 *   EN: One filter field by name.
 * @csspart reset - Knappen som rensar filtren.
 *   EN: The button that clears the filters.
 * @csspart result-count - Det levande antalet visade aktiviteter.
 *   EN: The live count of activities shown.
 * @csspart goal - Ett delmål med dess aktiviteter.
 *   EN: One delmål with its activities.
 * @csspart goal-heading - Ett delmåls rubrik.
 *   EN: A delmål's heading.
 * @csspart kind-heading - Rubriken över ett delmåls aktiviteter av ett slag (Pågående aktiviteter,
 *   Utvecklingsområden).
 *   EN: The heading of a delmål's activities of one kind (Pågående aktiviteter, Utvecklingsområden).
 * @csspart activity - En aktivitet.
 *   EN: One activity.
 * @csspart activity-heading - En aktivitets rubrik.
 *   EN: An activity's heading.
 * @csspart activity-title - En aktivitets titel, en länk.
 *   EN: An activity's title link.
 * @csspart fictional-notice - Rutan som visas när datasetet är märkt som påhittat.
 *   EN: The notice shown when the dataset is marked as invented.
 * @csspart latest-note - En aktivitets senaste lägesnotering, med datum och status.
 *   EN: An activity's latest progress note, with its date and status.
 * @csspart status-<status> - En aktivitets statusmärke: `status-planned`, `status-ongoing`, `status-completed`,
 *   `status-paused`, `status-cancelled`.
 *   EN: An activity's status badge: `status-planned`, `status-ongoing`, `status-completed`, `status-paused`, `status-cancelled`.
 * @csspart selected - Märket på den valda aktiviteten.
 *   EN: The badge on the picked activity.
 * @csspart revision-done - Märket på en revidering som är gjord.
 *   EN: The badge on a revision that is done.
 * @csspart revision-next - Märket på nästa revidering.
 *   EN: The badge on the next revision.
 * @csspart revision-overdue - Märket på en försenad revidering.
 *   EN: The badge on an overdue revision.
 *
 * @cssprop [--dhol-plan-accent=var(--dhol-color-accent)] - Färgen på delmålsrubrikernas linjer och aktiviteternas
 *   kanter.
 *   EN: Colour of delmål headings' rules and activities' edges.
 * @cssprop [--dhol-plan-surface=var(--dhol-color-surface)] - Bakgrund i blocket med dokumentuppgifter och i knappar.
 *   EN: Background of the document information block and buttons.
 * @cssprop [--dhol-plan-border=var(--dhol-color-border)] - Kant runt aktiviteter och filterformuläret.
 *   EN: Border of activities and the filter form.
 * @cssprop [--dhol-plan-highlight=var(--dhol-color-highlight)] - Bakgrund bakom den valda aktiviteten och nästa
 *   revidering.
 *   EN: Background of the picked activity and the next revision.
 */
export class DholPlan extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];
  protected static override showsSupportNotice = true;

  /**
   * Id för planen som visas när datasetet har flera.
   * EN: Id of the plan to show when the dataset holds several.
   */
  @property() plan?: string;

  /**
   * Var filtren sparas så att en vy kan delas: `query` (standard), `hash` eller `none`.
   * EN: Where the filters live so a view can be shared: `query` (default), `hash` or `none`.
   */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'query';

  /**
   * Prefix för elementets URL-parametrar.
   * EN: Prefix of the element's URL parameters.
   */
  @property({ attribute: 'param-prefix' }) paramPrefix = 'dhol-';

  @state() private filters: PlanFilters = {};

  /** Whether the next keystroke in the search box starts a new history entry. */
  private searchCommitted = true;

  /** The plan grouped by delmål and the listings that pass the filters, kept while their inputs are the same. */
  private grouped?: { plan: Plan; framework: unknown; groups: ActivityGroup[] };
  private filtered?: {
    groups: ActivityGroup[];
    filters: PlanFilters;
    lang: Lang;
    shown: { group: ActivityGroup; activities: ListedActivity[] }[];
  };

  /** The listings each delmål's list drew in the last update, by group key. */
  private drawnLists = new Map<string, readonly ListedActivity[]>();
  /**
   * The plan is drawn in steps (see `DrawSteps`), each in a task of its own, so that no step holds up the page:
   * under a phone's slower processor (4× CPU throttling) the first drawing of Sörmland's plan, with its first few
   * listings, was a task of 160–240 ms of CPU, mostly Lit preparing its templates. The first step draws the plan's
   * header, each later one as many parts as fit (see `renderContent`), and each filter change as many listings. The
   * static export, printing and the upgrade of server-rendered HTML draw everything at once.
   */
  private readonly steps = new DrawSteps(this);
  /** How many of the plan's parts around its listings are drawn (see `renderContent`). */
  private partsDrawn = 0;
  /** The step under way: how many parts it may still add, how many it added and how many wait. */
  private step = { allowance: 0, added: 0, waiting: 0 };
  /** What cancels the next removal of leaving delmål, a step per frame. */
  private cancelStep?: () => void;
  /** Delmål the filters hide whose listings are still in the page, hidden, to be removed in later steps. */
  private leaving = new Set<string>();
  /** What each delmål was last drawn from: one whose inputs are unchanged, or that is leaving, is not redrawn. */
  private drawnFrom = new Map<string, unknown[]>();

  private readonly onPopState = () => {
    this.filters = this.readUrl();
    this.searchCommitted = true;
    this.steps.more();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Removals cancelled by a disconnect go on from here.
    if (this.hasUpdated && this.leaving.size > 0) this.requestUpdate();
    this.filters = this.readUrl();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    this.cancelStep?.();
    this.cancelStep = undefined;
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
  }

  protected override get drawingInSteps(): boolean {
    return this.steps.waiting;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('urlState') || changed.has('paramPrefix')) && this.hasUpdated && !isServer) {
      this.filters = this.readUrl();
      this.steps.more();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Listings still to draw have their step's task (see `DrawSteps`), which removes leaving delmål too.
    if (this.leaving.size > 0 && !this.steps.waiting && this.cancelStep === undefined && this.isConnected) {
      const frame = requestAnimationFrame(() => {
        this.cancelStep = undefined;
        this.requestUpdate();
      });
      this.cancelStep = () => cancelAnimationFrame(frame);
    }
  }

  /**
   * The listings to draw in this update. What a list already shows stays (narrowing to one delmål keeps its drawn
   * activities); at most a step's allowance of listings is added, in reading order, and the rest wait for later
   * steps. So a filter change costs about as much as one step, however long the plan.
   */
  private withinBudget(
    shown: { group: ActivityGroup; activities: ListedActivity[] }[],
    leaving: ReadonlySet<string>,
  ): { group: ActivityGroup; activities: ListedActivity[] }[] {
    const step = this.step;
    let allowance = step.allowance;
    let added = 0;
    let waiting = 0;
    const drawnNow = new Map<string, readonly ListedActivity[]>();
    const drawn = shown.map(({ group, activities }) => {
      const before = this.drawnLists.get(group.key) ?? [];
      // A leaving delmål keeps what it drew, hidden, until a later step removes it.
      if (leaving.has(group.key)) {
        drawnNow.set(group.key, before);
        return { group, activities };
      }
      let kept = 0;
      while (kept < before.length && kept < activities.length && before[kept] === activities[kept]) kept++;
      const count = Math.min(activities.length, kept + allowance);
      allowance -= count - kept;
      added += count - kept;
      waiting += activities.length - count;
      const list = count === activities.length ? activities : activities.slice(0, count);
      drawnNow.set(group.key, list);
      return { group, activities: list };
    });
    this.drawnLists = drawnNow;
    step.allowance = allowance;
    step.added += added;
    step.waiting += waiting;
    return drawn;
  }

  /**
   * Which hidden delmål keep their listings in the page for now. A delmål that leaves is kept (hidden) when the
   * delmål leaving together hold more than `REMOVALS_PER_STEP` listings; each later update removes about that many.
   */
  private keepLeaving(hidden: readonly string[]): Set<string> {
    const listings = (key: string) => this.drawnLists.get(key)?.length ?? 0;
    const arriving = hidden.filter((key) => !this.leaving.has(key) && listings(key) > 0);
    const total = [...this.leaving, ...arriving].reduce((sum, key) => sum + listings(key), 0);
    if (isServer || total <= REMOVALS_PER_STEP) return new Set();
    // Those already leaving go first; one delmål goes in every step, and more while they fit the step.
    const kept = new Set([...this.leaving].filter((key) => hidden.includes(key)));
    for (const key of arriving) kept.add(key);
    if (this.leaving.size === 0) return kept;
    let removed = 0;
    for (const key of this.leaving) {
      if (!kept.has(key)) continue;
      if (removed > 0 && removed + listings(key) > REMOVALS_PER_STEP) break;
      removed += listings(key);
      kept.delete(key);
    }
    return kept;
  }

  /**
   * Filtren som de står: vad adressen sa, sedan vad användaren valde.
   * EN: The filters as they stand: what the URL said, then what the user chose.
   */
  get currentFilters(): Readonly<PlanFilters> {
    return this.filters;
  }

  private get mode(): UrlStateMode {
    return this.urlState === 'hash' || this.urlState === 'none' ? this.urlState : 'query';
  }

  private readUrl(): PlanFilters {
    if (this.mode === 'none') return this.filters;
    try {
      return readFilters(this.mode === 'hash' ? location.hash : location.search, this.paramPrefix);
    } catch {
      return {};
    }
  }

  /** The address of the current page with `filters` in it. */
  private urlFor(filters: PlanFilters): string {
    if (isServer || this.mode === 'none') return '';
    const query = writeFilters(
      this.mode === 'hash' ? location.hash : location.search,
      this.paramPrefix,
      filters,
    );
    if (this.mode === 'hash') return `${location.pathname}${location.search}${query ? `#${query}` : ''}`;
    return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  }

  private setFilters(filters: PlanFilters, history: 'push' | 'replace'): void {
    this.filters = filters;
    this.steps.more();
    if (isServer || this.mode === 'none') return;
    const url = this.urlFor(filters);
    try {
      if (history === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes; the view still filters.
    }
  }

  // ----- data -----

  /**
   * Planen som elementet visar, när uppgifterna har lästs in.
   * EN: The plan this element shows, once the data is loaded.
   */
  get selectedPlan(): Plan | undefined {
    const plans = this.loadedDataset?.plans ?? [];
    return this.plan ? plans.find((p) => p.id === this.plan) : plans[0];
  }

  protected override isEmpty(dataset: Dataset): boolean {
    const plans = dataset.plans ?? [];
    return this.plan ? !plans.some((p) => p.id === this.plan) : plans.length === 0;
  }

  protected override renderEmpty(dataset: Dataset | undefined): unknown {
    const text =
      this.plan && dataset?.plans?.length
        ? t(this.language, 'notFound', { id: this.plan })
        : t(this.language, 'empty');
    return html`<p part="empty" class="state">${text}</p>`;
  }

  private orgName(dataset: Dataset, id: string): string {
    const org = this.organisationFor(dataset, id);
    return org ? loc(org.name, this.language) : id;
  }

  private areaName(code: string): string {
    const area = (this.areas ?? defaultAreas).find((a) => a.code === code);
    return area ? area.name : code;
  }

  // ----- rendering -----

  protected override renderContent(dataset: Dataset): unknown {
    const plan = this.selectedPlan;
    if (!plan) return this.renderEmpty(dataset);
    const lang = this.language;
    const framework = this.frameworkFor(dataset, plan.framework);
    // Kept between updates: a long plan is drawn in several steps, and each must not group it again.
    if (this.grouped?.plan !== plan || this.grouped.framework !== framework) {
      this.grouped = { plan, framework, groups: groupActivities(plan, framework) };
      this.steps.restart();
      this.partsDrawn = 0;
    }
    const groups = this.grouped.groups;
    const title = textIn(plan.title, lang);
    // A long plan lays out only the activities near the screen (see `.long` in the styles); a short one, like
    // most real plans, is laid out whole so that printing, copying and innerText see every activity at once.
    const listings = groups.reduce((sum, group) => sum + group.activities.length, 0);
    // The parts in reading order: the header (a phone's first screen), the sections before the activities, the
    // activities' heading and filters, their listings (see `withinBudget`), then the follow-up and footnotes. A step
    // draws as many more as `DrawSteps` allows. Each part but the listings is drawn again only when what it reads
    // changes, not in each step.
    const inputs = [dataset, plan, lang, this.headingLevel, this.now, this.areas, this.frameworks];
    const head = [
      () => html`${fictionalNotice(dataset, lang)}
        <header part="header" class="header">
          ${heading(this.level, title.value, { size: 'title', id: 'plan-title', part: 'title', ...langAttr(title.lang, lang) })}
          ${plan.subtitle ? html`<p class="subtitle">${this.text(plan.subtitle)}</p>` : nothing}
          ${this.renderDocumentInfo(dataset, plan)}
        </header>`,
      () => html`${this.section('background', plan.background)} ${this.renderPurpose(plan)}`,
      () =>
        html`${this.section('organisation', plan.organisation)} ${this.renderParticipants(dataset, plan)}`,
    ];
    const step = { allowance: this.steps.allow(this.replacingServerContent), added: 0, waiting: 0 };
    this.step = step;
    const take = (parts: number) => {
      const taken = Math.min(parts, step.allowance);
      step.allowance -= taken;
      step.added += taken;
      this.partsDrawn += taken;
    };
    take(head.length + 1 - this.partsDrawn);
    const activities = this.partsDrawn > head.length ? this.renderActivities(dataset, plan, groups) : nothing;
    if (this.partsDrawn === head.length + 1 && step.waiting === 0) take(1);
    this.steps.drew(step.added, step.waiting + head.length + 2 - this.partsDrawn);
    return html`<div part="plan" class=${listings > LONG_PLAN_LISTINGS ? 'plan long' : 'plan'}>
      ${head.map((part, index) => (index < this.partsDrawn ? guard(inputs, part) : nothing))}
      ${activities}
      ${
        this.partsDrawn > head.length + 1
          ? guard(
              inputs,
              () => html`${this.section('followUp', plan.followUp)} ${this.renderFootnotes(plan)}`,
            )
          : nothing
      }
    </div>`;
  }

  private text(value: LocalizedText | undefined): TemplateResult {
    const words = textIn(value, this.language);
    return html`<span lang=${words.lang === this.language ? nothing : words.lang}>${words.value}</span>`;
  }

  private section(
    key: 'background' | 'organisation' | 'followUp' | 'purpose',
    blocks: TextBlock[] | undefined,
  ): TemplateResult | typeof nothing {
    if (!blocks?.length) return nothing;
    // Part names are kebab-case like every other part: `follow-up`, not the field name `followUp`.
    return html`<section part="section ${key === 'followUp' ? 'follow-up' : key}" aria-labelledby="section-${key}">
      ${heading(this.sublevel(1), t(this.language, key), { size: 'section', part: 'section-heading', id: `section-${key}` })}
      ${textBlocks(blocks, this.language, this.sublevel(2))}
    </section>`;
  }

  private renderPurpose(plan: Plan): TemplateResult | typeof nothing {
    if (!plan.purpose?.length && !plan.aims?.length) return nothing;
    return html`<section part="section purpose" aria-labelledby="section-purpose">
      ${heading(this.sublevel(1), t(this.language, 'purpose'), { size: 'section', part: 'section-heading', id: 'section-purpose' })}
      ${textBlocks(plan.purpose, this.language, this.sublevel(2))}
      ${
        plan.aims?.length
          ? html`${heading(this.sublevel(2), t(this.language, 'aims'), { size: 'subgroup', part: 'subheading' })} ${textBlocks(plan.aims, this.language, this.sublevel(3))}`
          : nothing
      }
    </section>`;
  }

  private renderParticipants(dataset: Dataset, plan: Plan): TemplateResult | typeof nothing {
    if (!plan.participants?.length) return nothing;
    return html`<section part="section participants" aria-labelledby="section-participants">
      ${heading(this.sublevel(1), t(this.language, 'participants'), { size: 'section', part: 'section-heading', id: 'section-participants' })}
      <ul class="participants">
        ${plan.participants.map(
          // The organisation always by name; the document's words for its part, when given, after it.
          (p) =>
            html`<li><strong>${this.orgName(dataset, p.organisation)}</strong>${
              p.label ? html` – ${this.text(p.label)}` : nothing
            }</li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFootnotes(plan: Plan): TemplateResult | typeof nothing {
    if (!plan.footnotes?.length) return nothing;
    return html`<section part="section footnotes" aria-labelledby="section-footnotes">
      ${heading(this.sublevel(1), t(this.language, 'footnotes'), { size: 'section', part: 'section-heading', id: 'section-footnotes' })}
      <ol>
        ${plan.footnotes.map((note) => html`<li>${this.text(note)}</li>`)}
      </ol>
    </section>`;
  }

  private renderDocumentInfo(dataset: Dataset, plan: Plan): TemplateResult {
    const lang = this.language;
    const row = (label: string, value: unknown) =>
      html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
    const decision = plan.decision;
    return html`<dl part="document-info" class="facts" aria-label=${t(lang, 'documentInfo')}>
      ${plan.category ? row(t(lang, 'category'), this.text(plan.category)) : nothing}
      ${row(t(lang, 'kind'), t(lang, `planKind.${plan.kind}`))}
      ${row(t(lang, 'scope'), plan.scope.map((code) => this.areaName(code)).join(', '))}
      ${plan.owner ? row(t(lang, 'owner'), this.orgName(dataset, plan.owner)) : nothing}
      ${
        decision
          ? row(
              t(lang, 'decidedBy'),
              t(lang, 'decidedOn', {
                body: this.orgName(dataset, decision.decidedBy),
                date: formatPartialDate(decision.date, lang),
              }),
            )
          : nothing
      }
      ${decision?.diarienummer ? row(t(lang, 'diarienummer'), decision.diarienummer) : nothing}
      ${plan.validity ? row(t(lang, 'validity'), this.validityText(plan.validity)) : nothing}
      ${plan.period ? row(t(lang, 'period'), this.validityText(plan.period)) : nothing}
      ${plan.revisionSchedule ? row(t(lang, 'revisions'), this.renderRevisions(plan)) : nothing}
    </dl>`;
  }

  private validityText(validity: NonNullable<Plan['validity']>): TemplateResult {
    const lang = this.language;
    const start = validity.start ? formatPartialDate(validity.start, lang) : '';
    const end = validity.end ? formatPartialDate(validity.end, lang) : '';
    let text: string;
    if (validity.untilRevised)
      text = start ? t(lang, 'validFromUntilRevised', { start }) : t(lang, 'untilRevised');
    else text = [start, end].filter(Boolean).join('–');
    return html`${text}${validity.note ? html` (${this.text(validity.note)})` : nothing}`;
  }

  private renderRevisions(plan: Plan): TemplateResult {
    const lang = this.language;
    const schedule = plan.revisionSchedule;
    const status = revisionStatus(plan, this.today());
    const next = status.next;
    const overdueSet = new Set(status.overdue);
    const revisions = [...status.done, ...status.overdue, ...status.planned].sort((a, b) =>
      (partialDateSpan(a.date)?.first ?? a.date).localeCompare(partialDateSpan(b.date)?.first ?? b.date),
    );
    const item = (r: Revision) => {
      const overdue = overdueSet.has(r);
      const isNext = r === next;
      return html`<li class=${isNext ? 'next' : overdue ? 'overdue' : nothing} part=${isNext ? 'revision revision-next-item' : 'revision'}>
        <span>${formatPartialDate(r.date, lang)}</span>
        ${r.done ? badge(t(lang, 'revision.done'), 'revision-done', 'success') : nothing}
        ${overdue ? badge(t(lang, 'revision.overdue'), 'revision-overdue', 'error') : nothing}
        ${isNext ? badge(t(lang, 'revision.next'), 'revision-next', 'accent') : nothing}
        ${r.note ? html` – ${this.text(r.note)}` : nothing}
      </li>`;
    };
    return html`${textBlocks(schedule?.text, lang, this.sublevel(2))}
      ${revisions.length ? html`<ul part="revisions" class="revisions">${revisions.map(item)}</ul>` : nothing}`;
  }

  // ----- activities -----

  private renderActivities(dataset: Dataset, plan: Plan, groups: ActivityGroup[]): TemplateResult {
    const lang = this.language;
    const filters = this.filters;
    const name = (id: string) => this.orgName(dataset, id);
    const memo = this.filtered;
    const shown =
      memo && memo.groups === groups && memo.filters === filters && memo.lang === lang
        ? memo.shown
        : groups.map((group) => ({
            group,
            activities: group.activities.filter((listed) => matches(listed, group, filters, name)),
          }));
    this.filtered = { groups, filters, lang, shown };
    const total = new Set(groups.flatMap((g) => g.activities.map((a) => a.activity.id))).size;
    const shownCount = new Set(shown.flatMap((g) => g.activities.map((a) => a.activity.id))).size;
    const filtered = isFiltered(filters);
    // A delmål is shown unless the filters leave it empty (a delmål chosen by the delmål filter alone stays, empty).
    const visible = shown.map(
      ({ group, activities }) =>
        !filtered ||
        activities.length > 0 ||
        (filters.goal === group.key &&
          !filters.kind &&
          !filters.status &&
          !filters.organisation &&
          !filters.q),
    );
    const leaving = this.keepLeaving(shown.filter((_, i) => !visible[i]).map(({ group }) => group.key));
    const drawn = this.withinBudget(
      shown.map((entry, index) => (visible[index] ? entry : { group: entry.group, activities: [] })),
      leaving,
    );
    this.leaving = leaving;
    // Everything a delmål's listings read: a step that adds listings to one delmål leaves the others as they are.
    const inputs = [dataset, filters, lang, this.headingLevel, this.mode, this.paramPrefix];
    if (!isServer) inputs.push(location.href);
    return html`<section part="section activities" aria-labelledby="section-activities"
      aria-busy=${this.step.waiting > 0 ? 'true' : nothing}>
      ${heading(this.sublevel(1), t(lang, 'activities'), { size: 'section', part: 'section-heading', id: 'section-activities' })}
      ${guard([dataset, plan, groups, filters, lang], () => this.renderFilters(dataset, plan, groups))}
      <p part="result-count" class="result-count" role="status" aria-live="polite" aria-atomic="true">
        ${t(lang, 'resultCount', { shown: shownCount, total })}
      </p>
      ${shownCount === 0 && filtered ? html`<p class="state">${t(lang, 'noMatch')}</p>` : nothing}
      ${drawn.map(({ group, activities }, index) => {
        // Each delmål keeps its place in the list, shown or not, so narrowing to one keeps what it has drawn. One
        // whose listings all wait for a later frame is left out until then rather than shown empty. One that is
        // leaving stays as it was last drawn, hidden, until a later step removes it.
        const isLeaving = leaving.has(group.key);
        const drawsNow =
          visible[index] && !(activities.length === 0 && (shown[index]?.activities.length ?? 0) > 0);
        if (!drawsNow && !isLeaving) return nothing;
        if (drawsNow) this.drawnFrom.set(group.key, [group, activities, ...inputs]);
        return html`<div class="goal-slot ${isLeaving ? 'leaving' : ''}" ?inert=${isLeaving}>
          ${guard(this.drawnFrom.get(group.key) ?? [], () => this.renderGroup(dataset, group, activities, filtered))}
        </div>`;
      })}
    </section>`;
  }

  private groupTitle(group: ActivityGroup): { value: string; lang: Lang } {
    const lang = this.language;
    if (!group.goal) return { value: t(lang, 'otherGoals'), lang };
    const title = referenceIn(group.goal.title, lang);
    const value =
      group.goal.number !== undefined
        ? t(lang, 'goalHeading', { number: group.goal.number, title: title.value })
        : title.value || group.goal.id;
    return { value, lang: title.lang };
  }

  private renderFilters(dataset: Dataset, plan: Plan, groups: ActivityGroup[]): TemplateResult {
    const lang = this.language;
    const f = this.filters;
    const activities = plan.activities;
    const kinds = KIND_ORDER.filter((k) => groups.some((g) => g.activities.some((a) => a.kind === k)));
    const statuses = STATUS_ORDER.filter((s) => activities.some((a) => a.status === s));
    const orgIds = [...new Set(activities.flatMap((a) => (a.responsible ?? []).map((r) => r.organisation)))];
    const orgs = orgIds
      .map((id) => ({ id, name: this.orgName(dataset, id) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const option = (value: string, label: string, current: string | undefined) =>
      html`<option value=${value} ?selected=${value === (current ?? '')}>${label}</option>`;
    return html`<form part="filters" class="filters no-print needs-script" role="search" aria-label=${t(lang, 'filters')}
      @submit=${this.onSubmit} @change=${this.onChange} @input=${this.onInput}>
      <div class="field">
        <label for="filter-goal">${t(lang, 'filter.goal')}</label>
        <select id="filter-goal" name="goal" part="filter filter-goal">
          ${option('', t(lang, 'filter.all'), f.goal)}
          ${groups.filter((g) => g.goal).map((g) => option(goalKey(g.goal!), this.groupTitle(g).value, f.goal))}
        </select>
      </div>
      <div class="field">
        <label for="filter-kind">${t(lang, 'filter.kind')}</label>
        <select id="filter-kind" name="kind" part="filter filter-kind">
          ${option('', t(lang, 'filter.all'), f.kind)}
          ${kinds.map((k) => option(k, t(lang, `kindLabel.${k}`), f.kind))}
        </select>
      </div>
      <div class="field">
        <label for="filter-status">${t(lang, 'filter.status')}</label>
        <select id="filter-status" name="status" part="filter filter-status">
          ${option('', t(lang, 'filter.all'), f.status)}
          ${statuses.map((s) => option(s, statusLabel(s, lang), f.status))}
        </select>
      </div>
      <div class="field">
        <label for="filter-organisation">${t(lang, 'filter.organisation')}</label>
        <select id="filter-organisation" name="organisation" part="filter filter-organisation">
          ${option('', t(lang, 'filter.all'), f.organisation)}
          ${orgs.map((o) => option(o.id, o.name, f.organisation))}
        </select>
      </div>
      <div class="field search">
        <label for="filter-q">${t(lang, 'filter.search')}</label>
        <input id="filter-q" name="q" type="search" autocomplete="off" part="filter filter-search" .value=${f.q ?? ''} />
      </div>
      <div class="field actions">
        <button type="button" part="reset" @click=${this.onReset}>${t(lang, 'filter.reset')}</button>
      </div>
    </form>`;
  }

  private formFilters(form: HTMLFormElement): PlanFilters {
    const data = new FormData(form);
    const value = (key: string) => {
      const v = data.get(key);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const next: PlanFilters = {};
    const goal = value('goal');
    if (goal) next.goal = goal;
    const kind = value('kind');
    if (kind) next.kind = kind as ActivityKind;
    const status = value('status');
    if (status) next.status = status as ActivityStatus;
    const organisation = value('organisation');
    if (organisation) next.organisation = organisation;
    const q = value('q');
    if (q) next.q = q;
    if (this.filters.activity) next.activity = this.filters.activity;
    return next;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.commit(event.currentTarget as HTMLFormElement);
  }

  private onChange(event: Event): void {
    this.commit(event.currentTarget as HTMLFormElement);
  }

  private commit(form: HTMLFormElement): void {
    const next = this.formFilters(form);
    if (this.searchCommitted) this.setFilters(next, 'push');
    else this.setFilters(next, 'replace');
    this.searchCommitted = true;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || target.name !== 'q') return;
    const form = event.currentTarget as HTMLFormElement;
    // The first keystroke of a search makes a history entry; the rest refine it, so Back undoes a whole search.
    this.setFilters(this.formFilters(form), this.searchCommitted ? 'push' : 'replace');
    this.searchCommitted = false;
  }

  private onReset(): void {
    this.searchCommitted = true;
    if (!isFiltered(this.filters)) return;
    this.setFilters(this.filters.activity ? { activity: this.filters.activity } : {}, 'push');
  }

  private renderGroup(
    dataset: Dataset,
    group: ActivityGroup,
    activities: ListedActivity[],
    filtered: boolean,
  ): TemplateResult {
    const lang = this.language;
    const id = `goal-${group.key}`;
    const title = this.groupTitle(group);
    const section = group.section;
    const byKind = KIND_ORDER.map((kind) => ({ kind, items: activities.filter((a) => a.kind === kind) }));
    const intro = (kind: ActivityKind) =>
      kind === 'ongoing'
        ? section?.ongoingIntro
        : kind === 'development'
          ? section?.developmentIntro
          : undefined;
    return html`<section part="goal" class="goal" aria-labelledby=${id}>
      ${heading(this.sublevel(2), title.value, { size: 'group', id, part: 'goal-heading', ...langAttr(title.lang, lang) })}
      ${filtered ? nothing : textBlocks(section?.description, lang, this.sublevel(3))}
      ${group.activities.length === 0 ? html`<p class="muted">${t(lang, 'noActivities')}</p>` : nothing}
      ${byKind
        .filter(({ kind, items }) => items.length > 0 || (!filtered && intro(kind)?.length))
        .map(
          ({ kind, items }) => html`<div class="kind kind-${kind}">
            ${heading(this.sublevel(3), t(lang, `kind.${kind}`), { size: 'subgroup', part: 'kind-heading' })}
            ${filtered ? nothing : textBlocks(intro(kind), lang, this.sublevel(4))}
            ${
              items.length
                ? html`<ul class="activities" role="list">
                  ${items.map((listed) => html`<li>${this.renderActivity(dataset, group, listed)}</li>`)}
                </ul>`
                : nothing
            }
          </div>`,
        )}
      ${filtered ? nothing : textBlocks(section?.closing, lang, this.sublevel(3))}
    </section>`;
  }

  private renderActivity(dataset: Dataset, group: ActivityGroup, listed: ListedActivity): TemplateResult {
    const lang = this.language;
    const { activity } = listed;
    const headingId = `activity-${group.key}-${activity.id}`;
    const title = textIn(listed.title, lang);
    const selected = this.filters.activity === activity.id;
    const href = this.urlFor({ ...this.filters, activity: activity.id }) || `#${headingId}`;
    return html`<article part="activity" class="activity card accent ${selected ? 'selected' : ''}" aria-labelledby=${headingId}
      aria-current=${selected ? 'true' : nothing} data-activity=${activity.id}>
      <div class="activity-head">
        ${heading(
          this.sublevel(4),
          html`<a part="activity-title" href=${href} @click=${(e: MouseEvent) => this.onPick(e, activity)}
            >${title.value}</a
          >`,
          { size: 'item', id: headingId, part: 'activity-heading', ...langAttr(title.lang, lang) },
        )}
        <p class="meta">
          <span class="visually-hidden">${t(lang, 'status')}:</span> ${statusBadge(activity.status, lang)}
          ${selected ? badge(t(lang, 'selected'), 'selected', 'accent') : nothing}
        </p>
      </div>
      ${this.renderLatestNote(activity)}
      ${this.renderResponsible(dataset, activity)}
      ${textBlocks(activity.description, lang, this.sublevel(5))}
      ${
        activity.targetGroups?.length
          ? html`<p><strong>${t(lang, 'targetGroups')}:</strong> ${activity.targetGroups.map((g, i) => html`${i ? ', ' : ''}${this.text(g)}`)}</p>`
          : nothing
      }
      ${activity.period ? html`<p><strong>${t(lang, 'activityPeriod')}:</strong> ${this.validityText(activity.period)}</p>` : nothing}
      ${
        activity.followUp?.length
          ? html`<div><strong>${t(lang, 'activityFollowUp')}:</strong> ${textBlocks(activity.followUp, lang, this.sublevel(5))}</div>`
          : nothing
      }
      ${
        activity.links?.length
          ? html`<ul class="links" aria-label=${t(lang, 'links')}>
            ${activity.links.map((link) => html`<li>${datasetLink(link, lang)}</li>`)}
          </ul>`
          : nothing
      }
    </article>`;
  }

  /** The activity's latest progress note and its date, when it has one (follow-up). */
  private renderLatestNote(activity: Activity): TemplateResult | typeof nothing {
    const note = latestNote(activity);
    if (!note) return nothing;
    const lang = this.language;
    return html`<p part="latest-note" class="latest-note">
      <strong>${t(lang, 'latestNote', { date: formatPartialDate(note.date, lang) })}:</strong>
      ${this.text(note.text)}
    </p>`;
  }

  private renderResponsible(dataset: Dataset, activity: Activity): TemplateResult | typeof nothing {
    const parties = activity.responsible ?? [];
    if (parties.length === 0) return nothing;
    const lang = this.language;
    return html`<ul class="responsible" aria-label=${t(lang, 'responsible')}>
      ${parties.map((party) => {
        const org = this.organisationFor(dataset, party.organisation);
        const label = party.label ? textIn(party.label, lang) : undefined;
        // "Samordnas av: Länsstyrelsen" says all that the document's "Samordnas av Länsstyrelsen" does.
        const saysMore =
          label !== undefined &&
          !restatesRole(label.value, t(label.lang, `role.${party.role}`), org ? organisationNames(org) : []);
        return html`<li>
            ${t(lang, `role.${party.role}`)}: ${this.orgName(dataset, party.organisation)}
            ${saysMore ? html`<span class="muted">(${this.text(party.label)})</span>` : nothing}
          </li>`;
      })}
    </ul>`;
  }

  private onPick(event: MouseEvent, activity: Activity): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.searchCommitted = true;
    this.setFilters({ ...this.filters, activity: activity.id }, 'push');
    this.select({ kind: 'activity', id: activity.id, item: activity });
  }
}

function langAttr(textLang: Lang, lang: Lang): { lang?: string } {
  return textLang === lang ? {} : { lang: textLang };
}
