import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions } from '../../src/fetch/createFetcher.js';
import { createRateGate } from '../../src/fetch/createRateGate.js';
import { retryPolicy } from '../../src/retry/retryPolicy.js';
import { startRateLimitedServer, type RateLimitedServer } from './rateLimitedServer.js';

// Time is scaled down ×4 on both sides so the suite stays fast: the server's "second" is 250 ms
// (2 per 250 ms AND 60 per 15 s), and the client's declared rates and default waits are scaled alike.
// Not smaller: on a 2-core CI running browser tests beside it, event-loop stalls near 100 ms would
// spread one burst over several windows.
const UNIT = 250;
const QUERIES = 20;

interface Outcome {
  succeeded: number;
  failed: number;
}

/** Starts twenty queries at once through a real QueryClient and waits for all of them. */
async function twentyQueries(client: QueryClient, queryFn: (path: string) => Promise<unknown>): Promise<Outcome> {
  const results = await Promise.allSettled(
    Array.from({ length: QUERIES }, (_, i) => client.fetchQuery({ queryKey: ['phone', i], queryFn: () => queryFn(`/phone/${i}`) })),
  );
  client.clear();
  const succeeded = results.filter((r) => r.status === 'fulfilled').length;
  return { succeeded, failed: QUERIES - succeeded };
}

function errataClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: retryPolicy({ defaultRetryAfterMs: UNIT, baseDelayMs: UNIT }) } });
}

function errataFetcher(server: RateLimitedServer, options: FetcherOptions = {}) {
  // A fresh gate per scenario, so one scenario's cooldown does not help the next.
  return createFetcher({ baseUrl: server.url, gate: createRateGate({ defaultCooldownMs: UNIT }), ...options });
}

describe('the shared cooldown against a real server that allows 2 per second and 60 per minute (seed 000)', () => {
  const servers: RateLimitedServer[] = [];
  const start = async (advertise?: 'ietf' | 'x-ratelimit') => {
    const server = await startRateLimitedServer({ unitMs: UNIT, advertise });
    servers.push(server);
    return server;
  };
  const lines: string[] = [];

  afterAll(async () => {
    for (const line of lines) console.log(line);
    await Promise.all(servers.map((s) => s.close()));
  });

  describe('twenty queries started at once', () => {
    let declared: RateLimitedServer;
    let learned: RateLimitedServer;
    let plain: RateLimitedServer;
    beforeAll(async () => {
      [declared, learned, plain] = await Promise.all([start(), start(), start()]);
    });

    it('earn no 429 at all when the rate is declared in `rates`', async () => {
      const api = errataFetcher(declared, {
        rates: { [declared.url]: [{ limit: 2, windowMs: UNIT }, { limit: 60, windowMs: 60 * UNIT }] },
      });
      const outcome = await twentyQueries(errataClient(), (path) => api(path));
      lines.push(`(a) rates declared:        ${declared.counts.limited} × 429, ${outcome.failed} failed queries`);
      expect(outcome).toEqual({ succeeded: QUERIES, failed: 0 });
      expect(declared.counts).toEqual({ ok: QUERIES, limited: 0 });
    });

    it('earn only the first burst’s 429s (and at most a few more) when nothing is declared, and all succeed', async () => {
      const api = errataFetcher(learned);
      const outcome = await twentyQueries(errataClient(), (path) => api(path));
      lines.push(`(b) nothing declared:      ${learned.counts.limited} × 429, ${outcome.failed} failed queries`);
      expect(outcome).toEqual({ succeeded: QUERIES, failed: 0 });
      // The burst: 2 accepted, 18 refused (fewer if it straddles a window). Then paced by what the 429 taught.
      expect(learned.counts.limited).toBeGreaterThan(0);
      expect(learned.counts.limited).toBeLessThanOrEqual(QUERIES - 2 + 3);
    });

    it('earn many more 429s and failures with plain fetch and TanStack’s default retry', async () => {
      // TanStack's browser defaults: retry 3 (it is 0 on a server), delay min(1000·2^n, 30000), scaled ×4.
      const client = new QueryClient({
        defaultOptions: { queries: { retry: 3, retryDelay: (n) => Math.min(UNIT * 2 ** n, 30 * UNIT) } },
      });
      const outcome = await twentyQueries(client, async (path) => {
        const response = await fetch(plain.url + path);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      });
      lines.push(`(c) TanStack defaults:     ${plain.counts.limited} × 429, ${outcome.failed} failed queries`);
      // Typically about 3× the 429s of (b) and a dozen failures; kept loose so a starved CPU, which
      // spreads each retry burst over more windows, does not make the test flaky.
      expect(plain.counts.limited).toBeGreaterThan(learned.counts.limited);
      expect(outcome.failed).toBeGreaterThan(0);
    });
  });

  describe.each(['ietf', 'x-ratelimit'] as const)('a server advertising its limits in %s headers', (advertise) => {
    let server: RateLimitedServer;
    beforeAll(async () => {
      server = await start(advertise);
    });

    it('gets no 429 from twenty queries started after a first response told the limit', async () => {
      const api = errataFetcher(server);
      const client = errataClient();
      await client.fetchQuery({ queryKey: ['first'], queryFn: () => api('/first') });
      const outcome = await twentyQueries(client, (path) => api(path));
      lines.push(`(${advertise}) limits advertised: ${server.counts.limited} × 429, ${outcome.failed} failed queries`);
      expect(outcome).toEqual({ succeeded: QUERIES, failed: 0 });
      expect(server.counts).toEqual({ ok: QUERIES + 1, limited: 0 });
    });
  });
});
