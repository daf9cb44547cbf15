import '@dhol/widgets/components/framework/dhol-framework.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import {
  emptyDataset,
  frameworkInFutureFormat,
  loadingArgs,
  nationalFrameworkDataset,
  notFoundArgs,
  sormlandHandlingsplan2026,
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
 * The national strategy as a tree: vision, overarching goals, the seven delmål and their priorities, each text
 * with its source. Given a plan, each delmål also says how many of the plan's activities work on it.
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

/** Det handlar om livet, version 2025, as published in `@dhol/data`. */
export const Content: Story = {
  name: 'Innehåll',
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

/** The framework with the number of Sörmland's activities on each delmål, and delmål 1 opened. */
export const WithPlanActivities: Story = {
  name: 'Med en plans aktiviteter',
  args: { data: sormlandHandlingsplan2026, selected: 'delmal-1' },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, title, args.headingLevel);
    const opened = shadow.getAllByRole('button').filter((b) => b.getAttribute('aria-expanded') === 'true');
    await expect(opened).toHaveLength(1);
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

/** A valid file with neither a framework nor a plan. */
export const Empty: Story = {
  name: 'Tom',
  args: { data: emptyDataset },
  play: ({ canvasElement }) =>
    showsEmpty(canvasElement, TAG, 'Filen innehåller varken ett ramverk eller en plan.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) =>
    showsEmpty(canvasElement, TAG, 'The file holds neither a framework nor a plan.'),
};

/** The framework file marked with a format version this library cannot read (`"formatVersion": "2.0"`). */
export const InvalidData: Story = {
  name: 'Fel: ogiltiga data',
  args: { data: frameworkInFutureFormat() },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', 'formatVersion'),
};

export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  args: { data: frameworkInFutureFormat(), lang: 'en' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'en', 'formatVersion'),
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
  args: WithPlanActivities.args,
  globals: { theme: 'dark' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  args: WithPlanActivities.args,
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  args: WithPlanActivities.args,
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};
