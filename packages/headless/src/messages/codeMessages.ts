import type { CopySource, ErrorMessage, MessageParams } from './ErrorMessage.js';
import { fundsDescription, quotaCopy } from './kindMessages.js';

const newKey: ErrorMessage = {
  title: '',
  description: 'Create a new API key in your dashboard, then try again.',
  action: 'Create key',
};

/**
 * Words for the seed vendors' codes that deserve more than their kind's copy, keyed by the code
 * exactly as sent (codes are case-sensitive: seed 001's `insufficient_funds` is not Defastra's).
 */
export const codeMessages: Readonly<Record<string, CopySource>> = {
  // Seed 000 (Defastra): the wallet is never debited for a failed request, so nothing was charged.
  INSUFFICIENT_FUNDS: (params) => ({
    title: 'Not enough funds in your wallet',
    description: fundsDescription(params, "Add funds to your wallet to run this check. Nothing was charged."),
    action: 'Add funds',
  }),
  DAILY_CHECK_LIMIT: {
    title: "You've reached today's spending limit",
    description: 'Your team role sets a daily limit. Ask your team administrator to raise it, or try again tomorrow.',
  },
  INACTIVE_TEAM_USER: {
    title: 'Your account was deactivated',
    description: 'Your team administrator turned off your account. Ask them to turn it back on.',
  },
  INACTIVE_API_KEY: {
    title: 'This API key is turned off',
    description: 'Turn the key back on or create a new one in your dashboard.',
  },
  INACTIVE_API_ACCESS: {
    title: 'API access is turned off',
    description: 'Turn API access back on in your dashboard to continue.',
  },
  NO_KEY: {
    title: 'No API key was sent',
    description: 'Add your API key to the app settings, then try again.',
  },
  INVALID_PERMISSION: {
    title: "Your team role can't use the API",
    description: 'Ask your team administrator for API access.',
  },
  RATE_LIMITED_1_MINUTE: {
    title: 'Too many requests this minute',
    description: 'Requests resume on their own within a minute.',
  },
  RATE_LIMITED_5_SECONDS: {
    title: 'Too many requests at once',
    description: 'Requests resume on their own in a few seconds.',
  },
  RATE_LIMITED_60_PER_MINUTE: {
    title: 'Too many requests this minute',
    description: 'The limit is 60 requests a minute. Requests resume on their own within a minute.',
  },
  RATE_LIMITED_2_PER_SECOND: {
    title: 'Too many requests at once',
    description: 'The limit is 2 requests a second. Requests resume on their own in a moment.',
  },
  // Seed 001: an API key problem, not a person's session.
  authentication_required: {
    title: 'No API key was sent',
    description: 'Add your API key to the app settings, then try again.',
  },
  // Seed 001: funds of the account money is taken from.
  insufficient_funds: (params) => ({
    title: "The account doesn't have enough funds",
    description: fundsDescription(params, 'Add funds to the account or pay from another one, then try again.'),
    action: 'Add funds',
  }),
  // Seed 003.
  SUSPENDED_ACCOUNT: {
    title: 'Your account is suspended',
    description: 'Contact support to restore access.',
    action: 'Contact support',
  },
  EXPIRED_API_KEY: { ...newKey, title: 'Your API key has expired' },
  REVOKED_API_KEY: { ...newKey, title: 'Your API key was revoked' },
  INSUFFICIENT_BALANCE: (params) => ({
    title: 'Your balance is below the minimum',
    description: fundsDescription(params, 'Add funds to your account to continue.'),
    action: 'Add funds',
  }),
  // Seed 004 (Defendis): a 409 with `metric`, `used` and `limit`.
  quota_domains_reached: (params) => quotaCopy({ ...params, metric: params.metric ?? 'domains' }, "You've reached your domain limit"),
};

/** Code families matched by shape, for windows and metrics a vendor may add later. */
const codePatterns: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray, params: MessageParams) => ErrorMessage]> = [
  [
    /^RATE_LIMITED_(\d+)_PER_(SECOND|MINUTE|HOUR|DAY)$/,
    (match) => ({
      title: 'Too many requests',
      description: `The limit is ${match[1]} requests a ${(match[2] ?? '').toLowerCase()}. Requests resume on their own.`,
    }),
  ],
  // Any other code about an API key (seed 001 `invalid_api_key`, seed 003 `INVALID_API_KEY`): the key,
  // not the person's session, is what needs fixing.
  [
    /(^|_)api_?key(_|$)/i,
    () => ({
      title: "The API key wasn't accepted",
      description: 'Check the key in the app settings, or create a new one in your dashboard.',
    }),
  ],
  [
    /^quota_([a-z0-9_]+)_reached$/i,
    (match, params) => quotaCopy(params, `You've reached your ${(match[1] ?? '').replace(/_/g, ' ')} limit`),
  ],
];

/** Errata's copy for a vendor code, if it has any. */
export function findCodeMessage(code: string | undefined, params: MessageParams): ErrorMessage | undefined {
  if (code === undefined) return undefined;
  const source = Object.prototype.hasOwnProperty.call(codeMessages, code) ? codeMessages[code] : undefined;
  if (source !== undefined) return typeof source === 'function' ? source(params) : source;
  for (const [pattern, build] of codePatterns) {
    const match = pattern.exec(code);
    if (match !== null) return build(match, params);
  }
  return undefined;
}
