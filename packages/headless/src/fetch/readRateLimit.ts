import { toDelayMs, unitMs } from '../normalize/readRetryAfterMs.js';

/** A rate a server accepts: at most `limit` requests in any `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** What one response told about the server's rate limit. */
export interface RateLimitInfo {
  /** The rates the server enforces (from `RateLimit-Policy` or a vendor code). */
  windows: RateWindow[];
  /** Requests the server will still accept before `resetMs` passes. */
  remaining?: number;
  /** Milliseconds until the tightest limit frees up again. */
  resetMs?: number;
}


// Structured-field parameters of one list member: `"default";q=100;w=60` → { q: '100', w: '60' }.
const paramsOf = (member: string): Record<string, string> =>
  Object.fromEntries(Array.from(member.matchAll(/;\s*([a-z]+)=([\d.]+)/g), (m) => [m[1], m[2]]));

/**
 * Reads a server's rate limit from a response: the IETF `RateLimit-Policy` / `RateLimit` fields
 * (draft 08+ `"name";q=100;w=60` and `"name";r=0;t=30`, and the older `10;w=1` policy), the
 * `RateLimit-Remaining`/`-Reset` and `X-RateLimit-Remaining`/`-Reset` pairs, and a vendor code
 * that names its rate (`RATE_LIMITED_2_PER_SECOND`, `RATE_LIMITED_60_PER_MINUTE`, `…_100_PER_10_SECONDS`).
 */
export function readRateLimit(headers?: Headers | null, code?: string, now = Date.now()): RateLimitInfo {
  const info: RateLimitInfo = { windows: [] };
  const rate = code && /(\d+)_PER_(?:(\d+)_)?(MS|MILLISECOND|SECOND|MINUTE|HOUR|DAY)/i.exec(code);
  if (rate) info.windows.push({ limit: +rate[1]!, windowMs: +(rate[2] ?? 1) * unitMs(rate[3]!) });
  if (!headers) return info;
  // Policies (`q`, `w`) and what is left of them (`r`, `t`) share one syntax: read both lists in one pass.
  for (const member of `${headers.get('ratelimit-policy')},${headers.get('ratelimit')}`.split(',')) {
    const { q = /^\s*(\d+);/.exec(member)?.[1], w, r, t } = paramsOf(member);
    const windowMs = toDelayMs(w, now);
    if (q && windowMs) info.windows.push({ limit: +q, windowMs });
    // Several policies may be listed; the one with the fewest requests left governs.
    if (r && !(+r >= info.remaining!)) {
      info.remaining = +r;
      info.resetMs = toDelayMs(t, now);
    }
  }
  if (info.remaining === undefined) {
    const left = headers.get('ratelimit-remaining') ?? headers.get('x-ratelimit-remaining');
    if (left !== null && !isNaN(parseInt(left))) {
      info.remaining = parseInt(left);
      // Delay seconds, or an epoch time (GitHub): toDelayMs tells them apart.
      info.resetMs = toDelayMs(headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset'), now);
    }
  }
  return info;
}
