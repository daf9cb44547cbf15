import {
  type Agreement,
  type AgreementParty,
  type CheckIn,
  type Dataset,
  type DecisionStep,
  formatDate,
  formatPeriod,
  formatValue,
  type Indicator,
  isAboutYoungPeople,
  type LocalizedText,
  type Observation,
  type Organisation,
  partialDateSpan,
  referenceText,
  type ServedStrategy,
  type Sex,
  sexLabel,
} from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DholElement } from '../../base/dhol-element.js';
import { DrawSteps } from '../../base/draw-steps.js';
import { defaultAreas } from '../../base/reference.js';
import { badge } from '../../shared/blocks/badge.js';
import { scrollTable } from '../../shared/blocks/table.js';
import { type TimelinePoint, timeline } from '../../shared/blocks/timeline.js';
import { fictionalNotice } from '../../shared/fictional-notice.js';
import { heading } from '../../shared/heading.js';
import { textIn } from '../../shared/text.js';
import { textBlocks } from '../../shared/text-blocks.js';
import { t } from './agreement.i18n.js';
import { styles } from './agreement.styles.js';

const SEXES: readonly Sex[] = ['T', 'K', 'M'];

/**
 * Ett handslag (en överenskommelse mellan till exempel en kommun och dess region): parterna sida vid sida med sina
 * roller och åtaganden (staplade på smala skärmar), löptiden på en enkel tidslinje, styrning, beslutsstegen med
 * beslutande organ och undertecknare, syfte, mål och bakgrund, de strategier det tjänar och dess utgångsvärden som en
 * liten tabell efter kön — där saknade totaler sägs i ord, aldrig räknas fram. Stödrutan (112, 1177 Vårdguiden, Mind
 * Självmordslinjen 90101) visas om inte `no-support-notice` är satt.
 *
 * EN: A handslag (an agreement between, for instance, a municipality and its region): the parties side by side with
 * their roles and commitments (stacking on narrow screens), the duration on a simple timeline, governance, the
 * decision steps with deciding bodies and signatories, purpose, aim and background, the strategies it serves and
 * its baseline figures as a small table by sex — with missing totals said in words, never calculated. The support
 * notice (112, 1177 Vårdguiden, Mind Självmordslinjen 90101) is shown unless `no-support-notice` is set.
 *
 * @summary Visar ett handslag: parter, roller, åtaganden, löptid, styrning, beslut och utgångsläge.
 *   EN: Shows a handslag: parties, roles, duties, duration, governance, decisions and baseline.
 * @fires dhol-load - Uppgifterna lästes in och godkändes; `detail.dataset`, `detail.issues` (varningar).
 *   EN: The data was read and validated; `detail.dataset`, `detail.issues` (warnings).
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @csspart agreement - Överenskommelsen som helhet.
 *   EN: The agreement as a whole.
 * @csspart title - Överenskommelsens titel.
 *   EN: The agreement's title.
 * @csspart meta - Slag, initiativ och omfattning.
 *   EN: Kind, initiative and scope.
 * @csspart kind - Märket som säger handslag eller överenskommelse.
 *   EN: The badge that says handslag or agreement.
 * @csspart section-heading - Ett avsnitts rubrik (Syfte, Parter, Utgångsläge …).
 *   EN: A section's heading (Syfte, Parter, Utgångsläge …).
 * @csspart parties - Listan över parter.
 *   EN: The list of parties.
 * @csspart party - En parts kort.
 *   EN: One party's card.
 * @csspart party-heading - En parts namn.
 *   EN: A party's name.
 * @csspart role - En parts roll.
 *   EN: A party's role.
 * @csspart duties-heading - Rubriken över en parts åtaganden.
 *   EN: The heading over a party's commitments.
 * @csspart duties - En parts lista över åtaganden.
 *   EN: A party's list of commitments.
 * @csspart timeline - Löptiden som en lista över tidpunkter.
 *   EN: The duration as a list of points in time.
 * @csspart timeline-item - En tidpunkt.
 *   EN: One point in time.
 * @csspart timeline-marker - Markören för en tidpunkt.
 *   EN: The marker of a point in time.
 * @csspart governance - Beskrivningslistan om styrning.
 *   EN: The governance description list.
 * @csspart decisions - Den ordnade listan över beslutssteg, vart och ett märkt fattat eller inte fattat än när filen
 *   säger det.
 *   EN: The ordered list of decision steps, each marked decided or not decided yet when the file says.
 * @csspart decision-heading - Ett beslutsstegs rubrik.
 *   EN: A decision step's heading.
 * @csspart decision-done - Märket på ett beslutssteg som är taget.
 *   EN: The badge on a decision step that is taken.
 * @csspart decision-pending - Märket på ett beslutssteg som återstår.
 *   EN: The badge on a decision step still to take.
 * @csspart fictional-notice - Rutan som visas när datasetet är märkt som påhittat.
 *   EN: The notice shown when the dataset is marked as invented.
 * @csspart check-ins - Avstämningarna, den senaste först.
 *   EN: The check-ins (avstämningar), newest first.
 * @csspart check-in-heading - En avstämnings rubrik (dess datum).
 *   EN: A check-in's heading (its date).
 * @csspart agreement-status - Överenskommelsens status (utkast, beslutad, undertecknad, pågår, avslutad).
 *   EN: The agreement's status (draft, decided, signed, in progress, ended).
 * @csspart serves - Listan över strategier som den tjänar.
 *   EN: The list of strategies served.
 * @csspart table-scroll - Omslaget runt tabellen med utgångsvärden, som rullar när tabellen är bredare än elementet.
 *   EN: The baseline table's wrapper, which scrolls when the table is wider than the element.
 * @csspart table - Tabellen med utgångsvärden (också `baseline`).
 *   EN: The baseline table (also `baseline`).
 * @csspart baseline - Tabellen med utgångsvärden.
 *   EN: The baseline table.
 * @csspart header-cell - En rubrikcell i tabellen.
 *   EN: A header cell of the table.
 * @csspart cell - En datacell i tabellen.
 *   EN: A data cell of the table.
 * @cssprop [--dhol-agreement-accent=var(--dhol-color-accent)] - Kanten vid parternas kort, beslutsstegen och
 *   tidslinjen.
 *   EN: Edge of party cards, decision steps and the timeline.
 * @cssprop [--dhol-agreement-party-background=var(--dhol-color-surface)] - Bakgrund i en parts kort.
 *   EN: Background of a party card.
 * @cssprop [--dhol-agreement-party-min-width=18em] - Det smalaste ett partkort blir innan korten staplas.
 *   EN: Narrowest a party card gets before the cards stack.
 */
