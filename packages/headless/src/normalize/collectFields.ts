import type { FieldError } from '../types.js';
import { firstText, isRecord, sentence, text } from './guards.js';
import { toFieldPath } from './toFieldPath.js';

const MAX_FIELDS = 100;
// class-validator (NestJS) messages start with the property they are about: "email must be an email".
const PROPERTY_FIRST = /^([a-z_][\w.]{0,60}) (must|should|is|are|has|have|contains?|cannot|does)\b/;

/** The input an error item names: `field`, `param`, `pointer`, `loc`, Symfony's `propertyPath`, Azure's `target`, Clerk's `meta.param_name` … */
export const fieldOf = (item: Record<string, unknown>): string | undefined => {
  const source = isRecord(item.source) ? item.source : {};
  const meta = isRecord(item.meta) ? item.meta : {};
  // A `name` that is an error class (Payload's `ValidationError`) names the error, not an input; Gusto's `error_key` names
  // the input unless it is the form's `base` or the whole `request`.
  const name = /(Error|Exception)$/.test(text(item.name) ?? '') ? undefined : item.name;
  const key = /^(base|request)$/.test(text(item.error_key) ?? 'base') ? undefined : item.error_key;
  // Google's legacy `errors[]` name a parameter in `location` (a header there names no input).
  const location = item.locationType === 'parameter' ? item.location : undefined;
  return toFieldPath(
    item.pointer ?? item.field ?? item.propertyPath ?? item.propertyName ?? item.path ?? name ?? key ?? location ?? item.loc ?? item.parameter ?? item.param ?? item.property ?? item.argument_name ?? (isRecord(item.target) ? item.target.name : item.target) ??
      source.pointer ?? source.parameter ?? meta.param_name,
  );
};

/** The human text of an error item. */
export const messageOf = (item: Record<string, unknown>): string | undefined =>
  text(item.detail) ?? text(item.message) ?? text(item.Message) ?? text(item.msg) ?? text(item.defaultMessage) ?? text(item.errorMessage) ?? text(item['error-text']) ?? text(item.errorSummary) ?? text(item.help_message) ?? text(item.reason) ?? text(item.description) ?? sentence(item.issue) ?? firstText(item.messages) ?? text(item.title) ??
  // PayPal v1's `issue` is a sentence, v2's a code; FHIR's OperationOutcome issues say it in `diagnostics`, Berlin
  // Group's tppMessages in `text`; FluentValidation (.NET) in `errorMessage`, Nexmo's messages in `error-text`, Hunter's
  // in `details`.
  text(item.diagnostics) ?? text(item.text) ?? text(item.details);

/** One error under a field's key, `{ code?, message }` (PocketBase's `data`, WordPress' `data.details`), not a nested map. */
export const isErrorItem = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && typeof value.message === 'string' && !Object.values(value).some((v) => typeof v === 'object' && v !== null);

/**
 * Field errors from a validation map in any common form: `{ email: ["…"] }` (Laravel, Rails, Django,
 * ASP.NET), `{ email: "…" }`, nested `{ address: { city: ["…"] } }` → `address.city`, Discord's
 * `{ content: { _errors: [{ code, message }] } }`, or an array of items naming a field
 * (`{ field | param | loc | pointer | target, message | msg | detail | description }`).
 */
export function collectFields(source: unknown, prefix = '', out: FieldError[] = [], depth = 0): FieldError[] {
  if (depth > 5 || out.length >= MAX_FIELDS) return out;
  if (Array.isArray(source)) {
    for (const [i, item] of source.slice(0, MAX_FIELDS).entries()) {
      const message = text(item);
      if (message) {
        const field = prefix || PROPERTY_FIRST.exec(message)?.[1];
        if (field) out.push({ field, message });
      } else if (isRecord(item)) {
        const field = fieldOf(item);
        let msg = messageOf(item);
        const code = text(item.code) ?? (sentence(item.issue) ? undefined : text(item.issue)) ?? text(item.type);
        let path = field ? [prefix, field].filter(Boolean).join('.') : prefix;
        // Okta-style causes name their field in the text: "login: An object with this field already exists".
        // Zuora's and Joi's messages quote it first: "'termType' value should be one of: …" (the message is kept whole).
        const named = !path && msg ? /^([a-z_][\w.]{0,60}): (.+)$|^(["'])([\w.]{1,60})\3 /i.exec(msg) : null;
        if (named) {
          path = (named[1] ?? named[4])!;
          msg = named[2] ?? msg;
        }
        // A code without text still marks the field (GitHub's `missing_field`); the default text fills it.
        if (path && (msg || (field && code))) out.push({ field: path, message: msg ?? '', code });
        else if (!msg) collectFields(item, prefix ? `${prefix}.${i}` : String(i), out, depth + 1);
      }
    }
  } else if (isRecord(source)) {
    for (const key of Object.keys(source).slice(0, MAX_FIELDS)) {
      const value = source[key];
      // `_errors` holds the errors of its parent (Discord, Zod's format()).
      const name = /[$/[]/.test(key) ? (toFieldPath(key) ?? key) : key;
      const path = key === '_errors' ? prefix : prefix ? `${prefix}.${name}` : name;
      if (text(value)) out.push({ field: path, message: value as string });
      else if (isErrorItem(value)) {
        // An error keyed by its own code names no field (BTC Direct's `errors: { ER920: { code: "ER920", … } }`).
        if (text(value.code) !== key) out.push({ field: path, message: value.message as string, code: text(value.code) });
      } else collectFields(value, path, out, depth + 1);
    }
  }
  return out;
}
