import type { ErrorKind } from '../types.js';
import { kindFromCode } from './kindFromCode.js';
import { kindFromStatus } from './kindFromStatus.js';

/** What is known when the kind is decided. */
export interface KindEvidence {
  /** The kind a dialect stated, or the client-side kind of a failure without a response. */
  stated?: ErrorKind;
  code?: string;
  status?: number;
  message?: string;
  /** Whether the body named fields. */
  hasFields: boolean;
  /** Whether the response asked to be tried again later (`Retry-After`). */
  asksRetry?: boolean;
}

const STRONG = new Set<ErrorKind>(['quota', 'insufficient_funds', 'rate_limited']);
// Kinds a plain 400's text may name instead of `validation`.
const SPECIFIC = new Set<ErrorKind>(['unauthenticated', 'forbidden', 'not_found', 'conflict']);

/** Where a text's first sentence ends, or -1 when it is one sentence. */
const sentenceEnd = (message: string): number => message.search(/[.!?](\s|$)/);

/** The kind a text's first sentence names (the whole text when it is one sentence). */
function firstKind(message: string | undefined): ErrorKind | undefined {
  if (message === undefined) return undefined;
  const end = sentenceEnd(message);
  return kindFromCode(end > 0 ? message.slice(0, end) : message.slice(0, 120));
}

/** Whether the text's first sentence, when it ends early, names `kind` on its own. */
function firstSentenceNames(message: string, kind: ErrorKind): boolean {
  const end = sentenceEnd(message);
  return end < 0 || end >= 120 || firstKind(message) === kind;
}

const is4xx = (status: number | undefined): status is number => status !== undefined && status >= 400 && status < 500;

/**
 * Decides the kind, most specific evidence first: what a dialect or the client stated, then the code,
 * then the status, then the text. The exceptions are where real APIs send a specific code or text with
 * a generic status, or a generic code with a specific status; each says which API taught it.
 */