export class DholAgreement extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];
  protected static override showsSupportNotice = true;

  /**
   * Id för överenskommelsen som visas; standard är datasetets första.
   * EN: Id of the agreement to show; defaults to the dataset's first.
   */
  @property() agreement?: string;

  /** The agreement is drawn in steps (see `DrawSteps`): its head first, then a section per step or more. */
  private readonly steps = new DrawSteps(this);

  protected override get drawingInSteps(): boolean {
    return this.steps.waiting;
  }

  protected override isEmpty(dataset: Dataset): boolean {
    return this.pick(dataset) === undefined;
  }

  protected override renderEmpty(dataset: Dataset | undefined): unknown {
    const missing = this.agreement && dataset?.agreements?.length;
    return html`<p part="empty" class="state">
      ${missing ? t(this.language, 'missing', { id: this.agreement ?? '' }) : t(this.language, 'empty')}
    </p>`;
  }

  private pick(dataset: Dataset): Agreement | undefined {
    const list = dataset.agreements ?? [];
    return this.agreement ? list.find((a) => a.id === this.agreement) : list[0];
  }

  protected override renderContent(dataset: Dataset): unknown {
    const agreement = this.pick(dataset);
    if (!agreement) return this.renderEmpty(dataset);
    const lang = this.language;
    const subtitle = agreement.subtitle ? textIn(agreement.subtitle, lang) : undefined;
    const sub = this.sublevel(1);
    const section = (key: Parameters<typeof t>[1], body: () => unknown, part?: string) => () =>
      html`<section class="section ${part ?? ''}" aria-labelledby="h-${key}">
        ${heading(sub, t(lang, key), { size: 'section', part: 'section-heading', id: `h-${key}` })} ${body()}
      </section>`;
    const text = (key: 'purpose' | 'aim' | 'background' | 'implementation') => {
      const blocks = agreement[key];
      return blocks?.length ? section(key, () => textBlocks(blocks, lang, this.sublevel(2))) : undefined;
    };
    const { governance, decisionSteps, checkIns, serves, goals, baseline } = agreement;
    // The parts in reading order, those the agreement has; a step draws the first `drawn` of them.
    const parts: (() => unknown)[] = [
      () => html`${heading(this.level, this.words(agreement.title), { size: 'title', id: 'agreement-title', part: 'title' })}
        ${subtitle ? html`<p class="subtitle" lang=${subtitle.lang === lang ? nothing : subtitle.lang}>${subtitle.value}</p>` : nothing}
        ${this.renderMeta(dataset, agreement)}`,
      text('purpose'),
      text('aim'),
      section('parties', () => this.renderParties(dataset, agreement.parties)),
      section('duration', () => this.renderDuration(agreement)),
      governance && section('governance', () => this.renderGovernance(dataset, agreement)),
      decisionSteps?.length && section('decisions', () => this.renderDecisions(dataset, decisionSteps)),
      checkIns?.length && section('checkIns', () => this.renderCheckIns(dataset, checkIns), 'check-ins'),
      serves?.length && section('serves', () => this.renderServes(dataset, serves)),
      goals?.length && section('goals', () => this.renderGoals(dataset, agreement)),
      baseline && section('baseline', () => this.renderBaseline(dataset, agreement)),
      text('background'),
      text('implementation'),
    ].filter((part) => typeof part === 'function');
    const drawn = this.steps.take(agreement, parts.length, this.replacingServerContent);
    // What the parts read: a step that adds a part leaves those drawn before as they were.
    const inputs = [dataset, agreement, lang, this.headingLevel, this.now, this.areas, this.frameworks];
    return html`${fictionalNotice(dataset, lang)}<article part="agreement" class="agreement" aria-labelledby="agreement-title"
      aria-busy=${drawn < parts.length ? 'true' : nothing}>
      ${parts.slice(0, drawn).map((part) => guard(inputs, part))}
    </article>`;
  }

  /** A localised text as markup, marked with `lang` when it falls back to Swedish. */
  private words(text: LocalizedText | undefined): TemplateResult {
    const w = textIn(text, this.language);
    return html`<span lang=${w.lang === this.language ? nothing : w.lang}>${w.value}</span>`;
  }

  private orgName(dataset: Dataset, id: string | undefined): TemplateResult | string {
    if (!id) return '';
    const org = this.organisationFor(dataset, id);
    return org ? this.words(org.name) : id;
  }

  private renderMeta(dataset: Dataset, agreement: Agreement): TemplateResult {
    const lang = this.language;
    const areas = this.areas ?? defaultAreas;
    const scope = (agreement.scope ?? []).map((code) => areas.find((a) => a.code === code)?.name ?? code);
    return html`<p part="meta" class="meta">
      ${badge(t(lang, agreement.kind === 'handslag' ? 'kind.handslag' : 'kind.agreement'), 'kind')}
      ${agreement.status ? html`<span>${t(lang, 'status')}: ${badge(t(lang, `status.${agreement.status}`), `agreement-status status-${agreement.status}`, 'accent')}</span>` : nothing}
      ${agreement.initiatedBy ? html`<span>${t(lang, 'initiatedBy')} ${this.orgName(dataset, agreement.initiatedBy)}</span>` : nothing}
      ${scope.length ? html`<span>${t(lang, 'scope', { areas: scope.join(', ') })}</span>` : nothing}
    </p>`;
  }

  private renderParties(dataset: Dataset, parties: readonly AgreementParty[]): TemplateResult {
    return html`<ul part="parties" class="parties">
      ${parties.map((party, index) => this.renderParty(dataset, party, index))}
    </ul>`;
  }

  private renderParty(dataset: Dataset, party: AgreementParty, index: number): TemplateResult {
    const lang = this.language;
    const org = this.organisationFor(dataset, party.organisation);
    const ancestors = org ? this.ancestors(dataset, org) : [];
    const roleWord = t(lang, `role.${party.role}`);
    const label = party.label ? textIn(party.label, lang) : undefined;
    const headingId = `party-${index}`;
    return html`<li part="party" class="party card accent" aria-labelledby=${headingId}>
      ${heading(this.sublevel(2), org ? this.words(org.name) : party.organisation, { size: 'group', id: headingId, part: 'party-heading', className: 'party-name' })}
      ${
        ancestors.length
          ? html`<p class="muted">${t(lang, 'partOf', { names: ancestors.map((a) => textIn(a.name, lang).value).join(', ') })}</p>`
          : nothing
      }
      <p part="role" class="role">
        <span class="role-label">${t(lang, 'role')}:</span>
        ${
          label
            ? html`<strong lang=${label.lang === lang ? nothing : label.lang}>${label.value}</strong>${
                label.value.toLocaleLowerCase('sv') === roleWord.toLocaleLowerCase('sv')
                  ? nothing
                  : html` <span class="muted">(${roleWord})</span>`
              }`
            : html`<strong>${roleWord}</strong>`
        }
      </p>
      ${heading(this.sublevel(3), t(lang, 'duties'), { size: 'subgroup', part: 'duties-heading' })}
      ${
        party.duties.length
          ? html`<ul part="duties" class="duties">
            ${party.duties.map((duty) => html`<li>${this.words(duty)}</li>`)}
          </ul>`
          : html`<p class="muted">${t(lang, 'duties.none')}</p>`
      }
    </li>`;
  }

  /** The organisations an organisation is part of, nearest first (guarded against cycles). */
  private ancestors(dataset: Dataset, org: Organisation): Organisation[] {
    const out: Organisation[] = [];
    const seen = new Set([org.id]);
    for (let id = org.parent; id && !seen.has(id); ) {
      seen.add(id);
      const parent = this.organisationFor(dataset, id);
      if (!parent) break;
      out.push(parent);
      id = parent.parent;
    }
    return out;
  }

  private renderDuration(agreement: Agreement): TemplateResult {
    const lang = this.language;
    const d = agreement.duration;
    const today = this.today();
    // A dated point has happened once its first day has come: its marker is filled, else hollow.
    const passed = (date: string) => (partialDateSpan(date)?.first ?? date) <= today;
    const point = (label: string, value?: string) =>
      html`${label}${value ? html`: <strong>${value}</strong>` : nothing}`;
    const points: TimelinePoint[] = [];
    if (d?.start)
      points.push({
        content: point(t(lang, 'duration.start'), formatDate(d.start, lang)),
        done: passed(d.start),
      });
    if (d?.years !== undefined)
      points.push({ content: point(t(lang, 'duration.years', { years: d.years })) });
    if (d?.end)
      points.push({ content: point(t(lang, 'duration.end'), formatDate(d.end, lang)), done: passed(d.end) });
    if (d?.untilRevised) points.push({ content: point(t(lang, 'duration.untilRevised')) });
    if (d?.horizon)
      points.push({
        content: point(t(lang, 'duration.horizon', { date: formatDate(d.horizon, lang) })),
        done: passed(d.horizon),
      });
    const note = d?.note ? textIn(d.note, lang) : undefined;
    return html`${points.length ? timeline(points) : html`<p class="muted">${t(lang, 'duration.none')}</p>`}
    ${note ? html`<p lang=${note.lang === lang ? nothing : note.lang}>${note.value}</p>` : nothing}`;
  }

  private renderGovernance(dataset: Dataset, agreement: Agreement): TemplateResult {
    const lang = this.language;
    const g = agreement.governance;
    if (!g) return html``;
    return html`<dl part="governance" class="governance">
        ${
          g.coordinator
            ? html`<dt>${t(lang, 'coordinator')}</dt>
              <dd>
                ${this.words(g.coordinator.description)}
                ${
                  g.coordinator.appointedBy
                    ? html`<br /><span class="muted">${t(lang, 'appointedBy')} ${this.orgName(dataset, g.coordinator.appointedBy)}</span>`
                    : nothing
                }
              </dd>`
            : nothing
        }
        ${g.steeringGroup ? html`<dt>${t(lang, 'steeringGroup')}</dt><dd>${this.words(g.steeringGroup)}</dd>` : nothing}
        ${g.workingGroups ? html`<dt>${t(lang, 'workingGroups')}</dt><dd>${this.words(g.workingGroups)}</dd>` : nothing}
      </dl>
      ${textBlocks(g.text, lang, this.sublevel(2))}`;
  }

  private renderDecisions(dataset: Dataset, steps: readonly DecisionStep[]): TemplateResult {
    const lang = this.language;
    return html`<ol part="decisions" class="decisions">
      ${steps.map((step, index) => {
        const body = this.organisationFor(dataset, step.body);
        const bodyName = body ? textIn(body.name, lang).value : step.body;
        return html`<li class="decision accent">
          ${heading(this.sublevel(2), t(lang, 'decision.step', { number: index + 1, body: bodyName }), { size: 'item', part: 'decision-heading' })}
          <p>${this.words(step.decision)}</p>
          <dl class="decision-facts">
            ${step.signatory ? html`<dt>${t(lang, 'decision.signatory')}</dt><dd>${this.words(step.signatory)}</dd>` : nothing}
            ${step.date ? html`<dt>${t(lang, 'decision.date')}</dt><dd>${formatDate(step.date, lang)}</dd>` : nothing}
          </dl>
          ${
            step.signedBy || step.signedDate
              ? html`<p class="signed">${t(lang, 'decision.signed', { by: step.signedBy ?? '', date: step.signedDate ? formatDate(step.signedDate, lang) : '' })}</p>`
              : nothing
          }
          ${
            step.done === undefined
              ? nothing
              : badge(
                  t(lang, step.done ? 'decision.done' : 'decision.pending'),
                  step.done ? 'decision-done' : 'decision-pending',
                  step.done ? 'success' : 'neutral',
                )
          }
        </li>`;
      })}
    </ol>`;
  }

  /** The check-ins (avstämningar), newest first: who took part, what they agreed and the next steps. */
  private renderCheckIns(dataset: Dataset, checkIns: readonly CheckIn[]): TemplateResult {
    const lang = this.language;
    const sorted = [...checkIns].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const list = (items: CheckIn['agreed']) =>
      items?.length ? html`<ul>${items.map((item) => html`<li>${this.words(item)}</li>`)}</ul>` : nothing;
    return html`<ol part="check-ins" class="decisions check-ins">
      ${sorted.map(
        (checkIn) => html`<li class="decision accent">
          ${heading(this.sublevel(2), t(lang, 'checkIn.heading', { date: formatDate(checkIn.date, lang) }), { size: 'item', part: 'check-in-heading' })}
          <dl class="decision-facts">
            <dt>${t(lang, 'checkIn.participants')}</dt>
            <dd>${checkIn.participants.map((id, i) => html`${i ? ', ' : ''}${this.orgName(dataset, id)}`)}</dd>
            ${checkIn.agreed?.length ? html`<dt>${t(lang, 'checkIn.agreed')}</dt><dd>${list(checkIn.agreed)}</dd>` : nothing}
            ${checkIn.nextSteps?.length ? html`<dt>${t(lang, 'checkIn.nextSteps')}</dt><dd>${list(checkIn.nextSteps)}</dd>` : nothing}
          </dl>
          ${checkIn.note ? html`<p>${this.words(checkIn.note)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private renderServes(dataset: Dataset, serves: readonly ServedStrategy[]): TemplateResult {
    const lang = this.language;
    return html`<ul part="serves" class="serves">
      ${serves.map(
        (s) => html`<li>
          <strong>${this.words(s.title)}</strong>${s.abbreviation ? html` (<abbr>${s.abbreviation}</abbr>)` : nothing}
          <span class="muted">– ${t(lang, `serves.${s.kind}`)}${
            s.owner ? html`, ${t(lang, 'serves.owner')} ${this.orgName(dataset, s.owner)}` : nothing
          }</span>
          ${s.note ? html`<br />${this.words(s.note)}` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderGoals(dataset: Dataset, agreement: Agreement): TemplateResult {
    const lang = this.language;
    return html`<ul class="goals">
      ${(agreement.goals ?? []).map((ref) => {
        const goal = this.frameworkFor(dataset, ref.framework)?.goals.find((g) => g.id === ref.goal);
        const words = referenceText(goal?.title, lang);
        return html`<li>${words ? html`<span lang=${words.isFallback ? words.lang : nothing}>${words.text}</span>` : ref.goal}</li>`;
      })}
    </ul>`;
  }

  private renderBaseline(dataset: Dataset, agreement: Agreement): TemplateResult {
    const lang = this.language;
    const baseline = agreement.baseline;
    if (!baseline) return html``;
    const areas = this.areas ?? defaultAreas;
    const areaName = areas.find((a) => a.code === baseline.area)?.name ?? baseline.area;
    const indicators = baseline.indicators
      .map((id) => dataset.indicators?.find((i) => i.id === id))
      .filter((i): i is Indicator => i !== undefined);
    const observations = (dataset.observations ?? []).filter(
      (o) =>
        o.area === baseline.area && o.period === baseline.period && baseline.indicators.includes(o.indicator),
    );
    const young = indicators.length > 0 && indicators.every(isAboutYoungPeople);
    const sexHeader = (sex: Sex) => sexLabel(sex, lang, { young, capitalised: true });
    const gaps: string[] = [];
    const sources = [...new Set(indicators.map((i) => textIn(i.source.name, lang).value).filter(Boolean))];
    const table =
      indicators.length === 0
        ? html`<p class="muted">${t(lang, 'baseline.none')}</p>`
        : scrollTable({
            id: 'baseline-caption',
            caption: t(lang, 'baseline.caption', { area: areaName, period: formatPeriod(baseline.period) }),
            lang,
            part: 'table baseline',
            className: 'baseline',
            body: html`<thead>
                <tr>
                  <th part="header-cell" scope="col">${t(lang, 'baseline.indicator')}</th>
                  ${SEXES.map((sex) => html`<th part="header-cell" scope="col" class="num">${sexHeader(sex)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${indicators.map((indicator) => {
                  const title = textIn(indicator.title, lang);
                  return html`<tr>
                    <th part="header-cell" scope="row" lang=${title.lang === lang ? nothing : title.lang}>${title.value}</th>
                    ${SEXES.map((sex) => {
                      const obs = observations.find((o) => o.indicator === indicator.id && o.sex === sex);
                      if (!obs)
                        gaps.push(
                          t(lang, 'baseline.noTotal', {
                            sex: sexLabel(sex, lang, { young }),
                            indicator: title.value,
                          }),
                        );
                      return html`<td part="cell" class="num">${this.cell(indicator, obs)}</td>`;
                    })}
                  </tr>`;
                })}
              </tbody>`,
          });
    return html`${table}
      ${gaps.length ? html`<ul class="notes">${gaps.map((gap) => html`<li>${gap}</li>`)}</ul>` : nothing}
      ${sources.length ? html`<p class="muted">${t(lang, 'baseline.source', { source: sources.join('; ') })}</p>` : nothing}
      ${textBlocks(baseline.text, lang, this.sublevel(2))}`;
  }

  private cell(indicator: Indicator, obs: Observation | undefined): TemplateResult | string {
    const lang = this.language;
    if (!obs) return html`<span class="no-value">${t(lang, 'baseline.notGiven')}</span>`;
    if (obs.status === 'suppressed')
      return html`<span class="no-value">${t(lang, 'baseline.suppressed')}</span>`;
    if (obs.status === 'missing' || obs.value === null)
      return html`<span class="no-value">${t(lang, 'baseline.missing')}</span>`;
    const value = formatValue(obs.value, indicator.unit, {
      lang,
      ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
      ...(indicator.unitLabel ? { unitLabel: indicator.unitLabel } : {}),
    });
    return obs.status === 'preliminary' ? `${value} (${t(lang, 'baseline.preliminary')})` : value;
  }
}
