import type { ErrorKind } from '../types.js';

// Keyword rules over snake_cased codes, first match wins. Order matters: `API_KEY_NOT_FOUND` is
// not_found before it is unauthenticated, `INVALID_PERMISSION` is forbidden before it is validation,
// `INVALID_REQUEST_TIMEOUT` is validation before it is timeout, `SYSTEM_UNAVAILABLE` unavailable before server.
const RULES: [RegExp, ErrorKind][] = [
  // `AuthFailure.SecretIdNotFound`: a failed authentication says more than the missing thing it names.
  [/(^|_)auth_?fail/, 'unauthenticated'],
  // "Mandatory … not found" is a required input (Zoho's MANDATORY_NOT_FOUND).
  [/mandatory/, 'validation'],
  // An unknown token is a credential (Matrix's M_UNKNOWN_TOKEN); "no data" is nothing found (Deezer's DataException).
  [/not_?found|no_such|no(n_?|t_)exist|n_?t_exist|resource_missing|unknown_(?!error|token)|(^|_)no_data$/, 'not_found'],
  // Chinese APIs say balance (余额) and arrears (欠费) in their text (Zhipu's 1113 "您的账户已欠费").
  // … and a broker's buying power, an exchange's margin (Alpaca's "insufficient buying power"), a declined card.
  [/balance(?!r)|funds|payment_required|(^|_)credits?(_|$)|余额|欠费|buying_power|insufficient_(\w+_)?margin|card_\w*declined|^payment$/, 'insufficient_funds'],
  // Exceeding a provisioned throughput is a rate, not a cap (DynamoDB's `ProvisionedThroughputExceededException`).
  // An exhausted quota is a cap (ZenMux's "Subscription quota exhausted"), an exhausted resource a rate (Google's
  // RESOURCE_EXHAUSTED), exhausted capacity the server's own (Cloud Code's MODEL_CAPACITY_EXHAUSTED at 503).
  // "api freq out of limit" (WeCom's 45009) is a rate; too many requests or attempts are, too many sources in one
  // request (NewsAPI's sourcesTooMany) are bad input.
  [/(^|_)rate_?limit|throttl|too_many_([a-z]+_){0,2}(request|call|attempt|visit|connection|concurrent|login|time|quer|hit|operation)|slow_down|requests?_limit|(?<!quota_|capacity_)exhausted|throughput|(^|_)freq(uency)?_/, 'rate_limited'],
  // A count limit is a cap (WeChat's 45047 "out of response count limit").
  [/quota|limit_reached|max(imum)?_\w*reached|(resource|usage|plan|count)_limit|_limit$|daily|(this|per|a)_month|monthly|spending|budget|(^|_)cap(_|$)/, 'quota'],
  // A resource in the wrong state for the operation is a state conflict, not bad input (Medusa's `invalid_state`,
  // Google's `FAILED_PRECONDITION`, sent as 400; DynamoDB's ConditionalCheckFailed).
  // A locked resource is busy with another change (Paddle's `subscription_locked_processing`); a locked account is a denial.
  [/(invalid|incompatible)_state|precondition|conditional_(check|request)|(?<!account|user)_locked|^locked/, 'conflict'],
  // "Not ready yet, ask again": OAuth device flow's authorization_pending, a model still loading.
  [/pending|(^|_)loading/, 'unavailable'],
  // "Already exists" says conflict before the thing it names does (Meilisearch's `api_key_already_exists`).
  [/already_exists?$/, 'conflict'],
  // A missing scope or an address off the allowlist is a permission even when the code says unauthorized (Appwrite's
  // `general_unauthorized_scope`, Beqelal's `UNAUTHORIZED_IP_ACCESS`).
  [/scope|ed_ip(_|$)|(allow|white)_?list/, 'forbidden'],
  // A failed sign-in names both parts (Casdoor's "invalid username or password"); "invalid password" alone may be a form's.
  // A token count or limit is a model's tokens, not a credential (Gemini's "The input token count exceeds …"); exchanges
  // name a bad request signature and passphrase (KuCoin's "Invalid KC-API-SIGN"), not a signature a parcel needs; an
  // OAuth authorization code or a sign-in verification code is a credential (GitHub's `bad_verification_code`).
  [/unauth|api_?key|(^|_)token(_(?!count|limit|usage)|$)|no_key|authentic|credential|invalid_grant|invalid_client|(^|_)auth$|not_authed|login|jwt|(^|_)session|_or_password|(wrong|incorrect)_password|secret|access_?key|passphrase|(authorization|verification)_code|logged_(in|out)|invalid_key|missing_key|key_(invalid|missing)|(^|_)app_id|(invalid|bad|wrong)_\w*sign(ature)?(_|$)|sign(ature)?_\w*(invalid|mismatch|error|not_valid|verif)/, 'unauthenticated'],
  // Not a member of the place acted on is a missing permission (Slack's `not_in_channel`).
  [/forbid|permission|suspend|inactive|denied|authoriz|disabled|blocked|banned|restricted|(account|user)_locked|locked_out|scope|not_in_(channel|team|group|org|workspace|project)|not_(a_)?member/, 'forbidden'],
  [/invalid|missing|unsupported|required|validat|malformed|(^|_)bad_|param|format|unprocessable|argument|out_of_range|input|too_(long|short|large|big|small)|blank|parse/, 'validation'],
  [/exist|duplicate|conflict|already|in_use|taken|unique|constraint/, 'conflict'],
  [/timeout|timed_out|deadline/, 'timeout'],
  [/unavailable|overload|maintenance|gateway|upstream|capacity/, 'unavailable'],
  // … and a backend it could not reach (Imgur's "Failed to connect to the DB").
  [/internal|system|database|server|processing|service_error|unexpected|unhandled|(^|_)db(_|$)|failed_to_connect/, 'server'],
];

