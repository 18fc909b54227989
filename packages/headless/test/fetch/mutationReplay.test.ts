import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../src/ApiError.js';
import { createFetcher, type Fetcher } from '../../src/fetch/createFetcher.js';
import { createIdempotencyKey } from '../../src/fetch/createIdempotencyKey.js';
import { createRateGate } from '../../src/fetch/createRateGate.js';
import { retryPolicy } from '../../src/retry/retryPolicy.js';

/** Every request the server received: its path and the Idempotency-Key it carried. */
const received: Array<{ path: string; key: string | undefined }> = [];
const drops = new Map<string, number>();

// `/charges?drop=N`: the first N requests for a key lose their connection (the server destroys the
// socket before answering); `/fail`: 503; `/drop`: every connection is dropped.
const server: Server = createServer((req, res) => {
  const key = req.headers['idempotency-key'] as string | undefined;
  const url = new URL(req.url ?? '/', 'http://localhost');
  received.push({ path: url.pathname, key });
  if (url.pathname === '/drop') return void req.socket.destroy();
  if (url.pathname === '/fail') {
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Service unavailable' }));
    return;
  }
  const seen = (drops.get(key ?? '') ?? 0) + 1;
  drops.set(key ?? '', seen);
  if (seen <= Number(url.searchParams.get('drop') ?? 0)) return void req.socket.destroy();
  res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `ch_${seen}`, key }));
});

let api: Fetcher;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  api = createFetcher({ baseUrl: `http://127.0.0.1:${port}`, gate: createRateGate() });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

// No waiting between tries (random = 0), so the test runs at the speed of the loopback.
const client = () => new QueryClient({ defaultOptions: { mutations: retryPolicy({ for: 'mutations', random: () => 0 }) } });

async function settle(promise: Promise<unknown>) {
  try {
    return { data: await promise };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { error };
  }
}

describe('replaying mutations against a real server', () => {
  it('sends the same Idempotency-Key on every retry after dropped connections, one key per user action', async () => {
    const observer = new MutationObserver(client(), {
      // The key is made when the person submits, so it travels with this action's variables.
      mutationFn: ({ amount, key }: { amount: number; key: string }) =>
        api('/charges?drop=2', { method: 'POST', body: JSON.stringify({ amount }), idempotencyKey: key }),
    });
    const first = await observer.mutate({ amount: 100, key: createIdempotencyKey() });
    const second = await observer.mutate({ amount: 250, key: createIdempotencyKey() });

    expect(first).toMatchObject({ id: 'ch_3' });
    expect(second).toMatchObject({ id: 'ch_3' });
    expect(received).toHaveLength(6);
    const [a, b] = [received[0]!.key, received[3]!.key];
    expect(a).toBeTruthy();
    expect(b).not.toBe(a);
    expect(received.map((r) => r.key)).toEqual([a, a, a, b, b, b]);
  });

  it('does not replay a POST without a key after a 5xx', async () => {
    const observer = new MutationObserver(client(), { mutationFn: () => api('/fail', { method: 'POST', body: '{}' }) });
    const { error } = await settle(observer.mutate());
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, method: 'POST' });
    expect(received).toHaveLength(1);
  });

  it('does not replay a POST without a key after its connection dropped: it may have arrived', async () => {
    const observer = new MutationObserver(client(), { mutationFn: () => api('/drop', { method: 'POST', body: '{}' }) });
    const { error } = await settle(observer.mutate());
    expect(error).toMatchObject({ kind: 'network', method: 'POST' });
    expect(received).toHaveLength(1);
  });
});
