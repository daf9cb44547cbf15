import { formatCount } from '../shared/format.js';

/**
 * The strings every element shares, in Swedish (the default) and English; each element's own words are in its
 * `*.messages.ts`, the texts of failures to read a file in `base/load-messages.ts`. English is in two parts: what
 * the loading and error states and the support notice say, here, and the rest in `catalogue.en.ts`, which the folder
 * build loads only for an element whose language is English (see `english.ts`); an element whose English failed to
 * load can then still say so in English, with the support notice.
 */
export type Lang = 'sv' | 'en';

/** A catalogue entry: a fixed string or a function of parameters. */
export type Entry = string | ((params: Params) => string);
export type Params = Record<string, string | number>;

export const sv = {
  'state.loading': 'Läser in …',
  'state.empty': 'Det finns inget att visa.',
  'state.noData': 'Ingen data har angetts.',
  'error.heading': 'Uppgifterna kan inte visas just nu',
  'error.visitor': 'Försök igen senare, eller kontakta den som ansvarar för sidan.',
  'error.details': 'För den som publicerar sidan',
  'error.intro': 'Datafilen följer inte dataformatet. Rätta felen nedan, till exempel med dhol:s kodbyggare.',
  'error.address': 'Datafilens adress',
  'error.count': (p) =>
    [
      Number(p.errors) > 0 ? `${formatCount(p.errors, 'sv')} ${Number(p.errors) === 1 ? 'fel' : 'fel'}` : '',
      Number(p.warnings) > 0
        ? `${formatCount(p.warnings, 'sv')} ${Number(p.warnings) === 1 ? 'varning' : 'varningar'}`
        : '',
    ]
      .filter(Boolean)
      .join(', '),
  'error.path': 'Plats',
  'severity.error': 'Fel',
  'severity.warning': 'Varning',
  'render.failed': 'Ett fel uppstod när uppgifterna skulle visas.',
  'structure.invalid': (p) => `Värdet följer inte formatet: ${p.detail}`,
  'link.external': '(extern länk)',
  'table.scroll': 'Tabellen är bredare än ytan: rulla i sidled för att se allt.',
  'table.region': (p) => `Tabell: ${p.caption}`,
  'support.label': 'Stöd och hjälp',
  'support.urgent': 'Vid akut fara för liv: ring 112.',
  'support.help':
    'Behöver du någon att prata med? Kontakta 1177 Vårdguiden eller Mind Självmordslinjen på 90101.',
  'status.planned': 'Planerad',
  'status.ongoing': 'Pågår',
  'status.completed': 'Genomförd',
  'status.paused': 'Pausad',
  'status.cancelled': 'Avbruten',
  'fictional.notice':
    'Påhittat exempel. Det här är inte verkliga uppgifter: organisationerna, aktiviteterna och allt som rapporteras är påhittat för att visa hur verktyget fungerar.',
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof sv;

/**
 * The English of the loading and error states and of the support notice, which an English element shows even when
 * the rest of its English failed to load.
 */
export const enStates = {
  'state.loading': 'Loading …',
  'state.empty': 'There is nothing to show.',
  'state.noData': 'No data has been given.',
  'error.heading': 'The information cannot be shown right now',
  'error.visitor': 'Please try again later, or contact whoever is responsible for this page.',
  'error.details': 'For whoever publishes this page',
  'error.intro':
    'The data file does not follow the data format. Correct the errors below, for example with dhol’s embed builder.',
  'error.address': 'Address of the data file',
  'error.count': (p) =>
    [
      Number(p.errors) > 0
        ? `${formatCount(p.errors, 'en')} ${Number(p.errors) === 1 ? 'error' : 'errors'}`
        : '',
      Number(p.warnings) > 0
        ? `${formatCount(p.warnings, 'en')} ${Number(p.warnings) === 1 ? 'warning' : 'warnings'}`
        : '',
    ]
      .filter(Boolean)
      .join(', '),
  'error.path': 'Location',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'render.failed': 'Something went wrong while showing the data.',
  'support.label': 'Support and help',
  'support.urgent': 'If a life is in immediate danger: call 112.',
  'support.help': 'Need someone to talk to? Contact 1177 Vårdguiden or Mind Självmordslinjen on 90101.',
} satisfies Partial<Record<MessageKey, Entry>>;

/** The keys whose English is in `catalogue.en.ts`. */
export type ContentKey = Exclude<MessageKey, keyof typeof enStates>;
