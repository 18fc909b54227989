import { createFetcher, createRateGate } from '@errata/headless';

/** The demo's key; the local API accepts any non-empty key ("deactivated" and "readonly" show errors). */
export const DEMO_KEY = 'demo';

const origin = globalThis.location?.origin ?? 'http://127.0.0.1:5173';
// Absolute: the fetcher's gate keys cooldowns and declared rates by origin, and a relative '/api' has none.
const baseUrl = `${origin}/api`;

/**
 * One fetcher for the demo's local API behind Vite's `/api` proxy; its 429 cooldowns are shared by
 * every request to the origin. Slow answers time out after 8 s.
 */
export const api = createFetcher({ baseUrl, headers: { 'X-API-KEY': DEMO_KEY }, timeoutMs: 8000 });

/**
 * The Defastra checks. On their own gate, because Defastra's limits (2 per second and 60 per minute)
 * count checks only: they are declared so checks are paced before the server refuses them, while the
 * other vendors the demo imitates on the same origin are not slowed by them.
 */
export const checksApi = createFetcher({
  baseUrl,
  headers: { 'X-API-KEY': DEMO_KEY },
  gate: createRateGate(),
  rates: {
    [origin]: [
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
