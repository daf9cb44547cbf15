import '@dhol/widgets/components/overview/dhol-overview.js';
import type { Dataset, Manifest } from '@dhol/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { LOADING_TIMEOUT_MS, loadingArgs, notFoundArgs, surahammarHandslag } from '../fixtures.js';
import {
  contentShadow,
  documentedInSwedish,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  reachesState,
  showsError,
  showsLoading,
  showsNotFound,
} from './story-helpers.js';

interface OverviewArgs extends ElementArgs {
  /** Which kind of document to show: `all`, `plan`, `handslag` or `indicators`. */
  kind: 'all' | 'plan' | 'handslag' | 'indicators';
  /** The day revisions are judged against. */
  now?: string;
}

const TAG = 'dhol-overview';
const NOW = '2026-06-01';

/** An invented local plan for an invented municipality, marked as such, so two files share the ids `plan` and `a1`. */
function inventedPlan(code: string, name: string, goals: string[]): Dataset {
  return {
    formatVersion: '1.0',
    title: {
      sv: `${name}: påhittad handlingsplan (testdata)`,
      en: `${name}: invented action plan (test data)`,
    },
    organisations: [{ id: 'kommunen', name: { sv: `${name} (påhittad)` }, kind: 'kommun', area: code }],
    plans: [
      {
        id: 'plan',
        kind: 'local',
        title: { sv: `Påhittad handlingsplan för ${name}` },
        scope: [code],
        framework: 'det-handlar-om-livet-2025',
        owner: 'kommunen',
        decision: { decidedBy: 'kommunen', date: '2025-05-20' },
        validity: { start: '2025', end: '2027' },
        revisionSchedule: { revisions: [{ date: '2025-12' }, { date: '2026-12' }] },
        activities: goals.map((goal, index) => ({
          id: `a${index + 1}`,
          title: { sv: `Påhittad aktivitet ${index + 1}` },
          goals: goal.split('+').map((id) => ({ goal: id })),
          kind: 'ongoing' as const,
          status: 'ongoing' as const,
          responsible: [{ organisation: 'kommunen', role: 'lead' as const }],
        })),
      },
    ],
  };
}

/** Västmanland as the demo shows it: the real Surahammar handslag, and nothing else published. */
const county: Manifest = {
  formatVersion: '1.0',
  title: { sv: 'Västmanlands län', en: 'Västmanland County' },
  area: '19',
  sources: [{ url: 'surahammar-handslag.json', area: '1907', kinds: ['handslag', 'indicators'] }],
};

/** The same county with two invented plans beside the handslag, labelled as invented in every row. */
const withPlans: Manifest = {
  ...county,
  sources: [
    ...county.sources,
    { url: 'exempel-a.json', area: '1980', label: { sv: 'Exempelkommun A (påhittad)' }, kinds: ['plan'] },
    { url: 'exempel-b.json', area: '1981', label: { sv: 'Exempelkommun B (påhittad)' }, kinds: ['plan'] },
  ],
};

/** A county whose sources fail in every way a web server fails. */
const failing: Manifest = {
  ...county,
  sources: [
    ...county.sources,
    { url: 'saknas.json', area: '1904', kinds: ['plan'] },
    { url: 'serverfel.json', area: '1960' },
    { url: 'inte-json.json', area: '1962' },
    { url: 'ogiltig.json', area: '1980' },
    { url: 'javascript:alert(1)', area: '1981' },
  ],
};

const files: Record<string, () => Response> = {
  '/lan/lan-19.json': () => Response.json(county),
  '/lan/med-planer.json': () => Response.json(withPlans),
  '/lan/fel.json': () => Response.json(failing),
  '/lan/surahammar-handslag.json': () => Response.json(surahammarHandslag),
  '/lan/exempel-a.json': () =>
    Response.json(inventedPlan('1980', 'Exempelkommun A', ['delmal-2+delmal-6', 'delmal-2'])),
  '/lan/exempel-b.json': () =>
    Response.json(inventedPlan('1981', 'Exempelkommun B', ['delmal-1', 'delmal-6'])),
  '/lan/serverfel.json': () => new Response('Internal Server Error', { status: 500 }),
  '/lan/inte-json.json': () => new Response('<!doctype html><p>Sidan finns inte</p>', { status: 200 }),
  '/lan/ogiltig.json': () => Response.json({ formatVersion: '1.0', plans: [{ id: 'x' }] }),
  '/lan/tom.json': () => Response.json({ ...county, area: '1907', sources: [] }),
  '/lan/trasig.json': () => Response.json({ formatVersion: '1.0', area: '19', sources: 'inga' }),
};

/** Answers the stories' addresses without a network; anything else is 404 Not Found. */
const serve: typeof fetch = async (input) => {
  const path = new URL(String(input), location.href).pathname;
  return files[path]?.() ?? new Response('Not Found', { status: 404 });
};

/** Every source's request waits for a day: the rows stay "Hämtas …". */
const sourcesNeverAnswer: typeof fetch = (input) =>
  new URL(String(input), location.href).pathname === '/lan/lan-19.json'
    ? serve(input)
    : new Promise<Response>(() => {});

/**
 * En översikt över vad ett läns eller hela landets kommuner och regioner har publicerat, läst från ett manifest:
 * vad var och en har publicerat, när det beslutades, hur länge det gäller, nästa och försenade revideringar och
 * aktiviteter per delmål, med en summarad. Går att sortera efter varje kolumn, filtrera på slags dokument och ladda
 * ned som CSV. *A county's or the country's published sources in one table, read from a manifest.*
 */
