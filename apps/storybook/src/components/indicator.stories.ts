import '@dhol/widgets/components/indicator/dhol-indicator.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import { figuresWithWrongValues, nationalFigures, surahammarHandslag } from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  stateStories,
} from './story-helpers.js';

interface IndicatorArgs extends ElementArgs {
  /** Id of the indicator to show; the dataset's first when not set. */
  indicator?: string;
  /** Area codes to show, separated by spaces or commas. */
  areas?: string;
  /** Periods to show, separated by spaces or commas. */
  periods?: string;
  /** Sexes to show: `T`, `K`, `M`. */
  sex?: string;
  /** `bar`, `line` or `table`. */
  view?: 'bar' | 'line' | 'table';
}

const TAG = 'dhol-indicator';
const [first, second] = surahammarHandslag.indicators!;
const firstTitle = first!.title.sv!;

/**
 * En indikators värden per område, kön och period, som diagram, tabell och en mening, med noter om skyddade,
 * saknade och preliminära värden och en CSV-fil att ladda ner. *An indicator's figures as a chart, a table and a
 * sentence, with notes on suppressed, missing and preliminary values and a CSV download.*
 */
const meta = {
  title: 'Element/dhol-indicator',
  component: TAG,
  args: { ...elementDefaults, data: surahammarHandslag },
  argTypes: {
    ...elementArgTypes,
    indicator: { control: 'select', options: [undefined, first!.id, second!.id] },
    areas: { control: 'text' },
    periods: { control: 'text' },
    sex: { control: 'text' },
    view: { control: 'inline-radio', options: [undefined, 'bar', 'line', 'table'] },
  },
  render: (args) => html`<dhol-indicator
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    indicator=${ifDefined(args.indicator)}
    areas=${ifDefined(args.areas)}
    periods=${ifDefined(args.periods)}
    sex=${ifDefined(args.sex)}
    view=${ifDefined(args.view)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-indicator>`,
} satisfies Meta<IndicatorArgs>;

export default meta;
type Story = StoryObj<IndicatorArgs>;

const states = stateStories<IndicatorArgs>({
  tag: TAG,
  content: (canvasElement, args) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
  empty: { sv: 'Filen innehåller inga indikatorer.', en: 'The file contains no indicators.' },
  invalid: { data: figuresWithWrongValues, mentions: { sv: 'okand-indikator', en: '112' } },
});

/** Surahammars utgångsvärden 2023 ur handslaget i `@dhol/data`: unga med god psykisk hälsa, efter kön. */
export const Content: Story = { name: 'Innehåll', ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};

/** Samma värden som tabell. */
export const TableView: Story = {
  name: 'Som tabell',
  args: { view: 'table' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, firstTitle, args.headingLevel);
    await expect(shadow.getByRole('table')).toBeVisible();
  },
};

/** Handslagets andra indikator, vald med attributet `indicator`. */
export const SecondIndicator: Story = {
  name: 'Annan indikator',
  args: { indicator: second!.id },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, second!.title.sv!, args.headingLevel),
};

/**
 * Påhittade värden i nationell skala: 21 län under 30 år, efter kön (1 890 värden). Varje linjes punkter är en
 * bana, och diagrammet har ett tabbstopp som piltangenterna flyttar och som läser upp varje värde.
 */
export const NationalLineChart: Story = {
  name: 'Linjediagram för alla län (påhittade värden)',
  tags: ['!autodocs'],
  args: { data: nationalFigures(), view: 'line' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, 'Påhittad andel (testdata)', args.headingLevel);
    const chart = shadow.getByRole('group', { name: /^Linjediagram: Påhittad andel/ });
    await expect(within(chart).getAllByRole('img')).toHaveLength(1);
    await expect(within(chart).getByRole('img')).toHaveAccessibleName(/^Stockholms län, totalt, 1995: /);
  },
};

/** Medan `src` läses: förfrågan i den här berättelsen besvaras aldrig. */
export const Loading: Story = { name: 'Laddar', ...states.loading };
export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  tags: ['!autodocs'],
  ...states.loadingEnglish,
};
/** En giltig fil utan indikatorer. */
export const Empty: Story = { name: 'Tom', ...states.empty };
export const EmptyEnglish: Story = { name: 'Tom (English)', tags: ['!autodocs'], ...states.emptyEnglish };
/** Surahammars värden med en observation av en okänd indikator och en andel över 100 %. */
export const InvalidData: Story = { name: 'Fel: ogiltiga data', ...states.invalidData };
export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  tags: ['!autodocs'],
  ...states.invalidDataEnglish,
};
/** En `src` som servern inte har (404 Not Found). */
export const NotFound: Story = { name: 'Fel: filen saknas (404)', ...states.notFound };
export const NotFoundEnglish: Story = {
  name: 'Fel: filen saknas (404, English)',
  tags: ['!autodocs'],
  ...states.notFoundEnglish,
};
export const DarkTheme: Story = { name: 'Tema: mörkt', tags: ['!autodocs'], ...states.darkTheme };
export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  tags: ['!autodocs'],
  ...states.highContrastTheme,
};
export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  tags: ['!autodocs'],
  ...states.municipalityTheme,
};
