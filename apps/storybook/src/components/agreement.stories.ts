import '@dhol/widgets/components/agreement/dhol-agreement.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { agreementWithImpossibleDate, surahammarHandslag } from '../fixtures.js';
import {
  type ElementArgs,
  elementArgTypes,
  elementDefaults,
  showsContent,
  stateStories,
} from './story-helpers.js';

interface AgreementArgs extends ElementArgs {
  /** Id of the agreement to show; the dataset's first when not set. */
  agreement?: string;
}

const TAG = 'dhol-agreement';
const title = surahammarHandslag.agreements![0]!.title.sv!;

/**
 * Ett handslag: parterna sida vid sida med roller och åtaganden, giltighetstid, styrning, beslutsstegen, de
 * strategier det tjänar och utgångsvärdena. *A handslag: the parties with their roles and duties, its duration,
 * governance, decision steps, the strategies it serves and its baseline figures.*
 */
const meta = {
  title: 'Element/dhol-agreement',
  component: TAG,
  args: { ...elementDefaults, data: surahammarHandslag },
  argTypes: { ...elementArgTypes, agreement: { control: 'text' } },
  render: (args) => html`<dhol-agreement
    lang=${args.lang}
    .data=${args.data}
    src=${ifDefined(args.src)}
    .fetcher=${args.fetcher}
    timeout=${ifDefined(args.timeout)}
    agreement=${ifDefined(args.agreement)}
    heading-level=${args.headingLevel}
    ?no-support-notice=${args.noSupportNotice}
  ></dhol-agreement>`,
} satisfies Meta<AgreementArgs>;

export default meta;
type Story = StoryObj<AgreementArgs>;

const states = stateStories<AgreementArgs>({
  tag: TAG,
  content: (canvasElement, args) => showsContent(canvasElement, TAG, title, args.headingLevel),
  empty: { sv: 'Filen innehåller inget handslag.', en: 'The file holds no agreement.' },
  invalid: { data: agreementWithImpossibleDate, mentions: { sv: '2026-02-30', en: '2026-02-30' } },
});

/** Handslaget mellan Surahammars kommun och Region Västmanland, som det publiceras i `@dhol/data`. */
export const Content: Story = { name: 'Innehåll', ...states.content };
export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  tags: ['!autodocs'],
  ...states.contentEnglish,
};
/** Medan `src` läses: förfrågan i den här berättelsen besvaras aldrig. */
export const Loading: Story = { name: 'Laddar', ...states.loading };
export const LoadingEnglish: Story = {
  name: 'Laddar (English)',
  tags: ['!autodocs'],
  ...states.loadingEnglish,
};
/** En giltig fil utan handslag. */
export const Empty: Story = { name: 'Tom', ...states.empty };
export const EmptyEnglish: Story = { name: 'Tom (English)', tags: ['!autodocs'], ...states.emptyEnglish };
/** Handslaget med ett beslut daterat 30 februari. */
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
