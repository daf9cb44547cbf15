import * as z from 'zod/mini';
import { PartyRole } from './organisation.js';
import { AreaCode, Id, IsoDate, LocalizedText, PartialDate, TextBlocks, Validity } from './primitives.js';

/**
 * One party to an agreement, its role and what it undertakes.
 * @sv En part i överenskommelsen, dess roll och vad den åtar sig.
 */
export const AgreementParty = z.strictObject({
  /**
   * The id of an organisation of the dataset.
   * @sv Id för en organisation i datasetet.
   */
  organisation: Id,
  /**
   * The party's role; see `PartyRole`.
   * @sv Partens roll, till exempel huvudman eller stöd.
   */
  role: PartyRole,
  /**
   * The document's word for the role, e.g. "huvudman" or "kunskaps- och processtöd".
   * @sv Dokumentets ord för rollen, till exempel "huvudman" eller "kunskaps- och processtöd".
   */
  label: z.optional(LocalizedText),
  /**
   * What the party undertakes, one item each.
   * @sv Vad parten åtar sig, en punkt var.
   */
  duties: z.array(LocalizedText),
});
export type AgreementParty = z.infer<typeof AgreementParty>;

/**
 * A step in deciding an agreement: which body decides and who signs; once done, when and by whom.
 * @sv Ett steg i beslutet om överenskommelsen: vilket organ som beslutar och vem som skriver under.
 */
export const DecisionStep = z.strictObject({
  /**
   * The deciding body, as an organisation id.
   * @sv Det beslutande organet, som organisations-id.
   */
  body: Id,
  /**
   * What the document says about the step.
   * @sv Vad dokumentet säger om steget.
   */
  decision: LocalizedText,
  /**
   * The signatory's office, e.g. "kommunstyrelsens ordförande".
   * @sv Undertecknarens uppdrag, till exempel "kommunstyrelsens ordförande".
   */
  signatory: z.optional(LocalizedText),
  /**
   * The day the body decided, `YYYY-MM-DD`.
   * @sv Dagen organet beslutade, `ÅÅÅÅ-MM-DD`.
   */
  date: z.optional(IsoDate),
  /**
   * True once the body has decided; a step without it is pending.
   * @sv Sant när organet har beslutat; ett steg utan det väntar.
   */
  done: z.optional(z.boolean()),
  /**
   * The name of the person who signed for the body, as the signed document gives it.
   * @sv Namnet på den som skrev under för organet, så som det undertecknade dokumentet anger det.
   */
  signedBy: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /**
   * The day it was signed, `YYYY-MM-DD`.
   * @sv Dagen det skrevs under, `ÅÅÅÅ-MM-DD`.
   */
  signedDate: z.optional(IsoDate),
});
export type DecisionStep = z.infer<typeof DecisionStep>;

/**
 * A strategy an agreement serves: a framework in the dataset, or a document known by name.
 * @sv En strategi som överenskommelsen tjänar: ett ramverk i datasetet eller ett dokument som nämns vid namn.
 */
export const ServedStrategy = z.strictObject({
  /**
   * The strategy's title.
   * @sv Strategins titel.
   */
  title: LocalizedText,
  /**
   * Which level the strategy is made at.
   * @sv Vilken nivå strategin gäller.
   * @value national-strategy Nationell strategi. | National strategy.
   * @value regional-strategy Regional strategi. | Regional strategy.
   * @value local-strategy Lokal strategi. | Local strategy.
   * @value other Annat styrdokument. | Another policy document.
   */
  kind: z.enum(['national-strategy', 'regional-strategy', 'local-strategy', 'other']),
  /**
   * The id of the strategy's framework, when the dataset or the toolkit holds it.
   * @sv Id för strategins ramverk, när datasetet eller verktyget har det.
   */
  framework: z.optional(Id),
  /**
   * The organisation that owns the strategy, as an organisation id.
   * @sv Organisationen som äger strategin, som organisations-id.
   */
  owner: z.optional(Id),
  /**
   * The strategy's abbreviation.
   * @sv Strategins förkortning.
   */
  abbreviation: z.optional(z.string().check(z.maxLength(30))),
  /**
   * The document's own words about the strategy.
   * @sv Dokumentets egna ord om strategin.
   */
  note: z.optional(LocalizedText),
});
export type ServedStrategy = z.infer<typeof ServedStrategy>;

