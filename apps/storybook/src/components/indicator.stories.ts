import '@dhol/widgets/components/indicator/dhol-indicator.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import {
  emptyDataset,
  figuresWithWrongValues,
  loadingArgs,
  nationalFigures,
  notFoundArgs,
  surahammarHandslag,
} from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  showsEmpty,
  showsError,
  showsLoading,
  showsNotFound,
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
 * An indicator's figures by area, sex and period, as a chart, a table and a sentence, with notes on suppressed,
 * missing and preliminary values and a CSV download.
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

/** Surahammar's 2023 baseline from the handslag in `@dhol/data`: young people with good mental health, by sex. */
export const Content: Story = {
  name: 'Innehåll',
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
};

/** The same figures as a table. */
export const TableView: Story = {
  name: 'Som tabell',
  args: { view: 'table' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, firstTitle, args.headingLevel);
    await expect(shadow.getByRole('table')).toBeVisible();
  },
};

/** The handslag's second indicator, picked with the `indicator` attribute. */
export const SecondIndicator: Story = {
  name: 'Annan indikator',
  args: { indicator: second!.id },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, second!.title.sv!, args.headingLevel),
};

/**
 * Invented figures of national size: 21 län over 30 years, by sex (1 890 values). Each line's marks are one path,
 * and the chart keeps one keyboard stop that the arrow keys move, announcing each value; the table view lists all.
 */
export const NationalLineChart: Story = {
  name: 'Linjediagram för alla län (påhittade värden)',
  args: { data: nationalFigures(), view: 'line' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, 'Påhittad andel (testdata)', args.headingLevel);
    const chart = shadow.getByRole('group', { name: /^Linjediagram: Påhittad andel/ });
    await expect(within(chart).getAllByRole('img')).toHaveLength(1);
    await expect(within(chart).getByRole('img')).toHaveAccessibleName(/^Stockholms län, totalt, 1995: /);
  },
};

/** While `src` is read: the request in this story never answers. */
export const Loading: Story = {
  name: 'Laddar',
  args: loadingArgs,
  play: ({ canvasElement }) => showsLoading(canvasElement, TAG, 'sv'),
};

export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  args: { ...Loading.args, lang: 'en' },
  play: ({ canvasElement }) => showsLoading(canvasElement, TAG, 'en'),
};

/** A valid file that holds no indicator. */
export const Empty: Story = {
  name: 'Tom',
  args: { data: emptyDataset },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'Filen innehåller inga indikatorer.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'The file contains no indicators.'),
};

/** Figures of an indicator the file does not define, and a share of 112 %. */
export const InvalidData: Story = {
  name: 'Fel: ogiltiga data',
  args: { data: figuresWithWrongValues() },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', 'okand-indikator'),
};

export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  args: { data: figuresWithWrongValues(), lang: 'en' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'en', '112'),
};

/** A `src` the server does not have (404 Not Found). */
export const NotFound: Story = {
  name: 'Fel: filen saknas (404)',
  args: notFoundArgs,
  play: ({ canvasElement }) => showsNotFound(canvasElement, TAG, 'sv'),
};

export const NotFoundEnglish: Story = {
  name: 'Fel: filen saknas (404, English)',
  args: { ...NotFound.args, lang: 'en' },
  play: ({ canvasElement }) => showsNotFound(canvasElement, TAG, 'en'),
};

export const DarkTheme: Story = {
  name: 'Tema: mörkt',
  globals: { theme: 'dark' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, firstTitle, args.headingLevel),
};
