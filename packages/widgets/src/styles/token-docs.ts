import { colours, scale, type Token } from './tokens.js';

/**
 * What each global token is for and where the elements use it, in Swedish and English: the source of the token
 * tables in `custom-elements.json` (through the manifest plugin) and in Storybook. Documentation only: no element
 * imports this module, so none of it reaches `dhol.js`.
 */
export const tokenDocs: Record<Token, { sv: string; en: string }> = {
  'color-scheme': {
    sv: 'Låser elementens färgschema: `light`, `dark` eller `light dark` (följer besökaren). Utan värde gäller sidans eget `color-scheme` (ljust om sidan inte anger något). `data-dhol-theme="light|dark"` på en behållare gör detsamma.',
    en: 'Locks the elements\' colour scheme: `light`, `dark` or `light dark` (follows the visitor). Unset, the page\'s own `color-scheme` applies (light when the page declares none). `data-dhol-theme="light|dark"` on a container does the same.',
  },
  'color-text': {
    sv: 'Brödtext och, om inget annat anges, rubriker.',
    en: 'Body text and, unless set apart, headings.',
  },
  'color-text-muted': {
    sv: 'Sekundär text: källor, noter, antal, platser i fellistan.',
    en: 'Secondary text: sources, notes, counts, places in the issue list.',
  },
  'color-background': {
    sv: 'Elementets bakgrund (och ringen runt diagrammets värden och etiketter).',
    en: "The element's background (and the halo around chart values and labels).",
  },
  'color-surface': {
    sv: 'Ytor: planens sidhuvud, parternas kort, tabellhuvuden, lägesrutor (laddar, tom).',
    en: "Surfaces: the plan's header, party cards, table headers, state boxes (loading, empty).",
  },
  'color-border': {
    sv: 'Kanter på kort, rutor och markörer; under tabellhuvuden.',
    en: 'Borders of cards, boxes and markers; under table headers.',
  },
  'color-input-border': {
    sv: 'Kanter på fält, listor och knappar (filter, vyval). Standard: `--dhol-color-border`.',
    en: 'Borders of fields, selects and buttons (filters, view switch). Default: `--dhol-color-border`.',
  },
  'color-rule': {
    sv: 'Linjer mellan tabellrader och diagrammets stödlinjer; dekorativa, behöver ingen kontrast.',
    en: 'Rules between table rows and the chart grid; decorative, no contrast needed.',
  },
  'color-accent': {
    sv: 'Accent: markeringar vid kort, delmål och tidslinjer, vald vy (text i bakgrundsfärg på accent).',
    en: 'Accent: markers on cards, delmål and timelines, the chosen view (background-coloured text on accent).',
  },
  'color-link': { sv: 'Länkar och klickbara antal.', en: 'Links and clickable counts.' },
  'color-focus': {
    sv: 'Fokusringen runt det tangentbordet står på.',
    en: 'The focus ring around what the keyboard is on.',
  },
  'color-error': { sv: 'Fel: text, kanter och märken.', en: 'Errors: text, borders and badges.' },
  'color-error-surface': { sv: 'Bakgrund i felrutan.', en: 'Background of the error block.' },
  'color-warning': {
    sv: 'Varningar och luckor: text, kanter och märken.',
    en: 'Warnings and gaps: text, borders and badges.',
  },
  'color-warning-surface': {
    sv: 'Bakgrund för varningar, noter och luckor i täckningstabellen.',
    en: 'Background of warnings, notes and gaps in the coverage table.',
  },
  'color-success': { sv: 'Klart, genomfört.', en: 'Done, completed.' },
  'color-info-surface': {
    sv: 'Bakgrund i stödrutan (112, 1177).',
    en: 'Background of the support notice (112, 1177).',
  },
  'color-highlight': {
    sv: 'Markering: vald aktivitet, nästa revidering.',
    en: 'Highlight: the picked activity, the next revision.',
  },
  'heading-color': {
    sv: 'Rubrikernas färg. Standard: `--dhol-color-text`.',
    en: 'Colour of headings. Default: `--dhol-color-text`.',
  },
  'font-family': { sv: 'Typsnitt för all text.', en: 'Font of all text.' },
  'font-size': {
    sv: 'Textstorlek. Standard: texten runt elementet (sidans brödtext), oavsett rotens storlek.',
    en: "Text size. Default: the text around the element (the page's body text), whatever the root size.",
  },
  'font-size-small': {
    sv: 'Liten text: märken, källor, fotnoter, diagrammets etiketter.',
    en: 'Small text: badges, sources, footnotes, chart labels.',
  },
  'font-line-height': { sv: 'Radavstånd i brödtext.', en: 'Line height of body text.' },
  'heading-font-family': {
    sv: 'Rubrikernas typsnitt. Standard: `--dhol-font-family`.',
    en: 'Font of headings. Default: `--dhol-font-family`.',
  },
  'heading-font-weight': { sv: 'Rubrikernas vikt.', en: 'Weight of headings.' },
  'heading-line-height': { sv: 'Radavstånd i rubriker.', en: 'Line height of headings.' },
  'heading-size-title': {
    sv: 'Elementets titel (planens, handslagets, indikatorns namn).',
    en: "The element's title (the plan's, agreement's, indicator's name).",
  },
  'heading-size-section': {
    sv: 'Avsnitt: Bakgrund, Aktiviteter per delmål, Parter, Utgångsläge.',
    en: 'Sections: background, activities by delmål, parties, baseline.',
  },
  'heading-size-group': {
    sv: 'Grupper i ett avsnitt: ett delmål i planen, en part i handslaget.',
    en: 'Groups within a section: a delmål in the plan, a party in the agreement.',
  },
  'heading-size-subgroup': {
    sv: 'Undergrupper: Pågående aktiviteter, Åtaganden, Prioriteringar, rubriker i löptext.',
    en: 'Subgroups: ongoing activities, duties, priorities, headings in running text.',
  },
  'heading-size-item': {
    sv: 'En post: en aktivitet, ett beslutssteg, ett delmål i strategins lista.',
    en: "One item: an activity, a decision step, a delmål in the strategy's list.",
  },
  measure: {
    sv: 'Längsta radlängd för löptext (stycken, beskrivningar), så att raderna går att läsa.',
    en: 'Longest line of running text (paragraphs, descriptions), so lines stay readable.',
  },
  'space-xs': {
    sv: 'Minsta avstånd: mellan märken, i tabellceller (lodrätt), under rader i listor.',
    en: 'Smallest gap: between badges, in table cells (vertical), under list rows.',
  },
  'space-s': {
    sv: 'Litet avstånd: under stycken och rubriker, i tabellceller (vågrätt), mellan aktiviteter.',
    en: 'Small gap: under paragraphs and headings, in table cells (horizontal), between activities.',
  },
  'space-m': {
    sv: 'Mellanavstånd: inuti kort och rutor, mellan filterfält och kort.',
    en: 'Medium gap: inside cards and boxes, between filter fields and cards.',
  },
  'space-l': {
    sv: 'Stort avstånd: över rubriker, indrag i listor.',
    en: 'Large gap: above headings, list indents.',
  },
  'space-xl': { sv: 'Största avstånd: mellan stora avsnitt.', en: 'Largest gap: between major sections.' },
  radius: {
    sv: 'Hörnradie på kort, rutor, fält och knappar.',
    en: 'Corner radius of cards, boxes, fields and buttons.',
  },
  'focus-width': { sv: 'Fokusringens tjocklek.', en: 'Width of the focus ring.' },
  'focus-style': {
    sv: 'Fokusringens linje (`solid`, `dashed` …).',
    en: 'Line of the focus ring (`solid`, `dashed` …).',
  },
  'focus-offset': {
    sv: 'Avstånd mellan fokusringen och det den omger.',
    en: 'Gap between the focus ring and what it surrounds.',
  },
};

/** A token's default as the manifest and Storybook show it: one value, or the light and dark values. */
export function tokenDefault(name: Token): string {
  if (name === 'color-scheme') return '(the page’s color-scheme)';
  if (name in colours) {
    const [light, dark] = colours[name as keyof typeof colours];
    // A default that is another token (`var(--_color-border)`) is shown by that token's public name.
    const shown = (value: string) => value.replaceAll('--_', '--dhol-');
    return light === dark ? shown(light) : `light-dark(${shown(light)}, ${shown(dark)})`;
  }
  return scale[name as keyof typeof scale];
}

/** Every global token with its default and descriptions, in the order of the tables. */
export const tokenTable = (Object.keys(tokenDocs) as Token[]).map((name) => ({
  name: `--dhol-${name}`,
  default: tokenDefault(name),
  ...tokenDocs[name],
}));
