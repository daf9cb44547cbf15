import { defineMessages } from '../../i18n/messages.js';

/** The words of the grid of figures. */
export const ot = defineMessages({
  sv: {
    heading: 'Värden',
    intro:
      'En rad per område och kön, en kolumn per period. Skriv ett tal, till exempel 12,5. Du kan klistra in ett block från ett kalkylark: det fylls i från cellen du står i, eller efter rubrikerna om blocket har områden och perioder som rubriker.',
    legend: 'Så skriver du',
    'legend.value': '12,5 – ett värde (48 % går också)',
    'legend.suppressed': '.. – ett värde som källan har dolt, till exempel för att för få svarade',
    'legend.missing': 'saknas – ett värde som inte finns',
    'legend.preliminary': '12,5 p – ett preliminärt värde',
    'legend.empty': 'tomt – inget värde i filen',
    'legend.keys': 'Piltangenterna flyttar mellan cellerna, Enter flyttar nedåt. Tabb lämnar tabellen.',
    caption: (p) => `Värden för ${p.title}`,
    area: 'Område',
    sex: 'Kön',
    'sex.T': 'Totalt',
    'sex.K': 'Kvinnor',
    'sex.M': 'Män',
    'state.suppressed': 'Dolt av källan',
    'state.missing': 'Värde saknas',
    'state.preliminary': 'Preliminärt värde',
    cell: (p) => `${p.area}, ${p.period}, ${p.sex}`,
    'text.suppressed': '..',
    'text.missing': 'saknas',
    'text.preliminary': 'p',
    bySex: 'Värden för kvinnor och män',
    bySexHint: 'Visar rader för kvinnor och män under varje område.',
    addArea: 'Lägg till ett område',
    addAreaButton: 'Lägg till området',
    addPeriod: 'Lägg till en period',
    addPeriodHint: 'Ett år, till exempel 2024, eller ett spann, till exempel 2019-2023.',
    addPeriodButton: 'Lägg till perioden',
    periodInvalid: 'Skriv ett år med fyra siffror, eller två år med bindestreck mellan.',
    areaAdded: (p) => `${p.name} lades till som rad.`,
    periodAdded: (p) => `${p.period} lades till som kolumn.`,
    empty: 'Inga värden ännu. Lägg till ett område och en period, så får du celler att skriva i.',
    issues: 'Problem i värdena',
    goTo: (p) => `${p.cell}: ${p.message}`,
    'paste.done': (p) => (Number(p.written) === 1 ? '1 cell ifylld.' : `${p.written} celler ifyllda.`),
    'paste.left': (p) =>
      Number(p.count) === 1
        ? '1 cell hamnade utanför tabellen och lämnades.'
        : `${p.count} celler hamnade utanför tabellen och lämnades.`,
    'paste.invalid': (p) =>
      Number(p.count) === 1
        ? `1 cell var inget tal och lämnades: ${p.list}.`
        : `${p.count} celler var inga tal och lämnades: ${p.list}.`,
    'paste.unknownArea': (p) => `Okända områden lämnades: ${p.list}.`,
    'paste.truncated': 'Blocket var för stort; bara början lästes.',
    noIndicator:
      'Indikatorn har inget id ännu. Ge den ett id under Om indikatorn, så kan du skriva in värden.',
  },
  en: {
    heading: 'Values',
    intro:
      'One row per area and sex, one column per period. Type a number, for example 12.5. You can paste a block from a spreadsheet: it is filled in from the cell you are in, or by the headings when the block has areas and periods as headings.',
    legend: 'How to write',
    'legend.value': '12,5 – a value (48 % works too)',
    'legend.suppressed': '.. – a value the source has hidden, for example because too few answered',
    'legend.missing': 'saknas (or missing) – a value that does not exist',
    'legend.preliminary': '12,5 p – a preliminary value',
    'legend.empty': 'empty – no value in the file',
    'legend.keys': 'The arrow keys move between cells, Enter moves down. Tab leaves the table.',
    caption: (p) => `Values of ${p.title}`,
    area: 'Area',
    sex: 'Sex',
    'sex.T': 'Total',
    'sex.K': 'Women',
    'sex.M': 'Men',
    'state.suppressed': 'Hidden by the source',
    'state.missing': 'Value missing',
    'state.preliminary': 'Preliminary value',
    cell: (p) => `${p.area}, ${p.period}, ${p.sex}`,
    'text.suppressed': '..',
    'text.missing': 'missing',
    'text.preliminary': 'p',
    bySex: 'Values for women and men',
    bySexHint: 'Shows rows for women and men under each area.',
    addArea: 'Add an area',
    addAreaButton: 'Add the area',
    addPeriod: 'Add a period',
    addPeriodHint: 'A year, for example 2024, or a span, for example 2019-2023.',
    addPeriodButton: 'Add the period',
    periodInvalid: 'Enter a year of four digits, or two years with a hyphen between them.',
    areaAdded: (p) => `${p.name} was added as a row.`,
    periodAdded: (p) => `${p.period} was added as a column.`,
    empty: 'No values yet. Add an area and a period to get cells to type in.',
    issues: 'Problems in the values',
    goTo: (p) => `${p.cell}: ${p.message}`,
    'paste.done': (p) => (Number(p.written) === 1 ? '1 cell filled in.' : `${p.written} cells filled in.`),
    'paste.left': (p) =>
      Number(p.count) === 1
        ? '1 cell fell outside the table and was left out.'
        : `${p.count} cells fell outside the table and were left out.`,
    'paste.invalid': (p) =>
      Number(p.count) === 1
        ? `1 cell was not a number and was left out: ${p.list}.`
        : `${p.count} cells were not numbers and were left out: ${p.list}.`,
    'paste.unknownArea': (p) => `Unknown areas were left out: ${p.list}.`,
    'paste.truncated': 'The block was too large; only its beginning was read.',
    noIndicator: 'The indicator has no id yet. Give it one under About the indicator to enter values.',
  },
});

export type ObservationMessage = Parameters<typeof ot>[1];
