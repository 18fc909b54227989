import type { Preview } from '@storybook/react-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import '@errata/ui/styles.css';

// Requests that no story handler answers should fail loudly, not reach the network.
initialize({ onUnhandledRequest: 'error', quiet: true });

const preview: Preview = {
  loaders: [mswLoader],
  parameters: {
    // Every story is an accessibility test: an axe violation fails it in Vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Errata colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  decorators: [
    (Story, context) => {
      const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
      const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
      return (
        <div data-errata-theme={theme} dir={dir} className="errata-story-root">
          <Story />
        </div>
      );
    },
  ],
};

export default preview;
