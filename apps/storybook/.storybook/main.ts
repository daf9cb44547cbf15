import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // With telemetry on, builds wait on a network this project does not have (see ARCHITECTURE.md, "Toolchain").
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The preview carries Lit, the validating core and axe: large by design for a design tool, not a page.
  viteFinal: async (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
