/**
 * The editor's words in Swedish (first) and English. Sections may add their own catalogue with
 * `defineMessages`; these are the words every part of the editor shares.
 */
import { formatCount } from '../util/format.js';

export type Lang = 'sv' | 'en';
export type Params = Record<string, string | number>;
export type Entry = string | ((params: Params) => string);

/** The language for a `lang` value: English for any `en` tag, otherwise Swedish. */
export function resolveLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'sv';
}

/**
 * A typed message function over a catalogue: `t(lang, key, params)`. A key missing in English falls back to
 * Swedish, and a missing key shows as itself, so a gap is visible rather than a crash.
 */
export function defineMessages<K extends string>(catalogue: { sv: Record<K, Entry>; en: Record<K, Entry> }) {
  return (lang: Lang, key: K, params: Params = {}): string => {
    const entry = catalogue[lang][key] ?? catalogue.sv[key];
    if (entry === undefined) return key;
    return typeof entry === 'function' ? entry(params) : entry;
  };
}

const plural = (lang: Lang, n: number | string | undefined, one: string, many: string) =>
  `${formatCount(Number(n), lang)} ${Number(n) === 1 ? one : many}`;

const sv = {
  // The editor's frame
  'editor.label': 'Redigeraren',
  'editor.parts': 'Delar av utkastet',
  'editor.undo': 'Ångra',
  'editor.redo': 'Gör om',
  'editor.undone': (p) => `Ångrade: ${p.what}.`,
  'editor.redone': (p) => `Gjorde om: ${p.what}.`,
  'editor.nothingToUndo': 'Det finns inget att ångra.',
  'editor.nothingToRedo': 'Det finns inget att göra om.',
  'editor.english': 'Visa fält för engelsk text',
  'editor.notAnObject':
    'Filen är inte ett dataset (ett JSON-objekt). Den sparas som den är, men kan inte visas som formulär.',
  'editor.cannotShow':
    'Den här delen av filen kan inte visas som formulär. Rätta felen nedan eller ladda ner filen och rätta den i en texteditor.',
  'editor.close': 'Stäng utkastet',
  'editor.download': 'Ladda ner',
  'editor.closed': 'Utkastet är stängt. Det finns kvar bland de sparade utkasten.',
  'editor.back': 'Tillbaka',
  // Start
  'start.heading': 'Vad vill du göra?',
  'start.intro':
    'Skriv en handlingsplan i formulär i stället för i JSON. Allt du skriver sparas i den här webbläsaren medan du arbetar, och du laddar ner filen när den är klar.',
  'start.drafts': 'Fortsätt med ett sparat utkast',
  'start.noDrafts': 'Det finns inga sparade utkast i den här webbläsaren.',
  'start.noStorage':
    'Webbläsaren tillåter inte att utkast sparas. Du kan skriva ändå, men ladda ner filen innan du lämnar sidan.',
  'start.draftName': 'Utkast',
  'start.draftUpdated': 'Senast ändrat',
  'start.draftActions': 'Åtgärder',
  'start.resume': 'Öppna',
  'start.resumeNamed': (p) => `Öppna ${p.name}`,
  'start.remove': 'Ta bort',
  'start.removeNamed': (p) => `Ta bort ${p.name}`,
  'start.confirmRemove': (p) => `Vill du ta bort utkastet ”${p.name}”? Det går inte att ångra.`,
  'start.removeYes': 'Ja, ta bort utkastet',
  'start.removeNo': 'Nej, behåll det',
  'start.removed': (p) => `Utkastet ”${p.name}” är borttaget.`,
  // Preview
  'preview.heading': 'Förhandsvisning',
  'preview.hint':
    'Så här visas utkastet på en webbplats. Förhandsvisningen uppdateras när du gör en paus i skrivandet.',
  'preview.lang': 'Språk i förhandsvisningen',
  'preview.unavailable':
    'Förhandsvisningen kunde inte läsas in. Formuläret fungerar ändå och ditt utkast är sparat. Ladda om sidan för att försöka igen.',
  // Drafts
  'draft.autosave': 'Ändringarna sparas i webbläsaren medan du skriver.',
  'draft.restored': (p) => `Ditt utkast från ${p.time} är återställt.`,
  'draft.full':
    'Webbläsarens lagring är full, så de senaste ändringarna kunde inte sparas här. Ladda ner filen så att inget går förlorat, eller ta bort gamla utkast.',
  'draft.unavailable':
    'Webbläsaren tillåter inte att utkastet sparas. Ladda ner filen innan du lämnar sidan så att inget går förlorat.',
  'draft.savedAgain': 'Utkastet sparas igen i webbläsaren.',
  'draft.untitled': 'Namnlöst utkast',
  'draft.leave': 'Du har ändringar som inte är nedladdade. Vill du lämna sidan?',
  // Issues
  'issues.heading': 'Det finns problem',
  'issues.headingErrors': (p) => `${plural('sv', p.count, 'fel', 'fel')} att rätta`,
  'issues.headingWarnings': (p) => `${plural('sv', p.count, 'varning', 'varningar')}`,
  'issues.intro':
    'Utkastet sparas ändå. Felen behöver rättas innan filen kan publiceras; varningarna är råd utifrån strategin.',
  'issues.errors': 'Fel',
  'issues.warnings': 'Varningar',
  'issues.more': (p) => `… och ${formatCount(Number(p.count), 'sv')} till.`,
  'issues.error': 'Fel',
  'issues.warning': 'Varning',
  'issues.none': 'Inga fel eller varningar.',
  'issues.count': (p) =>
    Number(p.errors) + Number(p.warnings) === 0
      ? 'Inga fel eller varningar.'
      : `${plural('sv', p.errors, 'fel', 'fel')} och ${plural('sv', p.warnings, 'varning', 'varningar')}.`,
  'issues.inPart': 'Problem i den här delen',
  'issues.checking': 'Kontrollerar …',
  // Fields
  'field.optional': '(frivilligt)',
  'field.english': (p) => `${p.label} på engelska`,
  'field.choose': 'Välj …',
  'field.none': 'Inget valt',
  'field.unknownValue': (p) => `Okänt värde i filen: ${p.value}`,
  'field.year': 'År',
  'field.month': 'Månad',
  'field.day': 'Dag',
  'field.dateHint': 'Till exempel 2026 04 17.',
  'field.partialDateHint': 'År räcker; lägg till månad och dag om de är kända. Till exempel 2027 03.',
  'field.add': 'Lägg till',
  'field.remove': 'Ta bort',
  'field.removeItem': (p) => `Ta bort ${p.item}`,
  'field.moveUp': 'Flytta upp',
  'field.moveDown': 'Flytta ned',
  'field.moveUpItem': (p) => `Flytta upp ${p.item}`,
  'field.moveDownItem': (p) => `Flytta ned ${p.item}`,
  'field.moved': (p) => `${p.item} flyttades till plats ${p.position}.`,
  'field.removed': (p) => `${p.item} togs bort.`,
  'field.added': (p) => `${p.item} lades till.`,
  // Text blocks
  'blocks.paragraph': (p) => `Stycke ${p.n}`,
  'blocks.list': (p) => `Punktlista ${p.n}`,
  'blocks.heading': (p) => `Rubrik ${p.n}`,
  'blocks.listHint': 'En punkt per rad.',
  'blocks.addParagraph': 'Lägg till stycke',
  'blocks.addList': 'Lägg till punktlista',
  'blocks.addHeading': 'Lägg till rubrik',
  'blocks.empty': 'Ingen text ännu.',
  // Organisation picker
  'org.choose': 'Välj organisation …',
  'org.new': 'Lägg till en organisation som inte finns i listan',
  'org.newLegend': (p) => `Ny organisation för ”${p.label}”`,
  'org.newName': 'Organisationens namn',
  'org.newKind': 'Typ av organisation',
  'org.create': 'Lägg till organisationen',
  'org.cancel': 'Avbryt',
  'org.nameMissing': 'Skriv organisationens namn.',
  'org.created': (p) => `${p.name} lades till bland organisationerna och valdes.`,
  'org.unknown': (p) => `Okänd organisation i filen: ${p.id}`,
  'orgKind.kommun': 'Kommun',
  'orgKind.region': 'Region',
  'orgKind.lansstyrelse': 'Länsstyrelse',
  'orgKind.agency': 'Statlig myndighet',
  'orgKind.civil-society': 'Civilsamhällets organisation',
  'orgKind.research': 'Forskning och utveckling (FoU)',
  'orgKind.samordningsforbund': 'Samordningsförbund',
  'orgKind.care-provider': 'Vårdgivare',
  'orgKind.unit': 'Del av en organisation (förvaltning, division, enhet)',
  'orgKind.network': 'Nätverk',
  'orgKind.body': 'Nämnd, styrgrupp eller annat organ',
  'orgKind.other': 'Annan',
  // Area picker
  'area.search': 'Sök län eller kommun',
  'area.hint': 'Skriv några bokstäver och välj i listan med piltangenterna och Enter.',
  'area.chosen': 'Valda områden',
  'area.noneChosen': 'Inget område är valt.',
  'area.remove': (p) => `Ta bort ${p.name}`,
  'area.noMatch': 'Inget län eller ingen kommun matchar.',
  'area.results': (p) => plural('sv', p.count, 'träff', 'träffar'),
  'area.added': (p) => `${p.name} valdes.`,
  'area.removed': (p) => `${p.name} togs bort.`,
  'area.kind.country': 'hela landet',
  'area.kind.lan': 'län',
  'area.kind.kommun': (p) => `kommun i ${p.lan}`,
  'area.unknown': (p) => `Okänd områdeskod ${p.code}`,
  // Choices the model codes
  'planKind.local': 'Kommunal',
  'planKind.regional': 'Regional (länsgemensam)',
  'planKind.national': 'Nationell',
  'activityKind.ongoing': 'Pågående',
  'activityKind.development': 'Utvecklingsområde',
  'activityKind.new': 'Ny',
  'status.planned': 'Planerad',
  'status.ongoing': 'Pågår',
  'status.completed': 'Genomförd',
  'status.paused': 'Pausad',
  'status.cancelled': 'Avbruten',
  'role.lead': 'Leder',
  'role.coordinator': 'Samordnar',
  'role.performer': 'Utför',
  'role.owner': 'Huvudman',
  'role.support': 'Kunskaps- och processtöd',
  'role.partner': 'Samarbetspart',
  'role.responsible': 'Ansvarig (utan närmare roll)',
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, Entry> = {
  'editor.label': 'The editor',
  'editor.parts': 'Parts of the draft',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.undone': (p) => `Undone: ${p.what}.`,
  'editor.redone': (p) => `Redone: ${p.what}.`,
  'editor.nothingToUndo': 'There is nothing to undo.',
  'editor.nothingToRedo': 'There is nothing to redo.',
  'editor.english': 'Show fields for English text',
  'editor.notAnObject':
    'The file is not a dataset (a JSON object). It is kept as it is, but cannot be shown as a form.',
  'editor.cannotShow':
    'This part of the file cannot be shown as a form. Correct the errors below, or download the file and correct it in a text editor.',
  'editor.close': 'Close the draft',
  'editor.download': 'Download',
  'editor.closed': 'The draft is closed. It is kept among the saved drafts.',
  'editor.back': 'Back',
  'start.heading': 'What do you want to do?',
  'start.intro':
    'Write an action plan in forms instead of JSON. Everything you write is saved in this browser as you work, and you download the file when it is ready.',
  'start.drafts': 'Continue with a saved draft',
  'start.noDrafts': 'There are no saved drafts in this browser.',
  'start.noStorage':
    'The browser does not allow drafts to be saved. You can write all the same, but download the file before you leave the page.',
  'start.draftName': 'Draft',
  'start.draftUpdated': 'Last changed',
  'start.draftActions': 'Actions',
  'start.resume': 'Open',
  'start.resumeNamed': (p) => `Open ${p.name}`,
  'start.remove': 'Delete',
  'start.removeNamed': (p) => `Delete ${p.name}`,
  'start.confirmRemove': (p) => `Delete the draft “${p.name}”? This cannot be undone.`,
  'start.removeYes': 'Yes, delete the draft',
  'start.removeNo': 'No, keep it',
  'start.removed': (p) => `The draft “${p.name}” has been deleted.`,
  'preview.heading': 'Preview',
  'preview.hint': 'This is how the draft shows on a website. The preview is updated when you pause typing.',
  'preview.lang': 'Language of the preview',
  'preview.unavailable':
    'The preview could not be loaded. The form still works and your draft is saved. Reload the page to try again.',
  'draft.autosave': 'Changes are saved in the browser as you type.',
  'draft.restored': (p) => `Your draft from ${p.time} has been restored.`,
  'draft.full':
    "The browser's storage is full, so the latest changes could not be saved here. Download the file so that nothing is lost, or delete old drafts.",
  'draft.unavailable':
    'The browser does not allow the draft to be saved. Download the file before you leave the page so that nothing is lost.',
  'draft.savedAgain': 'The draft is being saved in the browser again.',
  'draft.untitled': 'Untitled draft',
  'draft.leave': 'You have changes that are not downloaded. Leave the page?',
  'issues.heading': 'There is a problem',
  'issues.headingErrors': (p) => `${plural('en', p.count, 'error', 'errors')} to correct`,
  'issues.headingWarnings': (p) => plural('en', p.count, 'warning', 'warnings'),
  'issues.intro':
    'The draft is saved all the same. The errors must be corrected before the file can be published; the warnings are advice from the strategy.',
  'issues.errors': 'Errors',
  'issues.warnings': 'Warnings',
  'issues.more': (p) => `… and ${formatCount(Number(p.count), 'en')} more.`,
  'issues.error': 'Error',
  'issues.warning': 'Warning',
  'issues.none': 'No errors or warnings.',
  'issues.count': (p) =>
    Number(p.errors) + Number(p.warnings) === 0
      ? 'No errors or warnings.'
      : `${plural('en', p.errors, 'error', 'errors')} and ${plural('en', p.warnings, 'warning', 'warnings')}.`,
  'issues.inPart': 'Problems in this part',
  'issues.checking': 'Checking …',
  'field.optional': '(optional)',
  'field.english': (p) => `${p.label} in English`,
  'field.choose': 'Choose …',
  'field.none': 'None chosen',
  'field.unknownValue': (p) => `Unknown value in the file: ${p.value}`,
  'field.year': 'Year',
  'field.month': 'Month',
  'field.day': 'Day',
  'field.dateHint': 'For example 2026 04 17.',
  'field.partialDateHint':
    'A year is enough; add the month and day when they are known. For example 2027 03.',
  'field.add': 'Add',
  'field.remove': 'Remove',
  'field.removeItem': (p) => `Remove ${p.item}`,
  'field.moveUp': 'Move up',
  'field.moveDown': 'Move down',
  'field.moveUpItem': (p) => `Move up ${p.item}`,
  'field.moveDownItem': (p) => `Move down ${p.item}`,
  'field.moved': (p) => `${p.item} moved to position ${p.position}.`,
  'field.removed': (p) => `${p.item} removed.`,
  'field.added': (p) => `${p.item} added.`,
  'blocks.paragraph': (p) => `Paragraph ${p.n}`,
  'blocks.list': (p) => `Bullet list ${p.n}`,
  'blocks.heading': (p) => `Heading ${p.n}`,
  'blocks.listHint': 'One item per line.',
  'blocks.addParagraph': 'Add a paragraph',
  'blocks.addList': 'Add a bullet list',
  'blocks.addHeading': 'Add a heading',
  'blocks.empty': 'No text yet.',
  'org.choose': 'Choose an organisation …',
  'org.new': 'Add an organisation that is not in the list',
  'org.newLegend': (p) => `New organisation for “${p.label}”`,
  'org.newName': "The organisation's name",
  'org.newKind': 'Kind of organisation',
  'org.create': 'Add the organisation',
  'org.cancel': 'Cancel',
  'org.nameMissing': "Enter the organisation's name.",
  'org.created': (p) => `${p.name} was added to the organisations and chosen.`,
  'org.unknown': (p) => `Unknown organisation in the file: ${p.id}`,
  'orgKind.kommun': 'Municipality',
  'orgKind.region': 'Region',
  'orgKind.lansstyrelse': 'County administrative board',
  'orgKind.agency': 'Government agency',
  'orgKind.civil-society': 'Civil society organisation',
  'orgKind.research': 'Research and development (R&D)',
  'orgKind.samordningsforbund': 'Coordination association (samordningsförbund)',
  'orgKind.care-provider': 'Care provider',
  'orgKind.unit': 'Part of an organisation (department, division, unit)',
  'orgKind.network': 'Network',
  'orgKind.body': 'Committee, steering group or other body',
  'orgKind.other': 'Other',
  'area.search': 'Search for a county or municipality',
  'area.hint': 'Type a few letters and choose from the list with the arrow keys and Enter.',
  'area.chosen': 'Chosen areas',
  'area.noneChosen': 'No area is chosen.',
  'area.remove': (p) => `Remove ${p.name}`,
  'area.noMatch': 'No county or municipality matches.',
  'area.results': (p) => plural('en', p.count, 'match', 'matches'),
  'area.added': (p) => `${p.name} chosen.`,
  'area.removed': (p) => `${p.name} removed.`,
  'area.kind.country': 'the whole country',
  'area.kind.lan': 'county',
  'area.kind.kommun': (p) => `municipality in ${p.lan}`,
  'area.unknown': (p) => `Unknown area code ${p.code}`,
  'planKind.local': 'Municipal',
  'planKind.regional': 'Regional (county-wide)',
  'planKind.national': 'National',
  'activityKind.ongoing': 'Ongoing',
  'activityKind.development': 'Development area',
  'activityKind.new': 'New',
  'status.planned': 'Planned',
  'status.ongoing': 'Ongoing',
  'status.completed': 'Completed',
  'status.paused': 'Paused',
  'status.cancelled': 'Cancelled',
  'role.lead': 'Leads',
  'role.coordinator': 'Coordinates',
  'role.performer': 'Carries out',
  'role.owner': 'Principal (huvudman)',
  'role.support': 'Knowledge and process support',
  'role.partner': 'Partner',
  'role.responsible': 'Responsible (no closer role)',
};

/** A shared message in `lang`. */
export const msg = defineMessages<MessageKey>({ sv, en });
