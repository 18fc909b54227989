import type { ErrorStoreState } from './ErrorStoreState.js';

/** The rate limit as seen at one moment. */
export interface RateLimitView {
  limited: boolean;
  /** Epoch ms when requests may resume, while limited. */
  until: number | null;
  remainingMs: number;
  /** Whole seconds left, rounded up (what a countdown shows). */
  secondsLeft: number;
}

/** Selects the rate limit, computed against `now`: the store's `rateLimitedUntil` may already lie in the past. */
export function selectRateLimit(state: Pick<ErrorStoreState, 'rateLimitedUntil'>, now: number = Date.now()): RateLimitView {
  const until = state.rateLimitedUntil;
  const remainingMs = until === null ? 0 : Math.max(0, until - now);
  if (remainingMs === 0) return { limited: false, until: null, remainingMs: 0, secondsLeft: 0 };
  return { limited: true, until, remainingMs, secondsLeft: Math.ceil(remainingMs / 1000) };
}
