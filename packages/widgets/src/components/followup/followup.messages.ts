import { defineMessages, type Entry } from '../../i18n/index.js';
import { formatCount } from '../../shared/format.js';
import { en } from './followup.messages.en.js';

const sv = {
  title: (p) => `Uppföljning: ${p.plan}`,
  documentInfo: 'Om uppföljningen',
  diarienummer: 'Diarienummer',
  version: 'Version',
  replaces: (p) => `ersätter version ${p.version}`,
  period: 'Period',
  'period.invalid': 'Perioden slutar före sin början. Välj ett slutdatum efter startdatumet.',
  summary: 'Sammanfattning',
  'table.caption': (p) => `Aktiviteternas status ${p.date}, per delmål`,
  'table.goal': 'Delmål',
  'table.total': 'Aktiviteter',
  'table.all': 'Hela planen',
  'table.unknown': 'Okänd status',
  'table.reached': (p) => `${formatCount(p.count, 'sv')} under perioden`,
  download: 'Ladda ned statustabellen (CSV)',
  flags: 'Att uppmärksamma',
  'flags.none': 'Inga försenade revideringar och inga aktiviteter utan aktuell lägesrapport.',
  overdue: (p) => `Revideringen ${p.date} är försenad (inte markerad som gjord).`,
  stale: (p) => `Ingen lägesrapport på ${formatCount(p.months, 'sv')} månader eller mer:`,
  'stale.since': (p) => `senaste lägesrapport ${p.date}`,
  'stale.never': (p) => `ingen lägesrapport sedan planen började gälla ${p.date}`,
  'stale.neverUnknown': 'ingen lägesrapport alls',
  'stale.flag': 'Ingen aktuell lägesrapport',
  changes: (p) => `Ändringar sedan version ${p.version}`,
  'changes.missing': (p) =>
    `Planen ersätter ${p.plan} version ${p.version}, som inte finns i filen, så ändringarna kan inte visas här.`,
  'changes.none': 'Inga aktiviteter har lagts till, tagits bort eller ändrats.',
  'changes.added': 'Nya aktiviteter',
  'changes.removed': 'Borttagna aktiviteter',
  'changes.changed': 'Ändrade aktiviteter',
  'changes.revision': 'Revideringens sammanfattning',
  'field.id': (p) => `id ändrat från ”${p.before}” till ”${p.after}”`,
  'field.title': (p) => `ny titel (tidigare ”${p.before}”)`,
  'field.description': 'beskrivningen ändrad',
  'field.goals': (p) =>
    p.added && p.removed
      ? `nu under ${p.added} i stället för ${p.removed}`
      : p.added
        ? `nu även under ${p.added}`
        : `inte längre under ${p.removed}`,
  'field.kind': (p) => `typ ändrad från ${p.before} till ${p.after}`,
  'field.status': (p) => `status ändrad från ${p.before} till ${p.after}`,
  'field.responsible': (p) =>
    [p.added ? `ny ansvarig: ${p.added}` : '', p.removed ? `inte längre ansvarig: ${p.removed}` : '']
      .filter(Boolean)
      .join(', '),
  'kind.ongoing': 'pågående',
  'kind.development': 'utvecklingsområde',
  'kind.new': 'ny',
  delmal: (p) => `delmål ${p.number}`,
  goalHeading: (p) => `Delmål ${p.number}: ${p.title}`,
  'goal.none': 'Planen har inga aktiviteter under det här delmålet.',
  notes: 'Lägesrapporter under perioden',
  'notes.none': 'Ingen lägesrapport under perioden.',
  'notes.before': (p) => `Senaste lägesrapport före perioden, ${p.date}: ${p.status}.`,
  'notes.reportedBy': (p) => `Rapporterad av ${p.name}`,
  'activity.changed': (p) => `Under perioden: från ${p.before} till ${p.after}.`,
  'activity.statusAt': (p) => `Status ${p.date}`,
  'activity.unknown': 'Okänd status',
  empty: 'Filen innehåller ingen plan att följa upp.',
  missing: (p) => `Planen ”${p.id}” finns inte i filen.`,
} satisfies Record<string, Entry>;

export type Key = keyof typeof sv;

/** The words of `dhol-followup`, in Swedish and English. */
export const t = defineMessages<Key>({ sv, en });