/**
 * The kind a vendor code or type names, by keyword rules that generalize across APIs
 * (`RATE_LIMITED_2_PER_SECOND`, `ThrottlingException`, `auth/invalid-email`); undefined if none applies.
 */
export function kindFromCode(code: string | undefined): ErrorKind | undefined {
  if (!code) return undefined;
  // APIs repeat a small set of codes, so remembered answers keep an error storm cheap.
  let kind = cache.get(code);
  if (kind === undefined) {
    if (cache.size > 500) cache.clear();
    cache.set(code, (kind = match(code) ?? null));
  }
  return kind ?? undefined;
}

/**
 * The kind a code names, else the kind its category or type names (`error_type`, `category`). A
 * rate-limit category beats a limit-named code (Plaid's `TRANSACTIONS_LIMIT` under `RATE_LIMIT_EXCEEDED`), not a quota.
 */
export function kindFromCodes(code: string | undefined, type: string | undefined): ErrorKind | undefined {
  const kind = kindFromCode(code);
  const hint = kindFromCode(type);
  // A generic failure word in the code says less than a specific category (Chargebee's `payment_processing_failed` typed
  // `payment`).
  if ((kind === 'server' || kind === 'unavailable') && (hint === 'insufficient_funds' || hint === 'quota' || hint === 'rate_limited')) return hint;
  return kind === 'quota' && hint === 'rate_limited' && !/quota/i.test(code!) ? hint : (kind ?? hint);
}

// `null`: known to name no kind, so one lookup answers both questions.
const cache = new Map<string, ErrorKind | null>();

function match(code: string): ErrorKind | undefined {
  // Only the last path segment of a URL-like code (problem `type`, `auth/…`) carries meaning.
  const key = code
    .slice(code.lastIndexOf('/') + 1, code.lastIndexOf('/') + 121)
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^a-zA-Z\d\u4e00-\u9fff]+/g, '_')
    .toLowerCase();
  for (const [pattern, kind] of RULES) if (pattern.test(key)) return kind;
  return undefined;
}
