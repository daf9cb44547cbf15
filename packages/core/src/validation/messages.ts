import { numberFormat } from '../format/intl.js';
import { activityStatusLabel, agreementStatusLabel } from '../format/labels.js';
import { type Catalogue, issueFactory, type MessageParams } from '../issues/issue.js';
import { manifestMessages } from './manifest-messages.js';

// The words inside structure issues' messages are message text too: they travel with this catalogue.
export { type StructureWordKind, withStructureWords } from './structure-words.js';

/**
 * Every message validation can raise, in Swedish and English. Codes are stable: callers may match on them.
 * Parameters: `field` (the field's name as written in the file), `value` (what was found, shortened),
 * `expected`/`expectedEn` (what was expected, per language), `id`, `collection`, and others named per message.
 */
const s = (p: MessageParams, key: string) => String(p[key] ?? '');
/** The subject of a message about a field: `Fältet ”title”`, or `Dokumentet` when it is the document itself. */
const fieldSv = (p: MessageParams) => (s(p, 'field') === '' ? 'Dokumentet' : `Fältet ”${s(p, 'field')}”`);
const fieldEn = (p: MessageParams) =>
  s(p, 'field') === '' ? 'The document' : `The field "${s(p, 'field')}"`;
// Built on first use, from the shared cache: creating the first Intl object of a page costs a long task on a phone.
const upToSix = { maximumFractionDigits: 6 };
const svNumber = { format: (n: number) => numberFormat('sv-SE', upToSix).format(n) };
const enNumber = { format: (n: number) => numberFormat('en-GB', upToSix).format(n) };
/** A number as each language writes it (`12,5` and `12.5`); other values as they are. */
const nsv = (p: MessageParams, key: string) =>
  typeof p[key] === 'number' ? svNumber.format(p[key]) : s(p, key);
const nen = (p: MessageParams, key: string) =>
  typeof p[key] === 'number' ? enNumber.format(p[key]) : s(p, key);

