import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrataProvider, retryPolicy } from '@errata/headless';
import type { MessageOverrides } from '@errata/headless';
import '@errata/ui/styles.css';
import './demo.css';
import { App } from './App.js';

// Errata decides what is retried and when; the queries keep TanStack's other defaults.
const client = new QueryClient({
  defaultOptions: {
    queries: { ...retryPolicy(), refetchOnWindowFocus: false },
    mutations: retryPolicy({ for: 'mutations' }),
  },
});

// The app's own words for codes whose kind's copy would mislead: a refused API key is not a session.
const messages: MessageOverrides = {
  invalid_api_key: {
    title: 'This API key was refused',
    description: 'Pick another key, or create a new one in your dashboard. What you entered is kept.',
  },
};

const root = document.getElementById('root');
if (!root) throw new Error('The demo needs a #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <ErrataProvider client={client} messages={messages}>
        <App />
      </ErrataProvider>
    </QueryClientProvider>
  </StrictMode>,
);
