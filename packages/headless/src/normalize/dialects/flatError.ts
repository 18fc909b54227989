import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields, isErrorItem, messageOf } from '../collectFields.js';
import { codeNotStatus, codeOf, firstText, isRecord, sentence, text, toStatus } from '../guards.js';
import { kindFromCodes } from '../kindFromCode.js';
import { toFieldPath } from '../toFieldPath.js';

// An identifier (`invalid_grant`, `quota_domains_reached`) rather than a sentence.
const ID = /^[\w.:/#-]{1,80}$/;
const shaped = (pattern: RegExp) => (value: unknown) => pattern.exec(text(value) ?? '')?.[0];
const identifier = shaped(ID);
/** A `status`/`name`/`type` that is a code: UPPER_SNAKE or snake_case, not a number or a word like "error". */
const codeWord = shaped(/^([A-Z][A-Z\d_]{2,}|[a-z]+(_[a-z]+)+)$/);
const label = shaped(/^[A-Za-z][\w.-]{2,60}$/);
const idCode = shaped(/^[a-z]+([._][a-z]+)*$/);
/** The code of a list's first item, or an identifier in its `error`. */
const firstItemCode = (v: unknown) => {
  const first = Array.isArray(v) && isRecord(v[0]) ? v[0] : {};
  return codeOf(first.code) ?? identifier(first.error);
};
// Chargebee's `api_error_code`; Indonesia's SNAP standard (Durianpay, banks) sends `responseCode`/`responseMessage`;
// Bybit `retCode`/`retMsg`, HTX `err-code`/`err-msg`, ExchangeRate-API `error-type`.
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'ErrorCode', 'Code', 'err_code', 'errcode', '__type', 'error_type', 'faultcode', 'api_error_code', 'responseCode', 'retCode', 'ret_code', 'err-code', 'error-type'];
// Module-level key lists and readers, so a body that needs none of them allocates nothing for them, and each list's
// ranks are worked out once.
const DETAIL = ['detail'];
const ITEM_LISTS = ['reasons', 'tppMessages', 'errors', 'error', 'Error'];
const CODE_WORDS = ['name', 'status', 'type', 'errorType'];
const LABELS = ['label', 'reason'];
const LABEL = ['label'];
const ID_KEY = ['id'];
const REASON = ['reason'];
const DETAILS = ['details'];
const STATUS = ['status'];
// ExchangeRate-API's `result: "error"` is only a marker, so `result` is read as a sentence alone.
const RESULT = ['result'];
const ranks = new WeakMap<readonly string[], Map<string, number>>();
/** Each key's place in a list, so a body's few own keys are looked up rather than every candidate searched for. */
const rankOf = (keys: readonly string[]): Map<string, number> => {
  let rank = ranks.get(keys);
  if (!rank) ranks.set(keys, (rank = new Map(keys.map((key, i) => [key, i]))));
  return rank;
};
// Zuora's `{ success: false, reasons: [{ code, message }] }` lists its errors as `reasons`, FHIR's OperationOutcome as
// `issue`, NextGenPSD2 (Berlin Group) as `tppMessages`.
const LISTS = ['errorMessages', 'error_messages', 'messages', 'errors', 'reasons', 'issue', 'tppMessages'];
/** SOAP-style faults keep the code in `detail` (Apigee's `detail.errorcode`). */
const faultCode = (v: unknown) => (isRecord(v) ? text(v.errorcode) : undefined);
/** The first text of a list of strings or of message objects (ManageEngine's `messages: [{ message }]`). */
const firstMessage = (v: unknown) => firstText(v) ?? (Array.isArray(v) && isRecord(v[0]) ? messageOf(v[0]) : undefined);
// Midtrans' (and TMDB's) `status_message`, Huawei Cloud's `error_msg`, an SMS gateway's `errorMsg`.
// Last, words in keys that hold them only when an API failed: Alpha Vantage's `Error Message`, `Note` and `Information`
// (its limits, at HTTP 200), Overpass' `remark` ("runtime error: Query timed out", at 200).
const MESSAGE_KEYS = ['message', 'error_description', 'error_message', 'errorMessage', 'errorSummary', 'detail', 'description', 'Message', 'msg', 'err_msg', 'errmsg', 'title', 'faultstring', 'ErrorMessage', 'status_message', 'responseMessage', 'error_msg', 'errorMsg', 'retMsg', 'ret_msg', 'err-msg', 'Error Message', 'Note', 'Information', 'remark'];

/** The `userErrors` list under one of `data`'s mutation results, if any. */
const userErrorsIn = (data: Record<string, unknown>): unknown => {
  for (const key in data) {
    const result = data[key];
    if (isRecord(result) && Array.isArray(result.userErrors)) return result.userErrors;
  }
  return undefined;
};

/**
 * The catch-all for flat objects: `{ error: "text", message?, …extra }` (Defendis), OAuth
 * `{ error, error_description }`, Slack `{ ok: false, error }`, Spring `{ timestamp, status, error, path }`,
 * GitHub `{ message, documentation_url }`, Twilio `{ code, message, status }`, AWS `{ __type, message }`,
 * Okta `{ errorCode, errorSummary, errorCauses }`, Kubernetes `Status`, FastAPI `{ detail: [{ loc, msg }] }`, NestJS `{ message: [...] }`.
 */
