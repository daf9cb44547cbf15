import * as z from 'zod/mini';
import { AreaCode, Id, LocalizedText, Url } from './primitives.js';

/**
 * What kind of body an organisation is. `unit` is a part of another organisation (a förvaltning, division or
 * verksamhet such as Region Västmanland's Välfärd); `network` and `body` cover networks, steering groups and joint
 * committees (nämnder).
 * @sv Vilket slags organisation det är.
 * @value kommun Kommun. | Municipality.
 * @value region Region. | Region (county council).
 * @value lansstyrelse Länsstyrelse. | County administrative board.
 * @value agency Statlig myndighet. | Government agency.
 * @value civil-society Civilsamhällets organisation, till exempel en förening. | Civil society organisation, such as an association.
 * @value research Lärosäte eller forskningsmiljö. | University or research group.
 * @value samordningsforbund Samordningsförbund. | Coordination association (samordningsförbund).
 * @value care-provider Vårdgivare eller utförare. | Care provider.
 * @value unit En del av en annan organisation: förvaltning, division eller verksamhet. | A part of another organisation: an administration, division or service.
 * @value network Nätverk. | Network.
 * @value body Organ såsom styrgrupp, nämnd eller gemensam nämnd. | A body such as a steering group or committee.
 * @value other Annat slag. | Another kind.
 */
export const OrganisationKind = z.enum([
  'kommun',
  'region',
  'lansstyrelse',
  'agency',
  'civil-society',
  'research',
  'samordningsforbund',
  'care-provider',
  'unit',
  'network',
  'body',
  'other',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * An organisation the dataset names: a party, a responsible body, a publisher.
 * @sv En organisation som datasetet nämner: en part, en ansvarig, en utgivare.
 */
export const Organisation = z.strictObject({
  /**
   * The organisation's id, which plans and agreements refer to.
   * @sv Organisationens id, som planer och överenskommelser hänvisar till.
   */
  id: Id,
  /**
   * The organisation's name.
   * @sv Organisationens namn.
   */
  name: LocalizedText,
  /**
   * A shorter name, e.g. an abbreviation.
   * @sv Ett kortare namn, till exempel en förkortning.
   */
  shortName: z.optional(LocalizedText),
  /**
   * What kind of organisation it is; see `OrganisationKind`.
   * @sv Vilket slags organisation det är: kommun, region, länsstyrelse, myndighet och så vidare.
   */
  kind: OrganisationKind,
  /**
   * The area the organisation is responsible for, if any (a kommun's or region's code).
   * @sv Området organisationen ansvarar för, om något (kommunens eller regionens kod).
   */
  area: z.optional(AreaCode),
  /**
   * The organisation this one is part of.
   * @sv Organisationen som denna är en del av.
   */
  parent: z.optional(Id),
  /**
   * A short description of the organisation.
   * @sv En kort beskrivning av organisationen.
   */
  description: z.optional(LocalizedText),
  /**
   * The organisation's web site.
   * @sv Organisationens webbplats.
   * @example "https://www.example.se"
   */
  url: z.optional(Url),
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * The role a party has for an activity or agreement. The seeds' words map as: "leds av" → `lead`,
 * "samordnas av" → `coordinator`, "utförs av" → `performer`, huvudman → `owner`, kunskaps- och processtöd →
 * `support`; `responsible` is a party named with no verb ("(Länsstyrelsen)").
 * @sv Vilken roll en part har för en aktivitet eller överenskommelse.
 * @value lead Leder arbetet ("leds av"). | Leads the work.
 * @value coordinator Samordnar arbetet ("samordnas av"). | Coordinates the work.
 * @value performer Utför arbetet ("utförs av"). | Carries out the work.
 * @value owner Huvudman: äger frågan. | Principal: owns the matter.
 * @value support Ger stöd, till exempel kunskaps- och processtöd. | Gives support, such as knowledge and process support.
 * @value partner Samarbetspart. | Partner.
 * @value responsible Ansvarig, nämnd utan närmare roll. | Responsible, named with no particular role.
 */
export const PartyRole = z.enum([
  'lead',
  'coordinator',
  'performer',
  'owner',
  'support',
  'partner',
  'responsible',
]);
export type PartyRole = z.infer<typeof PartyRole>;

/**
 * An organisation with its role for an activity.
 * @sv En organisation med sin roll för en aktivitet.
 */
export const ResponsibleParty = z.strictObject({
  /**
   * The id of an organisation of the dataset.
   * @sv Id för en organisation i datasetet.
   */
  organisation: Id,
  /**
   * The party's role; see `PartyRole`.
   * @sv Partens roll: leder, samordnar, utför, huvudman, stöd, samarbetspart eller ansvarig.
   */
  role: PartyRole,
  /**
   * The document's own wording of the role, when it says more than the role does.
   * @sv Dokumentets egna ord om rollen, när de säger mer än rollen.
   */
  label: z.optional(LocalizedText),
});
export type ResponsibleParty = z.infer<typeof ResponsibleParty>;
