import * as z from 'zod/mini';
import { AreaCode, Id, LocalizedText, Url } from './primitives.js';

/**
 * What kind of body an organisation is. `unit` is a part of another organisation (a förvaltning, division or
 * verksamhet such as Region Västmanland's Välfärd); `network` and `body` cover networks, steering groups and joint
 * committees (nämnder).
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

export const Organisation = z.strictObject({
  id: Id,
  name: LocalizedText,
  shortName: z.optional(LocalizedText),
  kind: OrganisationKind,
  /** The area the organisation is responsible for, if any (a kommun's or region's code). */
  area: z.optional(AreaCode),
  /** The organisation this one is part of. */
  parent: z.optional(Id),
  description: z.optional(LocalizedText),
  url: z.optional(Url),
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * The role a party has for an activity or agreement. The seeds' words map as: "leds av" → `lead`,
 * "samordnas av" → `coordinator`, "utförs av" → `performer`, huvudman → `owner`, kunskaps- och processtöd →
 * `support`; `responsible` is a party named with no verb ("(Länsstyrelsen)").
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

export const ResponsibleParty = z.strictObject({
  organisation: Id,
  role: PartyRole,
  /** The document's own wording of the role, when it says more than the role does. */
  label: z.optional(LocalizedText),
});
export type ResponsibleParty = z.infer<typeof ResponsibleParty>;
