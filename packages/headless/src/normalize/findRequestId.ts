import { isRecord, text } from './guards.js';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'x-amz-request-id', 'x-amz-cf-id', 'x-correlation-id', 'x-github-request-id', 'cf-ray', 'traceparent'];
const BODY_REQUEST_ID = /^(x[-_])?request[-_]?id$/i;
const HEADER_REQUEST_ID = /(^|-)(request|debug)-?id$/;
// Plivo's `api_id` identifies the request; Mailjet's `ErrorIdentifier` is the id support asks for; so do TikTok's
// `log_id`, Smartsheet's `refId`, Edges' `error_ref`, Webex's `trackingId`, Squarespace's `contextId` and Giphy's `response_id`.
const BODY_TRACE_ID = /(request|trace|correlation|debug|error|log|ref|tracking|context|response)[-_]?id(entifier)?$|^(trace|api_id|error_ref)$/i;

/** The first one-token text value whose key matches `pattern`. */
function findId(source: Record<string, unknown>, pattern: RegExp): string | undefined {
  for (const key in source) {
    const value = source[key];
    // An id is one token: Spring Boot's `trace` (IBM's request id) can also be a whole stack trace.
    if (pattern.test(key) && typeof value === 'string' && /^\s*\S+\s*$/.test(value)) return value;
  }
  return undefined;
}

/**
 * The correlation id support asks for, tried in order: one a dialect read, one the body states outright,
 * the well-known headers, then ids by their name's shape in headers and body (`debug_id`, `errorId`,
 * `fbtrace_id`, `traceId`, `meta.request_id`), then a problem's `instance`.
 */
export function findRequestId(stated: unknown, details: Record<string, unknown>, headers: Record<string, string>): string | undefined {
  let id = text(stated) ?? findId(details, BODY_REQUEST_ID);
  for (const name of REQUEST_ID_HEADERS) id ??= text(headers[name]);
  id ??= findId(headers, HEADER_REQUEST_ID) ?? findId(details, BODY_TRACE_ID);
  // Nested, a bare `request` is the id too (Onfleet's `message.request`); at the top it can be a path (Twitter v1).
  if (!id) for (const key in details) if (isRecord(details[key])) id ??= findId(details[key], BODY_TRACE_ID) ?? findId(details[key], /^request$/);
  return id ?? text(details.instance);
}
