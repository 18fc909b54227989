import { readFieldErrors } from './readFieldErrors.js';
import type { ReadFieldErrorsOptions } from './readFieldErrors.js';

/** The part of react-hook-form's `setError` the adapter uses (no dependency on react-hook-form). */
export type SetErrorLike<Name extends string> = (
  name: Name,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void;

/** Options of `applyFieldErrors`. */
export interface ApplyFieldErrorsOptions extends ReadFieldErrorsOptions {
  /**
   * Focus the first field that has an error.
   * @defaultValue true
   */
  shouldFocus?: boolean;
}

/**
 * Shows a server's field errors in a react-hook-form form: `setError(field, { type: 'server', message })`
 * per field, and `root.server` for what names no field. Returns the field names it set.
 *
 * @example
 * const onSubmit = handleSubmit(async (values) => {
 *   try { await save(values); } catch (error) { applyFieldErrors(error, setError); }
 * });
 */
export function applyFieldErrors<Name extends string>(
  error: unknown,
  setError: SetErrorLike<Name>,
  options: ApplyFieldErrorsOptions = {},
): string[] {
  const view = readFieldErrors(error, options);
  const messages = new Map<string, string[]>();
  for (const { field, message } of view.fields) messages.set(field, [...(messages.get(field) ?? []), message]);
  let focus = options.shouldFocus ?? true;
  for (const [field, list] of messages) {
    setError(field as Name, { type: 'server', message: list.join(' ') }, { shouldFocus: focus });
    focus = false;
  }
  if (view.formErrors.length > 0) {
    setError('root.server' as Name, { type: 'server', message: view.formErrors.join(' ') });
  }
  return [...messages.keys()];
}
