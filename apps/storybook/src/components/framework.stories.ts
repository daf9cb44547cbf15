import '@dhol/widgets/components/framework/dhol-framework.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { frameworkInFutureFormat, nationalFrameworkDataset, sormlandHandlingsplan2026 } from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  stateStories,
} from './story-helpers.js';

interface FrameworkArgs extends ElementArgs {
  /** Id of the framework to show. */
  framework?: string;
  /** Id of the plan whose activities are counted per delmål. */
  plan?: string;
  /** Id of the opened delmål. */
  selected?: string;
}

const TAG = 'dhol-framework';
const title = /Det handlar om livet/;

/**
 * Den nationella strategin som ett träd: vision, övergripande mål, de sju delmålen och deras prioriteringar, varje
 * text med sin källa. Med en plan säger varje delmål också hur många av planens aktiviteter som arbetar med det.
 * *The national strategy as a tree, each text with its source; given a plan, each delmål counts its activities.*
 */
const meta = {
  title: 'Element/dhol-framework',
  component: TAG,
  args: { ...elementDefaults, data: nationalFrameworkDataset },
  argTypes: {
    ...elementArgTypes,
    framework: { control: 'text' },
    plan: { control: 'text' },
    selected: { control: 'select', options: [undefined, ...[1, 2, 3, 4, 5, 6, 7].map((n) => `delmal-${n}`)] },
  },
  render: (args) => html`<dhol-framework
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    framework=${ifDefined(args.framework)}
    plan=${ifDefined(args.plan)}
    selected=${ifDefined(args.selected)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-framework>`,
} satisfies Meta<FrameworkArgs>;

export default meta;
type Story = StoryObj<FrameworkArgs>;

const states = stateStories<FrameworkArgs>({
  tag: TAG,
  content: (canvasElement, args) => showsContent(canvasElement, TAG, title, args.headingLevel),
  empty: {
    sv: 'Filen innehåller varken ett ramverk eller en plan.',
    en: 'The file holds neither a framework nor a plan.',
  },
  invalid: { data: frameworkInFutureFormat, mentions: { sv: 'formatVersion', en: 'formatVersion' } },
  themeArgs: { data: sormlandHandlingsplan2026, selected: 'delmal-1' },
});

/** Det handlar om livet, version 2025, som den publiceras i `@dhol/data`. */
export const Content: Story = { name: 'Innehåll', ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};

/** Ramverket med antalet av Sörmlands aktiviteter per delmål, och delmål 1 öppnat. */
export const WithPlanActivities: Story = {
  name: 'Med en plans aktiviteter',
  args: { data: sormlandHandlingsplan2026, selected: 'delmal-1' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, title, args.headingLevel);
    const opened = shadow.getAllByRole('button').filter((b) => b.getAttribute('aria-expanded') === 'true');
    await expect(opened).toHaveLength(1);
  },
};

/** Medan `src` läses: förfrågan i den här berättelsen besvaras aldrig. */
export const Loading: Story = { name: 'Laddar', ...states.loading };
export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  tags: ['!autodocs'],
  ...states.loadingEnglish,
};
/** En giltig fil med varken ramverk eller plan. */
export const Empty: Story = { name: 'Tom', ...states.empty };
export const EmptyEnglish: Story = { name: 'Tom (English)', tags: ['!autodocs'], ...states.emptyEnglish };
/** Ramverkets fil märkt med en formatversion som biblioteket inte kan läsa (`"formatVersion": "2.0"`). */
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
