import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RateLimitedServerOptions {
  /**
   * How long the server's "second" lasts, in ms. Tests scale it down (100 = windows ×10 shorter)
   * so twenty paced requests finish in about a second instead of ten.
   */
  unitMs: number;
  /** Which headers advertise the limits on every response: none (like Defastra), IETF, or X-RateLimit-*. */
  advertise?: 'none' | 'ietf' | 'x-ratelimit';
}

export interface RateLimitedServer {
  url: string;
  /** Requests answered 200 and refused 429. */
  counts: { ok: number; limited: number };
  close: () => Promise<void>;
}

/**
 * A local API that enforces Defastra's two limits (seed 000): 2 requests per second AND 60 per
 * minute, each a sliding window over accepted requests, answering a refused one with HTTP 429 and
 * a Defastra body. With a scaled unit, the code names the scaled window in milliseconds
 * (`RATE_LIMITED_2_PER_100_MILLISECONDS`) and Retry-After is in decimal seconds, so what the server
 * says stays true.
 */
export async function startRateLimitedServer({ unitMs, advertise = 'none' }: RateLimitedServerOptions): Promise<RateLimitedServer> {
  const scaled = unitMs !== 1000;
  const windows = [
    { name: 'burst', limit: 2, ms: unitMs, code: scaled ? `RATE_LIMITED_2_PER_${unitMs}_MILLISECONDS` : 'RATE_LIMITED_2_PER_SECOND' },
    { name: 'minute', limit: 60, ms: 60 * unitMs, code: scaled ? `RATE_LIMITED_60_PER_${60 * unitMs}_MILLISECONDS` : 'RATE_LIMITED_60_PER_MINUTE' },
  ].map((w) => ({ ...w, accepted: [] as number[] }));
  const counts = { ok: 0, limited: 0 };

  const server: Server = createServer((req, res) => {
    const now = Date.now();
    for (const w of windows) w.accepted = w.accepted.filter((t) => t > now - w.ms);
    const full = windows.find((w) => w.accepted.length >= w.limit);
    if (!full) for (const w of windows) w.accepted.push(now);

    // The tightest window: fewest requests left, and when its oldest request leaves it.
    const tight = windows
      .map((w) => ({ w, left: w.limit - w.accepted.length, resetMs: w.accepted.length ? w.accepted[0]! + w.ms - now : 0 }))
      .sort((a, b) => a.left - b.left)[0]!;
    const headers: Record<string, string> = { 'content-type': 'application/json', connection: 'close' };
    if (advertise === 'ietf') {
      headers['ratelimit-policy'] = windows.map((w) => `"${w.name}";q=${w.limit};w=${w.ms / 1000}`).join(', ');
      headers.ratelimit = `"${tight.w.name}";r=${tight.left};t=${tight.resetMs / 1000}`;
    } else if (advertise === 'x-ratelimit') {
      headers['x-ratelimit-limit'] = String(tight.w.limit);
      headers['x-ratelimit-remaining'] = String(tight.left);
      headers['x-ratelimit-reset'] = String(tight.resetMs / 1000);
    }

    if (full) {
      counts.limited++;
      headers['retry-after'] = String((full.accepted[0]! + full.ms - now) / 1000);
      res.writeHead(429, headers).end(
        JSON.stringify({
          status: false,
          error_type: full.code,
          error_message: 'You have performed too many requests. Please refer to our Rate limiting section below',
        }),
      );
      return;
    }
    counts.ok++;
    res.writeHead(200, headers).end(JSON.stringify({ status: true, path: req.url }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
