import {
  type Coverage,
  coverage,
  type Dataset,
  delmalOf,
  type Framework,
  type Goal,
  type Plan,
} from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholElement } from '../../base/dhol-element.js';
import { defaultFrameworks } from '../../base/reference.js';
import { badge, gapMarker } from '../../shared/blocks/badge.js';
import { heading } from '../../shared/heading.js';
import { datasetLink } from '../../shared/link.js';
import { textIn } from '../../shared/text.js';
import { t } from './framework.i18n.js';
import { styles } from './framework.styles.js';
import { resolve, sourceDetails, sourcedWords } from './provenance.js';

/** What the element shows: a framework and, when a plan is given, how many activities address each delmål. */
interface View {
  framework: Framework;
  plan?: Plan;
  coverage?: Coverage;
  notes: string[];
}

/**
 * Det nationella ramverket i *Det handlar om livet* (eller ett datasets eget) som ett träd att navigera i: visionen,
 * de fyra övergripande målen och de sju delmålen, vart och ett en knapp som fäller ut dess beskrivning och
 * prioriteringar. Texter som inte är bekräftade får ett märke (”Översättning”, ”Ej verifierad ordalydelse”); en text
 * som visas på det andra språket märks med `lang`; varje texts källa visas på begäran. Utan uppgifter visas det
 * medföljande nationella ramverket; med ett dataset som har en plan visar varje delmål hur många aktiviteter som rör
 * det.
 *
 * Tangentbord: Tab når varje delmålsknapp; Enter eller Blanksteg fäller ut och ihop; Pil upp/ned, Home och End
 * flyttar mellan delmålsknapparna.
 *
 * EN: The national framework of *Det handlar om livet* (or a dataset's own) as a navigable tree: the vision, the four
 * overarching goals, and the seven delmål (sub-goals), each a disclosure button that opens its description and
 * priorities. Texts that are not verified carry a badge ("Översättning", "Ej verifierad ordalydelse"); a text shown
 * in the other language is marked with `lang`; each text's source opens on demand. With no data the bundled
 * national framework is shown; given a dataset with a plan, each delmål shows how many activities address it.
 *
 * Keyboard: Tab reaches each delmål button; Enter or Space opens and closes it; Arrow Up/Down, Home and End move
 * between the delmål buttons.
 *
 * @summary Strategins vision, mål, delmål och prioriteringar, med ursprung och antal aktiviteter.
 *   EN: The strategy's vision, goals, delmål and priorities, with provenance and activity counts.
 * @fires dhol-load - Ett dataset lästes in och godkändes; `detail.dataset`, `detail.issues` (varningar).
 *   EN: A dataset was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @fires dhol-select - Ett delmål fälldes ut; `detail` är `{ kind: 'goal', id, item: goal }`.
 *   EN: A delmål was opened; `detail` is `{ kind: 'goal', id, item: goal }`.
 * @csspart framework - Ramverket som helhet.
 *   EN: The framework as a whole.
 * @csspart title - Ramverkets titel.
 *   EN: The framework's title.
 * @csspart meta - Publicering, period och version.
 *   EN: Publication, period and version.
 * @csspart coverage-intro - Meningen om planen vars aktiviteter räknas.
 *   EN: The sentence on the plan whose activities are counted.
 * @csspart section-heading - Ett avsnitts rubrik (Vision, Övergripande mål, Delmål, Om strategin).
 *   EN: A section's heading (Vision, Övergripande mål, Delmål, Om strategin).
 * @csspart vision - Visionens text.
 *   EN: The vision text.
 * @csspart overarching - Listan över övergripande mål.
 *   EN: The list of overarching goals.
 * @csspart expand-all - Knappen som fäller ut eller ihop alla delmål.
 *   EN: The button that opens or closes every delmål.
 * @csspart tree - Listan över delmål.
 *   EN: The list of delmål.
 * @csspart goal - Ett delmål (listpunkt).
 *   EN: One delmål (list item).
 * @csspart goal-heading - Ett delmåls rubrik, som rymmer dess knapp.
 *   EN: A delmål's heading, holding its button.
 * @csspart toggle - Ett delmåls knapp som fäller ut och ihop.
 *   EN: A delmål's disclosure button.
 * @csspart toggle-marker - Pilen på ett delmåls knapp som visar om det är utfällt.
 *   EN: The arrow on a delmål's button that shows whether it is open.
 * @csspart goal-title - Ett delmåls nummer och ord på dess knapp.
 *   EN: A delmål's number and words on its button.
 * @csspart count - Antalet aktiviteter på ett delmåls knapp (ett märke).
 *   EN: The number of activities shown on a delmål's button (a badge).
 * @csspart gap-marker - Markeringen bredvid ”inga aktiviteter” i ett utfällt delmål.
 *   EN: The mark beside "no activities" in an opened delmål.
 * @csspart panel - Ett delmåls utfällda innehåll.
 *   EN: A delmål's opened content.
 * @csspart priorities-heading - Rubriken över ett delmåls prioriteringar.
 *   EN: The heading over a delmål's priorities.
 * @csspart priorities - Ett delmåls lista över prioriteringar.
 *   EN: A delmål's list of priorities.
 * @csspart notes - Noter om ramverket som helhet.
 *   EN: Notes on the framework as a whole.
 * @csspart source - En texts utfällbara källa.
 *   EN: A text's source disclosure.
 * @csspart provenance - Märket på en text som inte är den antagna lydelsen; också `provenance-translation`,
 *   `provenance-unverified`.
 *   EN: The badge on a text that is not the adopted wording; also `provenance-translation`, `provenance-unverified`.
 * @csspart provenance-<status> - Ursprungsmärket efter status: `provenance-translation`, `provenance-unverified`.
 *   EN: The provenance badge by status: `provenance-translation`, `provenance-unverified`.
 * @cssprop [--dhol-framework-accent=var(--dhol-color-accent)] - Kanten vid delmålen och pilarna på knapparna.
 *   EN: Edge of delmål and the disclosure arrows.
 * @cssprop [--dhol-framework-surface=var(--dhol-color-surface)] - Bakgrund i ett utfällt delmål.
 *   EN: Background of an opened delmål.
 * @cssprop [--dhol-framework-gap-color=var(--dhol-color-warning)] - Färgen på markeringen ”inga aktiviteter”.
 *   EN: Colour of the "no activities" marker.
 */
