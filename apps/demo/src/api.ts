import { createFetcher } from '@errata/headless';

/** The demo's key; the local API accepts any non-empty key ("deactivated" and "readonly" show errors). */
export const DEMO_KEY = 'demo';

/**
 * One fetcher for the whole demo: the local API behind Vite's `/api` proxy. Defastra's limits are
 * declared so checks are paced before the server refuses them; slow answers time out after 8 s.
 */
export const api = createFetcher({
  baseUrl: '/api',
  headers: { 'X-API-KEY': DEMO_KEY },
  rates: {
    [globalThis.location?.origin ?? 'http://127.0.0.1:5173']: [
      { limit: 2, windowMs: 1000 },
      { limit: 60, windowMs: 60_000 },
    ],
  },
  timeoutMs: 8000,
});

/** A JSON body for a mutation. */
export function json(body: unknown): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
