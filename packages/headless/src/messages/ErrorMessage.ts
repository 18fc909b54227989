import type { ApiError } from '../ApiError.js';
import type { ErrorKind } from '../types.js';

/** What the person reads: a headline, what to do next, and the label of the one action that helps. */
export interface ErrorMessage {
  title: string;
  description?: string;
  /** One verb for a button ("Retry", "Add funds"); the app wires what it does. */
  action?: string;
}

/** Values the copy may mention; a translation function receives them too. */
export interface MessageParams {
  kind: ErrorKind;
  code?: string;
  status?: number;
  requestId?: string;
  /** Whole seconds until a rate limit ends. */
  seconds?: number;
  used?: number;
  limit?: number;
  metric?: string;
  /** What the request would cost, as a number. */
  required?: number;
  /** What the balance holds, as a number. */
  balance?: number;
  currency?: string;
  /** `required`, formatted with its currency when known. */
  requiredText?: string;
  /** `balance`, formatted with its currency when known. */
  balanceText?: string;
}

/**
 * An app's own words for a kind or a vendor code: a title, some fields (the others keep Errata's),
 * or a function of the error. `{name}` placeholders are filled from `MessageParams`.
 */
export type MessageOverride =
  | string
  | Partial<ErrorMessage>
  | ((error: ApiError, params: MessageParams) => string | Partial<ErrorMessage> | undefined);

/** Overrides keyed by kind (`server`) or by vendor code exactly as sent (`INSUFFICIENT_FUNDS`). */
export type MessageOverrides = { [key in ErrorKind]?: MessageOverride } & { [code: string]: MessageOverride | undefined };

/**
 * A translation function (wrap i18next's `t` or react-intl's `formatMessage`). Keys look like
 * `errata.kind.server.title` or `errata.code.INSUFFICIENT_FUNDS.description`; `fallback` is the
 * English text. Return `undefined`, `''` or the key itself to keep the fallback.
 */
export type TranslateFn = (key: string, params: MessageParams, fallback: string) => string | null | undefined;

/** Options of `getErrorMessage`. */
export interface GetErrorMessageOptions {
  /** The app's own words; they win over Errata's defaults and skip `t`. */
  messages?: MessageOverrides;
  /** Translates every default text. */
  t?: TranslateFn;
}

/** Default copy: fixed, or built from the params (figures the server sent). */
export type CopySource = ErrorMessage | ((params: MessageParams) => ErrorMessage);
