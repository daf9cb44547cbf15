import '@dhol/widgets/components/coverage/dhol-coverage.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { planWithBrokenReferences, sormlandHandlingsplan2026 } from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  stateStories,
} from './story-helpers.js';

interface CoverageArgs extends ElementArgs {
  /** Columns: one per plan (`plan`) or one per responsible organisation (`organisation`). */
  by: 'plan' | 'organisation';
  /** Id of the framework whose delmål form the rows. */
  framework?: string;
}

const TAG = 'dhol-coverage';
const title = { sv: 'Aktiviteter per delmål', en: 'Activities per sub-goal' } as const;

/**
 * Vilka delmål varje plan eller organisation arbetar med: en tabell med antal aktiviteter, där luckorna är
 * markerade. *Which delmål each plan or organisation works on, with the gaps marked.*
 */
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

const states = stateStories<CoverageArgs>({
  tag: TAG,
  content: showsTheTable,
  empty: {
    sv: 'Filen innehåller ingen plan att visa täckningen för.',
    en: 'The file holds no plan to show coverage for.',
  },
  invalid: { data: planWithBrokenReferences, mentions: { sv: 'delmal-9', en: 'okand-organisation' } },
});

/** Aktiviteterna i Sörmlands handlingsplan per delmål. */
export const Content: Story = { name: 'Innehåll', ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};

/** En kolumn per organisation som ansvarar för en aktivitet. */
export const ByOrganisation: Story = {
  name: 'Per organisation',
  args: { by: 'organisation' },
  play: ({ canvasElement, args }) => showsTheTable(canvasElement, args),
};

/** Medan `src` läses: förfrågan i den här berättelsen besvaras aldrig. */
export const Loading: Story = { name: 'Laddar', ...states.loading };
export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  tags: ['!autodocs'],
  ...states.loadingEnglish,
};
/** En giltig fil utan plan. */
export const Empty: Story = { name: 'Tom', ...states.empty };
export const EmptyEnglish: Story = { name: 'Tom (English)', tags: ['!autodocs'], ...states.emptyEnglish };
/** Planen med en aktivitet under ett delmål som inte finns och en som leds av en okänd organisation. */
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
