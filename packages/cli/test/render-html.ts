import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The two example datasets of `@dhol/data`, as files the CLI reads. */
export const exampleFiles = {
  sormland: require.resolve('@dhol/data/datasets/sormland-handlingsplan-2026.json'),
  surahammar: require.resolve('@dhol/data/datasets/surahammar-handslag.json'),
} as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Lit and the page writer use. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of an HTML document or fragment as a reader meets it, roughly: styles, the head and tags left out,
 * character references decoded, white space collapsed. Enough to ask "does the page say X?".
 */
export function textOf(markup: string): string {
  const body = markup.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<style>[\s\S]*?<\/style>/g, '');
  return decodeEntities(body.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses white space, as `textOf` does, so a text from the data can be looked for in a page's text. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
