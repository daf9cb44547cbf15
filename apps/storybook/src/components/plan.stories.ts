import '@dhol/widgets/components/plan/dhol-plan.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  followUpExample,
  longPlan,
  planWithBrokenReferences,
  sormlandHandlingsplan2026,
} from '../fixtures.js';
import {
  contentShadow,
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  stateStories,
} from './story-helpers.js';

interface PlanArgs extends ElementArgs {
  /** Id of the plan to show when the dataset holds several. */
  plan?: string;
}

const TAG = 'dhol-plan';
const planTitle = sormlandHandlingsplan2026.plans![0]!.title.sv!;
const shortPlan = followUpExample.plans![0]!;

/**
 * En handlingsplan: dokumentuppgifter, revideringar, planens texter och aktiviteterna grupperade per delmål, med
 * filter. Berättelserna håller filtren utanför Storybooks adress (`url-state="none"`); på en riktig sida hamnar de
 * i adressen så att en invånare kan dela en filtrerad vy. *A handlingsplan with its activities by delmål and
 * filters a citizen can share.*
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

const states = stateStories<PlanArgs>({
  tag: TAG,
  content: showsThePlan,
  empty: { sv: 'Filen innehåller ingen handlingsplan.', en: 'The file contains no action plan.' },
  invalid: { data: planWithBrokenReferences, mentions: { sv: 'delmal-9', en: 'okand-organisation' } },
});

/**
 * En kort, påhittad plan (nio aktiviteter) ur `@dhol/data`:s exempel på uppföljning, så att dokumentationen
 * börjar med något som ryms på en skärm. *A short invented plan, so the docs page starts with a screenful.*
 */
export const Short: Story = {
  name: 'Kort exempel (påhittat)',
  args: { data: followUpExample, plan: shortPlan.id },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, shortPlan.title.sv!, args.headingLevel),
};

/** Sörmlands länsgemensamma handlingsplan 2026, som den publiceras i `@dhol/data`. */
export const Content: Story = { name: 'Innehåll', tags: ['!autodocs'], ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};
/**
 * Sörmlands plan tio gånger (320 aktiviteter, 640 listningar): listan visar de första direkt och ritar resten i
 * steg, var och ett i en egen uppgift, märkt `aria-busy` tills den är hel. *The plan ten times over: drawn in
 * steps, each in a task of its own; axe-core checks every listing, so the story's test grows with its length.*
 */
export const LongPlan: Story = {
  name: 'Lång plan (320 aktiviteter)',
  tags: ['!autodocs'],
  args: { data: longPlan(10) },
  play: async ({ canvasElement, args }) => {
    const shadow = await contentShadow(canvasElement, TAG, planTitle, args.headingLevel);
    const list = shadow.getByRole('region', { name: 'Aktiviteter per delmål' });
    await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'), { timeout: 10_000 });
    await expect(shadow.getByRole('status')).toHaveTextContent(/320\s+aktiviteter visas/);
  },
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