export class DholFramework extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];

  /**
   * Id för ramverket som visas; standard är planens ramverk, datasetets första eller det nationella.
   * EN: Id of the framework to show; defaults to the plan's framework, the dataset's first, or the national one.
   */
  @property() framework?: string;

  /**
   * Id för planen vars aktiviteter räknas per delmål; standard är datasetets första plan.
   * EN: Id of the plan whose activities are counted per delmål; defaults to the dataset's first plan.
   */
  @property() plan?: string;

  /**
   * Id för det valda (utfällda) delmålet; att sätta det fäller ut det delmålet.
   * EN: Id of the picked (opened) delmål; setting it opens that delmål.
   */
  @property({ reflect: true }) selected?: string;

  @state() private open: ReadonlySet<string> = new Set();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected') && this.selected && !this.open.has(this.selected)) {
      this.open = new Set([...this.open, this.selected]);
    }
  }

  /** With neither data nor src the bundled national framework is shown, not an empty box. */
  protected override render(): TemplateResult {
    const national = nationalDefault();
    if (this.state === 'idle' && national) {
      try {
        return html`<div part="base" class="dhol" lang=${this.language}>
          ${this.renderView({ framework: this.pickFramework(undefined, undefined).framework ?? national, notes: [] })}
        </div>`;
      } catch {
        // Fall through to the base, which shows its own idle message.
      }
    }
    return super.render();
  }

  protected override isEmpty(dataset: Dataset): boolean {
    return !(dataset.frameworks?.length || dataset.plans?.length);
  }

  protected override renderEmpty(): unknown {
    return html`<p part="empty" class="state">${t(this.language, 'empty')}</p>`;
  }

  protected override renderContent(dataset: Dataset): unknown {
    const lang = this.language;
    const notes: string[] = [];
    const plans = dataset.plans ?? [];
    let plan: Plan | undefined;
    if (this.plan) {
      plan = plans.find((p) => p.id === this.plan);
      if (!plan) notes.push(t(lang, 'plan.missing', { id: this.plan }));
    } else {
      plan = plans[0];
    }
    const picked = this.pickFramework(dataset, plan);
    if (picked.missing) notes.push(t(lang, 'framework.missing', { id: picked.missing }));
    const framework = picked.framework;
    if (!framework) return this.renderEmpty();
    let planCoverage: Coverage | undefined;
    if (plan) {
      if (plan.framework === framework.id) planCoverage = coverage(plan, framework);
      else notes.push(t(lang, 'coverage.mismatch', { plan: textIn(plan.title, lang).value }));
    }
    return this.renderView({
      framework,
      ...(plan ? { plan } : {}),
      ...(planCoverage ? { coverage: planCoverage } : {}),
      notes,
    });
  }

  /** The framework to show: by `framework` id, else the plan's, else the dataset's first, else the national one. */
  private pickFramework(
    dataset: Dataset | undefined,
    plan: Plan | undefined,
  ): { framework?: Framework; missing?: string } {
    const national = nationalDefault();
    const find = (id: string) =>
      (dataset ? this.frameworkFor(dataset, id) : this.referenceFrameworks.find((f) => f.id === id)) ??
      (national?.id === id ? national : undefined);
    if (this.framework) {
      const found = find(this.framework);
      if (found) return { framework: found };
      return { ...(national ? { framework: national } : {}), missing: this.framework };
    }
    const fromPlan = plan ? find(plan.framework) : undefined;
    const framework = fromPlan ?? dataset?.frameworks?.[0] ?? national;
    return framework ? { framework } : {};
  }

  private renderView(view: View): TemplateResult {
    const lang = this.language;
    const { framework } = view;
    const title = resolve(framework.title, lang);
    const publication = resolve(framework.publication, lang);
    const vision = resolve(framework.vision, lang);
    const goals = Array.isArray(framework.goals) ? framework.goals : [];
    const overarching = goals
      .filter((g) => g.kind === 'overarching')
      .sort((a, b) => (a.number ?? 99) - (b.number ?? 99));
    const delmal = view.coverage ? view.coverage.goals.map((g) => g.goal) : delmalOf(framework);
    const sub = this.sublevel(1);
    return html`<section part="framework" class="framework" aria-labelledby="framework-title">
      ${heading(this.level, sourcedWords(title, lang), { size: 'title', id: 'framework-title', part: 'title' })}
      <p part="meta" class="meta muted">
        ${publication ? html`<span>${sourcedWords(publication, lang)}</span>` : nothing}
        ${framework.period ? html`<span>${t(lang, 'period', { start: framework.period.start, end: framework.period.end })}</span>` : nothing}
        <span>${t(lang, 'version', { version: framework.version })}</span>
      </p>
      ${sourceDetails(framework.title, title, lang, title?.text ?? '')}
      ${view.notes.map((note) => html`<p class="note warning accent" role="note">${note}</p>`)}
      ${
        view.plan && view.coverage
          ? html`<p part="coverage-intro" class="coverage-intro">${t(lang, 'coverage.intro', {
              plan: textIn(view.plan.title, lang).value,
            })}</p>`
          : nothing
      }
      ${
        vision
          ? html`${heading(sub, t(lang, 'vision'), { size: 'section', part: 'section-heading' })}
            <p part="vision" class="vision accent">${sourcedWords(vision, lang)}</p>
            ${sourceDetails(framework.vision, vision, lang, t(lang, 'vision'))}`
          : nothing
      }
      ${
        overarching.length > 0
          ? html`${heading(sub, t(lang, 'overarching'), { size: 'section', part: 'section-heading' })}
            <ol part="overarching" class="overarching">
              ${overarching.map((goal) => {
                const words = resolve(goal.title, lang);
                return html`<li>
                  ${sourcedWords(words, lang)} ${sourceDetails(goal.title, words, lang, words?.text ?? goal.id)}
                </li>`;
              })}
            </ol>`
          : nothing
      }
      ${delmal.length > 0 ? this.renderDelmal(delmal, goals, view) : nothing}
      ${this.renderNotes(framework)}
      ${
        framework.links?.length
          ? html`<ul class="links">
            ${framework.links.map((link) => html`<li>${datasetLink(link, lang)}</li>`)}
          </ul>`
          : nothing
      }
    </section>`;
  }

  /** Notes on the framework as a whole (how it is built and followed up), each with its provenance. */
  private renderNotes(framework: Framework): TemplateResult | typeof nothing {
    const lang = this.language;
    const notes = Array.isArray(framework.notes) ? framework.notes : [];
    if (notes.length === 0) return nothing;
    return html`${heading(this.sublevel(1), t(lang, 'notes'), { size: 'section', part: 'section-heading' })}
      <div part="notes" class="notes">
        ${notes.map((note, index) => {
          const words = resolve(note, lang);
          return words
            ? html`<p>${sourcedWords(words, lang)}</p>
                ${sourceDetails(note, words, lang, t(lang, 'notes.item', { number: index + 1 }))}`
            : nothing;
        })}
      </div>`;
  }

  private renderDelmal(delmal: Goal[], goals: readonly Goal[], view: View): TemplateResult {
    const lang = this.language;
    const allOpen = delmal.every((g) => this.open.has(g.id));
    return html`${heading(this.sublevel(1), t(lang, 'delmal'), { size: 'section', part: 'section-heading', id: 'delmal-heading' })}
      <div class="toolbar no-print needs-script">
        <button type="button" part="expand-all" class="secondary" @click=${() => this.setAll(delmal, !allOpen)}>
          ${t(lang, allOpen ? 'collapse.all' : 'expand.all')}
        </button>
      </div>
      <ol part="tree" class="tree" aria-labelledby="delmal-heading" @keydown=${this.onTreeKeydown}>
        ${delmal.map((goal, index) => this.renderGoal(goal, index, goals, view))}
      </ol>`;
  }

  private renderGoal(goal: Goal, index: number, goals: readonly Goal[], view: View): TemplateResult {
    const lang = this.language;
    const isOpen = this.open.has(goal.id);
    const words = resolve(goal.title, lang);
    const description = resolve(goal.description, lang);
    const entry = view.coverage?.goals.find((g) => g.goal.id === goal.id);
    const count = entry?.activities.length;
    const priorities = goals.filter((g) => g.kind === 'priority' && g.parent === goal.id);
    const label = goal.number !== undefined ? t(lang, 'delmal.label', { number: goal.number }) : '';
    const panelId = `goal-panel-${index}`;
    return html`<li part="goal" class="goal card accent ${isOpen ? 'open' : ''} ${count === 0 ? 'gap' : ''}">
      ${heading(
        this.sublevel(2),
        html`<button
          type="button"
          part="toggle"
          class="toggle"
          aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls=${panelId}
          data-goal=${goal.id}
          @click=${() => this.toggle(goal)}
        >
          <span part="toggle-marker" class="chevron" aria-hidden="true"></span>
          <span part="goal-title" class="goal-title"
            >${label ? html`<span class="goal-number">${label}:</span> ` : nothing}${sourcedWords(words, lang)}</span
          >${
            count !== undefined
              ? badge(t(lang, 'coverage.count', { count }), 'count', count === 0 ? 'warning' : 'count')
              : nothing
          }
        </button>`,
        { size: 'item', part: 'goal-heading', className: 'goal-heading' },
      )}
      <div id=${panelId} part="panel" class="panel" ?hidden=${!isOpen}>
        ${description ? html`<p class="description">${sourcedWords(description, lang)}</p>` : nothing}
        ${sourceDetails(goal.title, words, lang, label || (words?.text ?? goal.id))}
        ${
          entry
            ? entry.activities.length === 0
              ? html`<p class="gap-note">${gapMarker()} ${t(lang, 'coverage.gap')}</p>`
              : html`<p>${t(lang, 'coverage.kinds', { ongoing: entry.ongoing, development: entry.development, new: entry.new })}</p>`
            : nothing
        }
        ${heading(this.sublevel(3), t(lang, 'priorities'), { size: 'subgroup', part: 'priorities-heading' })}
        ${
          priorities.length === 0
            ? html`<p class="muted">${t(lang, 'priorities.none')}</p>`
            : html`<ul part="priorities" class="priorities">
              ${priorities.map((priority) => {
                const pw = resolve(priority.title, lang);
                const pc = entry?.priorities.find((p) => p.goal.id === priority.id)?.activities.length;
                return html`<li>
                  ${sourcedWords(pw, lang)}
                  ${
                    entry && entry.priorities.length > 0
                      ? html` <span class="muted">(${t(lang, 'coverage.count', { count: pc ?? 0 })})</span>`
                      : nothing
                  }
                  ${sourceDetails(priority.title, pw, lang, pw?.text ?? priority.id)}
                </li>`;
              })}
            </ul>`
        }
      </div>
    </li>`;
  }

  private toggle(goal: Goal): void {
    const next = new Set(this.open);
    if (next.has(goal.id)) {
      next.delete(goal.id);
    } else {
      next.add(goal.id);
      this.selected = goal.id;
      this.select({ kind: 'goal', id: goal.id, item: goal });
    }
    this.open = next;
  }

  private setAll(delmal: Goal[], open: boolean): void {
    this.open = open ? new Set(delmal.map((g) => g.id)) : new Set();
  }

  private onTreeKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || !target.matches('button.toggle')) return;
    const buttons = [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle') ?? [])];
    const index = buttons.indexOf(target as HTMLButtonElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
}

/** The national framework: the one the base validates against by default, else the copy in `@dhol/data`. */
function nationalDefault(): Framework | undefined {
  return defaultFrameworks[0] ?? nationalFramework;
}
