import { getErrorMessage } from '../messages/getErrorMessage.js';
import type { GetErrorMessageOptions } from '../messages/ErrorMessage.js';
import { normalizeError } from '../normalize/normalizeError.js';
import type { FieldError } from '../types.js';

/** One line of a form error summary: a link to `field` when it has one, plain text otherwise. */
export interface SummaryItem {
  field?: string;
  message: string;
}

/** Field errors of one error, ready for hints beside inputs and a summary at the top of the form. */
export interface FieldErrorsView {
  /** Errors that name a field of the form. */
  fields: readonly FieldError[];
  /** Messages that name no field (they go to the summary and to react-hook-form's `root.server`). */
  formErrors: readonly string[];
  /** Every message in order: fields first, then form errors. */
  summary: readonly SummaryItem[];
  /** The first message for a field (`items[0].name` and `items.0.name` are the same field). */
  get: (field: string) => string | undefined;
  has: (field: string) => boolean;
}

/** Options of `readFieldErrors`. */
export interface ReadFieldErrorsOptions extends GetErrorMessageOptions {
  /** The form's field names; errors for other names go to `formErrors`. @defaultValue every name counts as a field */
  fields?: readonly string[];
}

/** Names frameworks use for errors about the whole form (Django, Rails, react-hook-form). */
const FORM_LEVEL = new Set(['', 'root', 'root.server', '_', '*', '__all__', 'non_field_errors', 'base', 'form', '_form', 'general']);

/** `items[0].name` → `items.0.name`, the dot path react-hook-form and Errata use. */
export function toDotPath(field: string): string {
  return field.replace(/\[(\w*)\]/g, '.$1').replace(/^\./, '');
}

const EMPTY: FieldErrorsView = { fields: [], formErrors: [], summary: [], get: () => undefined, has: () => false };

/**
 * Splits an error into per-field messages and form-level messages. An error with no field
 * problems becomes one form-level message (the server's reason for validation, Errata's copy otherwise).
 */
export function readFieldErrors(input: unknown, options: ReadFieldErrorsOptions = {}): FieldErrorsView {
  if (input === null || input === undefined) return EMPTY;
  const error = normalizeError(input);
  const known = options.fields === undefined ? undefined : new Set(options.fields.map(toDotPath));
  const fields: FieldError[] = [];
  const formErrors: string[] = [];
  for (const fieldError of error.fields) {
    const path = toDotPath(fieldError.field);
    if (FORM_LEVEL.has(path) || (known !== undefined && !known.has(path))) formErrors.push(fieldError.message);
    else fields.push(path === fieldError.field ? fieldError : { ...fieldError, field: path });
  }
  if (error.fields.length === 0) {
    // Validation text is a reason written for people; other kinds get Errata's words.
    formErrors.push(error.kind === 'validation' && error.message !== '' ? error.message : getErrorMessage(error, options).title);
  }
  const byField = new Map<string, string>();
  for (const { field, message } of fields) if (!byField.has(field)) byField.set(field, message);
  return {
    fields,
    formErrors,
    summary: [...fields.map(({ field, message }) => ({ field, message })), ...formErrors.map((message) => ({ message }))],
    get: (field) => byField.get(toDotPath(field)),
    has: (field) => byField.has(toDotPath(field)),
  };
}