/**
 * How the work under an agreement is led.
 * @sv Hur arbetet under överenskommelsen leds.
 */
export const Governance = z.strictObject({
  /**
   * Who coordinates the work, and who appoints the coordinator.
   * @sv Vem som samordnar arbetet och vem som utser samordnaren.
   */
  coordinator: z.optional(
    z.strictObject({
      /**
       * The organisation that appoints the coordinator, as an organisation id.
       * @sv Organisationen som utser samordnaren, som organisations-id.
       */
      appointedBy: z.optional(Id),
      /**
       * The document's words about the coordinator.
       * @sv Dokumentets ord om samordnaren.
       */
      description: LocalizedText,
    }),
  ),
  /**
   * The steering group, in the document's words.
   * @sv Styrgruppen, med dokumentets ord.
   */
  steeringGroup: z.optional(LocalizedText),
  /**
   * The working groups, in the document's words.
   * @sv Arbetsgrupperna, med dokumentets ord.
   */
  workingGroups: z.optional(LocalizedText),
  /**
   * The document's own text about how the work is led.
   * @sv Dokumentets egen text om hur arbetet leds.
   */
  text: z.optional(TextBlocks),
});
export type Governance = z.infer<typeof Governance>;

/**
 * Figures an agreement starts from: observations in the dataset, picked by indicator, area and period.
 * @sv Utgångsläget: observationer i datasetet, valda efter indikator, område och period.
 */
export const Baseline = z.strictObject({
  /**
   * The area the figures are for.
   * @sv Området siffrorna gäller.
   */
  area: AreaCode,
  /**
   * The period the figures are for: a year or a span of years.
   * @sv Perioden siffrorna gäller: ett år eller ett spann av år.
   */
  period: z.string().check(z.regex(/^\d{4}(-\d{4})?$/)),
  /**
   * The ids of the indicators whose figures are the baseline.
   * @sv Id för de indikatorer vars siffror är utgångsläget.
   */
  indicators: z.array(Id).check(z.minLength(1)),
  /**
   * The document's own words about the baseline.
   * @sv Dokumentets egna ord om utgångsläget.
   */
  text: z.optional(TextBlocks),
});
export type Baseline = z.infer<typeof Baseline>;

/**
 * Where an agreement stands: `draft` (being written), `decided` (every body has decided), `signed` (every
 * signature is in), `in-progress` (the work is under way) and `ended`.
 * @sv Var överenskommelsen står.
 * @value draft Utkast: skrivs fortfarande. | Draft: still being written.
 * @value decided Beslutad: alla organ har beslutat. | Decided: every body has decided.
 * @value signed Undertecknad: alla underskrifter finns. | Signed: every signature is in.
 * @value in-progress Pågår: arbetet är igång. | In progress: the work is under way.
 * @value ended Avslutad. | Ended.
 */
