import '@dhol/widgets/components/followup/dhol-followup.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  FOLLOW_UP_NOW,
  followUpExample,
  followUpWithUnknownReporter,
  sormlandHandlingsplan2026,
} from '../fixtures.js';
import {
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  stateStories,
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
 * En plans uppföljning för en period, som en rapport en nämnd kan skriva ut: en sammanfattning i ord, läget per
 * delmål och vad som ändrats under perioden, varje aktivitets lägesrapporter, ändringar sedan den ersatta
 * versionen, aktiviteter utan nya uppgifter och försenade revideringar. Uppgifterna är det påhittade exemplet i
 * `@dhol/data`, som säger det i en notis. *A plan's follow-up for a period, as a report a nämnd can print.*
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

const states = stateStories<FollowUpArgs>({
  tag: TAG,
  content: (canvasElement, args) =>
    showsContent(canvasElement, TAG, args.lang === 'en' ? titleEn : title, args.headingLevel),
  empty: { sv: 'Filen innehåller ingen plan att följa upp.', en: 'The file holds no plan to follow up.' },
  invalid: {
    data: followUpWithUnknownReporter,
    mentions: { sv: 'okand-organisation', en: 'okand-organisation' },
  },
});

/** Det påhittade exemplet sedan dess senaste genomförda revidering (mars 2026), per den 5 december 2026. */
export const Content: Story = { name: 'Innehåll (påhittat exempel)', ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (påhittat exempel, English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};

/** En period vald med `from` och `to`: året 2025. */
export const Period: Story = {
  name: 'Vald period (2025)',
  args: { from: '2025', to: '2025' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

/** Sörmlands riktiga plan, som saknar lägesrapporter: rapporten säger att uppgifterna inte visar vad som hänt. */
export const WithoutNotes: Story = {
  name: 'Utan lägesrapporter (Sörmland)',
  tags: ['!autodocs'],
  args: { data: sormlandHandlingsplan2026 },
  play: ({ canvasElement, args }) =>
    showsContent(canvasElement, TAG, /^Uppföljning: Det handlar om livet/, args.headingLevel),
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
/** Exemplet med en lägesrapport från en organisation som inte finns i filen. */
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
