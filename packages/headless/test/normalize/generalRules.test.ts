import { describe, expect, it } from 'vitest';
import { normalizeError, normalizeResponse, readRetryAfterMs } from '../../src/normalize/index.js';
import { collectFields } from '../../src/normalize/collectFields.js';
import { kindFromCodes } from '../../src/normalize/kindFromCode.js';
import { readText } from '../../src/normalize/readText.js';
import { toFieldPath } from '../../src/normalize/toFieldPath.js';

// The rules that let normalizeError read APIs it has never seen; the corpus in publicApiCorpus.test.ts
// shows them on real responses, these pin each rule on its own.
describe('rules that generalize across APIs', () => {
  it('turns location arrays, indexed paths and JSON paths into dot paths', () => {
    expect(toFieldPath(['body', 'address', 'city'])).toBe('address.city');
    expect(toFieldPath(['query', 'limit'])).toBe('limit');
    expect(toFieldPath(['body'])).toBe('body');
    expect(toFieldPath('payer.funding_instruments[0].credit_card.number')).toBe('payer.funding_instruments.0.credit_card.number');
    expect(toFieldPath('$.quantity')).toBe('quantity');
  });

  it('never takes a stack trace for a request id (Spring Boot with server.error.include-stacktrace)', () => {
    const body = {
      timestamp: '2025-07-01T10:00:00.000+00:00',
      status: 500,
      error: 'Internal Server Error',
      trace: 'java.lang.IllegalStateException: boom\n\tat com.example.Api.run(Api.java:42)',
      message: 'boom',
      path: '/api/orders',
    };
    expect(normalizeError(body, { status: 500 }).requestId).toBeUndefined();
    expect(normalizeError({ ...body, trace: '7f3c9a1e2b' }, { status: 500 }).requestId).toBe('7f3c9a1e2b');
  });

  it('turns JSON pointers into dot paths, unescaping ~1 and ~0 after the split', () => {
    expect(toFieldPath('#/age')).toBe('age');
    expect(toFieldPath('#/profile/color')).toBe('profile.color');
    expect(toFieldPath('/data/attributes/firstName')).toBe('firstName');
    expect(toFieldPath('/data/relationships/author')).toBe('author');
    expect(toFieldPath('/items/0/sku')).toBe('items.0.sku');
    expect(toFieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(toFieldPath('email')).toBe('email');
    // Pointers at the whole document or at `data` name no field.
    expect(toFieldPath('')).toBeUndefined();
    expect(toFieldPath('#')).toBeUndefined();
    expect(toFieldPath('/')).toBeUndefined();
    expect(toFieldPath('/data')).toBeUndefined();
    expect(toFieldPath('x'.repeat(400))).toHaveLength(300);
  });

  it('reads `_errors` as the errors of the parent path and property-first messages as field errors', () => {
    expect(collectFields({ content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Too long.' }] } })).toEqual([{ field: 'content', message: 'Too long.', code: 'BASE_TYPE_MAX_LENGTH' }]);
    expect(collectFields(['email must be an email', 'Something else went wrong'])).toEqual([{ field: 'email', message: 'email must be an email' }]);
    expect(collectFields([{ errorSummary: 'login: Already exists' }])).toEqual([{ field: 'login', message: 'Already exists' }]);
  });

  it('does not invent fields from error items that name none', () => {
    expect(collectFields([{ issue: 'INSTRUMENT_DECLINED', description: 'The instrument was declined.' }])).toEqual([]);
  });

  it('lets a rate-limit category beat a limit-named code, but not an explicit quota', () => {
    expect(kindFromCodes('TRANSACTIONS_LIMIT', 'RATE_LIMIT_EXCEEDED')).toBe('rate_limited');
    expect(kindFromCodes('insufficient_quota', 'rate_limit_error')).toBe('quota');
    expect(kindFromCodes(undefined, 'validation')).toBe('validation');
  });

  it('reduces an XML error to its leaf elements', () => {
    const { body } = readText('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>Key &amp; value</Message><RequestId>R1</RequestId></Error>');
    expect(body).toEqual({ Code: 'NoSuchKey', Message: 'Key & value', RequestId: 'R1' });
  });

  it('prefers the first block of text to a bare "Error" title', () => {
    expect(readText('<html><head><title>Error</title></head><body><pre>Cannot POST /x</pre></body></html>').message).toBe('Cannot POST /x');
  });

  it('waits for the longest reset among the exhausted rate-limit buckets only', () => {
    const headers = { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-remaining-tokens': '10', 'x-ratelimit-reset-tokens': '6m0s' };
    expect(readRetryAfterMs(headers)).toBe(1000);
    expect(readRetryAfterMs({ ...headers, 'x-ratelimit-remaining-tokens': '0' })).toBe(360_000);
    expect(readRetryAfterMs({ 'x-ratelimit-remaining-tokens': '5', 'x-ratelimit-reset-tokens': '6m0s' })).toBeUndefined();
  });

  it('reads waits nested in `parameters` and a loading model’s `estimated_time`', () => {
    expect(readRetryAfterMs({}, { body: { parameters: { retry_after: 5 } } })).toBe(5000);
    expect(readRetryAfterMs({}, { body: { estimated_time: 20.5 } })).toBe(20_500);
  });

  it('treats a numeric code as the status only when it repeats the HTTP status', () => {
    expect(normalizeError({ code: 404, message: 'Not Found' }, { status: 404 })).toMatchObject({ kind: 'not_found', status: 404 });
    expect(normalizeError({ code: 404, message: 'Not Found' }, { status: 404 }).code).toBeUndefined();
    expect(normalizeError({ ErrorCode: 406, Message: 'Inactive recipient' }, { status: 422 })).toMatchObject({ code: '406', status: 422, kind: 'validation' });
    expect(normalizeError({ error: { code: 190, message: 'Invalid OAuth access token.', type: 'OAuthException' } }, { status: 400 })).toMatchObject({ code: '190', status: 400, kind: 'unauthenticated' });
  });

  it('lets a specific 4xx status beat a generic bad-request code, and not a specific code', () => {
    expect(normalizeError({ error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' } }, { status: 401 }).kind).toBe('unauthenticated');
    expect(normalizeError({ errors: [{ code: 'ENTITY_ERROR.ATTRIBUTE.INVALID', detail: 'Empty name', source: { pointer: '/data/attributes/name' } }] }, { status: 409 }).kind).toBe('validation');
  });

  it('splits a code sent as the message from the text after it', () => {
    expect(normalizeError({ error: { code: 400, message: 'WEAK_PASSWORD : Password should be at least 6 characters' } }, { status: 400 })).toMatchObject({
      code: 'WEAK_PASSWORD',
      message: 'Password should be at least 6 characters',
    });
  });

  it('finds request ids by the shape of their name, nested one level deep', () => {
    expect(normalizeError({ error: { message: 'x', innerError: { 'request-id': 'abc' } } }, { status: 500 }).requestId).toBe('abc');
    expect(normalizeError({ message: 'x', meta: { request_id: 'm-1' } }, { status: 500 }).requestId).toBe('m-1');
    expect(normalizeError('', { status: 503, headers: { 'cko-request-id': 'c-1' } }).requestId).toBe('c-1');
  });

  it('reads the first of a top-level list of errors', () => {
    expect(normalizeError([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], { status: 401 })).toMatchObject({ kind: 'unauthenticated', code: 'INVALID_SESSION_ID' });
  });

  it('reads a lone wrapper by its content, SOAP-style faults included', () => {
    expect(normalizeError({ fault: { faultstring: 'Access Denied', detail: { errorcode: 'accesscontrol.IPDeniedAccess' } } }, { status: 403 })).toMatchObject({ kind: 'forbidden', code: 'accesscontrol.IPDeniedAccess', message: 'Access Denied' });
    expect(normalizeError({ Fault: { faultcode: 'soap:Server', faultstring: 'Boom' } }, { status: 500 })).toMatchObject({ kind: 'server', code: 'soap:Server', message: 'Boom' });
    expect(normalizeError({ result: { messages: [{ message: 'Not valid' }], status: 'failed' } }, { status: 400 }).message).toBe('Not valid');
    // A lone field map is not a wrapper.
    expect(normalizeError({ address: { city: ['is required'] } }, { status: 400 }).fields).toEqual([{ field: 'address.city', message: 'is required' }]);
  });

  it('reads XML with a prolog even when it has no <Code>', () => {
    expect(readText('<?xml version="1.0"?><errors><message>Version mismatch</message></errors>').body).toEqual({ message: 'Version mismatch' });
  });

  it('prefers a problem\'s own code over a category type', () => {
    expect(normalizeError({ type: 'conflict', code: 'states_locked', detail: 'x' }, { status: 409, headers: { 'content-type': 'application/problem+json' } }).code).toBe('states_locked');
  });

  it('reads usage caps and resource limits as quotas, and 407 as a missing sign-in', () => {
    expect(kindFromCodes('resource_limit_exceeded', undefined)).toBe('quota');
    expect(kindFromCodes('transaction_cap_exceeded', undefined)).toBe('quota');
    expect(kindFromCodes('M_LIMIT_EXCEEDED', undefined)).toBeUndefined();
    expect(normalizeError('', { status: 407 }).kind).toBe('unauthenticated');
  });

  it('reads a failed precondition as a state conflict even at 400, and exceeded throughput as a rate limit', () => {
    expect(normalizeError({ error: { code: 400, message: 'Not in the required state.', status: 'FAILED_PRECONDITION' } }, { status: 400 }).kind).toBe('conflict');
    expect(kindFromCodes('PRECONDITION_FAILED', undefined)).toBe('conflict');
    expect(kindFromCodes('com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', undefined)).toBe('rate_limited');
    expect(kindFromCodes('INVALID_ARGUMENT', undefined)).toBe('validation');
  });

  it('reads not being a member of the place acted on as forbidden', () => {
    expect(normalizeError({ ok: false, error: 'not_in_channel' }, { status: 200 }).kind).toBe('forbidden');
    expect(kindFromCodes('USER_NOT_A_MEMBER', undefined)).toBe('forbidden');
    expect(kindFromCodes('not_in_range', undefined)).toBeUndefined();
  });

  it('reads a 401 that names a missing permission as forbidden, and other 401 texts as a missing sign-in', () => {
    expect(normalizeError({ errors: 'No access permission' }, { status: 401 }).kind).toBe('forbidden');
    expect(normalizeError({ message: 'Not authorized' }, { status: 401 }).kind).toBe('unauthenticated');
  });

  it('reads SNAP responseCode/responseMessage, Chargebee api_error_code and status_message/error_msg/errorMsg texts', () => {
    expect(normalizeError({ responseCode: '4011101', responseMessage: 'Invalid Token (B2B)' }, { status: 401 })).toMatchObject({ code: '4011101', message: 'Invalid Token (B2B)' });
    expect(normalizeError({ message: 'Plan is not present', type: 'invalid_request', api_error_code: 'resource_not_found', param: 'item_id' }, { status: 404 })).toMatchObject({ kind: 'not_found', code: 'resource_not_found', fields: [] });
    expect(normalizeError({ status_code: '401', status_message: 'Invalid API key' }, { status: 401 }).message).toBe('Invalid API key');
    expect(normalizeError({ error_msg: 'Resource not found.', error_code: 'Svc.24010003' }, { status: 404 }).message).toBe('Resource not found.');
    expect(normalizeError({ error: '104', errorMsg: 'Invalid credentials' }, { status: 400 })).toMatchObject({ kind: 'unauthenticated', code: '104' });
  });

  it('takes a snake_cased type as the code when there is none, and a message object\'s text and nested request id', () => {
    expect(normalizeError({ message: 'Invalid credentials.', type: 'user_invalid_credentials', code: 401 }, { status: 401 }).code).toBe('user_invalid_credentials');
    const onfleet = normalizeError({ code: 'InvalidCredentials', message: { error: 1102, message: 'The API key provided is invalid.', request: 'ec76efd0' } }, { status: 401 });
    expect(onfleet).toMatchObject({ message: 'The API key provided is invalid.', requestId: 'ec76efd0' });
    expect(normalizeError({ request: '/1.1/statuses/update.json', error: 'Read-only application cannot POST.' }, { status: 401 }).requestId).toBeUndefined();
  });

  it('reads a code-like message beside a detail as the code, and a FAILED status as no code', () => {
    const e = normalizeError({ error: { status: 'FAILED', status_code: '439', message: 'TRACE_NUMBER', detail: 'trace_number must be unique' } }, { status: 439 });
    expect(e).toMatchObject({ code: 'TRACE_NUMBER', message: 'trace_number must be unique', kind: 'conflict' });
  });

  it('reads missing scopes and addresses off the allowlist as forbidden, an exhausted quota as a cap, and 余额/欠费 as funds', () => {
    expect(kindFromCodes('general_unauthorized_scope', undefined)).toBe('forbidden');
    expect(kindFromCodes('UNAUTHORIZED_IP_ACCESS', undefined)).toBe('forbidden');
    expect(kindFromCodes('UNAUTHORIZED', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('Subscription quota exhausted', undefined)).toBe('quota');
    expect(kindFromCodes('RESOURCE_EXHAUSTED', undefined)).toBe('rate_limited');
    expect(normalizeError({ error: { code: '1113', message: '您的账户已欠费,请充值后重试' } }, { status: 429 })).toMatchObject({ kind: 'insufficient_funds', retryable: false });
  });

  it('lets a gateway timeout or unavailable status beat a generic server code', () => {
    expect(normalizeError({ error: { type: 'provider_internal_server_error', message: 'Provider timed out' } }, { status: 524 }).kind).toBe('timeout');
    expect(normalizeError({ error: { type: 'internal_server_error', message: 'x' } }, { status: 502 }).kind).toBe('unavailable');
    expect(normalizeError({ error: { type: 'internal_server_error', message: 'x' } }, { status: 500 }).kind).toBe('server');
  });

  it('reads a quoted leading name as a field, and field errors alone as bad input (Zuora at 200)', () => {
    expect(collectFields([{ message: '"email" must be a valid email' }])).toEqual([{ field: 'email', message: '"email" must be a valid email', code: undefined }]);
    const zuora = normalizeError({ success: false, processId: 'CB', reasons: [{ code: 53100320, message: "'termType' value should be one of: TERMED, EVERGREEN" }] }, { status: 200 });
    expect(zuora).toMatchObject({ kind: 'validation', code: '53100320', fields: [{ field: 'termType' }] });
  });

  it('reads XML elements with a field attribute as field errors, and a top-level messages list as no field', () => {
    expect(readText('<?xml version="1.0"?><errors><error field="account.email" symbol="taken">has already been taken</error></errors>').body).toEqual({ errors: { 'account.email': 'has already been taken' } });
    expect(normalizeError({ error_messages: ['item_details Name too long'] }, { status: 400 })).toMatchObject({ fields: [], message: 'item_details Name too long' });
  });

  it('reads a field map of error items as one field each, and an error keyed by its own code as no field', () => {
    expect(collectFields({ title: { code: 'validation_required', message: 'Missing required value.' } })).toEqual([{ field: 'title', message: 'Missing required value.', code: 'validation_required' }]);
    expect(collectFields({ ER920: { code: 'ER920', message: 'Too many requests.' } })).toEqual([]);
    const pocketBase = { code: 400, message: 'Failed to create record.', data: { title: { code: 'validation_required', message: 'Missing required value.' } } };
    expect(normalizeError(pocketBase, { status: 400 }).fields).toEqual([{ field: 'title', message: 'Missing required value.', code: 'validation_required' }]);
    // The same error wrapped in `detail` under the same message.
    expect(normalizeError({ message: pocketBase.message, detail: pocketBase }, { status: 400 }).fields).toMatchObject([{ field: 'title' }]);
    // A `data` that is not a map of errors names no fields.
    expect(normalizeError({ message: 'Bad request', data: { id: 'x1', count: 2 } }, { status: 400 }).fields).toEqual([]);
  });

  it("reads WordPress' data.details and data.params, and Zod's format() tree under details", () => {
    const details = { post: { code: 'rest_invalid_type', message: 'post is not of type integer.', data: null } };
    expect(normalizeError({ code: 'rest_invalid_param', message: 'Invalid parameter(s): post', data: { status: 400, params: { post: 'Invalid parameter.' }, details } }, { status: 400 }).fields).toEqual([
      { field: 'post', message: 'post is not of type integer.', code: 'rest_invalid_type' },
    ]);
    expect(normalizeError({ code: 'rest_invalid_param', message: 'Invalid parameter(s): post', data: { status: 400, params: { post: 'Invalid parameter.' } } }, { status: 400 }).fields).toEqual([{ field: 'post', message: 'Invalid parameter.' }]);
    expect(normalizeError({ error: 'Invalid request parameters', details: { _errors: [], user: { email: { _errors: ['Invalid email'] } } } }, { status: 400 }).fields).toEqual([{ field: 'user.email', message: 'Invalid email' }]);
  });

  it('lets "unauthorized" at 403 mean not allowed unless the credential is bad, and a 404 naming a bad token mean unauthenticated', () => {
    expect(normalizeError({ error: { code: 'API_KEY_UNAUTHORIZED', message: 'The API key supplied is not authorized to access the given service.' } }, { status: 403 }).kind).toBe('forbidden');
    expect(normalizeError({ error: { code: 'API_KEY_INVALID', message: 'An invalid api_key was supplied.' } }, { status: 403 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: { code: 'UNAUTHORIZED_TOKEN_EXPIRED', message: 'Expired.' } }, { status: 403 }).kind).toBe('unauthenticated');
    expect(normalizeError({ errorCode: '404.001.03', errorMessage: 'Invalid Access Token' }, { status: 404 }).kind).toBe('unauthenticated');
    expect(normalizeError({ errorCode: '404.001.04', errorMessage: 'Invalid Authentication Header' }, { status: 404 }).kind).toBe('unauthenticated');
    expect(normalizeError({ message: 'Order not found' }, { status: 404 }).kind).toBe('not_found');
  });

  it('reads a balance named at a 5xx as out of funds, never retried', () => {
    expect(normalizeError({ error: { type: 'api_error', message: 'insufficient balance (1008)' } }, { status: 500 })).toMatchObject({ kind: 'insufficient_funds', retryable: false });
    expect(normalizeError({ error: { type: 'api_error', message: 'Internal error' } }, { status: 500 })).toMatchObject({ kind: 'server', retryable: true });
  });

  it("reads a failed sign-in naming username or password as unauthenticated, a form's password rule as validation", () => {
    expect(normalizeError({ error: 'error: invalid username or password' }, { status: 200 }).kind).toBe('unauthenticated');
    expect(kindFromCodes('incorrect_password', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('password_too_short', undefined)).toBe('validation');
  });

  it("takes a problem's errorCode over its type URI, a message over a reason-phrase title, and trackingId as the request id", () => {
    const problem = { title: 'Bad Request', message: 'Query parameter: startDate invalid', type: 'https://dev.example.com/errors/400.001', status: '400', errorCode: '400.001' };
    expect(normalizeError(problem, { status: 400 })).toMatchObject({ code: '400.001', message: 'Query parameter: startDate invalid' });
    expect(normalizeError({ code: '401', title: 'Unauthorised', message: 'The request requires client authentication.', type: 'AUTHENTICATION_ERROR' }, { status: 401 })).toMatchObject({
      code: 'AUTHENTICATION_ERROR',
      message: 'The request requires client authentication.',
    });
    expect(normalizeError({ code: 401, message: 'Invalid or expired access token.', trackingId: 'GTWY_e676' }, { status: 401 }).requestId).toBe('GTWY_e676');
  });

  it("reads Payload's ValidationError fields from data.errors, and never takes an error class in `name` for a field", () => {
    const payload = { errors: [{ name: 'ValidationError', data: { collection: 'posts', errors: [{ message: 'This field is required.', path: 'title' }] }, message: 'The following field is invalid: title' }] };
    expect(normalizeError(payload, { status: 400 }).fields).toEqual([{ field: 'title', message: 'This field is required.' }]);
    expect(collectFields([{ name: 'NotFoundException', message: 'No such post' }])).toEqual([]);
    // RFC 9457's `invalid-params` still name their input in `name`.
    expect(collectFields([{ name: 'age', reason: 'must be a positive integer' }])).toEqual([{ field: 'age', message: 'must be a positive integer', code: undefined }]);
  });

  it('reads a body that repeats its status beside its own words and a `data` member as a body, not a response wrapper', () => {
    const body = { message: 'The target document already contains an import.', traceId: 'e5ab-d738', statusCode: 409, data: { documentId: 'doc-1' } };
    expect(normalizeError(body)).toMatchObject({ kind: 'conflict', status: 409, requestId: 'e5ab-d738', message: 'The target document already contains an import.' });
    // A wrapper has no words of its own: its `data` is the body.
    expect(normalizeError({ statusCode: 404, data: { message: 'No such post' } })).toMatchObject({ kind: 'not_found', message: 'No such post' });
  });

  it("reads an error_message beside an errors map, an item's description, and error entities in JSON:API data", () => {
    expect(normalizeError({ error_message: "The requested object doesn't exist.", error_code: 141, errors: { uid: ['is not valid.'] } }, { status: 404 }).message).toBe("The requested object doesn't exist.");
    expect(normalizeError({ errors: [{ code: 'unauthorized', description: 'Provided authentication credentials are invalid' }] }, { status: 401 }).message).toBe('Provided authentication credentials are invalid');
    const dato = { data: [{ id: 'ce9', type: 'api_error', attributes: { code: 'INVALID_FIELD', details: { field: 'api_key', code: 'VALIDATION_UNIQUENESS' } } }] };
    expect(normalizeError(dato, { status: 422 })).toMatchObject({ kind: 'validation', code: 'INVALID_FIELD', fields: [{ field: 'api_key', code: 'INVALID_FIELD' }] });
    // Ordinary `data` lists are not errors.
    expect(normalizeError({ data: [{ id: 1, type: 'article' }], message: 'Bad filter' }, { status: 400 }).code).toBeUndefined();
  });

  it('lets the text decide at 400 under a generic invalid-argument code, and never reads a token count as a credential', () => {
    expect(normalizeError({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError({ code: 'Client specified an invalid argument', error: 'Incorrect API key provided: na***ys.' }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: { code: 400, message: 'The input token count exceeds the maximum number of tokens allowed 1048576.', status: 'INVALID_ARGUMENT' } }, { status: 400 }).kind).toBe('validation');
    expect(normalizeError({ error: { code: 400, message: 'Invalid value at contents[0]', status: 'INVALID_ARGUMENT' } }, { status: 400 }).kind).toBe('validation');
  });

  it('reads a validation-sounding code at 401 as a credential, an overload at 429 as a wait, and a quota code naming a per-minute window at 429 as a rate', () => {
    expect(normalizeError({ error: { code: 'GATEWAY_MISSING_VIRTUAL_KEY', message: 'Virtual key not provided.' } }, { status: 401 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: 'Model is overloaded', error_type: 'overloaded' }, { status: 429 }).kind).toBe('rate_limited');
    expect(normalizeError({ error: 'Model is overloaded', error_type: 'overloaded' }, { status: 503 }).kind).toBe('unavailable');
    const cerebras = { message: 'Requests per minute limit exceeded - too many requests sent.', type: 'too_many_requests_error', code: 'request_quota_exceeded' };
    expect(normalizeError(cerebras, { status: 429 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(normalizeError({ ...cerebras, message: 'Monthly quota exceeded.' }, { status: 429 }).kind).toBe('quota');
    expect(kindFromCodes('MODEL_CAPACITY_EXHAUSTED', undefined)).toBe('unavailable');
  });

  it('keeps a 429 a wait against weaker codes, reads throttling under a quota code as a rate and a total under a rate code as a cap', () => {
    expect(normalizeError({ error: { code: 'lock_timeout', message: 'This object cannot be accessed right now.' } }, { status: 429 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(normalizeError({ error: { code: 'accessDenied', message: 'Too Many Requests' } }, { status: 429, headers: { 'retry-after': '30' } })).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
    expect(normalizeError({ error: { code: 'activityLimitReached', message: 'The request has been throttled' } }, { status: 429 }).kind).toBe('rate_limited');
    expect(normalizeError({ error: { code: 'insufficient_quota', message: 'You exceeded your current quota, please check your plan and billing details.' } }, { status: 429 }).kind).toBe('quota');
    expect(normalizeError({ errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' }] }, { status: 429 }).kind).toBe('rate_limited');
    expect(normalizeError([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], { status: 403 }).kind).toBe('quota');
    expect(normalizeError({ message: 'Too many requests, try again after 1 minute', errorCode: 'REQUEST_LIMIT_EXCEEDED' }, { status: 403 }).kind).toBe('rate_limited');
  });

  it('reads 420 as a rate, NonExistent as not found, and OData v2 message objects', () => {
    expect(normalizeError({ message: 'Recipient limit exceeded, try again after 1 minute' }, { status: 420 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(kindFromCodes('AWS.SimpleQueueService.NonExistentQueue', undefined)).toBe('not_found');
    expect(normalizeError({ error: { code: -1000, message: { lang: 'en-us', value: "Property 'Remark' is invalid" } } }, { status: 400 }).message).toBe("Property 'Remark' is invalid");
  });

  it("reads FHIR OperationOutcome diagnostics, Berlin Group tppMessages, a list's code behind a lone wrapper, and a top-level code over its items'", () => {
    const outcome = { resourceType: 'OperationOutcome', text: { status: 'generated', div: '<div><pre>Invalid token</pre></div>' }, issue: [{ severity: 'error', code: 'not-found', diagnostics: 'The Patient was not found.' }] };
    expect(normalizeError(outcome, { status: 404 })).toMatchObject({ kind: 'not_found', message: 'The Patient was not found.' });
    expect(normalizeError({ tppMessages: [{ category: 'ERROR', code: 'CONSENT_EXPIRED', text: 'The consent has expired.' }] }, { status: 401 })).toMatchObject({ code: 'CONSENT_EXPIRED', message: 'The consent has expired.' });
    expect(normalizeError({ response: { errors: [{ code: '10429', message: 'Too Many Requests' }] } }, { status: 429 })).toMatchObject({ code: '10429', kind: 'rate_limited' });
    expect(normalizeError({ errors: [{ type: 'ch:service', error: 'company-profile-not-found' }] }, { status: 404 }).code).toBe('company-profile-not-found');
    const hmrc = { code: 'INVALID_REQUEST', message: 'Invalid request', errors: [{ code: 'RULE_FIELD_NAME', message: 'The provided FieldName is not allowed' }] };
    expect(normalizeError(hmrc, { status: 400 })).toMatchObject({ code: 'INVALID_REQUEST', message: 'Invalid request' });
    expect(normalizeError({ errors: [{ error_code: 'confirmation_not_supported', message: 'Not supported.' }] }, { status: 400 }).code).toBe('confirmation_not_supported');
  });

  it('judges a 2xx answer by the error status its body states, and reads a meta block that reports the failure', () => {
    const ocs = '<?xml version="1.0"?><ocs><meta><status>failure</status><statuscode>404</statuscode><message>Wrong path, file/folder doesn\'t exist</message></meta><data/></ocs>';
    expect(normalizeError(ocs, { status: 200 })).toMatchObject({ kind: 'not_found', status: 200, message: "Wrong path, file/folder doesn't exist" });
    expect(normalizeError({ meta: { status: 401, msg: 'Not Authorized' }, response: [] }, { status: 401 }).message).toBe('Not Authorized');
    expect(normalizeError({ ocs: { data: [], meta: { message: 'Current user is not logged in', status: 'failure', statuscode: 997 } } }, { status: 401 }).message).toBe('Current user is not logged in');
  });

  it("reads short keys inside `error` (Solr's msg, VK's error_code/error_msg), FluentValidation lists, Prometheus' errorType and Nexmo's error-text", () => {
    expect(normalizeError({ error: { metadata: ['error-class', 'SolrException'], msg: 'undefined field null', code: 400 } }, { status: 400 }).message).toBe('undefined field null');
    expect(normalizeError({ error: { error_code: 6, error_msg: 'Too many requests per second' } }, { status: 200 })).toMatchObject({ kind: 'rate_limited', code: '6', message: 'Too many requests per second' });
    expect(normalizeError([{ propertyName: 'Path', errorMessage: 'Invalid Path', errorCode: 'PathValidator' }], { status: 400 }).fields).toMatchObject([{ field: 'Path', message: 'Invalid Path' }]);
    expect(normalizeError({ status: 'error', errorType: 'bad_data', error: 'exceeded maximum resolution' }, { status: 400 }).code).toBe('bad_data');
    expect(normalizeError({ 'message-count': '1', messages: [{ status: '4', 'error-text': 'Bad Credentials' }] }, { status: 200 })).toMatchObject({ kind: 'unauthenticated', message: 'Bad Credentials' });
  });

  it('reads a numeric `error` beside a message as the code, and an identifier `error` over a number beside it', () => {
    expect(normalizeError({ error: 26, message: 'API Key Suspended' }, { status: 403 }).code).toBe('26');
    expect(normalizeError({ error: 'invalid_client', error_code: 21324, request: '/oauth2/access_token' }, { status: 400 })).toMatchObject({ kind: 'unauthenticated', code: 'invalid_client' });
  });

  it('reads frequency and count limits, secrets, unknown tokens and "no data" by their words', () => {
    expect(kindFromCodes('api freq out of limit', undefined)).toBe('rate_limited');
    expect(kindFromCodes('out of response count limit rid: 6087', undefined)).toBe('quota');
    expect(kindFromCodes('不合法的corpId或corpSecret', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('M_UNKNOWN_TOKEN', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('M_UNKNOWN', undefined)).toBe(undefined);
    expect(kindFromCodes('no data', undefined)).toBe('not_found');
  });

  it('reads a wait stated in words or in extras, and a 403 whose sign-in failed as unauthenticated', () => {
    expect(normalizeError({ error: { message: 'Rate limit reached. Please try again in 20s.', code: 'rate_limit_exceeded' } }, { status: 429 }).retryAfterMs).toBe(20_000);
    expect(normalizeError({ errorMessage: 'please try again in 221 second(s).', errorCode: 'errors.com.epicgames.common.throttled' }, { status: 429 }).retryAfterMs).toBe(221_000);
    expect(normalizeError({ errors: ['Please wait 24 seconds before trying again.'], error_type: 'rate_limit', extras: { wait_seconds: 24 } }, { status: 429 }).retryAfterMs).toBe(24_000);
    expect(normalizeError('Code: 516. DB::Exception: Authentication failed: password is incorrect. (AUTHENTICATION_FAILED)', { status: 403 }).kind).toBe('unauthenticated');
    expect(normalizeError({ message: 'You do not have access to this project' }, { status: 403 }).kind).toBe('forbidden');
  });

  it("reads exchange and market-data failures: Bybit's retCode, HTX's err-code, Bitfinex's arrays, Gate.io's label, Alpha Vantage's notes", () => {
    expect(normalizeError({ retCode: 10006, retMsg: 'Too many visits', result: {} }, { status: 200 })).toMatchObject({ kind: 'rate_limited', code: '10006', message: 'Too many visits' });
    expect(normalizeError({ status: 'error', 'err-code': 'api-signature-not-valid', 'err-msg': 'Signature not valid', data: null }, { status: 200 })).toMatchObject({ kind: 'unauthenticated', code: 'api-signature-not-valid' });
    expect(normalizeError(['error', 10100, 'apikey: invalid'], { status: 500 })).toMatchObject({ kind: 'unauthenticated', code: '10100', message: 'apikey: invalid' });
    expect(normalizeError(['error', 10001, 'Invalid order: not enough exchange balance'], { status: 500 })).toMatchObject({ kind: 'insufficient_funds', retryable: false });
    expect(normalizeError({ label: 'IP_FORBIDDEN', message: 'Request IP not in whitelist' }, { status: 403 }).code).toBe('IP_FORBIDDEN');
    expect(normalizeError({ Note: 'Our standard API call frequency is 5 calls per minute.' }, { status: 200 }).kind).toBe('rate_limited');
    expect(normalizeError({ 'Error Message': 'Invalid API call. Please retry or visit the documentation for FX_DAILY.' }, { status: 200 }).kind).toBe('validation');
  });

  it('reads bad request signatures and passphrases as credentials, never a signature a parcel needs', () => {
    expect(kindFromCodes('Invalid KC-API-SIGN', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('Invalid KC-API-PASSPHRASE', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('InvalidSignature', undefined)).toBe('unauthenticated');
    expect(kindFromCodes('Signature for this request is not valid.', undefined)).toBe('unauthenticated');
    expect(normalizeError({ errors: [{ error_code: 'confirmation_not_supported', message: 'Adult signature confirmation is not supported by Australia Post.' }] }, { status: 400 }).kind).toBe('validation');
    expect(kindFromCodes('missing_access_key', undefined)).toBe('unauthenticated');
  });

  it("reads buying power as funds, a month's cap as quota, unsupported grants as bad input, and nothing found at 401 as the credential", () => {
    expect(normalizeError({ code: 40310000, message: 'insufficient buying power' }, { status: 403 }).kind).toBe('insufficient_funds');
    expect(normalizeError('You have run over your 500 symbol look up for this month.', { status: 200 }).kind).toBe('quota');
    expect(normalizeError({ error: 'unsupported_grant_type', error_description: 'Only client_credentials is allowed', code: 38187 }, { status: 400 }).kind).toBe('validation');
    expect(normalizeError({ message: 'invalid_token', cause: [], error: 'not_found', status: 401 }, { status: 401 }).kind).toBe('unauthenticated');
    expect(normalizeError({ rate: { remaining: 0 }, status: { code: 402, message: 'quota exceeded' } }, { status: 402 }).kind).toBe('quota');
  });

  it("reads QuickBooks' Fault, one error under errors, numeric and errorId codes in lists, Gusto's error_key, and no field named null", () => {
    expect(normalizeError({ fault: { error: [{ message: 'AuthenticationFailed', detail: 'Malformed bearer token', code: '3200' }], type: 'AUTHENTICATION' } }, { status: 401 }).code).toBe('3200');
    expect(normalizeError({ Fault: { Error: [{ Message: 'Result Set Big Error', code: '10100' }], type: 'ValidationFault' }, time: 'x' }, { status: 400 })).toMatchObject({ code: '10100', message: 'Result Set Big Error' });
    expect(normalizeError({ errors: { code: 'resource_not_found', message: 'Resource not found', parameter: 'id' } }, { status: 404 })).toMatchObject({ code: 'resource_not_found', fields: [] });
    expect(normalizeError({ errors: [{ code: 38190, title: 'Invalid access token', status: 401 }] }, { status: 401 }).code).toBe('38190');
    expect(normalizeError({ errors: [{ errorId: 1001, domain: 'OAuth', message: 'Invalid access token' }] }, { status: 401 }).code).toBe('1001');
    expect(normalizeError({ errors: [{ error_key: 'fast_payment_limit', message: 'must be a number' }, { error_key: 'base', message: 'Payroll is locked' }] }, { status: 422 }).fields).toEqual([{ field: 'fast_payment_limit', message: 'must be a number' }]);
    expect(normalizeError({ errors: [{ code: 'X', message: 'Terms are required.', path: 'null' }] }, { status: 422 }).fields).toEqual([]);
    expect(normalizeError({ error: [{ code: 'UNAUTHORIZED.GMP_GATEWAY_API', description: 'Unauthorized' }] }, { status: 401 }).code).toBe('UNAUTHORIZED.GMP_GATEWAY_API');
  });

  it('reads waits written in a `result`, and keeps words after "key:" that cannot be a secret', () => {
    expect(normalizeError({ code: 429, result: 'Too many requests. Please try again after 60 seconds.' }, { status: 429 }).retryAfterMs).toBe(60_000);
    expect(normalizeError({ Code: '400', Message: 'Invalid location key: locationKey' }, { status: 400 }).message).toBe('Invalid location key: locationKey');
    expect(normalizeError({ message: 'Invalid key: 9f8e7d6c5b4a' }, { status: 401 }).message).toBe('Invalid key: [redacted]');
  });

  it('reads OAuth sign-in failures by their words: a wrong code or password under a denial, a disabled account under a bad grant', () => {
    expect(normalizeError({ error_description: 'Invalid authorization code', error: 'access_denied' }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: 'access_denied', error_description: 'The user denied the request' }, { status: 400 }).kind).toBe('forbidden');
    expect(normalizeError({ error: 'invalid_grant', error_description: 'Account disabled' }, { status: 400 }).kind).toBe('forbidden');
    expect(normalizeError({ error: 'invalid_grant', error_description: 'Key has been disabled' }, { status: 400 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' }, { status: 200 }).kind).toBe('unauthenticated');
    expect(normalizeError({ detail: 'Authentication credentials were not provided.' }, { status: 403 }).kind).toBe('unauthenticated');
  });

  it('reads a first sentence naming a rate at 429 over a credit code, a failed condition as a conflict, a state code at 409 as a conflict, and a balancer as no balance', () => {
    const together = { error: { message: 'You have been rate limited. Your rate limit is 60 queries per minute. Upgrade to a paid plan.', type: 'credit_limit' } };
    expect(normalizeError(together, { status: 429 })).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(normalizeError({ __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' }, { status: 400 }).kind).toBe('conflict');
    expect(normalizeError({ statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' }, { status: 409 }).kind).toBe('conflict');
    expect(normalizeError({ message: 'failure to get a peer from the ring-balancer' }, { status: 503 })).toMatchObject({ kind: 'unavailable', retryable: true });
  });

  it("reads a wait of 'at least' N seconds in a long message that goes on from the short one", () => {
    const clerk = { errors: [{ message: 'Too many verification code requests', long_message: 'Too many verification code requests. Please wait at least 30 seconds before trying again.', code: 'verification_code_too_many_requests' }] };
    expect(normalizeError(clerk, { status: 429 })).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
    expect(normalizeError({ errors: [{ code: 'authentication_invalid', message: 'Unauthorized request', long_message: 'You are not authorized to perform this request' }] }, { status: 401 }).message).toBe('Unauthorized request');
  });

  it('bounds code words by the status class, and reads locked resources, declined cards, payment categories and mandatory inputs', () => {
    expect(normalizeError({ error: { type: 'api_error', code: 'bad_gateway', detail: "Endpoint can't process your request." } }, { status: 502 })).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(normalizeError({ error: { code: 'resource_processing_failed', message: 'The upload could not be read' } }, { status: 400 })).toMatchObject({ kind: 'validation', retryable: false });
    expect(normalizeError({ error: { code: 'TEMPORARILY_UNAVAILABLE', message: 'Try again later' } }, { status: 400 }).kind).toBe('unavailable');
    expect(normalizeError({ error: { type: 'request_error', code: 'subscription_locked_processing' } }, { status: 409 }).kind).toBe('conflict');
    expect(kindFromCodes('account_locked', undefined)).toBe('forbidden');
    expect(normalizeError({ message: 'Error message: (card_declined) Your card was declined.', type: 'payment', api_error_code: 'payment_processing_failed' }, { status: 400 }).kind).toBe('insufficient_funds');
    expect(normalizeError({ code: 'MANDATORY_NOT_FOUND', message: 'required field not found', details: { api_name: 'last_name' }, status: 'error' }, { status: 400 })).toMatchObject({ kind: 'validation', fields: [{ field: 'last_name' }] });
    expect(normalizeError({ global_picklists: [{ code: 'MANDATORY_NOT_FOUND', message: 'required field not found', status: 'error' }] }, { status: 400 }).code).toBe('MANDATORY_NOT_FOUND');
  });

  it("reads Shopify's userErrors, Google's parameter locations, Salesforce's prolog-less XML and a GraphQL status_code", () => {
    expect(normalizeError({ data: { productCreate: { product: null, userErrors: [{ field: ['input', 'title'], message: "Title can't be blank" }] } } }, { status: 200 })).toMatchObject({ kind: 'validation', fields: [{ field: 'title', message: "Title can't be blank" }] });
    const google = { error: { code: 400, message: 'The specified time range is empty.', errors: [{ reason: 'timeRangeEmpty', message: 'The specified time range is empty.', locationType: 'parameter', location: 'timeMax' }] } };
    expect(normalizeError(google, { status: 400 }).fields).toMatchObject([{ field: 'timeMax' }]);
    expect(normalizeError({ error: { code: 401, message: 'Login Required.', errors: [{ reason: 'required', locationType: 'header', location: 'Authorization', message: 'Login Required.' }] } }, { status: 401 }).fields).toEqual([]);
    expect(normalizeError('<Errors><Error><errorCode>INVALID_SESSION_ID</errorCode><message>Session expired or invalid</message></Error></Errors>', { status: 401 })).toMatchObject({ code: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
    const monday = { data: [], errors: [{ message: 'User unauthorized to perform action', extensions: { code: 'UserUnauthorizedException', status_code: 403 } }] };
    expect(normalizeError(monday, { status: 200 })).toMatchObject({ kind: 'forbidden', status: 200 });
  });

  it('reads a wait named in milliseconds in the body before the headers, contextId as the request id, and a bad key named at 500', () => {
    expect(normalizeError({ type: 'rate_limit_error', backoff_ms: 1000 }, { status: 429, headers: { 'retry-after': '1000' } }).retryAfterMs).toBe(1000);
    expect(normalizeError({ error_code: 'FIELD_LIMIT_EXCEEDED', error_data: { retry_in_seconds: 15 } }, { status: 429 }).retryAfterMs).toBe(15_000);
    expect(normalizeError({ type: 'INVALID_REQUEST_ERROR', message: 'An expiration date is required.', contextId: 'RUPSUSPOW' }, { status: 400 }).requestId).toBe('RUPSUSPOW');
    expect(normalizeError({ status: 'error', code: -1, name: 'Invalid_Key', message: 'Invalid API key' }, { status: 500 })).toMatchObject({ kind: 'unauthenticated', retryable: false });
    expect(normalizeError({ errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of hourly API invocations has been exceeded.' }, { status: 400 }).kind).toBe('rate_limited');
  });

  it("reads MediaWiki's failures at HTTP 200: a Retry-After makes an unnamed failure a passing outage, missing titles, logged-out users, blocks", () => {
    const lag = { error: { code: 'maxlag', info: 'Waiting for db1150: 7 seconds lagged', '*': 'See https://www.mediawiki.org/w/api.php' } };
    expect(normalizeError(lag, { status: 200, headers: { 'retry-after': '5' } })).toMatchObject({ kind: 'unavailable', retryable: true, retryAfterMs: 5000 });
    expect(normalizeError(lag, { status: 200 }).kind).toBe('unknown');
    expect(normalizeError({ error: { code: 'missingtitle', info: "The page you specified doesn't exist." } }, { status: 200 }).kind).toBe('not_found');
    expect(normalizeError({ error: { code: 'missingparam', info: 'The "title" parameter must be set.' } }, { status: 200 }).kind).toBe('validation');
    expect(normalizeError({ error: { code: 'assertuserfailed', info: 'You are no longer logged in.' } }, { status: 200 }).kind).toBe('unauthenticated');
    expect(normalizeError({ error: { code: 'autoblocked', info: 'Your IP address has been blocked automatically.' } }, { status: 200 }).kind).toBe('forbidden');
  });

  it('reads OMDb, Overpass, ExchangeRate-API, Open Exchange Rates, Fixer and Hunter by their own keys', () => {
    expect(normalizeError({ Response: 'False', Error: 'Movie not found!' }, { status: 200 })).toMatchObject({ kind: 'not_found', message: 'Movie not found!' });
    expect(normalizeError({ elements: [], remark: 'runtime error: Query timed out in "query" at line 1 after 181 seconds.' }, { status: 200 }).kind).toBe('timeout');
    expect(normalizeError({ result: 'error', 'error-type': 'quota-reached' }, { status: 403 })).toMatchObject({ kind: 'quota', code: 'quota-reached' });
    expect(normalizeError({ result: 'error', 'error-type': 'invalid-key' }, { status: 200 }).kind).toBe('unauthenticated');
    const oxr = { error: true, status: 401, message: 'invalid_app_id', description: 'Invalid App ID provided.' };
    expect(normalizeError(oxr, { status: 401 })).toMatchObject({ kind: 'unauthenticated', code: 'invalid_app_id', message: 'Invalid App ID provided.' });
    expect(normalizeError({ success: false, error: { code: 105, type: 'base_currency_access_restricted' } }, { status: 200 }).kind).toBe('forbidden');
    expect(normalizeError({ errors: [{ id: 'wrong_params', code: 400, details: 'You are missing the domain parameter' }] }, { status: 400 })).toMatchObject({ code: 'wrong_params', message: 'You are missing the domain parameter' });
  });

  it('reads too many sources as bad input but too many requests as a rate, a rate named at 503, a monthly rate limit as a cap, and a lost database as the server', () => {
    expect(normalizeError({ status: 'error', code: 'sourcesTooMany', message: 'You have requested too many sources in a single request.' }, { status: 400 }).kind).toBe('validation');
    expect(kindFromCodes('Too many verification code requests', undefined)).toBe('rate_limited');
    expect(normalizeError({ error: 'Your requests are exceeding the allowable rate limit.' }, { status: 503 }).kind).toBe('rate_limited');
    expect(normalizeError({ status: { error_code: 1010, error_message: "You've exceeded your API Key's monthly rate limit." } }, { status: 429 }).kind).toBe('quota');
    expect(normalizeError({ data: { error: 'Failed to connect to the DB', request: '/3/image' }, success: false, status: 400 }, { status: 400 })).toMatchObject({ kind: 'server', retryable: true });
    expect(normalizeError({ meta: { status: 503, msg: 'API_ERROR', response_id: '5af21c16' } }, { status: 503 }).requestId).toBe('5af21c16');
  });

  it('reads a Response-like wrapper the same from the wire as handed over parsed', async () => {
    const body = { data: { error: 'These actions are forbidden.', request: '/3/image', method: 'POST' }, success: false, status: 400 };
    const parsed = normalizeError(body, { status: 400 });
    const wire = await normalizeResponse(new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } }));
    expect([wire.kind, wire.message, wire.code]).toEqual([parsed.kind, parsed.message, parsed.code]);
    expect(wire.kind).toBe('forbidden');
  });
});
