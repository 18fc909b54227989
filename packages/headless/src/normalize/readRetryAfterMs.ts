import type { HeadersInput } from '../types.js';
import { isRecord } from './guards.js';
import { readHeaders } from './readHeaders.js';

/** Where a wait may be stated besides the headers. */
export interface RetryAfterSources {
  /** A parsed body (or its details): `retry_after`/`retryAfter`/`retryAfterSeconds` in seconds, `…_ms`/`…Ms` in milliseconds. */
  body?: unknown;
  /** A vendor code naming its window, e.g. `RATE_LIMITED_5_SECONDS` or `RATE_LIMITED_2_PER_SECOND`. */
  code?: string;
  /** The server's text when it states the wait in words: "Please try again in 20s", "wait 24 seconds". */
  message?: string;
  /** The current time in ms since the epoch. @defaultValue the response's `Date` header, else `Date.now()` */
  now?: number;
}

/** Milliseconds in a unit named by its abbreviation or word, any case: `ms`, `millisecond`, `s`, `second`, `m`, `minute`, `h`, `hour`, `day`. */
export const unitMs = (unit: string): number => {
  const u = unit.toLowerCase();
  return u === 'ms' || u.startsWith('milli') ? 1 : ({ s: 1e3, m: 6e4, h: 36e5, d: 864e5 } as Record<string, number>)[u[0]!] ?? 0;
};

/**
 * Milliseconds from a delay value: seconds (`"30"`), epoch seconds or ms when the number is large,
 * a Go-style duration (`"1m30s"`, `"20ms"`), or an HTTP-date. Past dates give 0.
 */
export function toDelayMs(value: unknown, now: number, unit = 1e3): number | undefined {
  if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string') return undefined;
  const t = String(value).trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    // Servers that send a reset time as an epoch do so in seconds (1e9+) or ms (1e12+).
    ms = n > 1e12 ? n - now : n > 1e9 ? n * 1e3 - now : n * unit;
  } else if (/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(t)) {
    ms = 0;
    for (const [, n, u] of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(n) * unitMs(u!);
  } else {
    ms = Date.parse(t) - now;
    if (Number.isNaN(ms)) return undefined;
  }
  return Math.max(0, Math.round(ms));
}

/** A body's wait; with `msOnly`, only one named in milliseconds. */
function fromBody(body: unknown, now: number, msOnly = false): number | undefined {
  if (!isRecord(body)) return undefined;
  // Telegram nests it in `parameters`, Discourse in `extras`; Hugging Face says how long a model takes to load in `estimated_time`.
  for (const b of [body, body.error, body.details, body.extensions, body.parameters, body.extras, body.error_data, isRecord(body.error) ? body.error.details : 0]) {
    if (!isRecord(b)) continue;
    // Lambda and Spring name the unit: `retryAfterSeconds`; Discourse: `wait_seconds`.
    const ms = toDelayMs(b.retry_after_ms ?? b.retryAfterMs ?? b.backoff_ms, now, 1) ?? (msOnly ? undefined : toDelayMs(b.retry_after ?? b.retryAfter ?? b.retryAfterSeconds ?? b.wait_seconds ?? b.retry_in_seconds ?? b.estimated_time, now));
    if (ms !== undefined) return ms;
  }
  return undefined;
}

/**
 * How long the server asked to wait, in ms: `Retry-After` (seconds or HTTP-date), Azure's `x-ms-retry-after-ms`, IETF `RateLimit`
 * (`t=`), `RateLimit-Reset` / `X-RateLimit-Reset` (delta or epoch seconds), a body `retry_after`,
 * or the window a vendor code names. Undefined when nothing says.
 */
export function readRetryAfterMs(headers?: HeadersInput | null, sources: RetryAfterSources = {}): number | undefined {
  return waitFromHeaders(readHeaders(headers), sources);
}

/** `readRetryAfterMs` over headers already read by `readHeaders` (normalizeError has them). */
export function waitFromHeaders(h: Record<string, string>, sources: RetryAfterSources): number | undefined {
  try {
    // An HTTP-date is measured against the response's Date header, so client clock skew does not matter.
    const now = sources.now ?? ((h.date && Date.parse(h.date)) || Date.now());
    // The current draft's `t=`, and earlier drafts' `reset=` that gateways still send (`limit=100, remaining=0, reset=50`).
    const t = /(?:^|[;,\s])(?:t|reset)=(\d+)/.exec(h.ratelimit ?? '')?.[1];
    // A wait the body names in milliseconds is exact by its name, so it goes first (RevenueCat's `backoff_ms` beside a
    // `Retry-After` that it sends in milliseconds too).
    const exact = fromBody(sources.body, now, true);
    if (exact !== undefined) return exact;
    const fromHeaders =
      toDelayMs(h['retry-after'], now) ??
      // Azure's millisecond form (Cosmos DB's `x-ms-retry-after-ms`).
      toDelayMs(h['x-ms-retry-after-ms'], now, 1) ??
      toDelayMs(t, now) ??
      toDelayMs(h['ratelimit-reset'] ?? h['x-ratelimit-reset'] ?? h['x-rate-limit-reset'], now);
    if (fromHeaders !== undefined) return fromHeaders;
    // Per-bucket resets (OpenAI `x-ratelimit-reset-tokens: 6m0s`, Anthropic `anthropic-ratelimit-requests-reset`):
    // the longest among the buckets whose `…remaining…` is 0.
    let bucket: number | undefined;
    for (const name in h) {
      // A bucket with no `…remaining…` beside it is the only one (BigCommerce's `x-rate-limit-time-reset-ms`).
      if (!/rate-?limit.*reset|reset.*rate-?limit/.test(name) || (h[name.replace('reset', 'remaining')] ?? '0') !== '0') continue;
      const ms = toDelayMs(h[name], now, name.endsWith('-ms') ? 1 : 1e3);
      if (ms !== undefined && ms >= (bucket ?? 0)) bucket = ms;
    }
    if (bucket !== undefined) return bucket;
    const b = fromBody(sources.body, now);
    if (b !== undefined) return b;
    const m = /(\d+)?_?(per_)?(second|minute|hour)s?$/i.exec(sources.code ?? '');
    if (m) return (m[2] ? 1 : Number(m[1] ?? 1)) * unitMs(m[3]!);
    // Last, the wait said in words (OpenAI's "Please try again in 20s", Epic's "try again in 221 second(s)").
    const said = /\b(?:try again|retry|wait)(?: (?:in|after|for))?(?: at least)? (\d+(?:\.\d+)?) ?(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\b/i.exec(sources.message ?? '');
    if (said) return Math.round(Number(said[1]) * unitMs(said[2]!));
  } catch {
    // Hostile bodies: no wait known.
  }
  return undefined;
}
