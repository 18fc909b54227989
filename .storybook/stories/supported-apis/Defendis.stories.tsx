// Seed 004 (Defendis): `{ error: "text", message?, ...extra }`; the extra fields land in details.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

const API = 'Defendis';
export default {
  title: 'Supported APIs/004 Defendis',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const WatchlistQuotaReached = apiCase(API, {
  path: '/watchlist',
  method: 'POST',
  request: { domain: 'example.com' },
  status: 409,
  body: { error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 },
  expected: { kind: 'quota', code: 'quota_domains_reached', retryable: false, title: /10 of 10/ },
});

export const MissingApiKey = apiCase(API, {
  path: '/dataleaks/stats',
  status: 401,
  body: { error: 'Missing API key' },
  expected: { kind: 'unauthenticated', retryable: false },
});

export const EnterpriseBillingDenied = apiCase(API, {
  path: '/dataleaks/stats',
  status: 403,
  body: { error: 'Enterprise billing access denied', reason: 'payment_unpaid', status: 'unpaid' },
  expected: { kind: 'forbidden', retryable: false },
});

export const RateLimitExceeded = apiCase(API, {
  path: '/dataleaks/stats',
  status: 429,
  headers: { 'retry-after': '2' },
  body: { error: 'Rate limit exceeded' },
  expected: { kind: 'rate_limited', retryable: true, retryAfter: '2000 ms' },
});
