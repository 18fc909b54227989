import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields, fieldOf } from '../collectFields.js';
import { codeNotStatus, firstText, isRecord, sentence, text, toStatus } from '../guards.js';
import { kindFromCodes } from '../kindFromCode.js';
import { toDelayMs } from '../readRetryAfterMs.js';

// Firebase Auth sends its code as the message: "EMAIL_EXISTS" or "WEAK_PASSWORD : Password should be…".
const CODE_AS_MESSAGE = /^([A-Z][A-Z\d_]{2,})(?:\s*:\s*([\s\S]+))?$/;

/**
 * `{ error: { code, message, … } }` and its cousins: Stripe-like `param`/`type`, `{ success: false }`
 * with `details.field`/`details.reason`/`details.retry_after`, Google's numeric `code` with a string
 * `status`, `ErrorInfo.reason`, `fieldViolations` and `RetryInfo`, Azure's `details[].target`,
 * Meta's numeric `code`, OpenAI's and Anthropic's `type`, Razorpay's `field`, Paddle's `detail`.
 */
export const errorEnvelope = defineDialect({
  name: 'error-envelope',
  detect: (body) => isRecord(body) && isRecord(body.error),
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    const e = b.error as Record<string, unknown>;
    // VK's `{ error: { error_code, error_msg } }`.
    const own = codeNotStatus(e.code ?? e.error_code, context.status);
    // A numeric `code` is the HTTP status again (Google, Azure) unless it differs from it (Meta's 190).
    const numeric = own === undefined ? toStatus(e.code) : undefined;
    const type = text(e.type);
    const extra = e.details;
    const items = Array.isArray(extra) ? extra.slice(0, 20).filter(isRecord) : [];
    // Google's ErrorInfo `reason` (API_KEY_INVALID) is more precise than its canonical `status`.
    const reason = items.map((d) => (typeof d['@type'] === 'string' && d['@type'].endsWith('ErrorInfo') ? text(d.reason) : undefined)).find(Boolean);
    // Mux's `messages: ["…"]`, Elasticsearch's `reason`.
    // OData v2 (SAP, SharePoint, Business One) sends `message: { lang, value }`.
    // Solr's and VK's short keys: `msg`, `error_msg`; apilayer's (ipstack, weatherstack) `info`.
    let message = text(e.message) ?? (isRecord(e.message) ? text(e.message.value) : undefined) ?? text(e.msg) ?? text(e.error_msg) ?? text(e.description) ?? text(e.info) ?? text(e.detail) ?? firstText(e.messages) ?? sentence(e.reason) ?? text(b.message);
    // Ory's `id` (session_inactive) is the machine code beside a status word.
    let code = own ?? reason ?? /^[a-z]+([._][a-z]+)+$/.exec(text(e.id) ?? '')?.[0];
    // A code sent as the message says more than a `status`, which may be a result word (Beqelal's `{ error: { status:
    // "FAILED", message: "TRACE_NUMBER", detail: "trace_number must be unique" } }`): the sentence is then in `detail`.
    const named = code === undefined && message ? CODE_AS_MESSAGE.exec(message) : null;
    if (named) [, code, message = text(e.detail)] = named;
    code ??= text(e.status) ?? text(b.code) ?? type;
    const kind = kindFromCodes(code, type === code ? undefined : type);
    const fields: FieldError[] = [];
    let retryAfterMs: number | undefined;
    const status = numeric ?? toStatus(e.status) ?? toStatus(b.status) ?? context.status;
    // A `param` names the input only when the error is about input (not `resource_not_found` + `id`).
    const aboutInput = kind === 'validation' || (!kind && (status === 400 || status === 422));
    const field = text(e.param) ?? text(e.field) ?? (isRecord(extra) ? text(extra.field) : undefined);
    if (field && aboutInput) {
      const reasonText = isRecord(extra) ? text(extra.reason) : undefined;
      fields.push({ field, message: reasonText ?? message ?? `${field} is invalid`, code });
    }
    for (const d of items) {
      // Google: BadRequest fieldViolations[{ field, description }], RetryInfo's retryDelay ("30s"); Azure: details[{ target, message }].
      if (d.fieldViolations) collectFields(d.fieldViolations, '', fields);
      else if (aboutInput && fieldOf(d)) collectFields([d], '', fields);
      retryAfterMs ??= toDelayMs(d.retryDelay, 0);
    }
    if (isRecord(extra) && !field) collectFields(extra.errors ?? extra.fields, '', fields);
    // EasyPost: `error.errors: [{ field, message }]`; a serialized ZodError's `issues` (Hono's zod-validator).
    if (!fields.length) collectFields(Array.isArray(e.errors) ? e.errors : e.issues, '', fields);
    // Grafana k6's `error.field_errors: { name: ["…"] }`.
    if (isRecord(e.field_errors) && !fields.length) collectFields(e.field_errors, '', fields);
    const details = copyDetails(b, ['error', 'success', 'ok']);
    Object.assign(details, copyDetails(e, ['code', 'message', 'details']));
    if (isRecord(extra)) Object.assign(details, copyDetails(extra));
    else if (extra !== undefined) Object.assign(details, copyDetails({ details: extra }));
    return { code, kind, message, fields, retryAfterMs, status: numeric ?? toStatus(b.status), details };
  },
});
