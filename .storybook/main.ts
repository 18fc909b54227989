import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { workspaceAliases } from '../scripts/workspaceAliases.js';

// One Storybook for the whole kit: stories live beside components, plus cross-package ones here.
const config: StorybookConfig = {
  stories: ['../packages/ui/src/**/*.stories.@(ts|tsx)', './stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The MSW service worker is served from here (`msw init .storybook/public`).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (viteConfig) =>
    // Packages resolve to their sources, so Storybook never needs a build first.
    mergeConfig(viteConfig, { resolve: { alias: workspaceAliases } }),
};

export default config;