export const flatError = defineDialect({
  name: 'flat',
  detect: isRecord,
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    // FastAPI's HTTPException with a dict: `{ detail: { status: "quota_exceeded", message } }` (ElevenLabs); a whole
    // error wrapped in `detail` under the same message (wanderer's PocketBase errors).
    if (isRecord(b.detail) && text(b.detail.message) && (!b.message || b.message === b.detail.message)) return flatError.parse(b.detail, context);
    // A lone wrapper (Apigee's `fault`, ManageEngine's `response_status`) speaks by its content.
    const own = Object.keys(b);
    const only = own.length === 1 ? b[own[0]!] : undefined;
    if (isRecord(only) && Object.values(only).some((v) => typeof v === 'string' || Array.isArray(v))) return flatError.parse(only, context);
    // … or holds a list of per-record results whose first is an error (Zoho's `{ global_picklists: [{ code, message, status: "error" }] }`).
    if (Array.isArray(only) && isRecord(only[0]) && text(only[0].code) && text(only[0].message)) return flatError.parse(only[0], context);
    // A capitalized `Error` object (Tencent Cloud's `Response.Error`) beside the request id, a `Fault` holding the error
    // list (QuickBooks' `Fault.Error[]`, any case), one error under `errors` (Modern Treasury's): the inner error speaks.
    const wrapper = !b.error && isRecord(b.Error) ? 'Error' : isRecord(b.Fault) ? 'Fault' : isRecord(b.fault) ? 'fault' : isErrorItem(b.errors) && !b.message ? 'errors' : undefined;
    if (wrapper) {
      const inner = flatError.parse(b[wrapper], context);
      Object.assign(inner.details!, copyDetails(b, [wrapper]));
      return inner;
    }
    const used = ['ok', 'success'];
    // Most candidate keys are absent, and reading an absent key walks the prototype chain: looking the body's few own
    // keys up in each list's ranks costs a fraction of that. A body with inherited keys (a class instance) reads all.
    const plain = own.length < 16 && (Object.getPrototypeOf(b) === Object.prototype || Object.getPrototypeOf(b) === null);
    /** The first key of `keys`, in their order, whose value `read` accepts. */
    const pick = (keys: readonly string[], read: (value: unknown) => string | undefined): string | undefined => {
      if (plain) {
        const rank = rankOf(keys);
        let best = Infinity;
        let found: string | undefined;
        let value: string | undefined;
        for (const key of own) {
          const r = rank.get(key);
          if (r === undefined || r > best) continue;
          const v = read(b[key]);
          if (v) {
            best = r;
            found = key;
            value = v;
          }
        }
        if (found !== undefined) used.push(found);
        return value;
      }
      for (const key of keys) {
        const v = read(b[key]);
        if (v) {
          used.push(key);
          return v;
        }
      }
      return undefined;
    };
    /** A value read from `error` or `err` rather than by key: its key is still marked used. */
    const take = (key: string, value: string | undefined): string | undefined => {
      if (value) used.push(key);
      return value;
    };
    // `err` is `error` abbreviated; a list of errors (Kraken's strings, Weaviate's and Walmart's items) speaks by its first,
    // whose text is the message and never the code.
    const list = b.error ?? b.Error;
    const first = Array.isArray(list) ? list[0] : undefined;
    // OMDb capitalizes it: `{ Response: "False", Error: "Movie not found!" }`.
    const error = text(b.error ?? b.err ?? b.Error) ?? text(first);
    const listed = isRecord(first) ? messageOf(first) : undefined;
    // `error` is a code when it reads like one, otherwise it is the human text.
    const errorIsCode = error !== undefined && ID.test(error);
    // An identifier in `error` says more than a number beside it (Weibo's `{ error: "invalid_client", error_code: 21324 }`).
    const picked = pick(CODE_KEYS, (v) => codeNotStatus(v, context.status));
    const numbered = errorIsCode && !/^\d/.test(error) && /^-?\d+$/.test(picked ?? '') ? undefined : picked;
    let code =
      numbered ??
      pick(DETAIL, faultCode) ??
      // Identifiers that only read as codes: PayPal's `name: "INVALID_REQUEST"`, Heroku's and DigitalOcean's `id: "not_found"`;
      // Last.fm's numeric `error: 26` beside its message.
      take('error', errorIsCode ? error : typeof b.error === 'number' ? codeNotStatus(b.error, context.status) : undefined) ??
      // A list's first item holds the code (Zuora's `reasons`, Berlin Group's `tppMessages`, QuickBooks' `Fault.Error`, an
      // `errors` list behind a lone wrapper: UPS's `{ response: { errors } }`), or an identifier in its `error` (Companies
      // House's `company-profile-not-found`); FHIR's issue codes are categories, not the vendor's.
      pick(ITEM_LISTS, firstItemCode) ??
      // … a `status` that is a code, not a number or JSend's "error"/"fail": Google Maps' `REQUEST_DENIED`; Appwrite's
      // snake_cased `type` (user_invalid_credentials); Prometheus' `errorType: "bad_data"` beside `status: "error"`.
      pick(CODE_WORDS, codeWord) ??
      // Gate.io's `label`; an identifier `reason` when no `error` text speaks (Gemini's InvalidSignature, ipapi's
      // `error: true` beside RateLimited; Defendis' `reason` beside its `error` text stays a detail).
      pick(error === undefined ? LABELS : LABEL, label) ??
      pick(ID_KEY, idCode);
    // Jira's `errorMessages: ["…"]`, Rails' `errors: ["…"]`, Shopify's `errors: "…"`.
    let message =
      pick(MESSAGE_KEYS, firstText) ?? take('error', errorIsCode ? undefined : error) ?? listed ?? pick(LISTS, firstMessage) ??
      pick(REASON, sentence) ??
      // CM.com's `{ errorCode, details: "…" }`: a text `details` is the message.
      pick(DETAILS, text) ??
      // Printful's `result` sentence.
      pick(RESULT, sentence) ??
      // Qdrant's `status: { error }`, OpenCage's `status: { code, message }`, CoinMarketCap's `status: { error_message }`.
      pick(STATUS, (v) => (isRecord(v) ? (text(v.error) ?? text(v.message) ?? text(v.error_message)) : undefined)) ??
      // Onfleet's `message: { message, request, cause }`, left in details for its request id.
      text((b.message as { message?: unknown } | null)?.message) ??
      // A `meta` block that reports the failure (Tumblr's `meta: { status, msg }`, Nextcloud's OCS `meta.message`).
      (isRecord(b.meta) ? (text(b.meta.message) ?? text(b.meta.msg)) : undefined);
    // A message that is one snake_cased word beside a `description` sentence is the code (Open Exchange Rates'
    // `{ message: "invalid_app_id", description: "Invalid App ID provided. …" }`).
    if (!code && message && /^[a-z]+(_[a-z]+)+$/.test(message) && sentence(b.description)) [code, message] = [message, b.description as string];
    // Supabase's `code: 422`, Telegram's `error_code: 429`: the status again.
    const stated = [b.code, b.error_code].map(toStatus).find((n) => n! >= 400);
    const meta = isRecord(b.meta) ? b.meta : {};
    // OCS (Nextcloud, ownCloud) states it as `statuscode`, in XML or in its `meta`.
    const status = toStatus(b.status) ?? toStatus(b.statusCode) ?? toStatus(b.status_code) ?? toStatus(b.statuscode) ?? toStatus(meta.status) ?? toStatus(meta.statuscode) ?? stated;
    if (status !== undefined) used.push('status', 'statusCode', 'status_code', 'statuscode');
    const s = context.status ?? status;
    const type = text(b.type) ?? text(b.errorType) ?? text(b.error_type) ?? text(b.category);
    const kind = kindFromCodes(code, type === code ? undefined : type);
    const fields: FieldError[] = [];
    // Elysia's `property` is a JSON pointer; a code that names no kind (dLocal's numeric 5001) does not hide the field.
    // Zoho names it in `details.api_name` (its `json_path` points into the request body, not at the input).
    const field = text(b.field) ?? text(b.param) ?? toFieldPath(b.property) ?? (isRecord(b.details) ? text(b.details.api_name) : undefined);
    if (field && (kind === 'validation' || (!kind && (s === 400 || s === 422)))) fields.push({ field, message: message ?? `${field} is invalid`, code });
    else if (!s || s < 300 || s === 400 || s === 422) {
      // Field lists: FastAPI `detail`, NestJS and Mistral `message`, PayPal `details`, Okta `errorCauses`.
      // A `message` that is an object holds the field map itself (GitLab) or a FastAPI `detail` (Mistral).
      const m = isRecord(b.message) ? (b.message.detail ?? b.message.errors ?? b.message) : b.message;
      // `details` is often metadata: only a list or a map of lists names fields, else Kubernetes' `details.causes`.
      // Zod's format() tree is a map too (Venice's `details: { _errors, field: { _errors } }`).
      const d = b.details;
      const listed = Array.isArray(d) || (isRecord(d) && (Object.values(d).every(Array.isArray) || '_errors' in d)) ? d : isRecord(d) ? d.causes : undefined;
      // `data` holds fields when it is a map of errors (PocketBase) or names them (WordPress' `data.details`/`data.params`);
      // Shopify's GraphQL mutations answer `data: { productCreate: { userErrors: [{ field: ["options"], message }] } }`.
      const data = isRecord(b.data) ? (b.data.details ?? b.data.params ?? (Object.values(b.data).every(isErrorItem) ? b.data : userErrorsIn(b.data))) : undefined;
      // A serialized ZodError lists its fields in `issues: [{ code, path, message }]`.
      for (const source of [b.detail, m, b.errors, b.fields, b.issues, listed, b.errorCauses, b.reasons, data, isRecord(b._embedded) && b._embedded.errors]) if (typeof source === 'object') collectFields(source, '', fields);
    }
    return { code, kind, message, status, fields, details: copyDetails(b, used) };
  },
});
