import type { Dialect, DialectContext, DialectResult, ErrorKind, FieldError, NormalizeContext } from '../types.js';
import { type ApiError, createWithoutStack, isApiError } from '../ApiError.js';
import { builtInDialects } from './dialects/index.js';
import { copyDetails } from './copyDetails.js';
import { defaultMessages } from './defaultMessages.js';
import { fieldOf } from './collectFields.js';
import { clip, codeOf, isRecord, text, toStatus } from './guards.js';
import { kindFromCode } from './kindFromCode.js';
import { kindFromStatus } from './kindFromStatus.js';
import { readHeaders } from './readHeaders.js';
import { waitFromHeaders } from './readRetryAfterMs.js';
import { readText } from './readText.js';
import { readThrown } from './readThrown.js';
import { redactSecrets } from './redactSecrets.js';

const RETRYABLE = new Set<ErrorKind>(['rate_limited', 'network', 'timeout', 'server', 'unavailable']);
const STRONG = new Set<ErrorKind>(['quota', 'insufficient_funds', 'rate_limited']);
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-amz-request-id', 'x-amz-cf-id', 'x-correlation-id', 'x-github-request-id', 'cf-ray', 'traceparent'];
// Tried in order: ids a body states outright, then the headers, then ids by their name's shape
// (`debug_id`, `errorId`, `fbtrace_id`, `traceId`, `meta.request_id`), then a problem's `instance`.
const BODY_REQUEST_ID = /^(x[-_])?request[-_]?id$/i;
const HEADER_REQUEST_ID = /(^|-)(request|debug)-?id$/;
const BODY_TRACE_ID = /(request|trace|correlation|debug|error)[-_]?id$|^trace$/i;
// Kinds a plain 400's text may name instead of `validation`.
const SPECIFIC = new Set<ErrorKind>(['unauthenticated', 'forbidden', 'not_found', 'conflict']);

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

/** The first one-token text value whose key matches `pattern`. */
function findId(source: Record<string, unknown>, pattern: RegExp): string | undefined {
  for (const key in source) {
    const value = source[key];
    // An id is one token: Spring Boot's `trace` (IBM's request id) can also be a whole stack trace.
    if (pattern.test(key) && typeof value === 'string' && /^\s*\S+\s*$/.test(value)) return value;
  }
  return undefined;
}

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
  if (typeof body === 'string') body = (fromText = readText(body)).body;
  // A top-level list of field errors (Yii's `[{ field, message }]`) is a list of fields; a list of errors (Salesforce)
  // or of GraphQL results (batching): the first one speaks for all.
  if (Array.isArray(body) && isRecord(body[0])) body = fieldOf(body[0]) ? { errors: body } : body[0];
  const headers = readHeaders((context.headers ?? thrown.headers) as NormalizeContext['headers']);
  const httpStatus = toStatus(context.status) ?? thrown.status;
  const r = body == null ? {} : parseBody(body, context.dialects?.length ? [...context.dialects, ...builtInDialects] : builtInDialects, { status: httpStatus, headers });
  const status = httpStatus ?? toStatus(r.status) ?? fromText.status;
  const code = codeOf(r.code);
  const rawMessage = text(r.message) ?? fromText.message ?? thrown.message;
  let kind = thrown.kind ?? r.kind ?? kindFromCode(code);
  const statusKind = kindFromStatus(status);
  // A generic "bad request" code (Razorpay's BAD_REQUEST_ERROR at 401, DeepSeek's invalid_request_error at 402) says less than a specific 4xx status.
  if (kind === 'validation' && /bad_?request|invalid_?request/i.test(code ?? '') && status! > 400 && status! < 500 && statusKind !== 'validation' && statusKind) kind = statusKind;
  // A bare "limit exceeded" code is a cap (OCI's tenancy limit) unless it comes as a 429 or asks to try again later (Cognito's attempts).
  if (!kind && /limit_?exceeded/i.test(code ?? '')) kind = status === 429 || /\btry (again )?(after|later|in)\b/i.test(rawMessage ?? '') ? 'rate_limited' : 'quota';
  if (!kind) {
    const textKind = kindFromCode(rawMessage?.slice(0, 120).replace(/\//g, ' '));
    kind =
      // A 4xx whose text names a quota, a balance or a rate limit says more than its status (Defendis' 409 quota);
      // a plain 400 naming no field says less than its text (Meta's "Error validating access token" at 400), and so
      // does a 401 naming a missing permission (Helcim's "No access permission").
      (status! >= 400 && status! < 500 && status !== 429 &&
      (STRONG.has(textKind!) || (status === 400 && !r.fields?.length && SPECIFIC.has(textKind!)) || (status === 401 && /permission/i.test(rawMessage!)))
        ? textKind
        : undefined) ??
      // A 429 whose text names a monthly or daily cap (LINE's "monthly limit") is a quota, not a wait.
      (status === 429 && textKind === 'quota' && /month|daily|per day/i.test(rawMessage!) ? textKind : undefined) ??
      statusKind ??
      textKind ??
      'unknown';
  }
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
  let requestId = text(r.requestId) ?? findId(details, BODY_REQUEST_ID);
  for (const name of REQUEST_ID_HEADERS) requestId ??= text(headers[name]);
  requestId ??= findId(headers, HEADER_REQUEST_ID) ?? findId(details, BODY_TRACE_ID);
  if (!requestId) for (const key in details) if (isRecord(details[key])) requestId ??= findId(details[key], BODY_TRACE_ID);
  requestId ??= text(details.instance);
  return createWithoutStack({
    kind,
    // Client-side failures (network, timeout, cancel) carry the library's wording, not the server's.
    message: (thrown.kind ? undefined : safeText(rawMessage)) ?? defaultMessages[kind],
    status,
    code: code?.slice(0, 200),
    fields,
    retryable,
    retryAfterMs:
      (typeof r.retryAfterMs === 'number' && r.retryAfterMs >= 0 ? r.retryAfterMs : undefined) ??
      (retryable && kind !== 'network' ? waitFromHeaders(headers, { body: details, code: kind === 'rate_limited' ? code : undefined }) : undefined),
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