export const AgreementStatus = z.enum(['draft', 'decided', 'signed', 'in-progress', 'ended']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/**
 * A check-in (avstämning): a meeting where the parties "löpande stämma av inriktning, förväntningar och nästa
 * steg", with who took part, what they agreed and the next steps.
 * @sv En avstämning mellan parterna: vilka som deltog, vad de kom överens om och nästa steg.
 */
export const CheckIn = z.strictObject({
  /**
   * The day of the meeting, `YYYY-MM-DD`.
   * @sv Mötesdagen, `ÅÅÅÅ-MM-DD`.
   */
  date: IsoDate,
  /**
   * The organisations that took part, as ids of the dataset.
   * @sv Organisationerna som deltog, som id i datasetet.
   */
  participants: z.array(Id).check(z.minLength(1)),
  /**
   * What the parties agreed, one item each.
   * @sv Vad parterna kom överens om, en punkt var.
   */
  agreed: z.optional(z.array(LocalizedText)),
  /**
   * The next steps, one item each.
   * @sv Nästa steg, en punkt var.
   */
  nextSteps: z.optional(z.array(LocalizedText)),
  /**
   * Anything else about the meeting.
   * @sv Övrigt om mötet.
   */
  note: z.optional(LocalizedText),
});
export type CheckIn = z.infer<typeof CheckIn>;

/**
 * An agreement between organisations, such as a handslag between a municipality and its region.
 * @sv En överenskommelse mellan organisationer, till exempel ett handslag mellan en kommun och dess region.
 */
export const Agreement = z.strictObject({
  /**
   * The agreement's id, unique in the dataset.
   * @sv Överenskommelsens id, unikt i datasetet.
   */
  id: Id,
  /**
   * What kind of agreement it is.
   * @sv Vilket slags överenskommelse det är.
   * @value handslag Handslag inom Det handlar om livet, mellan en kommun och dess region. | A handslag under Det handlar om livet, between a municipality and its region.
   * @value agreement En annan överenskommelse. | Another kind of agreement.
   */
  kind: z.enum(['handslag', 'agreement']),
  /**
   * The agreement's title.
   * @sv Överenskommelsens titel.
   */
  title: LocalizedText,
  /**
   * The agreement's subtitle.
   * @sv Överenskommelsens undertitel.
   */
  subtitle: z.optional(LocalizedText),
  /**
   * Where the agreement stands; see `AgreementStatus`.
   * @sv Var överenskommelsen står: utkast, beslutad, undertecknad, pågår eller avslutad.
   */
  status: z.optional(AgreementStatus),
  /**
   * The areas the agreement covers, as area codes.
   * @sv Områdena överenskommelsen gäller, som områdeskoder.
   */
  scope: z.optional(z.array(AreaCode)),
  /**
   * Who took the initiative, as an organisation id.
   * @sv Vem som tog initiativet, som organisations-id.
   */
  initiatedBy: z.optional(Id),
  /**
   * The parties, at least two.
   * @sv Parterna, minst två.
   */
  parties: z.array(AgreementParty).check(z.minLength(2)),
  /**
   * How long the agreement runs.
   * @sv Hur länge överenskommelsen löper.
   */
  duration: z.optional(
    z.extend(Validity, {
      /**
       * The expected length in years when no dates are set ("en tid om 2 år bedöms rimlig").
       * @sv Den väntade längden i år när inga datum är satta ("en tid om 2 år bedöms rimlig").
       */
      years: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
      /**
       * The horizon of the wider work, e.g. handslag activities "fram till år 2030".
       * @sv Horisonten för det större arbetet, till exempel handslagsaktiviteter "fram till år 2030".
       */
      horizon: z.optional(PartialDate),
    }),
  ),
  /**
   * The agreement's background.
   * @sv Överenskommelsens bakgrund.
   */
  background: z.optional(TextBlocks),
  /**
   * The agreement's purpose.
   * @sv Överenskommelsens syfte.
   */
  purpose: z.optional(TextBlocks),
  /**
   * The agreement's aim.
   * @sv Överenskommelsens mål.
   */
  aim: z.optional(TextBlocks),
  /**
   * How the agreement is carried out.
   * @sv Hur överenskommelsen genomförs.
   */
  implementation: z.optional(TextBlocks),
  /**
   * How the work is led.
   * @sv Hur arbetet leds.
   */
  governance: z.optional(Governance),
  /**
   * The steps in deciding the agreement.
   * @sv Stegen i beslutet om överenskommelsen.
   */
  decisionSteps: z.optional(z.array(DecisionStep)),
  /**
   * The strategies the agreement serves.
   * @sv Strategierna som överenskommelsen tjänar.
   */
  serves: z.optional(z.array(ServedStrategy)),
  /**
   * Goals of a framework the agreement works towards.
   * @sv Mål i ett ramverk som överenskommelsen arbetar mot.
   * @example [{ "framework": "det-handlar-om-livet-2025", "goal": "delmal-1" }]
   */
  goals: z.optional(
    z.array(
      z.strictObject({
        /**
         * The framework's id.
         * @sv Ramverkets id.
         * @example "det-handlar-om-livet-2025"
         */
        framework: Id,
        /**
         * The goal's id in that framework.
         * @sv Målets id i det ramverket.
         * @example "delmal-1"
         */
        goal: Id,
      }),
    ),
  ),
  /**
   * The figures the agreement starts from.
   * @sv Siffrorna överenskommelsen utgår från.
   */
  baseline: z.optional(Baseline),
  /**
   * The parties' check-ins, oldest first by convention (readers sort them by date).
   * @sv Parternas avstämningar, äldst först (läsare sorterar dem på datum).
   */
  checkIns: z.optional(z.array(CheckIn)),
});
export type Agreement = z.infer<typeof Agreement>;
