import '@dhol/widgets/components/plan/dhol-plan.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  emptyDataset,
  loadingArgs,
  longPlan,
  notFoundArgs,
  planWithBrokenReferences,
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

interface PlanArgs extends ElementArgs {
  /** Id of the plan to show when the dataset holds several. */
  plan?: string;
}

const TAG = 'dhol-plan';
const planTitle = sormlandHandlingsplan2026.plans![0]!.title.sv!;

/**
 * A handlingsplan: document information, revisions, the plan's texts and its activities grouped by delmål, with
 * filters. The stories keep the filters out of Storybook's address (`url-state="none"`); on a real page they
 * go into the query string so a citizen can share a filtered view.
 */
const meta = {
  title: 'Element/dhol-plan',
  component: TAG,
  args: { ...elementDefaults, data: sormlandHandlingsplan2026 },
  argTypes: { ...elementArgTypes, plan: { control: 'text' } },
  render: (args) => html`<dhol-plan
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    plan=${ifDefined(args.plan)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
    url-state="none"
  ></dhol-plan>`,
} satisfies Meta<PlanArgs>;

export default meta;
type Story = StoryObj<PlanArgs>;

const showsThePlan = (canvasElement: HTMLElement, args: PlanArgs) =>
  showsContent(canvasElement, TAG, planTitle, args.headingLevel);

/** Sörmland's county-wide handlingsplan 2026, as published in `@dhol/data`. */
export const Content: Story = {
  name: 'Innehåll',
  play: ({ canvasElement, args }) => showsThePlan(canvasElement, args),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsThePlan(canvasElement, args),
};

/** The Sörmland plan copied 10 times (320 activities, 640 listings): the list shows its first 150 listings at once
 * and draws the rest 150 per frame, marked `aria-busy` until it is whole. Ten copies are enough to need several
 * frames; axe-core's check of every listing, which this story runs as a test, grows with the length. */
export const LongPlan: Story = {
  name: 'Lång plan (320 aktiviteter)',
  args: { data: longPlan(10) },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, planTitle, args.headingLevel);
    const list = shadow.getByRole('region', { name: 'Aktiviteter per delmål' });
    await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'), { timeout: 10_000 });
    await expect(shadow.getByRole('status')).toHaveTextContent(/320\s+aktiviteter visas/);
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

/** A valid file that holds no plan. */
export const Empty: Story = {
  name: 'Tom',
  args: { data: emptyDataset },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'Filen innehåller ingen handlingsplan.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'The file contains no action plan.'),
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
  play: ({ canvasElement, args }) => showsThePlan(canvasElement, args),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsThePlan(canvasElement, args),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsThePlan(canvasElement, args),
};