/** The messages of dataset validation: every code but the manifest's own. */
const datasetMessages = {
  'json.syntax': {
    sv: (p) =>
      `Filen är inte giltig JSON: fel på rad ${s(p, 'line')}, kolumn ${s(p, 'column')} (${s(p, 'detailSv')}).`,
    en: (p) =>
      `The file is not valid JSON: error at line ${s(p, 'line')}, column ${s(p, 'column')} (${s(p, 'detailEn')}).`,
  },
  'input.unreadable': {
    sv: () => 'Datan gick inte att läsa (den innehåller något som inte är vanlig JSON-data).',
    en: () => 'The data could not be read (it holds something that is not plain JSON data).',
  },
  'input.jsonstat': {
    sv: () =>
      'Det här är en JSON-stat-tabell (till exempel från PxWeb eller Folkhälsomyndigheten), inte ett dhol-dataset. Gör om den till ett dataset med dhol import jsonstat <fil> eller funktionen parseJsonStat.',
    en: () =>
      'This is a JSON-stat table (from PxWeb or the Public Health Agency, say), not a dhol dataset. Turn it into a dataset with dhol import jsonstat <file> or the function parseJsonStat.',
  },
  'input.kolada': {
    sv: () =>
      'Det här är en sida från Koladas API, inte ett dhol-dataset. Gör om den till ett dataset med dhol import kolada <fil> eller funktionen parseKolada.',
    en: () =>
      "This is a page from Kolada's API, not a dhol dataset. Turn it into a dataset with dhol import kolada <file> or the function parseKolada.",
  },
  'structure.type': {
    sv: (p) => `${fieldSv(p)} ska vara ${s(p, 'expected')}, men är ${s(p, 'found')}.`,
    en: (p) => `${fieldEn(p)} must be ${s(p, 'expectedEn')}, but is ${s(p, 'foundEn')}.`,
  },
  'structure.required': {
    sv: (p) => `${fieldSv(p)} saknas; det krävs och ska vara ${s(p, 'expected')}.`,
    en: (p) => `${fieldEn(p)} is missing; it is required and must be ${s(p, 'expectedEn')}.`,
  },
  'structure.unknown-key': {
    sv: (p) =>
      `Okänt fält ”${s(p, 'key')}”. Kontrollera stavningen eller ta bort fältet (tillåtna fält står i JSON-schemat).`,
    en: (p) =>
      `Unknown field "${s(p, 'key')}". Check the spelling or remove the field (the JSON Schema lists the allowed fields).`,
  },
  'structure.format': {
    sv: (p) => `${fieldSv(p)} ska vara ${s(p, 'expected')}, men är ${s(p, 'value')}.`,
    en: (p) => `${fieldEn(p)} must be ${s(p, 'expectedEn')}, but is ${s(p, 'value')}.`,
  },
  'structure.enum': {
    sv: (p) => `${fieldSv(p)} har värdet ${s(p, 'value')}; tillåtna värden är ${s(p, 'allowed')}.`,
    en: (p) => `${fieldEn(p)} has the value ${s(p, 'value')}; allowed values are ${s(p, 'allowed')}.`,
  },
  'structure.format-version': {
    sv: (p) =>
      `Formatversionen är ${s(p, 'value')}, men det här verktyget läser version ”${s(p, 'expected')}”. Ange "formatVersion": "${s(p, 'expected')}".`,
    en: (p) =>
      `The format version is ${s(p, 'value')}, but this tool reads version "${s(p, 'expected')}". Set "formatVersion": "${s(p, 'expected')}".`,
  },
  'structure.literal': {
    sv: (p) => `${fieldSv(p)} ska vara ${s(p, 'allowed')}, men är ${s(p, 'value')}.`,
    en: (p) => `${fieldEn(p)} must be ${s(p, 'allowed')}, but is ${s(p, 'value')}.`,
  },
  'structure.too-small': {
    sv: (p) => `${fieldSv(p)} ${s(p, 'expected')}.`,
    en: (p) => `${fieldEn(p)} ${s(p, 'expectedEn')}.`,
  },
  'structure.too-big': {
    sv: (p) => `${fieldSv(p)} ${s(p, 'expected')}.`,
    en: (p) => `${fieldEn(p)} ${s(p, 'expectedEn')}.`,
  },
  'structure.union': {
    sv: (p) =>
      `${fieldSv(p)} passar inte någon av de tillåtna formerna${s(p, 'allowed') ? ` (${s(p, 'allowed')})` : ''}.`,
    en: (p) =>
      `${fieldEn(p)} matches none of the allowed shapes${s(p, 'allowed') ? ` (${s(p, 'allowed')})` : ''}.`,
  },
  'structure.invalid': {
    sv: (p) => `${fieldSv(p)} har ett ogiltigt värde.`,
    en: (p) => `${fieldEn(p)} has an invalid value.`,
  },
  'duplicate.framework': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera ramverk (först på plats ${s(p, 'first')}).`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one framework (first at position ${s(p, 'first')}).`,
  },
  'duplicate.goal': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera mål i samma ramverk (först på plats ${s(p, 'first')}).`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one goal of the framework (first at position ${s(p, 'first')}).`,
  },
  'duplicate.organisation': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera organisationer (först på plats ${s(p, 'first')}).`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one organisation (first at position ${s(p, 'first')}).`,
  },
  'duplicate.plan': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera planer (först på plats ${s(p, 'first')}).`,
    en: (p) => `The id "${s(p, 'id')}" is used by more than one plan (first at position ${s(p, 'first')}).`,
  },
  'duplicate.activity': {
    sv: (p) =>
      `Id ”${s(p, 'id')}” används av flera aktiviteter i samma plan (först på plats ${s(p, 'first')}). En aktivitet som hör till flera delmål ska vara en aktivitet med flera mål-länkar.`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one activity of the plan (first at position ${s(p, 'first')}). An activity under several delmål should be one activity with several goal links.`,
  },
  'duplicate.agreement': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera överenskommelser (först på plats ${s(p, 'first')}).`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one agreement (first at position ${s(p, 'first')}).`,
  },
  'duplicate.indicator': {
    sv: (p) => `Id ”${s(p, 'id')}” används av flera indikatorer (först på plats ${s(p, 'first')}).`,
    en: (p) =>
      `The id "${s(p, 'id')}" is used by more than one indicator (first at position ${s(p, 'first')}).`,
  },
  'duplicate.observation': {
    sv: (p) =>
      `Det finns redan ett värde för indikatorn ”${s(p, 'indicator')}”, område ${s(p, 'area')}, period ${s(p, 'period')} och kön ${s(p, 'sex')} (på plats ${s(p, 'first')}).`,
    en: (p) =>
      `There is already a value for indicator "${s(p, 'indicator')}", area ${s(p, 'area')}, period ${s(p, 'period')} and sex ${s(p, 'sex')} (at position ${s(p, 'first')}).`,
  },
  'reference.framework.unknown': {
    sv: (p) =>
      p['known'] === 0
        ? `Ramverket ”${s(p, 'id')}” finns inte i datasetet, och valideringen fick inga ramverk. Det nationella ramverket finns som nationalFramework i @dhol/data: validateDataset(data, { frameworks: [nationalFramework] }).`
        : `Ramverket ”${s(p, 'id')}” finns varken i datasetet eller bland de kända ramverken.`,
    en: (p) =>
      p['known'] === 0
        ? `The framework "${s(p, 'id')}" is not in the dataset, and the validation was given no frameworks. The national framework is nationalFramework in @dhol/data: validateDataset(data, { frameworks: [nationalFramework] }).`
        : `The framework "${s(p, 'id')}" is neither in the dataset nor among the known frameworks.`,
  },
  'reference.goal.unknown': {
    sv: (p) =>
      `Målet ”${s(p, 'id')}” finns inte i ramverket ”${s(p, 'framework')}”.${s(p, 'subgoals') ? ` Delmålen där heter ${s(p, 'subgoals')}.` : ''}`,
    en: (p) =>
      `The goal "${s(p, 'id')}" does not exist in the framework "${s(p, 'framework')}".${s(p, 'subgoals') ? ` Its delmål are ${s(p, 'subgoals')}.` : ''}`,
  },
  'reference.organisation.unknown': {
    sv: (p) =>
      `Organisationen ”${s(p, 'id')}” finns inte bland datasetets organisationer. Lägg till den under "organisations" eller rätta id:t.`,
    en: (p) =>
      `The organisation "${s(p, 'id')}" is not among the dataset's organisations. Add it under "organisations" or correct the id.`,
  },
  'reference.indicator.unknown': {
    sv: (p) => `Indikatorn ”${s(p, 'id')}” finns inte bland datasetets indikatorer.`,
    en: (p) => `The indicator "${s(p, 'id')}" is not among the dataset's indicators.`,
  },
  'reference.area.unknown': {
    sv: (p) => `Områdeskoden ${s(p, 'id')} finns inte bland de kända kommun- och länskoderna.`,
    en: (p) => `The area code ${s(p, 'id')} is not among the known municipality and county codes.`,
  },
  'reference.area.unchecked': {
    sv: (p) =>
      `Områdeskoderna kontrolleras bara till formen, eftersom valideringen inte fick någon lista över kommuner och län (areas i @dhol/data). Koden ${s(p, 'id')} här och datasetets andra koder kan vara okända utan att det märks.`,
    en: (p) =>
      `Area codes are checked by form only, since the validation was given no list of municipalities and counties (areas in @dhol/data). The code ${s(p, 'id')} here and the dataset's other codes may be unknown without notice.`,
  },
  'reference.baseline.no-observation': {
    sv: (p) =>
      `Utgångsläget nämner indikatorn ”${s(p, 'id')}” för område ${s(p, 'area')} och period ${s(p, 'period')}, men datasetet har inget sådant värde.`,
    en: (p) =>
      `The baseline names indicator "${s(p, 'id')}" for area ${s(p, 'area')} and period ${s(p, 'period')}, but the dataset has no such value.`,
  },
  'goal-tree.parent-unknown': {
    sv: (p) => `Målet ”${s(p, 'id')}” har föräldern ”${s(p, 'parent')}”, som inte finns i ramverket.`,
    en: (p) => `The goal "${s(p, 'id')}" has the parent "${s(p, 'parent')}", which is not in the framework.`,
  },
  'goal-tree.cycle': {
    sv: (p) => `Målen bildar en cirkel via ”parent”: ${s(p, 'cycle')}.`,
    en: (p) => `The goals form a cycle through "parent": ${s(p, 'cycle')}.`,
  },
  'goal-tree.priority-parent': {
    sv: (p) =>
      `Prioriteringen ”${s(p, 'id')}” ska ligga under ett delmål (”parent” ska vara ett mål av typen subgoal).`,
    en: (p) =>
      `The priority "${s(p, 'id')}" must sit under a delmål ("parent" must be a goal of kind subgoal).`,
  },
  'date.invalid': {
    sv: (p) => `${fieldSv(p)} har datumet ${s(p, 'value')}, som inte finns i kalendern.`,
    en: (p) => `${fieldEn(p)} has the date ${s(p, 'value')}, which is not a real calendar date.`,
  },
  'date.end-before-start': {
    sv: (p) => `Slutet (${s(p, 'end')}) ligger före början (${s(p, 'start')}).`,
    en: (p) => `The end (${s(p, 'end')}) comes before the start (${s(p, 'start')}).`,
  },
  'date.revision-outside-period': {
    sv: (p) =>
      `Revideringen ${s(p, 'value')} ligger utanför planens period (${s(p, 'start')}–${s(p, 'end')}).`,
    en: (p) =>
      `The revision ${s(p, 'value')} lies outside the plan's period (${s(p, 'start')}–${s(p, 'end')}).`,
  },
  'period.end-before-start': {
    sv: (p) => `Perioden ${s(p, 'value')} slutar före sitt första år.`,
    en: (p) => `The period ${s(p, 'value')} ends before its first year.`,
  },
  'value.percent-range': {
    sv: (p) => `Värdet ${nsv(p, 'value')} är en andel i procent och måste ligga mellan 0 och 100.`,
    en: (p) => `The value ${nen(p, 'value')} is a percentage and must lie between 0 and 100.`,
  },
  'value.negative-count': {
    sv: (p) => `Värdet ${nsv(p, 'value')} är ett antal och kan inte vara negativt.`,
    en: (p) => `The value ${nen(p, 'value')} is a count and cannot be negative.`,
  },
  'value.ci-order': {
    sv: (p) =>
      `Konfidensintervallets undre gräns (${nsv(p, 'lower')}) är större än den övre (${nsv(p, 'upper')}).`,
    en: (p) =>
      `The confidence interval's lower bound (${nen(p, 'lower')}) is greater than its upper bound (${nen(p, 'upper')}).`,
  },
  'value.outside-ci': {
    sv: (p) =>
      `Värdet ${nsv(p, 'value')} ligger utanför sitt konfidensintervall (${nsv(p, 'lower')}–${nsv(p, 'upper')}).`,
    en: (p) =>
      `The value ${nen(p, 'value')} lies outside its confidence interval (${nen(p, 'lower')}–${nen(p, 'upper')}).`,
  },
  'value.not-null': {
    sv: (p) =>
      `Ett värde med status ”${s(p, 'status')}” ska ha "value": null (ett undertryckt eller saknat värde är varken noll eller ett tal).`,
    en: (p) =>
      `A value with status "${s(p, 'status')}" must have "value": null (a suppressed or missing value is neither zero nor a number).`,
  },
  'value.null': {
    sv: (p) =>
      `Ett värde med status ”${s(p, 'status')}” måste ha ett tal i "value". Använd status "missing" eller "suppressed" om värdet saknas.`,
    en: (p) =>
      `A value with status "${s(p, 'status')}" must have a number in "value". Use the status "missing" or "suppressed" when there is no value.`,
  },
  'url.http': {
    sv: (p) =>
      `Länken ${s(p, 'value')} använder http och är inte krypterad. Använd https om webbplatsen stöder det.`,
    en: (p) => `The link ${s(p, 'value')} uses http and is not encrypted. Use https if the site supports it.`,
  },
  'url.unsafe': {
    sv: (p) =>
      `Länken ${s(p, 'value')} är inte en fullständig https-adress och kommer inte att visas. Skriv hela adressen, som börjar med https://.`,
    en: (p) =>
      `The link ${s(p, 'value')} is not a full https address and will not be shown. Write the whole address, starting with https://.`,
  },
  'policy.activity.no-responsible': {
    sv: (p) => `Aktiviteten ”${s(p, 'id')}” har ingen ansvarig part.`,
    en: (p) => `The activity "${s(p, 'id')}" has no responsible party.`,
  },
  'policy.subgoal.no-activity': {
    sv: (p) => `Ingen aktivitet i planen ”${s(p, 'plan')}” är kopplad till delmål ${s(p, 'label')}.`,
    en: (p) => `No activity of the plan "${s(p, 'plan')}" is linked to delmål ${s(p, 'label')}.`,
  },
  'policy.indicator.no-sex-split': {
    sv: (p) =>
      `Indikatorn ”${s(p, 'id')}” gäller personer, men dess värden är inte uppdelade på kön (bara T).`,
    en: (p) => `The indicator "${s(p, 'id')}" is about people, but its values are not split by sex (only T).`,
  },
  'policy.indicator.no-sex-breakdown': {
    sv: (p) => `Indikatorn ”${s(p, 'id')}” gäller personer, men "breakdowns" saknar "sex".`,
    en: (p) => `The indicator "${s(p, 'id')}" is about people, but "breakdowns" lacks "sex".`,
  },
  'policy.revision.overdue': {
    sv: (p) => `Revideringen planerad till ${s(p, 'value')} är försenad (inte markerad som gjord).`,
    en: (p) => `The revision planned for ${s(p, 'value')} is overdue (not marked as done).`,
  },
  'date.future': {
    sv: (p) =>
      `${fieldSv(p)} har datumet ${s(p, 'value')}, som ligger efter dagens datum (${s(p, 'today')}). Uppföljningen ska beskriva det som redan har hänt.`,
    en: (p) =>
      `${fieldEn(p)} has the date ${s(p, 'value')}, which is after today (${s(p, 'today')}). Follow-up records what has already happened.`,
  },
  'progress.status-mismatch': {
    sv: (p) =>
      `Aktiviteten ”${s(p, 'id')}” har statusen ”${activityStatusLabel(s(p, 'status'), 'sv')}”, men den senaste lägesrapporten (${s(p, 'date')}) säger ”${activityStatusLabel(s(p, 'noteStatus'), 'sv')}”. Ändra statusen eller lägg till en ny lägesrapport.`,
    en: (p) =>
      `The activity "${s(p, 'id')}" has the status "${activityStatusLabel(s(p, 'status'), 'en')}", but its latest progress note (${s(p, 'date')}) says "${activityStatusLabel(s(p, 'noteStatus'), 'en')}". Change the status or add a new progress note.`,
  },
  'revision.not-marked-done': {
    sv: (p) =>
      `Revideringen ${s(p, 'value')} har uppgifter om när den gjordes, beslutet eller vad som ändrades, men är inte markerad som gjord ("done": true).`,
    en: (p) =>
      `The revision ${s(p, 'value')} records when it was done, its decision or what changed, but is not marked as done ("done": true).`,
  },
  'replaces.self': {
    sv: (p) =>
      `Planen ”${s(p, 'id')}” version ${s(p, 'value')} anges ersätta sig själv. Ange id och version för den tidigare versionen.`,
    en: (p) =>
      `The plan "${s(p, 'id')}" version ${s(p, 'value')} is said to replace itself. Give the id and version of the earlier version.`,
  },
  'replaces.version-mismatch': {
    sv: (p) =>
      `Planen ska ersätta ”${s(p, 'id')}” version ${s(p, 'value')}, men den planen har version ${s(p, 'found')} i datasetet.`,
    en: (p) =>
      `The plan is said to replace "${s(p, 'id')}" version ${s(p, 'value')}, but that plan has version ${s(p, 'found')} in the dataset.`,
  },
  'agreement.step-pending': {
    sv: (p) =>
      `Överenskommelsen ”${s(p, 'id')}” har statusen ”${agreementStatusLabel(s(p, 'status'), 'sv')}”, men beslutssteg ${s(p, 'step')} är inte markerat som gjort ("done": true).`,
    en: (p) =>
      `The agreement "${s(p, 'id')}" has the status "${agreementStatusLabel(s(p, 'status'), 'en')}", but decision step ${s(p, 'step')} is not marked as done ("done": true).`,
  },
  'internal.error': {
    sv: () => 'Valideringen stoppades av ett internt fel. Rapportera gärna filen till dhol-projektet.',
    en: () => 'Validation stopped on an internal error. Please report the file to the dhol project.',
  },
} satisfies Catalogue;

/** Every message validation can raise: a dataset's and a manifest's. */
export const validationMessages: typeof datasetMessages & typeof manifestMessages =
  /* @__PURE__ */ Object.assign({}, datasetMessages, manifestMessages);

/** A code validation can raise. */
export type ValidationIssueCode = keyof typeof validationMessages;

/** A code dataset validation can raise (all but the manifest's own). */
export type DatasetIssueCode = keyof typeof datasetMessages;

/** Every code validation can raise, for documentation and the CLI. */
export const validationIssueCodes = /* @__PURE__ */ Object.keys(validationMessages) as ValidationIssueCode[];

/**
 * Builds an issue of dataset validation from its catalogue. The manifest's own messages are apart
 * (`manifestIssue`), so that a bundle which validates no manifest (an element's script) leaves them out.
 */
export const validationIssue = issueFactory<DatasetIssueCode>(datasetMessages);

/** Builds an issue of manifest validation: the manifest's own codes and the ones it shares with datasets. */
export const manifestIssue = /* @__PURE__ */ issueFactory<ValidationIssueCode>(validationMessages);
