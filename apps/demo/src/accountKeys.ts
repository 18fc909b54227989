/**
 * Bearer keys for the Stripe-like accounts API (seed 001). The page's test keys `eyJhb...error_400`,
 * `…error_401` and `…error_500` always fail with that status; any other key works. They look like
 * real JWTs on purpose: none of them may ever show up in a message or in "Copy details".
 */
export const ACCOUNT_KEYS = {
  working: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLWFjY291bnRzIn0.bm90LWEtcmVhbC1zaWduYXR1cmU',
  error_400: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLWFjY291bnRzIn0.error_400',
  error_401: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLWFjY291bnRzIn0.error_401',
  error_500: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLWFjY291bnRzIn0.error_500',
} as const;

export type AccountKeyName = keyof typeof ACCOUNT_KEYS;

/** What the key picker shows: never the key itself. */
export const ACCOUNT_KEY_LABELS: Record<AccountKeyName, string> = {
  working: 'Test key (works)',
  error_400: 'eyJhb…error_400 (always 400)',
  error_401: 'eyJhb…error_401 (always 401)',
  error_500: 'eyJhb…error_500 (always 500)',
};
