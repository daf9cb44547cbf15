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
  'error.heading': 'Uppgifterna kunde inte visas',
  'error.intro': 'Filen innehåller fel. Den som publicerar sidan behöver rätta dem.',
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
  'load.http': (p) => `Filen kunde inte hämtas (HTTP-status ${p.status}).`,
  'load.json': (p) => `Filen är inte giltig JSON: ${p.detail}`,
  'load.network': 'Filen kunde inte hämtas. Kontrollera adressen och nätverket.',
  'load.timeout': (p) =>
    `Det tog för lång tid att hämta filen (mer än ${formatCount(p.seconds, 'sv')} sekunder).`,
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
  'error.heading': 'The data could not be shown',
  'error.intro': 'The file contains errors. Whoever publishes this page needs to correct them.',
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
  'load.http': (p) => `The file could not be fetched (HTTP status ${p.status}).`,
  'load.json': (p) => `The file is not valid JSON: ${p.detail}`,
  'load.network': 'The file could not be fetched. Check the address and the network.',
  'load.timeout': (p) =>
    `Fetching the file took too long (more than ${formatCount(p.seconds, 'en')} seconds).`,
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
