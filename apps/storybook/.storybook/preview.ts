import manifest from '@dhol/widgets/custom-elements.json';
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { argTypesOf, publicManifest } from '../src/manifest.js';
import { themes, tokenControls, withTheme } from '../src/themes/index.js';

// The docs tables (attributes, properties, events, parts, custom properties) come from the widgets' manifest,
// without the private and protected members the analyzer also lists, each row described in Swedish, then English.
const docsManifest = publicManifest(manifest);
setCustomElementsManifest(docsManifest);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme, withActions],
  // Every documented custom property gets a working control (a colour picker for colours); see src/themes.
  argTypesEnhancers: [tokenControls],
  globalTypes: {
    theme: {
      description: 'Tema: the page theme the widgets are shown in',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({
          value,
          title: theme.title,
          icon: theme.icon,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default' },
  parameters: {
    // Stories draw their own frame (see src/themes), so the theme's background fills the canvas.
    layout: 'fullscreen',
    // Every story is an accessibility test: an axe violation fails it (in the UI and in `pnpm test`).
    a11y: { test: 'error' },
    // The elements' events show in the Actions panel (they bubble and are composed, so the story root hears them).
    actions: { handles: ['dhol-load', 'dhol-error', 'dhol-select'] },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true, extractArgTypes: (tag: string) => argTypesOf(docsManifest, tag) },
    options: {
      storySort: {
        order: [
          'Introduktion',
          ['För formgivare', 'For designers (English)', 'Tokens', 'Byggstenar', 'Eget tema'],
          'Element',
          [
            'dhol-plan',
            'dhol-framework',
            'dhol-agreement',
            'dhol-coverage',
            'dhol-indicator',
            'dhol-followup',
            'dhol-overview',
          ],
        ],
      },
    },
  },
};

export default preview;