const meta = {
  title: 'Element/dhol-overview',
  component: TAG,
  args: { ...elementDefaults, kind: 'all', src: '/lan/lan-19.json', fetcher: serve, now: NOW },
  argTypes: {
    ...elementArgTypes,
    kind: { control: 'inline-radio', options: ['all', 'plan', 'handslag', 'indicators'] },
    now: { control: 'text' },
  },
  render: (args) => html`<dhol-overview
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    kind=${args.kind}
    .now=${args.now}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-overview>`,
} satisfies Meta<OverviewArgs>;

export default meta;
type Story = StoryObj<OverviewArgs>;

const title = { sv: 'Västmanlands län', en: 'Västmanland County' } as const;

async function showsTheTable(canvasElement: HTMLElement, args: OverviewArgs) {
  const shadow = await contentShadow(canvasElement, TAG, title[args.lang], args.headingLevel);
  await expect(shadow.getByRole('table')).toBeVisible();
  return shadow;
}

/** Västmanland with the real Surahammar handslag as its one source; every other area has published nothing. */
export const Content: Story = {
  name: 'Innehåll',
  play: async ({ canvasElement, args, argTypes }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getAllByText('Inget publicerat')).toHaveLength(10);
    await documentedInSwedish(argTypes);
  },
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getAllByText('Nothing published')).toHaveLength(10);
  },
};

/** Two invented plans beside the handslag: activities per delmål, a total row and the delmål no plan reaches. */
export const WithPlans: Story = {
  name: 'Med planer (påhittade)',
  args: { src: '/lan/med-planer.json' },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getAllByText('Ingen (lucka)').length).toBeGreaterThan(0);
  },
};

/** Sorted by delmål 6, from its column's button. */
export const Sorted: Story = {
  name: 'Sorterad efter delmål 6',
  args: { src: '/lan/med-planer.json' },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await shadow.getByRole('button', { name: 'Delmål 6' }).click();
    await waitFor(() =>
      expect(
        canvasElement.querySelector(TAG)?.shadowRoot?.querySelector('th[aria-sort]')?.textContent,
      ).toMatch(/Delmål 6/),
    );
  },
};

/** Only the handslag. */
export const OnlyHandslag: Story = {
  name: 'Filter: handslag',
  args: { src: '/lan/med-planer.json', kind: 'handslag' },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getByRole('radio', { name: 'Handslag' })).toBeChecked();
  },
};

/** Sources that fail: not found, a server error, not JSON, invalid, and an address that is never fetched. */
export const Failures: Story = {
  name: 'Källor som inte kan läsas',
  args: { src: '/lan/fel.json', timeout: 2_000 },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getAllByText(/Kunde inte läsas/)).toHaveLength(5);
  },
};

export const FailuresEnglish: Story = {
  name: 'Källor som inte kan läsas (English)',
  tags: ['!autodocs'],
  args: { ...Failures.args, lang: 'en' },
  play: async ({ canvasElement, args }) => {
    const shadow = await showsTheTable(canvasElement, args);
    await expect(shadow.getAllByText(/Could not be read/)).toHaveLength(5);
  },
};

/** The manifest is read and the rows are drawn, while every source is still on its way. */
export const SourcesLoading: Story = {
  name: 'Källorna hämtas',
  args: { fetcher: sourcesNeverAnswer, timeout: LOADING_TIMEOUT_MS },
  play: async ({ canvasElement }) => {
    const { shadow } = await reachesState(canvasElement, TAG, 'loading');
    await waitFor(() => expect(shadow.getByText('Hämtas …')).toBeVisible());
    await expect(shadow.getByRole('status')).toHaveTextContent('Läser in 1 källa …');
  },
};

/** While the manifest is read: the request in this story never answers. */
export const Loading: Story = {
  name: 'Laddar',
  args: loadingArgs,
  play: ({ canvasElement }) => showsLoading(canvasElement, TAG, 'sv'),
};

export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  tags: ['!autodocs'],
  args: { ...loadingArgs, lang: 'en' },
  play: ({ canvasElement }) => showsLoading(canvasElement, TAG, 'en'),
};

/** A manifest with no sources, for an area with nothing under it. */
export const Empty: Story = {
  name: 'Tom',
  args: { src: '/lan/tom.json' },
  play: async ({ canvasElement }) => {
    const { shadow } = await reachesState(canvasElement, TAG, 'empty');
    await expect(shadow.getByText('Manifestet listar inga källor och inga områden att visa.')).toBeVisible();
  },
};

/** A manifest without a title, whose sources are not a list. */
export const InvalidManifest: Story = {
  name: 'Fel: ogiltigt manifest',
  args: { src: '/lan/trasig.json' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', 'sources'),
};

export const InvalidManifestEnglish: Story = {
  name: 'Fel: ogiltigt manifest (English)',
  tags: ['!autodocs'],
  args: { src: '/lan/trasig.json', lang: 'en' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'en', 'title'),
};

/** A manifest address the server does not have (404 Not Found). */
export const NotFound: Story = {
  name: 'Fel: manifestet saknas (404)',
  args: notFoundArgs,
  play: ({ canvasElement }) => showsNotFound(canvasElement, TAG, 'sv'),
};

export const NotFoundEnglish: Story = {
  name: 'Fel: manifestet saknas (404, English)',
  tags: ['!autodocs'],
  args: { ...notFoundArgs, lang: 'en' },
  play: ({ canvasElement }) => showsNotFound(canvasElement, TAG, 'en'),
};

export const DarkTheme: Story = {
  name: 'Tema: mörkt',
  tags: ['!autodocs'],
  args: { src: '/lan/med-planer.json' },
  globals: { theme: 'dark' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args).then(() => undefined),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  tags: ['!autodocs'],
  args: { src: '/lan/med-planer.json' },
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args).then(() => undefined),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  tags: ['!autodocs'],
  args: { src: '/lan/med-planer.json' },
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args).then(() => undefined),
};
