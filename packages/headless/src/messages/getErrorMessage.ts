import type { ApiError } from '../ApiError.js';
import { normalizeError } from '../normalize/normalizeError.js';
import { findCodeMessage } from './codeMessages.js';
import type { ErrorMessage, GetErrorMessageOptions, MessageOverride, MessageParams } from './ErrorMessage.js';
import { interpolate } from './interpolate.js';
import { kindMessages } from './kindMessages.js';
import { messageParams } from './messageParams.js';

const FIELDS = ['title', 'description', 'action'] as const;

/**
 * The words a person reads for an error: a title, what to do next and an action label. Pure: the
 * app's `messages` win, then `t` translates Errata's defaults; server text is never used here.
 *
 * @example
 * const { title, description, action } = getErrorMessage(error, { messages: { server: 'Our API is down' } });
 */
export function getErrorMessage(input: unknown, options: GetErrorMessageOptions = {}): ErrorMessage {
  const error = normalizeError(input);
  const params = messageParams(error);
  const kindSource = kindMessages[error.kind] ?? kindMessages.unknown;
  const kindCopy = typeof kindSource === 'function' ? kindSource(params) : kindSource;
  const codeCopy = findCodeMessage(error.code, params);
  const result: ErrorMessage = { ...(codeCopy ?? kindCopy) };

  const overridden = new Set<string>();
  const overrides = [readOverride(options, error.kind, error, params)];
  if (error.code !== undefined && error.code !== error.kind) overrides.push(readOverride(options, error.code, error, params));
  for (const override of overrides) {
    if (override === undefined) continue;
    for (const field of FIELDS) {
      const value = override[field];
      if (typeof value !== 'string') continue;
      result[field] = interpolate(value, params);
      overridden.add(field);
    }
  }

  const { t } = options;
  if (t !== undefined) {
    const prefix = codeCopy !== undefined ? `errata.code.${error.code}` : `errata.kind.${error.kind}`;
    for (const field of FIELDS) {
      const fallback = result[field];
      if (fallback === undefined || overridden.has(field)) continue;
      result[field] = translate(t, `${prefix}.${field}`, params, fallback);
    }
  }
  if (result.title === '') result.title = typeof kindCopy.title === 'string' ? kindCopy.title : "That didn't work";
  return stripEmpty(result);
}

function readOverride(
  options: GetErrorMessageOptions,
  key: string,
  error: ApiError,
  params: MessageParams,
): Partial<ErrorMessage> | undefined {
  const { messages } = options;
  if (messages === undefined || !Object.prototype.hasOwnProperty.call(messages, key)) return undefined;
  const raw: MessageOverride | undefined = messages[key];
  let override: string | Partial<ErrorMessage> | undefined;
  try {
    override = typeof raw === 'function' ? raw(error, params) : raw;
  } catch {
    // An app's broken message function must not hide the error: fall back to Errata's words.
    return undefined;
  }
  if (typeof override === 'string') return { title: override };
  return typeof override === 'object' && override !== null ? override : undefined;
}

function translate(t: NonNullable<GetErrorMessageOptions['t']>, key: string, params: MessageParams, fallback: string): string {
  try {
    const translated = t(key, params, fallback);
    // i18next answers a missing key with the key itself.
    return typeof translated === 'string' && translated !== '' && translated !== key ? translated : fallback;
  } catch {
    return fallback;
  }
}

function stripEmpty(message: ErrorMessage): ErrorMessage {
  const clean: ErrorMessage = { title: message.title };
  if (message.description) clean.description = message.description;
  if (message.action) clean.action = message.action;
  return clean;
}
