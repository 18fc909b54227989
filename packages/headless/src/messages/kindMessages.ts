import type { ErrorKind } from '../types.js';
import type { CopySource, MessageParams } from './ErrorMessage.js';

/** "You've used 10 of 10 domains" when the server sent the figures, a plain sentence otherwise. */
export function quotaCopy(params: MessageParams, fallbackTitle: string) {
  const { used, limit, metric } = params;
  const counted = used !== undefined && limit !== undefined;
  return {
    title: counted ? `You've used ${used} of ${limit}${metric === undefined ? '' : ` ${metric}`}` : fallbackTitle,
    description: counted ? 'Remove one or upgrade to add more.' : 'Remove something you no longer need or upgrade to add more.',
    action: 'Upgrade plan',
  };
}

/** "This costs $0.40 and your balance is $0.12" when the server sent the figures. */
export function fundsDescription(params: MessageParams, next: string): string {
  const { requiredText, balanceText } = params;
  if (requiredText !== undefined && balanceText !== undefined) {
    return `This costs ${requiredText} and your balance is ${balanceText}. ${next}`;
  }
  if (balanceText !== undefined) return `Your balance is ${balanceText}. ${next}`;
  return next;
}

/**
 * Errata's English copy for every kind (UI.md wording: what happened, what to do next; "we" only when
 * the service caused it; no codes as headlines).
 */
export const kindMessages: Record<ErrorKind, CopySource> = {
  network: {
    title: 'No connection',
    description: 'Check your internet connection. What you entered is kept.',
    action: 'Retry',
  },
  timeout: {
    title: 'This is taking too long',
    description: "We didn't get an answer in time. Try again in a moment.",
    action: 'Retry',
  },
  aborted: { title: 'Request cancelled' },
  unauthenticated: {
    title: 'Your session has ended',
    description: 'Sign in again to continue. What you entered is kept.',
    action: 'Sign in',
  },
  forbidden: {
    title: "You don't have access to this",
    description: 'Ask an administrator of your account for access.',
  },
  validation: {
    title: 'Some details need changing',
    description: 'Check the highlighted fields, then submit again.',
  },
  not_found: {
    title: "This item can't be found",
    description: 'It may have been moved or deleted. Check the address or go back.',
  },
  conflict: {
    title: 'This conflicts with the current data',
    description: 'It may already exist or have been changed by someone else. Reload to see the latest version, then try again.',
    action: 'Reload',
  },
  quota: (params) => quotaCopy(params, "You've reached your plan's limit"),
  rate_limited: (params) => ({
    title: 'Too many requests',
    description:
      params.seconds === undefined
        ? 'Wait a moment; requests resume on their own.'
        : `You can try again in ${params.seconds} ${params.seconds === 1 ? 'second' : 'seconds'}.`,
  }),
  insufficient_funds: (params) => ({
    title: 'Not enough funds',
    description: fundsDescription(params, 'Add funds to continue. What you entered is kept.'),
    action: 'Add funds',
  }),
  server: {
    title: "We're having a problem on our side",
    description: "Your request didn't go through. Try again in a few minutes.",
    action: 'Retry',
  },
  unavailable: {
    title: "We're having trouble connecting",
    description: 'The service is busy or down for a moment. Try again in a few minutes.',
    action: 'Retry',
  },
  unknown: {
    title: "That didn't work",
    description: 'Try again. If it keeps happening, copy the details for support.',
    action: 'Retry',
  },
};
