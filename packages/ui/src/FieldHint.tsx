import type { ReactNode } from 'react';
import type { FieldError } from '@errata/headless';
import { AlertIcon } from './icons.js';
import { VisuallyHidden } from './VisuallyHidden.js';

/** Props of {@link FieldHint}. */
export interface FieldHintProps {
  /** The id the input points at with `aria-describedby`. */
  id: string;
  /** The field's problem: a `FieldError` from `ApiError.fields`, or text. Nothing renders without one. */
  error?: FieldError | string | null;
  /** Replaces the message (e.g. the app's own words for the same problem). */
  children?: ReactNode;
  /**
   * Visually hidden prefix, so the hint never relies on colour (GOV.UK).
   * @defaultValue 'Error:'
   */
  prefix?: string;
}

/**
 * The hint under an input that the server refused. Give the input `aria-invalid="true"` and
 * `aria-describedby={id}`; the hint starts with a visually hidden "Error:" and is not a live
 * region (the form's error summary is what gets announced). Server text is rendered as text.
 *
 * @example
 * <label htmlFor="email">Email address</label>
 * <FieldHint id="email-error" error={fields.get('email')} />
 * <input id="email" aria-invalid={fields.has('email')} aria-describedby="email-error" />
 */
export function FieldHint({ id, error, children, prefix = 'Error:' }: FieldHintProps) {
  const message = children ?? (typeof error === 'string' ? error : error?.message);
  if (message === undefined || message === null || message === '') return null;
  return (
    <p id={id} data-errata-field-hint="">
      <AlertIcon />
      <VisuallyHidden>{prefix}</VisuallyHidden>
      {/* The space sits outside the hidden span so every accessible-name algorithm keeps it. */}{' '}
      {message}
    </p>
  );
}
