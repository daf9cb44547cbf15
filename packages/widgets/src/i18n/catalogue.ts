import { formatCount } from '../shared/format.js';

/**
 * Every string the widgets show, in Swedish (the default) and English. Elements add their own entries here under
 * a prefix (`plan.`, `agreement.` …) so one catalogue holds all words and a translator reads them in one place.
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
  'load.notFound': (p) =>
    `Datafilen hittades inte (HTTP ${p.status}): ${p.url}. Kontrollera adressen, och om filen har flyttats eller fått en ny adress.`,
  'load.server': (p) =>
    `Servern kunde inte lämna ut datafilen (HTTP ${p.status}): ${p.url}. Felet ligger hos servern och kan gå över.`,
  'load.http': (p) =>
    `Servern lämnade inte ut datafilen (HTTP ${p.status}): ${p.url}. Kontrollera att filen är publicerad och går att läsa utan inloggning.`,
  'load.notJson': (p) =>
    `Adressen gav ${p.type === 'html' ? 'en webbsida (HTML)' : 'något annat än JSON'} i stället för en datafil: ${p.url}. Kontrollera adressen; en sida i stället för filen betyder ofta att filen inte finns där.`,
  'load.json': (p) =>
    `Datafilen är inte giltig JSON: fel på rad ${formatCount(p.line, 'sv')}, kolumn ${formatCount(p.column, 'sv')} (${p.detailSv}): ${p.url}.`,
  'load.network': (p) =>
    `Datafilen kunde inte hämtas: ${p.url}. Det finns ingen kontakt med servern, eller så tillåter servern inte att filen hämtas från den här sidan (CORS, eller connect-src i sidans Content Security Policy).`,
  'load.timeout': (p) =>
    `Datafilen kom inte inom ${formatCount(p.seconds, 'sv')} sekunder: ${p.url}. Servern kan vara långsam eller nere.`,
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

export const en: Record<MessageKey, Entry> = {
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
  'load.notFound': (p) =>
    `The data file was not found (HTTP ${p.status}): ${p.url}. Check the address, and whether the file has moved or got a new address.`,
  'load.server': (p) =>
    `The server could not hand out the data file (HTTP ${p.status}): ${p.url}. The fault is the server's and may pass.`,
  'load.http': (p) =>
    `The server did not hand out the data file (HTTP ${p.status}): ${p.url}. Check that the file is published and can be read without logging in.`,
  'load.notJson': (p) =>
    `The address gave ${p.type === 'html' ? 'a web page (HTML)' : 'something other than JSON'} instead of a data file: ${p.url}. Check the address; a page instead of the file often means the file is not there.`,
  'load.json': (p) =>
    `The data file is not valid JSON: error at line ${formatCount(p.line, 'en')}, column ${formatCount(p.column, 'en')} (${p.detailEn}): ${p.url}.`,
  'load.network': (p) =>
    `The data file could not be fetched: ${p.url}. There is no connection to the server, or the server does not let this page fetch the file (CORS, or connect-src in the page's Content Security Policy).`,
  'load.timeout': (p) =>
    `The data file did not arrive within ${formatCount(p.seconds, 'en')} seconds: ${p.url}. The server may be slow or down.`,
  'render.failed': 'Something went wrong while showing the data.',
  'structure.invalid': (p) => `The value does not follow the format: ${p.detail}`,
  'link.external': '(external link)',
  'table.scroll': 'The table is wider than the space: scroll sideways to see all of it.',
  'table.region': (p) => `Table: ${p.caption}`,
  'support.label': 'Support and help',
  'support.urgent': 'If a life is in immediate danger: call 112.',
  'support.help': 'Need someone to talk to? Contact 1177 Vårdguiden or Mind Självmordslinjen on 90101.',
  'status.planned': 'Planned',
  'status.ongoing': 'Ongoing',
  'status.completed': 'Completed',
  'status.paused': 'Paused',
  'status.cancelled': 'Cancelled',
  'fictional.notice':
    'Invented example. This is not real data: the organisations, activities and everything reported are invented to show how the tool works.',
};
