import { defineMessages } from '../../i18n/messages.js';

/** The words of opening a file or an address. */
export const opt = defineMessages({
  sv: {
    heading: 'Öppna en fil',
    intro:
      'En dhol-fil (JSON), indikatorvärden som JSON-stat 2.0 eller från Kolada, eller en CSV-fil med värden eller aktiviteter. Filen ändras inte; du arbetar i ett utkast.',
    file: 'Välj en fil från datorn',
    fileHint: 'JSON eller CSV.',
    url: 'Eller öppna en fil från en webbadress',
    urlHint: 'Till exempel adressen till en plan på kommunens webbplats.',
    urlButton: 'Hämta och öppna',
    reading: 'Läser filen …',
    fetching: 'Hämtar filen …',
    'kind.dataset': 'en dhol-fil',
    'kind.jsonstat': 'JSON-stat 2.0',
    'kind.kolada': 'data från Kolada',
    'kind.observations-csv': 'en CSV-fil med indikatorvärden',
    'kind.activities-csv': 'en CSV-fil med aktiviteter',
    read: (p) => `Filen lästes som ${p.kind}.`,
    warnings: 'Varningar från inläsningen',
    openAnyway: 'Öppna utkastet',
    cancel: 'Avbryt',
    failed: 'Filen kunde inte öppnas',
    failedAs: (p) =>
      `Filen lästes som ${p.kind} men har fel som hindrar att den öppnas. Rätta dem i filen och försök igen:`,
    'problem.empty': 'Filen är tom.',
    'problem.not-json': 'Filen är inte JSON och inte en CSV-fil som redigeraren känner igen.',
    'problem.not-json-detail': (p) => `Filen är inte giltig JSON: ${p.detail}`,
    'problem.unknown-csv':
      'Redigeraren känner inte igen filen. En CSV-fil med värden behöver kolumnerna indicator och value; en med aktiviteter kolumnerna id, title_sv och goals.',
    'problem.bad-url': 'Skriv en webbadress som börjar med https://.',
    'problem.not-found':
      'Det finns ingen fil på adressen (svaret var ”hittades inte”). Kontrollera adressen.',
    'problem.http': (p) =>
      `Servern svarade med ett fel (${p.detail}). Försök igen senare, eller kontrollera adressen.`,
    'problem.network':
      'Filen kunde inte hämtas. Webbplatsen kanske inte tillåter att filen hämtas härifrån, eller så är du inte ansluten.',
    'problem.too-large': 'Filen är för stor för att öppnas i redigeraren.',
    'problem.unreadable': 'Filen kunde inte läsas.',
  },
  en: {
    heading: 'Open a file',
    intro:
      'A dhol file (JSON), indicator values as JSON-stat 2.0 or from Kolada, or a CSV file of values or activities. The file is not changed; you work in a draft.',
    file: 'Choose a file from your computer',
    fileHint: 'JSON or CSV.',
    url: 'Or open a file from a web address',
    urlHint: "For example the address of a plan on the municipality's website.",
    urlButton: 'Fetch and open',
    reading: 'Reading the file …',
    fetching: 'Fetching the file …',
    'kind.dataset': 'a dhol file',
    'kind.jsonstat': 'JSON-stat 2.0',
    'kind.kolada': 'data from Kolada',
    'kind.observations-csv': 'a CSV file of indicator values',
    'kind.activities-csv': 'a CSV file of activities',
    read: (p) => `The file was read as ${p.kind}.`,
    warnings: 'Warnings from reading the file',
    openAnyway: 'Open the draft',
    cancel: 'Cancel',
    failed: 'The file could not be opened',
    failedAs: (p) =>
      `The file was read as ${p.kind} but has errors that stop it from opening. Correct them in the file and try again:`,
    'problem.empty': 'The file is empty.',
    'problem.not-json': 'The file is not JSON, nor a CSV file the editor recognises.',
    'problem.not-json-detail': (p) => `The file is not valid JSON: ${p.detail}`,
    'problem.unknown-csv':
      'The editor does not recognise the file. A CSV file of values needs the columns indicator and value; one of activities the columns id, title_sv and goals.',
    'problem.bad-url': 'Enter a web address that starts with https://.',
    'problem.not-found': 'There is no file at the address (the answer was “not found”). Check the address.',
    'problem.http': (p) =>
      `The server answered with an error (${p.detail}). Try again later, or check the address.`,
    'problem.network':
      'The file could not be fetched. The website may not allow the file to be fetched from here, or you are not connected.',
    'problem.too-large': 'The file is too large to open in the editor.',
    'problem.unreadable': 'The file could not be read.',
  },
});

export type OpenMessage = Parameters<typeof opt>[1];
