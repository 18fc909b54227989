import type { Dialect, DialectContext, DialectResult, ErrorKind, FieldError, NormalizeContext } from '../types.js';
import { type ApiError, createWithoutStack, isApiError } from '../ApiError.js';
import { builtInDialects } from './dialects/index.js';
import { copyDetails } from './copyDetails.js';
import { defaultMessages } from './defaultMessages.js';
import { fieldOf } from './collectFields.js';
import { clip, codeOf, isRecord, text, toStatus } from './guards.js';
import { kindFromStatus } from './kindFromStatus.js';
import { findRequestId } from './findRequestId.js';
import { readHeaders } from './readHeaders.js';
import { waitFromHeaders } from './readRetryAfterMs.js';
import { readText } from './readText.js';
import { readThrown, readWrapper } from './readThrown.js';
import { resolveKind } from './resolveKind.js';
import { redactSecrets } from './redactSecrets.js';

const RETRYABLE = new Set<ErrorKind>(['rate_limited', 'network', 'timeout', 'server', 'unavailable']);

// `null`: nothing visible was left, remembered as well.
const memo = new Map<string, string | null>();

// Redacted and clipped; messages repeat in an error storm, so the 500-char reading is remembered (bounded).
const safeText = (value: string | undefined, max = 500): string | undefined => {
  if (value === undefined || max !== 500) return clip(value && redactSecrets(value.slice(0, 2000)), max);
  let safe = memo.get(value);
  if (safe === undefined) {
    if (memo.size > 500) memo.clear();
    // Inline markup some APIs put in messages (YouTube's `<a href>`) is dropped: server text is text.
    memo.set(value, (safe = clip(redactSecrets(value.slice(0, 2000).replace(/<\/?(a|b|i|em|strong|code|br|p|span)\b[^>]*>/gi, ''))) ?? null));
  }
  return safe ?? undefined;
};

function parseBody(body: unknown, dialects: readonly Dialect[], context: DialectContext): DialectResult {
  for (const dialect of dialects) {
    try {
      if (dialect.detect(body, context)) {
        const result = dialect.parse(body, context);
        if (isRecord(result)) {
          // User dialects may return anything in details; built-in ones already copy and redact.
          if (!builtInDialects.includes(dialect)) result.details = isRecord(result.details) ? copyDetails(result.details) : {};
          return result;
        }
      }
    } catch {
      // A dialect that throws on a hostile body is skipped, never fatal.
    }
  }
  return {};
}

function build(input: unknown, context: NormalizeContext): ApiError {
  const thrown = readThrown(input);
  let body = thrown.body;
  let fromText: ReturnType<typeof readText> = {};
  // Bytes (axios' `arraybuffer`, got's `rawBody`, a Node Buffer) are UTF-8 text; the decoder drops a BOM.
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) body = new TextDecoder().decode(body);
  if (typeof body === 'string') body = (fromText = readText(body)).body;
  if (isRecord(fromText.body)) body = readWrapper(fromText.body)?.body ?? body;
  // A top-level list of field errors (Yii's `[{ field, message }]`) is a list of fields; a list of errors (Salesforce)
  // or of GraphQL results (batching): the first one speaks for all.
  if (Array.isArray(body) && isRecord(body[0])) body = fieldOf(body[0]) ? { errors: body } : body[0];
  // Bitfinex's `["error", 10100, "apikey: invalid"]`.
  else if (Array.isArray(body) && body[0] === 'error') body = { code: body[1], message: body[2] };
  const headers = readHeaders((context.headers ?? thrown.headers) as NormalizeContext['headers']);
  const httpStatus = toStatus(context.status) ?? thrown.status;
  const r = body == null ? {} : parseBody(body, context.dialects?.length ? [...context.dialects, ...builtInDialects] : builtInDialects, { status: httpStatus, headers });
  const status = httpStatus ?? toStatus(r.status) ?? fromText.status;
  const code = codeOf(r.code);
  const rawMessage = text(r.message) ?? fromText.message ?? thrown.message;
  // A 2xx answer whose body states an error status (ownCloud's OCS `statuscode` 404 at HTTP 200) is judged by that status.
  const bodyStatus = toStatus(r.status);
  const judged = status !== undefined && status < 300 && bodyStatus !== undefined && bodyStatus >= 400 ? bodyStatus : status;
  const kind = resolveKind({ stated: thrown.kind ?? r.kind, code, status: judged, message: rawMessage, hasFields: !!r.fields?.length, asksRetry: !!headers['retry-after'] });
  const details = isRecord(r.details) ? r.details : {};
  const retryable = RETRYABLE.has(kind);
  const fields: FieldError[] = [];
  if (Array.isArray(r.fields)) {
    for (const f of r.fields.slice(0, 100)) {
      if (!isRecord(f) || !text(f.field)) continue;
      const field: FieldError = { field: String(f.field).slice(0, 200), message: safeText(text(f.message)) ?? defaultMessages.validation };
      if (text(f.code)) field.code = f.code as string;
      fields.push(field);
    }
  }
  const requestId = findRequestId(r.requestId, details, headers);
  return createWithoutStack({
    kind,
    // Client-side failures (network, timeout, cancel) carry the library's wording, not the server's; a JSON dump (an
    // upstream error or a validator's issues stringified into `message`) is no words for a person either.
    message: (thrown.kind || /^\s*[[{]\s*["[{]/.test(rawMessage ?? '') ? undefined : safeText(rawMessage)) ?? defaultMessages[kind],
    status,
    code: code?.slice(0, 200),
    fields,
    retryable,
    retryAfterMs:
      (typeof r.retryAfterMs === 'number' && r.retryAfterMs >= 0 ? r.retryAfterMs : undefined) ??
      (retryable && kind !== 'network' ? waitFromHeaders(headers, { body: details, code: kind === 'rate_limited' ? code : undefined, message: rawMessage }) : undefined),
    requestId: safeText(requestId, 200),
    method: (text(context.method) ?? thrown.method)?.toUpperCase(),
    url: safeText(text(context.url) ?? thrown.url, 2000),
    details,
    cause: input,
  });
}

/**
 * Turns anything an API call can fail with into an `ApiError`: a parsed body of any known dialect,
 * a Response-like object, axios and ky errors, fetch `TypeError`s, `DOMException`s, text and HTML,
 * `null`. Total: it never throws, whatever `input` is.
 * @example
 * catch (e) { throw normalizeError(e, { method: 'POST', url }) }
 */
export function normalizeError(input: unknown, context?: NormalizeContext): ApiError {
  try {
    if (isApiError(input)) return input;
    return build(input, isRecord(context) ? context : {});
  } catch {
    // Last resort for inputs hostile enough to defeat every guard above.
    let status: number | undefined;
    try {
      status = toStatus(context?.status);
    } catch {
      status = undefined;
    }
    const kind = kindFromStatus(status) ?? 'unknown';
    return createWithoutStack({ kind, message: defaultMessages[kind], status, retryable: RETRYABLE.has(kind), cause: input });
  }
}
