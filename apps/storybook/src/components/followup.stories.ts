import '@dhol/widgets/components/followup/dhol-followup.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  emptyDataset,
  FOLLOW_UP_NOW,
  followUpExample,
  followUpWithUnknownReporter,
  loadingArgs,
  notFoundArgs,
  sormlandHandlingsplan2026,
} from '../fixtures.js';
import {
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  showsEmpty,
  showsError,
  showsLoading,
  showsNotFound,
} from './story-helpers.js';

interface FollowUpArgs extends ElementArgs {
  /** Id of the plan to follow up; the newest in the file when not set. */
  plan?: string;
  /** First day of the period; by default the last done revision. */
  from?: string;
  /** Last day of the period; by default today (here fixed at 5 December 2026). */
  to?: string;
}

const TAG = 'dhol-followup';
const title = /^Uppföljning: Exempelplan/;
const titleEn = /^Follow-up: Example plan/;

/**
 * A plan's follow-up for a period, as a report a nämnd can print: a summary in words, the status per delmål with
 * what changed in the period, each activity's progress notes, what changed since the replaced version, and stale
 * activities and overdue revisions. The data is the invented example of `@dhol/data`, which says so in a notice.
 */
const meta = {
  title: 'Element/dhol-followup',
  component: TAG,
  args: { ...elementDefaults, data: followUpExample },
  argTypes: {
    ...elementArgTypes,
    plan: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
  },
  render: (args) => html`<dhol-followup
    lang=${args.lang}
    .data=${args.data}
    .now=${FOLLOW_UP_NOW}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    plan=${ifDefined(args.plan)}
    from=${ifDefined(args.from)}
    to=${ifDefined(args.to)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-followup>`,
} satisfies Meta<FollowUpArgs>;

export default meta;
type Story = StoryObj<FollowUpArgs>;

/** The invented example since its last done revision (March 2026), as of 5 December 2026. */
export const Content: Story = {
  name: 'Innehåll (påhittat exempel)',
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (påhittat exempel, English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, titleEn, args.headingLevel),
};

/** A period chosen with `from` and `to`: the year 2025. */
export const Period: Story = {
  name: 'Vald period (2025)',
  args: { from: '2025', to: '2025' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

/** Sörmland's real plan, which has no progress notes: the report says the data cannot tell what happened. */
export const WithoutNotes: Story = {
  name: 'Utan lägesrapporter (Sörmland)',
  args: { data: sormlandHandlingsplan2026 },
  play: ({ canvasElement, args }) =>
    showsContent(canvasElement, TAG, /^Uppföljning: Det handlar om livet/, args.headingLevel),
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
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'Filen innehåller ingen plan att följa upp.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'The file holds no plan to follow up.'),
};

/** A progress note reported by an organisation that is not in the file. */
export const InvalidData: Story = {
  name: 'Fel: ogiltiga data',
  args: { data: followUpWithUnknownReporter() },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', 'okand-organisation'),
};

export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  args: { data: followUpWithUnknownReporter(), lang: 'en' },
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
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const HighContrastTheme: Story = {
  name: 'Tema: hög kontrast',
  globals: { theme: 'high-contrast' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const MunicipalityTheme: Story = {
  name: 'Tema: Exempelkommun',
  globals: { theme: 'exempelkommun' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};
