import '@dhol/widgets/components/agreement/dhol-agreement.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  agreementWithImpossibleDate,
  emptyDataset,
  loadingArgs,
  notFoundArgs,
  surahammarHandslag,
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

interface AgreementArgs extends ElementArgs {
  /** Id of the agreement to show; the dataset's first when not set. */
  agreement?: string;
}

const TAG = 'dhol-agreement';
const title = surahammarHandslag.agreements![0]!.title.sv!;

/**
 * A handslag: the parties side by side with their roles and duties, the duration, governance, the decision
 * steps, the strategies it serves and the baseline figures.
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

/** The handslag between Surahammars kommun and Region Västmanland, as published in `@dhol/data`. */
export const Content: Story = {
  name: 'Innehåll',
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
};

export const ContentEnglish: Story = {
  name: 'Innehåll (English)',
  args: { lang: 'en' },
  play: ({ canvasElement, args }) => showsContent(canvasElement, TAG, title, args.headingLevel),
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

/** A valid file that holds no agreement. */
export const Empty: Story = {
  name: 'Tom',
  args: { data: emptyDataset },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'Filen innehåller inget handslag.'),
};

export const EmptyEnglish: Story = {
  name: 'Tom (English)',
  args: { data: emptyDataset, lang: 'en' },
  play: ({ canvasElement }) => showsEmpty(canvasElement, TAG, 'The file holds no agreement.'),
};

/** The handslag with a decision dated 30 February. */
export const InvalidData: Story = {
  name: 'Fel: ogiltiga data',
  args: { data: agreementWithImpossibleDate() },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'sv', '2026-02-30'),
};

export const InvalidDataEnglish: Story = {
  name: 'Fel: ogiltiga data (English)',
  args: { data: agreementWithImpossibleDate(), lang: 'en' },
  play: ({ canvasElement }) => showsError(canvasElement, TAG, 'en', '2026-02-30'),
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
