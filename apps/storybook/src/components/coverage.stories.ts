import '@dhol/widgets/components/coverage/dhol-coverage.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import {
  emptyDataset,
  loadingArgs,
  notFoundArgs,
  planWithBrokenReferences,
  sormlandHandlingsplan2026,
} from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsEmpty,
  showsError,
  showsLoading,
  showsNotFound,
} from './story-helpers.js';

interface CoverageArgs extends ElementArgs {
  /** Columns: one per plan (`plan`) or one per responsible organisation (`organisation`). */
  by: 'plan' | 'organisation';
  /** Id of the framework whose delmål form the rows. */
  framework?: string;
}

const TAG = 'dhol-coverage';
const title = { sv: 'Aktiviteter per delmål', en: 'Activities per sub-goal' } as const;

/** Which delmål each plan or organisation works on: a table of activity counts, with the gaps marked. */
const meta = {
  title: 'Element/dhol-coverage',
  component: TAG,
  args: { ...elementDefaults, by: 'plan', data: sormlandHandlingsplan2026 },
  argTypes: {
    ...elementArgTypes,
    by: { control: 'inline-radio', options: ['plan', 'organisation'] },
    framework: { control: 'text' },
  },
  render: (args) => html`<dhol-coverage
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    by=${args.by}
    framework=${ifDefined(args.framework)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-coverage>`,
} satisfies Meta<CoverageArgs>;

export default meta;
type Story = StoryObj<CoverageArgs>;

async function showsTheTable(canvasElement: HTMLElement, args: CoverageArgs) {
  const shadow = await contentShadow(canvasElement, TAG, title[args.lang], args.headingLevel);
  await expect(shadow.getByRole('table')).toBeVisible();
}

/** The activities of Sörmland's handlingsplan per delmål. */
export const Content: Story = {
  name: 'Innehåll',
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};

/** One column per organisation that is responsible for an activity. */
export const ByOrganisation: Story = {
  name: 'Per organisation',
  args: { by: 'organisation' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
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

/** A valid file that holds no plan. */
export const Empty: Story = {
  name: 'Tom',
  args: { data: emptyDataset },
  play: ({ canvasElement }) =>
    showsEmpty(canvasElement, TAG, 'Filen innehåller ingen plan att visa täckningen för.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'The file holds no plan to show coverage for.'),
};

/** The plan with an activity under a delmål that does not exist and one led by an unknown organisation. */
export const InvalidData: Story = {
  name: 'Fel: ogiltiga data',
  args: { data: planWithBrokenReferences() },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', 'delmal-9'),
};

export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  args: { data: planWithBrokenReferences(), lang: 'en' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'en', 'okand-organisation'),
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
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};
