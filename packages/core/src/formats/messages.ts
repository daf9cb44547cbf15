import { type Catalogue, issueFactory } from '../issues/issue.js';

/** `rad 3, kolumn ”value”` / `row 3, column "value"`, the way a spreadsheet user finds a cell. */
const at = {
  sv: (p: Record<string, string | number>) =>
    p.column === undefined ? `rad ${p.row}` : `rad ${p.row}, kolumn ”${p.column}”`,
  en: (p: Record<string, string | number>) =>
    p.column === undefined ? `row ${p.row}` : `row ${p.row}, column "${p.column}"`,
};

/** `, också efter 3 försök` / `, also after 3 tries`, when a request was tried more than once. */
const tries = {
  sv: (p: Record<string, string | number>) =>
    typeof p.attempts === 'number' && p.attempts > 1 ? `, också efter ${p.attempts} försök` : '',
  en: (p: Record<string, string | number>) =>
    typeof p.attempts === 'number' && p.attempts > 1 ? `, also after ${p.attempts} tries` : '',
};

/**
 * Messages of the format adapters (JSON-stat, Kolada, CSV), keyed by stable issue code. Swedish first; every
 * message also exists in English.
 */
export const formatMessages = {
  // ── shared ──────────────────────────────────────────────────────────────────────────────────────────────
  'format.input.not-object': {
    sv: (p) => `Indata ska vara ett JSON-objekt, men är ${p.found}.`,
    en: (p) => `The input should be a JSON object, but is ${p.found}.`,
  },
  'format.area.invalid': {
    sv: (p) =>
      `Områdeskoden ”${p.code}” känns inte igen; ange två siffror (län, 00 = riket) eller fyra (kommun).`,
    en: (p) =>
      `The area code "${p.code}" is not recognised; use two digits (county, 00 = Sweden) or four (municipality).`,
  },
  'format.area.unknown': {
    sv: (p) =>
      `Områdeskoden ”${p.code}” (plats ${p.position} i dimensionen ”${p.dimension}”) är inte ett känt län, en kommun eller riket; ${p.values === 1 ? 'dess värde' : `dess ${p.values} värden`} läses inte in.`,
    en: (p) =>
      `The area code "${p.code}" (position ${p.position} in the dimension "${p.dimension}") is not a known county, municipality or the whole country; ${p.values === 1 ? 'its value is' : `its ${p.values} values are`} not imported.`,
  },
  'format.period.invalid': {
    sv: (p) => `Perioden ”${p.period}” känns inte igen; ange ett år (2023) eller ett intervall (2019-2023).`,
    en: (p) => `The period "${p.period}" is not recognised; use a year (2023) or a span (2019-2023).`,
  },
  'format.sex.unknown': {
    sv: (p) => `Könskoden ”${p.code}” känns inte igen; använd T (totalt), K (kvinnor) eller M (män).`,
    en: (p) => `The sex code "${p.code}" is not recognised; use T (total), K (women) or M (men).`,
  },
  'format.indicator.id-missing': {
    sv: () => 'Det går inte att avgöra vilken indikator värdena hör till; ange ett indikator-id.',
    en: () => 'Cannot tell which indicator the values belong to; give an indicator id.',
  },
  'format.indicator.unknown': {
    sv: (p) => `Indikatorn ”${p.id}” finns inte i datasetet.`,
    en: (p) => `The indicator "${p.id}" is not in the dataset.`,
  },
  'format.observation.duplicate': {
    sv: (p) => `Värdet för ${p.key} förekommer flera gånger; det första behålls.`,
    en: (p) => `The value for ${p.key} occurs more than once; the first is kept.`,
  },
  'format.model.invalid': {
    sv: (p) => `Fältet ”${p.field}” följer inte datamodellen: ${p.detail}.`,
    en: (p) => `The field "${p.field}" does not follow the data model: ${p.detail}.`,
  },
  'format.count.invalid': {
    sv: (p) => `Antalet ${p.count} är inte ett heltal ≥ 0 och tas bort.`,
    en: (p) => `The count ${p.count} is not a whole number ≥ 0 and is dropped.`,
  },
  'format.ci.incomplete': {
    sv: () => 'Konfidensintervallet saknar en gräns och tas bort.',
    en: () => 'The confidence interval lacks one bound and is dropped.',
  },

  // ── JSON-stat ───────────────────────────────────────────────────────────────────────────────────────────
  'jsonstat.source-error': {
    sv: (p) => `Källan svarade med ett fel: ${p.label}.`,
    en: (p) => `The source answered with an error: ${p.label}.`,
  },
  'jsonstat.source-error.partial': {
    sv: (p) => `Källan rapporterade ett fel (${p.label}); värdena som svaret ändå innehåller läses in.`,
    en: (p) => `The source reported an error (${p.label}); the values the answer still holds are imported.`,
  },
  'jsonstat.area.assumed-national': {
    sv: () =>
      'Tabellen har ingen dimension för område, så värdena antas gälla hela riket (00). Ange ett annat område om de gäller det (i dhol import: --area <kod>).',
    en: () =>
      'The table has no area dimension, so its values are taken to be about the whole country (00). Give another area if they are about one (in dhol import: --area <code>).',
  },
  'jsonstat.unit.unknown': {
    sv: (p) =>
      `Enheten för indikatorn ”${p.id}” ${p.label ? `(”${p.label}”) känns inte igen` : 'anges inte'} och sätts till ”other”; ange enheten (i dhol import: --unit percent, per100k, per1000, count, rate, index eller days).`,
    en: (p) =>
      `The unit of the indicator "${p.id}" ${p.label ? `("${p.label}") is not recognised` : 'is not given'} and is set to "other"; give the unit (in dhol import: --unit percent, per100k, per1000, count, rate, index or days).`,
  },
  'jsonstat.class.unknown': {
    sv: (p) => `Klassen ”${p.class}” stöds inte; JSON-stat 2.0 har dataset, collection och bundle.`,
    en: (p) => `The class "${p.class}" is not supported; JSON-stat 2.0 has dataset, collection and bundle.`,
  },
  'jsonstat.extension.unreadable': {
    sv: () =>
      'Kubens extension går inte att skriva som JSON (till exempel för att den refererar till sig själv) och följer inte med.',
    en: () =>
      'The cube’s extension cannot be written as JSON (it refers to itself, for example) and is not carried over.',
  },
  'jsonstat.version.unknown': {
    sv: (p) => `Versionen ”${p.version}” är okänd; filen läses som JSON-stat 2.0.`,
    en: (p) => `The version "${p.version}" is unknown; the file is read as JSON-stat 2.0.`,
  },
  'jsonstat.empty': {
    sv: () => 'Filen innehåller inget dataset.',
    en: () => 'The file holds no dataset.',
  },
  'jsonstat.item.link-only': {
    sv: (p) => `Datasetet ”${p.label}” finns bara som länk och läses inte in.`,
    en: (p) => `The dataset "${p.label}" is only a link and is not read.`,
  },
  'jsonstat.id.invalid': {
    sv: () => '”id” ska vara en lista med dimensionernas namn, vart och ett en gång.',
    en: () => '"id" should be a list of dimension names, each once.',
  },
  'jsonstat.size.invalid': {
    sv: () => '”size” ska vara en lista med lika många heltal som ”id” har namn.',
    en: () => '"size" should be a list of as many whole numbers as "id" has names.',
  },
  'jsonstat.size.mismatch': {
    sv: (p) => `Dimensionen ”${p.dimension}” har ${p.categories} kategorier men ”size” säger ${p.size}.`,
    en: (p) => `The dimension "${p.dimension}" has ${p.categories} categories but "size" says ${p.size}.`,
  },
  'jsonstat.size.too-large': {
    sv: (p) => `Kuben har ${p.cells} celler; högst ${p.max} kan läsas.`,
    en: (p) => `The cube has ${p.cells} cells; at most ${p.max} can be read.`,
  },
  'jsonstat.dimension.missing': {
    sv: (p) => `Dimensionen ”${p.dimension}” beskrivs inte under ”dimension”.`,
    en: (p) => `The dimension "${p.dimension}" is not described under "dimension".`,
  },
  'jsonstat.category.invalid': {
    sv: (p) => `Kategorierna i ”${p.dimension}” går inte att läsa: ${p.detail}.`,
    en: (p) => `The categories of "${p.dimension}" cannot be read: ${p.detail}.`,
  },
  'jsonstat.value.invalid': {
    sv: () => '”value” ska vara en lista eller ett objekt med tal eller null.',
    en: () => '"value" should be a list or an object of numbers or null.',
  },
  'jsonstat.value.length': {
    sv: (p) => `”value” har ${p.found} celler men dimensionerna ger ${p.expected}.`,
    en: (p) => `"value" has ${p.found} cells but the dimensions make ${p.expected}.`,
  },
  'jsonstat.cell.invalid': {
    sv: (p) => `Cellen ${p.index} innehåller ”${p.found}”, som inte är ett tal.`,
    en: (p) => `Cell ${p.index} holds "${p.found}", which is not a number.`,
  },
  'jsonstat.status.invalid': {
    sv: () => '”status” ska vara en text, en lista eller ett objekt med texter.',
    en: () => '"status" should be a string, a list or an object of strings.',
  },
  'jsonstat.mapping.missing': {
    sv: (p) => `Ingen dimension för ${p.role} hittades; ange den i mappningen (t.ex. ${p.example}).`,
    en: (p) => `No dimension for ${p.role} was found; name it in the mapping (e.g. ${p.example}).`,
  },
  'jsonstat.mapping.unknown-dimension': {
    sv: (p) => `Mappningen nämner dimensionen ”${p.dimension}”, som inte finns i datasetet.`,
    en: (p) => `The mapping names the dimension "${p.dimension}", which is not in the dataset.`,
  },
  'jsonstat.dimension.unmapped': {
    sv: (p) =>
      `Dimensionen ”${p.dimension}” har ${p.categories} kategorier men hör inte till område, period, kön, mått eller indikator; välj en kategori med select (i dhol import: --select ”${p.dimension}=kategori”).`,
    en: (p) =>
      `The dimension "${p.dimension}" has ${p.categories} categories but is not area, period, sex, measure or indicator; choose one category with select (in dhol import: --select "${p.dimension}=category").`,
  },
  'jsonstat.select.unknown': {
    sv: (p) => `Kategorin ”${p.category}” finns inte i dimensionen ”${p.dimension}”.`,
    en: (p) => `The category "${p.category}" is not in the dimension "${p.dimension}".`,
  },
  'jsonstat.select.unknown-dimension': {
    sv: (p) =>
      `Urvalet nämner dimensionen ”${p.dimension}”, som inte finns i tabellen; dess dimensioner är ${p.dimensions}.`,
    en: (p) =>
      `The selection names the dimension "${p.dimension}", which is not in the table; its dimensions are ${p.dimensions}.`,
  },
  'jsonstat.measure.unknown': {
    sv: (p) => `Måttet ”${p.category}” känns inte igen (värde, nedre/övre gräns, antal) och hoppas över.`,
    en: (p) =>
      `The measure "${p.category}" is not recognised (value, lower/upper bound, count) and is skipped.`,
  },

  // ── Kolada ──────────────────────────────────────────────────────────────────────────────────────────────
  'kolada.page.invalid': {
    sv: () => 'Sidan ska vara ett objekt med en lista ”values”.',
    en: () => 'The page should be an object with a list "values".',
  },
  'kolada.page.error': {
    sv: (p) => `Kolada svarade med ett fel i stället för data: ”${p.detail}”.`,
    en: (p) => `Kolada answered with an error instead of data: "${p.detail}".`,
  },
  'kolada.value.deleted': {
    sv: (p) =>
      p.count === 1
        ? 'Ett värde som Kolada markerar som borttaget togs inte med.'
        : `${p.count} värden som Kolada markerar som borttagna togs inte med.`,
    en: (p) =>
      p.count === 1
        ? 'One value that Kolada marks as deleted was left out.'
        : `${p.count} values that Kolada marks as deleted were left out.`,
  },
  'kolada.area.unknown': {
    sv: (p) =>
      `Kolada-id ”${p.code}” är inte ett känt län, en kommun eller riket (till exempel en kommungrupp); ${p.values === 1 ? 'dess värde' : `dess ${p.values} värden`} läses inte in.`,
    en: (p) =>
      `The Kolada id "${p.code}" is not a known county, municipality or the whole country (a group of municipalities, for example); ${p.values === 1 ? 'its value is' : `its ${p.values} values are`} not imported.`,
  },
  'kolada.row.invalid': {
    sv: (p) => `Raden saknar ${p.field}.`,
    en: (p) => `The row lacks ${p.field}.`,
  },
  'kolada.value.invalid': {
    sv: (p) => `Värdet ”${p.found}” är inte ett tal.`,
    en: (p) => `The value "${p.found}" is not a number.`,
  },
  'kolada.kpi.invalid': {
    sv: () => 'Nyckeltalets metadata ska vara ett objekt med ”id” och ”title”.',
    en: () => 'The key figure metadata should be an object with "id" and "title".',
  },
  'kolada.request.invalid': {
    sv: (p) => `Frågan är ofullständig: ${p.detail}.`,
    en: (p) => `The request is incomplete: ${p.detail}.`,
  },
  'kolada.fetch.failed': {
    sv: (p) => `Kolada kunde inte nås (${p.url}): ${p.detail}${tries.sv(p)}.`,
    en: (p) => `Kolada could not be reached (${p.url}): ${p.detail}${tries.en(p)}.`,
  },
  'kolada.fetch.timeout': {
    sv: (p) => `Kolada svarade inte inom tidsgränsen (${p.url})${tries.sv(p)}.`,
    en: (p) => `Kolada did not answer within the time limit (${p.url})${tries.en(p)}.`,
  },
  'kolada.fetch.status': {
    sv: (p) => `Kolada svarade med status ${p.status} (${p.url})${tries.sv(p)}.`,
    en: (p) => `Kolada answered with status ${p.status} (${p.url})${tries.en(p)}.`,
  },
  'kolada.fetch.json': {
    sv: (p) => `Svaret från Kolada var inte JSON, eller bröts av (${p.url})${tries.sv(p)}.`,
    en: (p) => `Kolada's answer was not JSON, or was cut off (${p.url})${tries.en(p)}.`,
  },
  'kolada.meta.unavailable': {
    sv: (p) =>
      `Koladas beskrivning av nyckeltalen kunde inte hämtas (${p.url}); indikatorerna får nyckeltalets id som titel och enheten ”other”.`,
    en: (p) =>
      `Kolada's description of the KPIs could not be fetched (${p.url}); the indicators get the KPI id as title and the unit "other".`,
  },
  'pxweb.fetch.failed': {
    sv: (p) => `PxWeb-tjänsten kunde inte nås (${p.url}): ${p.detail}${tries.sv(p)}.`,
    en: (p) => `The PxWeb service could not be reached (${p.url}): ${p.detail}${tries.en(p)}.`,
  },
  'pxweb.fetch.timeout': {
    sv: (p) => `PxWeb-tjänsten svarade inte inom tidsgränsen (${p.url})${tries.sv(p)}.`,
    en: (p) => `The PxWeb service did not answer within the time limit (${p.url})${tries.en(p)}.`,
  },
  'pxweb.fetch.status': {
    sv: (p) =>
      `PxWeb-tjänsten svarade med status ${p.status} (${p.url})${tries.sv(p)}${p.status === 403 || p.status === 413 ? '; frågan kan ge fler värden än tjänsten lämnar ut på en gång: välj färre kategorier' : p.status === 400 || p.status === 404 ? '; kontrollera tabellens adress och frågans koder' : ''}.`,
    en: (p) =>
      `The PxWeb service answered with status ${p.status} (${p.url})${tries.en(p)}${p.status === 403 || p.status === 413 ? '; the query may ask for more values than the service gives at once: choose fewer categories' : p.status === 400 || p.status === 404 ? '; check the table address and the codes of the query' : ''}.`,
  },
  'pxweb.fetch.json': {
    sv: (p) => `Svaret från PxWeb-tjänsten var inte JSON, eller bröts av (${p.url})${tries.sv(p)}.`,
    en: (p) => `The PxWeb service's answer was not JSON, or was cut off (${p.url})${tries.en(p)}.`,
  },
  'pxweb.query.invalid': {
    sv: (p) => `Frågan följer inte PxWeb:s form: ${p.detail}.`,
    en: (p) => `The query does not follow PxWeb's form: ${p.detail}.`,
  },
  'pxweb.url.invalid': {
    sv: (p) => `”${p.url}” är ingen PxWeb-tabells adress (http eller https, med /v1/ eller /v2/ i sökvägen).`,
    en: (p) => `"${p.url}" is no PxWeb table address (http or https, with /v1/ or /v2/ in its path).`,
  },
  'kolada.fetch.too-many-pages': {
    sv: (p) => `Hämtningen avbröts efter ${p.pages} sidor.`,
    en: (p) => `Fetching stopped after ${p.pages} pages.`,
  },

  // ── Merging figures into a dataset ─────────────────────────────────────────────────────────────────────
  'figures.dataset.invalid': {
    sv: (p) => `Datasetet går inte att lägga värden i: ”${p.field}” ska vara en lista.`,
    en: (p) => `Figures cannot be put into the dataset: "${p.field}" should be a list.`,
  },
  'figures.indicator.undescribed': {
    sv: (p) =>
      `Indikatorn ”${p.id}” har ${p.count === 1 ? 'ett värde' : `${p.count} värden`} men beskrivs varken i filen eller i datasetet; lägg till den i ett dataset (i dhol import: --dataset <fil>) eller beskriv den i kolumnen indicator_meta.`,
    en: (p) =>
      `The indicator "${p.id}" has ${p.count === 1 ? 'one value' : `${p.count} values`} but is described neither in the file nor in the dataset; add it to a dataset (in dhol import: --dataset <file>) or describe it in the column indicator_meta.`,
  },

  // ── CSV ─────────────────────────────────────────────────────────────────────────────────────────────────
  'csv.empty': {
    sv: () => 'Filen är tom; första raden ska vara kolumnnamnen.',
    en: () => 'The file is empty; the first row should name the columns.',
  },
  'csv.quote.unclosed': {
    sv: (p) => `${at.sv(p)}: ett citattecken stängs aldrig.`,
    en: (p) => `${at.en(p)}: a quotation mark is never closed.`,
  },
  'csv.column.missing': {
    sv: (p) => `Kolumnen ”${p.column}” saknas i rubrikraden.`,
    en: (p) => `The column "${p.column}" is missing from the header row.`,
  },
  'csv.column.unknown': {
    sv: (p) => `Kolumnen ”${p.column}” känns inte igen och läses inte.`,
    en: (p) => `The column "${p.column}" is not recognised and is not read.`,
  },
  'csv.column.duplicate': {
    sv: (p) => `Kolumnen ”${p.column}” förekommer två gånger; den första läses.`,
    en: (p) => `The column "${p.column}" occurs twice; the first is read.`,
  },
  'csv.row.length': {
    sv: (p) => `${at.sv(p)}: raden har ${p.found} fält men rubrikraden ${p.expected}.`,
    en: (p) => `${at.en(p)}: the row has ${p.found} fields but the header ${p.expected}.`,
  },
  'csv.cell.required': {
    sv: (p) => `${at.sv(p)}: fältet får inte vara tomt.`,
    en: (p) => `${at.en(p)}: the field must not be empty.`,
  },
  'csv.cell.number': {
    sv: (p) => `${at.sv(p)}: ”${p.found}” är inte ett tal.`,
    en: (p) => `${at.en(p)}: "${p.found}" is not a number.`,
  },
  'csv.cell.choice': {
    sv: (p) => `${at.sv(p)}: ”${p.found}” är inget av ${p.allowed}.`,
    en: (p) => `${at.en(p)}: "${p.found}" is none of ${p.allowed}.`,
  },
  'csv.cell.json': {
    sv: (p) => `${at.sv(p)}: JSON-texten går inte att läsa.`,
    en: (p) => `${at.en(p)}: the JSON text cannot be read.`,
  },
  'csv.cell.list': {
    sv: (p) => `${at.sv(p)}: ”${p.found}” följer inte formen ${p.form}.`,
    en: (p) => `${at.en(p)}: "${p.found}" does not follow the form ${p.form}.`,
  },
  'csv.indicator.conflict': {
    sv: (p) =>
      `${at.sv(p)}: indikatorn ”${p.id}” beskrivs annorlunda än på rad ${p.first}; beskriv varje indikator en gång.`,
    en: (p) =>
      `${at.en(p)}: the indicator "${p.id}" is described differently than on row ${p.first}; describe each indicator once.`,
  },
  'csv.cell.model': {
    sv: (p) => `${at.sv(p)}: värdet följer inte datamodellen (${p.detail}).`,
    en: (p) => `${at.en(p)}: the value does not follow the data model (${p.detailEn ?? p.detail}).`,
  },
} satisfies Catalogue;

export type FormatIssueCode = keyof typeof formatMessages;

/** Raises an issue of the format adapters (JSON-stat, Kolada, CSV). Internal: adapters report through `IssueList`. */
// Marked pure so bundles that never raise a format issue (the script-tag widgets) drop the catalogue.
export const adapterIssue = /* @__PURE__ */ issueFactory<FormatIssueCode>(formatMessages);
