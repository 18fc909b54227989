// @ts-check
// Everything the demo API remembers, in one object a test can reset.
import { START_BALANCE_CENTS } from './defastra.mjs';
import { createRateWindows } from './rateWindows.mjs';

/** The domains a fresh watchlist holds: one short of the quota, so the second add hits it. */
export const START_WATCHLIST = ['example.com', 'example.org', 'example.net', 'acme.test', 'contoso.test',
  'fabrikam.test', 'northwind.test', 'tailspin.test', 'wingtip.test'];
export const WATCHLIST_LIMIT = 10;

/**
 * @typedef {'none' | 'unavailable' | 'server' | 'html' | 'slow' | 'network'} OutageMode
 * @typedef {{ id: string, name: string, email: string, phone: string }} Lead
 * @typedef {import('./accounts.mjs').Account} Account
 * @typedef {ReturnType<typeof createState>} DemoState
 */

/** Outage modes the switch accepts. */
export const OUTAGE_MODES = /** @type {const} */ (['none', 'unavailable', 'server', 'html', 'slow', 'network']);

/**
 * @param {() => number} now
 * @param {{ slowMs: number, outageRetryAfterS: number, rateLimitRetryAfterS: number }} defaults
 */
export function createState(now, defaults) {
  const state = {
    now,
    /** Retry-After (s) of the 429 the accounts API's test email forces. */
    rateLimitRetryAfterS: defaults.rateLimitRetryAfterS,
    balanceCents: START_BALANCE_CENTS,
    checks: 0,
    // Defastra: 2 per second AND 60 per minute, each with its own error_type.
    checkLimits: createRateWindows(
      [
        { limit: 2, windowMs: 1000, code: 'RATE_LIMITED_2_PER_SECOND' },
        { limit: 60, windowMs: 60_000, code: 'RATE_LIMITED_60_PER_MINUTE' },
      ],
      now,
    ),
    /** @type {Map<string, Lead>} */
    leads: new Map(),
    /** @type {Map<string, Account>} */
    accounts: new Map(),
    leadLimits: createRateWindows([{ limit: 5, windowMs: 60_000, code: 'RATE_LIMIT_EXCEEDED' }], now),
    watchlist: [...START_WATCHLIST],
    watchlistLimit: WATCHLIST_LIMIT,
    watchlistWrites: createRateWindows([{ limit: 10, windowMs: 10_000, code: 'RATE_LIMIT' }], now),
    outage: {
      /** @type {OutageMode} */
      mode: 'none',
      /** How many more requests fail before the API recovers by itself; undefined = until switched off. */
      /** @type {number | undefined} */
      remaining: undefined,
      slowMs: defaults.slowMs,
      /** Retry-After (s) the 503 outage sends. */
      retryAfterS: defaults.outageRetryAfterS,
    },
    reset() {
      state.balanceCents = START_BALANCE_CENTS;
      state.checks = 0;
      state.checkLimits.reset();
      state.leads.clear();
      state.accounts.clear();
      state.leadLimits.reset();
      state.watchlist = [...START_WATCHLIST];
      state.watchlistWrites.reset();
      state.outage = { mode: 'none', remaining: undefined, slowMs: defaults.slowMs, retryAfterS: defaults.outageRetryAfterS };
    },
  };
  return state;
}
