import type { ApiError } from '../ApiError.js';
import { readRateLimit, type RateWindow } from './readRateLimit.js';

/** What a finished request learned: the response's headers and the error it turned into, if any. */
export interface RateReport {
  headers?: Headers | null;
  error?: ApiError;
}

/** Call when the request has finished (whatever the outcome), with what it learned. */
export type RateRelease = (report?: RateReport) => void;

/**
 * The shared rate-limit cooldown: requests to one origin wait while it cools down after a 429, and
 * are released no faster than the server said it accepts. Share one gate between fetchers to share
 * the cooldown.
 */
export interface RateGate {
  /** Resolves when a request to `url`'s origin may start; rejects with `signal.reason` if aborted first. */
  take(url: string, signal?: AbortSignal | null): Promise<RateRelease>;
  /** Declares the rates an origin accepts (`'https://api.example.com'`), so requests are paced from the first one. */
  declare(origin: string, windows: readonly RateWindow[]): void;
}

export interface RateGateOptions {
  /**
   * How long an origin cools down after a 429 that says nothing about when to come back.
   * @defaultValue 1000
   */
  defaultCooldownMs?: number;
}

/** The origin of an absolute URL (lower-cased), or '' for a relative one (the page's own origin). */
const ABSOLUTE = /^[a-z][\w+.-]*:\/\/[^/?#]*/i;

/** Whether a URL names its own origin (`https://…`), rather than being relative to the page. */
export const isAbsoluteUrl = (url: string): boolean => ABSOLUTE.test(url);

// A relative URL ('/api/…') goes to the page's own origin, which is where an app declares its rates.
export const originOf = (url: string): string =>
  (ABSOLUTE.exec(url)?.[0] ?? (globalThis as { location?: { origin?: string } }).location?.origin ?? '').toLowerCase();

interface Origin {
  take: (signal?: AbortSignal | null) => Promise<RateRelease>;
  learn: (windows: readonly RateWindow[]) => void;
}

/**
 * Creates a rate gate. Cheap while nothing is known about an origin: one map lookup, no timers,
 * one microtask. Timers exist only while a request waits.
 */
export function createRateGate({ defaultCooldownMs = 1000 }: RateGateOptions = {}): RateGate {
  const origins = new Map<string, Origin>();
  const get = (url: string) => {
    const key = originOf(url);
    let o = origins.get(key);
    if (!o) origins.set(key, (o = createOrigin(defaultCooldownMs)));
    return o;
  };
  return { take: (url, signal) => get(url).take(signal), declare: (origin, windows) => get(origin).learn(windows) };
}

// One origin's state lives in closure variables (minified names: this runs on every request).
function createOrigin(cooldownMs: number): Origin {
  /** Rates the server accepts, declared or learned. */
  const windows: RateWindow[] = [];
  /** When each recent request's response arrived; Infinity while it is in flight. */
  let log: number[] = [];
  const queue: Array<() => void> = [];
  /** No request starts before this time (the cooldown after a 429). */
  let until = 0;
  /** Requests the server said it still accepts before `leftUntil`; undefined when it said nothing. */
  let left: number | undefined;
  let leftUntil = 0;
  /** Most requests in flight at once: 1 after a 429 that told nothing, doubling with each success. */
  let cap = Infinity;
  let busy = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const learn = (learned: readonly RateWindow[]) => {
    for (const w of learned) {
      const same = windows.find((x) => x.windowMs === w.windowMs);
      if (same) same.limit = Math.min(same.limit, w.limit);
      else windows.push({ ...w });
    }
  };

  // How long until one more request may start: 0 or less means now, Infinity means "after a response".
  const waitMs = (now: number): number => {
    let wait = until - now;
    // The advertised budget ran out: one request at a time until a response says more.
    if (busy >= cap || (left !== undefined && now >= leftUntil && busy)) return Infinity;
    if (left! <= 0 && now < leftUntil) wait = Math.max(wait, leftUntil - now);
    for (const { limit, windowMs } of windows) {
      const recent = log.filter((t) => t > now - windowMs).sort((a, b) => a - b);
      if (recent.length >= limit) wait = Math.max(wait, recent[recent.length - limit]! + windowMs - now);
    }
    return wait;
  };

  const pump = () => {
    clearTimeout(timer);
    timer = undefined;
    while (queue.length) {
      const wait = waitMs(Date.now());
      if (wait > 0) {
        if (wait < Infinity) timer = setTimeout(pump, wait);
        return;
      }
      queue.shift()!();
    }
  };

  const finish = (tracked: boolean, { headers, error }: RateReport = {}) => {
    const now = Date.now();
    const limited = error?.kind === 'rate_limited';
    const info = readRateLimit(headers, error?.code, now);
    busy--;
    learn(info.windows);
    // A slot counts from when its response arrived (the server saw the request no later), and a
    // refused request does not count at all: servers count what they accepted.
    if (tracked) log.splice(log.indexOf(Infinity), 1);
    if (windows.length && !limited) log.push(now);
    log = log.filter((t) => windows.some((w) => t > now - w.windowMs));

    if (info.remaining !== undefined) {
      // Requests still in flight may already be counted by the server: spend them from what is left.
      left = info.remaining - busy;
      leftUntil = now + (info.resetMs ?? cooldownMs);
    } else if (now >= leftUntil) left = undefined;

    if (limited) {
      // normalizeError already read Retry-After, RateLimit / X-RateLimit-Reset and the window a vendor code names.
      until = Math.max(until, now + (error.retryAfterMs ?? info.resetMs ?? cooldownMs));
      // Nothing told us the rate: probe with one request at a time, then grow again.
      if (!windows.length && info.remaining === undefined) cap = 1;
    } else if (!error && cap < Infinity) cap = cap < 32 ? cap * 2 : Infinity;
    pump();
  };

  const take = (signal?: AbortSignal | null) =>
    new Promise<RateRelease>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', abort);
        const tracked = windows.length > 0;
        if (tracked) log.push(Infinity);
        if (left !== undefined) left--;
        busy++;
        resolve((report) => finish(tracked, report));
      };
      const abort = () => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(signal!.reason);
        pump();
      };
      if (signal?.aborted) return reject(signal.reason);
      if (!queue.length && waitMs(Date.now()) <= 0) return grant();
      signal?.addEventListener('abort', abort, { once: true });
      queue.push(grant);
      pump();
    });

  return { take, learn };
}