export function resolveKind({ stated, code, status, message, hasFields, asksRetry }: KindEvidence): ErrorKind {
  const statusKind = kindFromStatus(status);
  const codeKind = stated ?? kindFromCode(code);
  // A generic "invalid argument" code at 400 (Google's INVALID_ARGUMENT, xAI's prose "Client specified an invalid
  // argument") says no more than the status: the text decides, as for a 400 with no code ("Incorrect API key provided").
  const generic400 = codeKind === 'validation' && status === 400 && !hasFields && /bad_?request|invalid_?(request|argument)|\s/i.test(code ?? '');
  if (codeKind && !generic400) {
    // The status class bounds what a code word can say: at 4xx the server is up and answering about the request, so a
    // word naming its own fault yields (a `…_processing_failed`); at 5xx a word naming bad input does (Paddle's
    // `bad_gateway`). An outage word at 4xx stands: APIs send "temporarily unavailable" and maintenance as 400 or 403.
    if ((is4xx(status) && codeKind === 'server') || (status! >= 500 && codeKind === 'validation')) {
      const said = kindFromCode(message?.slice(0, 120));
      return is4xx(status) && said && (STRONG.has(said) || SPECIFIC.has(said)) ? said : statusKind!;
    }
    // A generic "bad request" code (Razorpay's BAD_REQUEST_ERROR at 401, DeepSeek's invalid_request_error at 402)
    // says less than a specific 4xx status.
    // So does a bare `validation` category with no code and no fields (Bandwidth's `type: "validation"` at 404).
    if (codeKind === 'validation' && statusKind && statusKind !== 'validation' && status !== 400 && is4xx(status) && (code ? /bad_?request|invalid_?request/i.test(code) : !hasFields)) return statusKind;
    // A "missing …" code whose text says the thing does not exist names a missing resource, not a missing input
    // (MediaWiki's `missingtitle`, "The page you specified doesn't exist.").
    if (codeKind === 'validation' && !hasFields && /^missing/i.test(code ?? '') && firstKind(message) === 'not_found') return 'not_found';
    // A validation code answered as 404 naming no field is an unknown resource (WooCommerce's `…_invalid_product_id`); at
    // 401 a missing or invalid thing is the credential (a gateway's `GATEWAY_MISSING_VIRTUAL_KEY`).
    if (codeKind === 'validation' && ((status === 404 && !hasFields) || status === 401)) return statusKind!;
    // … and nothing found at 401 is the session or token (Mercado Libre's `error: "not_found"`, "invalid_token").
    if (codeKind === 'not_found' && status === 401) return statusKind!;
    // A 429 is a wait the server asked for whatever else the code names, unless it names a cap, a balance or a rate
    // (Hugging Face TGI's `overloaded`, Stripe's `lock_timeout`, Microsoft Graph's `accessDenied` "Too Many Requests").
    if (status === 429 && !STRONG.has(codeKind)) return statusKind!;
    // A cap or a balance named by the code at 429 is a rate when the text's first sentence says so (Together's
    // `credit_limit`, "You have been rate limited.").
    if (status === 429 && firstKind(message) === 'rate_limited') return statusKind!;
    // A validation code at 409 naming no field is about the state, not the input (Resend's `invalid_idempotent_request`);
    // with fields it is the input (App Store Connect's `ENTITY_ERROR.ATTRIBUTE.INVALID`).
    if (codeKind === 'validation' && status === 409 && !hasFields) return statusKind!;
    // A quota-named code at 429 is a rate unless its text names a cap, a plan or billing (OpenAI's `insufficient_quota`,
    // "check your plan and billing details"): Amazon SP-API's `QuotaExceeded`, Cerebras' "per minute", Graph's "throttled".
    if (codeKind === 'quota' && status === 429 && !/plan|billing|upgrade|month|daily|\bday\b|subscription|credit/i.test(message ?? '')) return statusKind!;
    // A rate-named code whose text names a total or a day's allowance is a cap (Salesforce's REQUEST_LIMIT_EXCEEDED,
    // "TotalRequests Limit exceeded", at 403).
    if (codeKind === 'rate_limited' && status !== 429 && /\btotal|\bdaily\b|\bper day\b|\bmonthly\b/i.test(message ?? '')) return 'quota';
    // "Authorization" at 401 names the header, not a permission (Meilisearch's `missing_authorization_header`, SumUp's
    // `NOT_AUTHORIZED`); a code naming a permission or scope still says forbidden.
    if (codeKind === 'forbidden' && status === 401 && /authori[sz]/i.test(code ?? '') && !/permission|scope|forbid|denied/i.test(code!)) return statusKind!;
    // A denial whose text says the credential was wrong is a failed sign-in (PayPal's `access_denied`, "Invalid
    // authorization code"; Cognito's `NotAuthorizedException`, "Incorrect username or password.").
    if (codeKind === 'forbidden' && (status === 400 || status === 401) && /invalid|incorrect|wrong|expired/i.test(message ?? '') && firstKind(message) === 'unauthenticated') return 'unauthenticated';
    // A failed sign-in code whose text says the account is disabled is a denial (Keycloak's `invalid_grant`, "Account disabled");
    // a disabled key is still a credential problem.
    if (codeKind === 'unauthenticated' && /\b(account|user)\b[^.]*\b(disabled|suspended|locked|banned|deactivated)\b/i.test(message ?? '')) return 'forbidden';
    // The other way round, "unauthorized" at 403 is a known caller not allowed (API Umbrella's `API_KEY_UNAUTHORIZED`),
    // unless the code says the credential itself is bad.
    if (codeKind === 'unauthenticated' && status === 403 && /unauthori[sz]ed/i.test(code ?? '') && !/invalid|missing|expired|revoked|required|no_?key/i.test(code!)) return statusKind!;
    // A conflict code with a 5xx status is the server's own broken state (Meilisearch's `invalid_state` at 500); a generic
    // server code says less than a gateway's 502–504/52x (ZenMux's `provider_internal_server_error` at 524: timed out).
    if ((codeKind === 'conflict' || codeKind === 'server') && status! >= 500) return statusKind!;
    return codeKind;
  }
  // A bare "limit exceeded" code is a cap (OCI's tenancy limit) unless it comes as a 429 or asks to try again
  // later (Cognito's attempts).
  // A window of an hour or less named in the code is a rate too (DocuSign's HOURLY_APIINVOCATION_LIMIT_EXCEEDED at 400).
  if (/limit_?exceeded/i.test(code ?? '')) return status === 429 || /hour|minute|second|burst/i.test(code!) || /\btry (again )?(after|later|in)\b/i.test(message ?? '') ? 'rate_limited' : 'quota';
  const textKind = kindFromCode(message?.slice(0, 120).replace(/\//g, ' '));
  // A 429 or a 5xx whose text names a balance is out of funds, not a wait: retrying never cures it (Zhipu's 1113
  // "您的账户已欠费", account in arrears, at 429; MiniMax's "insufficient balance (1008)" at 500).
  const broke = textKind === 'insufficient_funds';
  // A 5xx whose text names a rate limit is one (MusicBrainz's "exceeding the allowable rate limit" at 503), and a 4xx
  // whose text says the server could not reach its own backend is the server's fault (Imgur's "Failed to connect to
  // the DB" at 400).
  if (textKind === 'rate_limited' && status! >= 500) return textKind;
  if (textKind === 'server' && is4xx(status) && /\b(db|database)\b|failed to connect/i.test(message!)) return textKind;
  // So is a 5xx whose text is about the credential and says it is bad (Bitfinex's "apikey: invalid", Mandrill's "Invalid
  // API key", both at 500), not one reporting an upstream's 401 (ESPv2's "INTERNAL: Calling … failed with: 401").
  if (textKind === 'unauthenticated' && status! >= 500 && /^\W*((api_?key|token|access[_ ]token|credentials?|signature|auth\w*)\b.*\b(invalid|expired|revoked|missing)|(invalid|expired|revoked|missing) (api[_ ]?key|token|access[_ ]token|credentials?)\b)/i.test(message!)) return textKind;
  if (textKind && (is4xx(status) || (broke && status! >= 500)) && (status !== 429 || broke)) {
    // A 4xx whose text names a quota, a balance or a rate limit says more than its status (Defendis' 409 quota);
    // a plain 400 naming no field says less than its text (Meta's "Error validating access token" at 400) when its
    // first sentence names it, not only the advice after it (Lerian's "… is not valid. Accepted grant types are …
    // refresh_token"), and not when it names something "unknown" (Upstash's "unknown command", Hasura's "unknown
    // operator": bad input); so does a 401 naming a missing permission (Helcim's "No access permission"), and a 404
    // naming a bad credential (M-Pesa Daraja's "Invalid Access Token").
    if (
      STRONG.has(textKind) ||
      ((status === 400 || (status === 404 && textKind === 'unauthenticated')) &&
        !hasFields &&
        SPECIFIC.has(textKind) &&
        !(textKind === 'not_found' && /unknown/i.test(message!)) &&
        firstSentenceNames(message!, textKind)) ||
      (status === 401 && /permission/i.test(message!)) ||
      // … and a 403 saying the sign-in itself failed or never happened (ClickHouse's "Authentication failed: password is
      // incorrect", Django REST framework's "Authentication credentials were not provided.").
      (status === 403 && textKind === 'unauthenticated' && /authenticat\w* failed|(incorrect|wrong|invalid|bad) (credentials|password)|password is incorrect|credentials (were )?not provided|not (been )?authenticated|login required/i.test(message!))
    )
      return textKind;
  }
  // A 402 naming a limit is a plan's cap, not a balance (Hygraph's "exceeded the limits of your project's subscription").
  if (status === 402 && textKind !== 'insufficient_funds' && /\blimit/i.test(message ?? '')) return 'quota';
  // A 429 whose text names a monthly or daily cap (LINE's "monthly limit") is a quota, not a wait.
  // So is a "monthly rate limit" (CoinMarketCap's 1010).
  if (status === 429 && (textKind === 'quota' || textKind === 'rate_limited') && /month|daily|per day/i.test(message!)) return 'quota';
  // With no status to go by (a failure at HTTP 200), the first sentence names the kind before the advice after it (Alpha
  // Vantage's "Invalid API call. Please retry or visit … for FX_DAILY."); field errors alone are bad input (Zuora's
  // `reasons`); a failure that names nothing but asks to be tried again later is a passing outage (MediaWiki's maxlag
  // at HTTP 200 with Retry-After).
  return statusKind ?? firstKind(message) ?? textKind ?? (hasFields ? 'validation' : asksRetry ? 'unavailable' : 'unknown');
}
