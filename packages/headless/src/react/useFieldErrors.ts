import { useContext, useMemo } from 'react';
import { applyFieldErrors } from './applyFieldErrors.js';
import type { ApplyFieldErrorsOptions, SetErrorLike } from './applyFieldErrors.js';
import { ErrataContext } from './ErrataContext.js';
import { readFieldErrors } from './readFieldErrors.js';
import type { FieldErrorsView } from './readFieldErrors.js';

/** Field errors plus the react-hook-form adapter bound to them. */
export interface UseFieldErrorsResult extends FieldErrorsView {
  /** Puts these errors into a react-hook-form form (see `applyFieldErrors`). */
  applyTo: <Name extends string>(setError: SetErrorLike<Name>, options?: Pick<ApplyFieldErrorsOptions, 'shouldFocus'>) => string[];
}

/**
 * Per-field messages of an error for hints under inputs, plus a summary and the react-hook-form adapter.
 *
 * @example
 * const mutation = useMutation({ mutationFn: save });
 * const fieldErrors = useFieldErrors(mutation.error, { fields: ['email', 'address.city'] });
 * <input aria-invalid={fieldErrors.has('email')} />
 * {fieldErrors.get('email') && <p id="email-error">{fieldErrors.get('email')}</p>}
 */
export function useFieldErrors(error: unknown, options: { fields?: readonly string[] } = {}): UseFieldErrorsResult {
  const context = useContext(ErrataContext);
  const messages = context?.messages;
  const t = context?.t;
  // A joined key, so an inline `fields` array does not recompute on every render.
  const fieldsKey = options.fields?.join('\u0000');
  return useMemo(() => {
    const fields = fieldsKey === undefined ? undefined : fieldsKey.split('\u0000');
    const read = { messages, t, fields };
    const view = readFieldErrors(error, read);
    return {
      ...view,
      applyTo: (setError, applyOptions) => applyFieldErrors(error, setError, { ...read, ...applyOptions }),
    };
  }, [error, fieldsKey, messages, t]);
}
