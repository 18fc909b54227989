import { useContext, useMemo } from 'react';
import type { ApiError } from '../ApiError.js';
import { getErrorMessage } from '../messages/getErrorMessage.js';
import type { ErrorMessage } from '../messages/ErrorMessage.js';
import { normalizeError } from '../normalize/normalizeError.js';
import { ErrataContext } from './ErrataContext.js';

/** A normalized error with the words to show for it. */
export interface ApiErrorView extends ErrorMessage {
  error: ApiError;
}

/**
 * Normalizes any thrown value and picks its user-facing text (the provider's `messages` and `t`
 * apply when there is one). Memoized on the error; `null` when there is no error.
 *
 * @example
 * const { error } = useQuery(...);
 * const view = useApiError(error);
 * if (view) return <p>{view.title} {view.description}</p>;
 */
export function useApiError(error: unknown): ApiErrorView | null {
  const context = useContext(ErrataContext);
  const messages = context?.messages;
  const t = context?.t;
  return useMemo(() => {
    if (error === null || error === undefined) return null;
    const normalized = normalizeError(error);
    return { error: normalized, ...getErrorMessage(normalized, { messages, t }) };
  }, [error, messages, t]);
}
