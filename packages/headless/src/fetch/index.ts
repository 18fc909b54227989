// Public exports of the fetch layer, by name.
export { createFetcher } from './createFetcher.js';
export type { FetchInit, Fetcher, FetcherOptions } from './createFetcher.js';
export { createRateGate } from './createRateGate.js';
export type { RateGate, RateGateOptions, RateRelease, RateReport } from './createRateGate.js';
export { readRateLimit } from './readRateLimit.js';
export type { RateLimitInfo, RateWindow } from './readRateLimit.js';
export { createIdempotencyKey } from './createIdempotencyKey.js';
