import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields, isErrorItem } from '../collectFields.js';
import { codeOf, firstText, isRecord, text } from '../guards.js';

// Keys that hold form-level messages rather than a field (Django, Rails, Marshmallow).
// Phoenix's default JSON error view sends `{ errors: { detail: "Not Found" } }`.
const GENERAL = /^(non_field_errors|__all__|base|_schema|formErrors|detail)$/;

/** True when every value is a message list or a nested map of them: `{ email: ["…"] }`, or Zod's format() tree. */
const isFieldMap = (value: unknown, depth = 0): boolean =>
  isRecord(value) &&
  depth < 4 &&
  Object.keys(value).length > 0 &&
  Object.entries(value).slice(0, 50).every(
    // Zod's `_errors` is the node's own list, often empty.
    ([k, v]) => (Array.isArray(v) && (k === '_errors' || (v.length > 0 && typeof v[0] === 'string'))) || isFieldMap(v, depth + 1),
  );

/**
 * Framework validation maps: `{ errors: { email: ["…"] } }` (Rails), `{ message, errors }` (Laravel),
 * Zod's `{ fieldErrors }`, ASP.NET Web API 2's `{ Message, ModelState }`, and a top-level Django REST map `{ email: ["…"] }` at 400/422.
 */
export const validationMap = defineDialect({
  name: 'validation-map',
  detect: (body, context) =>
    isRecord(body) &&
    // One error under `errors` (Modern Treasury's `{ errors: { code, message, parameter } }`) is no field map.
    ((isRecord(body.errors) && !isErrorItem(body.errors)) || isRecord(body.fieldErrors) || isRecord(body.ModelState) ||
      // A top-level list of messages is not a field (Midtrans Snap's `error_messages: ["…"]`).
      ((context.status === 400 || context.status === 422) && !('errors' in body || 'error_messages' in body) && isFieldMap(body))),
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    // GitLab nests the map in `message`.
    const map = isRecord(b.errors) ? b.errors : isRecord(b.fieldErrors) ? b.fieldErrors : isRecord(b.ModelState) ? b.ModelState : isRecord(b.message) ? b.message : b;
    const all = collectFields(map);
    const general = all.find((f) => GENERAL.test(f.field));
    return {
      code: codeOf(b.code) ?? text(b.errorCode),
      // Contentstack's `error_message` beside its `errors` map.
      message: text(b.message) ?? text(b.Message) ?? text(b.error_message) ?? general?.message ?? firstText(b.formErrors) ?? firstText(b.errorMessages),
      // With no status to go by, a field map still says the input was wrong.
      kind: !context.status || context.status < 300 ? 'validation' : undefined,
      fields: all.filter((f) => f !== general && !GENERAL.test(f.field)),
      details: map === b ? {} : copyDetails(b, ['errors', 'fieldErrors', 'ModelState', 'formErrors', 'message', 'Message', 'error_message', 'code', 'errorMessages']),
    };
  },
});
