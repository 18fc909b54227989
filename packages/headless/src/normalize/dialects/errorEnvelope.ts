import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields } from '../collectFields.js';
import { codeOf, isRecord, text, toStatus } from '../guards.js';
import { kindFromCode } from '../kindFromCode.js';
import { toDelayMs } from '../readRetryAfterMs.js';

/**
 * `{ error: { code, message, … } }` and its cousins: Stripe-like `param`/`type`, `{ success: false }`
 * with `details.field`/`details.reason`/`details.retry_after`, Google's numeric `code` with a string
 * `status` and `fieldViolations`, OpenAI's and Anthropic's `type`.
 */
export const errorEnvelope = defineDialect({
  name: 'error-envelope',
  detect: (body) => isRecord(body) && isRecord(body.error),
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    const e = b.error as Record<string, unknown>;
    const numeric = toStatus(e.code);
    const type = text(e.type);
    const code = (numeric === undefined ? codeOf(e.code) : undefined) ?? text(e.status) ?? text(b.code) ?? type;
    const kind = kindFromCode(code) ?? (type === code ? undefined : kindFromCode(type));
    const message = text(e.message) ?? text(e.description) ?? text(b.message);
    const extra = e.details;
    const fields: FieldError[] = [];
    let retryAfterMs: number | undefined;
    const status = numeric ?? toStatus(e.status) ?? toStatus(b.status) ?? context.status;
    // A `param` names the input only when the error is about input (not `resource_not_found` + `id`).
    const aboutInput = kind === 'validation' || (!kind && (status === 400 || status === 422));
    const field = text(e.param) ?? (isRecord(extra) ? text(extra.field) : undefined);
    if (field && aboutInput) {
      const reason = isRecord(extra) ? text(extra.reason) : undefined;
      fields.push({ field, message: reason ?? message ?? `${field} is invalid`, code });
    }
    if (Array.isArray(extra)) {
      // Google: details[] holds fieldViolations[{ field, description }] and RetryInfo's retryDelay ("30s").
      for (const d of extra.slice(0, 20)) {
        if (!isRecord(d)) continue;
        if (d.fieldViolations) collectFields(d.fieldViolations, '', fields);
        retryAfterMs ??= toDelayMs(d.retryDelay, 0);
      }
    } else if (isRecord(extra) && !field) collectFields(extra.errors ?? extra.fields, '', fields);
    const details = copyDetails(b, ['error', 'success', 'ok']);
    Object.assign(details, copyDetails(e, ['code', 'message', 'details']));
    if (isRecord(extra)) Object.assign(details, copyDetails(extra));
    else if (extra !== undefined) Object.assign(details, copyDetails({ details: extra }));
    return { code, kind, message, fields, retryAfterMs, status: numeric ?? toStatus(b.status), details };
  },
});
