/**
 * What every element's stories share: the arguments every dhol element takes, the controls for them, and the
 * checks a story's play function makes, so each story also tests the state it shows.
 */
import type { DholElement, DholState } from '@dhol/widgets';
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor, within } from 'storybook/test';
import { emptyDataset, loadingArgs, notFoundArgs } from '../fixtures.js';
import { MANIFEST_SECTIONS } from '../manifest.js';

/** The arguments every dhol element takes (see DholElement in `@dhol/widgets`). */
export interface ElementArgs {
  /** `sv` (default) or `en`. */
  lang: 'sv' | 'en';
  /** A dataset object, validated before it is shown. */
  data?: unknown;
  /** URL of a dataset; the stories pair it with a `fetcher`, so nothing reaches a network. */
  src?: string;
  /** The `fetch` the element reads `src` with. */
  fetcher?: typeof fetch;
  /** Milliseconds to wait for `src`. */
  timeout?: number;
  /** Level of the element's top headings (1–6). */
  headingLevel: number;
  /** Hides the support notice. */
  noSupportNotice: boolean;
}

export const elementDefaults: ElementArgs = { lang: 'sv', headingLevel: 2, noSupportNotice: false };

// The controls for the shared arguments; their descriptions (Swedish, then English) come from the manifest, whose
// source is the JSDoc of DholElement in `@dhol/widgets`.
export const elementArgTypes: Partial<ArgTypes<ElementArgs>> = {
  lang: { control: 'inline-radio', options: ['sv', 'en'] },
  headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  noSupportNotice: { control: 'boolean' },
  data: { control: false },
  fetcher: { control: false },
  src: { control: false },
  timeout: { control: false },
};

/** The shadow root of the story's element as a Testing Library query scope, once the element has rendered. */
export async function rendered(canvasElement: HTMLElement, tag: string) {
  const element = await waitFor(() => {
    const found = canvasElement.querySelector<DholElement>(tag);
    expect(found, `<${tag}> in the story`).not.toBeNull();
    return found!;
  });
  await element.updateComplete;
  return { element, shadow: within(element.shadowRoot as unknown as HTMLElement) };
}

/** Waits until the story's element reaches `state` and has rendered it. */
export async function reachesState(canvasElement: HTMLElement, tag: string, state: DholState) {
  const scope = await rendered(canvasElement, tag);
  await waitFor(() => expect(scope.element.state).toBe(state));
  await scope.element.updateComplete;
  return scope;
}

/** The content state: the element's top heading, at the level the story asks for; returns the shadow scope. */
export async function contentShadow(
  canvasElement: HTMLElement,
  tag: string,
  heading: string | RegExp,
  level: number = elementDefaults.headingLevel,
) {
  const { shadow } = await reachesState(canvasElement, tag, 'content');
  await expect(shadow.getByRole('heading', { level, name: heading })).toBeVisible();
  return shadow;
}

/** The content state, as a play function checks it. */
export async function showsContent(
  canvasElement: HTMLElement,
  tag: string,
  heading: string | RegExp,
  level: number = elementDefaults.headingLevel,
): Promise<void> {
  await contentShadow(canvasElement, tag, heading, level);
}

const loadingText = { sv: 'Läser in …', en: 'Loading …' } as const;
const errorHeading = {
  sv: 'Uppgifterna kan inte visas just nu',
  en: 'The information cannot be shown right now',
} as const;
const notFoundText = {
  sv: 'Datafilen hittades inte (HTTP 404)',
  en: 'The data file was not found (HTTP 404)',
} as const;

/** The loading state: a live status message in the element's language. */
export async function showsLoading(canvasElement: HTMLElement, tag: string, lang: ElementArgs['lang']) {
  const { shadow } = await reachesState(canvasElement, tag, 'loading');
  await expect(shadow.getByRole('status')).toHaveTextContent(loadingText[lang]);
}

/** The error state: an alert with a heading and each issue, here one that contains `mentions`. */
export async function showsError(
  canvasElement: HTMLElement,
  tag: string,
  lang: ElementArgs['lang'],
  mentions: string,
) {
  const { shadow } = await reachesState(canvasElement, tag, 'error');
  const alert = shadow.getByRole('alert');
  await expect(within(alert).getByRole('heading', { name: errorHeading[lang] })).toBeVisible();
  await expect(alert).toHaveTextContent(mentions);
}

/** The error state of a `src` that answers 404 Not Found. */
export async function showsNotFound(canvasElement: HTMLElement, tag: string, lang: ElementArgs['lang']) {
  await showsError(canvasElement, tag, lang, notFoundText[lang]);
}

/** The empty state: the element's own message in its `empty` part, and no error. */
export async function showsEmpty(canvasElement: HTMLElement, tag: string, message: string) {
  const { shadow } = await reachesState(canvasElement, tag, 'empty');
  await expect(shadow.queryByRole('alert')).toBeNull();
  await expect(shadow.getByText(message)).toBeVisible();
}

/**
 * The rows of the element's docs table, as Storybook shows them: each from the manifest, described in Swedish
 * with the English in italics below (`src/manifest.ts`), never in English alone.
 */
export async function documentedInSwedish(argTypes: ArgTypes): Promise<void> {
  const rows = Object.entries(argTypes).filter(([, argType]) =>
    MANIFEST_SECTIONS.has(String(argType.table?.category)),
  );
  await expect(rows.length, 'rows in the docs table').toBeGreaterThan(20);
  const englishOnly = rows
    .filter(([, argType]) => !/\S\n\n_\S[\s\S]*_$/.test(String(argType.description ?? '')))
    .map(([name]) => name);
  await expect(englishOnly, `rows without Swedish: ${englishOnly.join(' ')}`).toEqual([]);
}

/** Words in both languages. */
type Both = { sv: string; en: string };

/** What an element's state stories need to know about it. */
export interface StateStoryOptions<A extends ElementArgs> {
  tag: string;
  /** Checks the content state as the element shows it for `args` (its top heading, its table …). */
  content: (canvasElement: HTMLElement, args: A) => Promise<unknown>;
  /** The element's words for a valid file with nothing for it to show. */
  empty: Both;
  /** A dataset with errors a publisher could make (a new copy for each story), and a word each language's issue list names. */
  invalid: { data: () => unknown; mentions: Both };
  /** The arguments the theme stories show, when they differ from the meta's (a richer view of the content). */
  themeArgs?: Partial<A>;
}

/** The state stories every element has, keyed by what they show; each file names them (export and Swedish title). */
export type StateStories<A extends ElementArgs> = Record<
  | 'content'
  | 'contentEnglish'
  | 'loading'
  | 'loadingEnglish'
  | 'empty'
  | 'emptyEnglish'
  | 'invalidData'
  | 'invalidDataEnglish'
  | 'notFound'
  | 'notFoundEnglish'
  | 'darkTheme'
  | 'highContrastTheme'
  | 'municipalityTheme',
  Omit<StoryObj<A>, 'name'>
>;

/**
 * The stories of an element's states (content, loading, empty, invalid data, a missing file, in Swedish and
 * English, and the content in each theme), each with the play function that checks the state it shows. A story
 * file spreads them into exports that carry their own names, because Storybook reads export names, titles and
 * tags from the file as written: `export const Loading: Story = { name: 'Laddar', ...states.loading };`.
 */
export function stateStories<A extends ElementArgs>(options: StateStoryOptions<A>): StateStories<A> {
  const { tag, content, empty, invalid, themeArgs } = options;
  type Story = Omit<StoryObj<A>, 'name'>;
  type Check = (canvasElement: HTMLElement, lang: ElementArgs['lang'], args: A) => Promise<unknown>;
  // Storybook's story type does not narrow over a generic `A`; each story's args are a part of `A`.
  const story = (args: Partial<A>, check: Check, globals?: { theme: string }): Story =>
    ({
      args,
      ...(globals ? { globals } : {}),
      play: async ({ canvasElement, args: all }: { canvasElement: HTMLElement; args: A }) => {
        await check(canvasElement, all.lang, all);
      },
    }) as Story;
  const showsTheContent: Check = (canvasElement, _lang, args) => content(canvasElement, args);
  const en = { lang: 'en' } as Partial<A>;
  const loading = loadingArgs as Partial<A>;
  const notFound = notFoundArgs as Partial<A>;
  const emptyFile = { data: emptyDataset } as Partial<A>;
  const invalidFile = () => ({ data: invalid.data() }) as Partial<A>;
  const inTheme = (theme: string) => story(themeArgs ?? {}, showsTheContent, { theme });
  return {
    content: {
      ...story({}, showsTheContent),
      // The content story also checks the docs table beside it (the same argTypes Storybook's Docs page shows).
      play: async ({ canvasElement, args, argTypes }) => {
        await content(canvasElement, args as A);
        await documentedInSwedish(argTypes as ArgTypes);
      },
    } as Story,
    contentEnglish: story(en, showsTheContent),
    loading: story(loading, (c, lang) => showsLoading(c, tag, lang)),
    loadingEnglish: story({ ...loading, ...en }, (c, lang) => showsLoading(c, tag, lang)),
    empty: story(emptyFile, (c, lang) => showsEmpty(c, tag, empty[lang])),
    emptyEnglish: story({ ...emptyFile, ...en }, (c, lang) => showsEmpty(c, tag, empty[lang])),
    invalidData: story(invalidFile(), (c, lang) => showsError(c, tag, lang, invalid.mentions[lang])),
    invalidDataEnglish: story({ ...invalidFile(), ...en }, (c, lang) =>
      showsError(c, tag, lang, invalid.mentions[lang]),
    ),
    notFound: story(notFound, (c, lang) => showsNotFound(c, tag, lang)),
    notFoundEnglish: story({ ...notFound, ...en }, (c, lang) => showsNotFound(c, tag, lang)),
    darkTheme: inTheme('dark'),
    highContrastTheme: inTheme('high-contrast'),
    municipalityTheme: inTheme('exempelkommun'),
  };
}
