// One representative error response per dialect Errata reads: bodies from the seed pages verbatim,
// or from the format's own specification (RFC 9457, jsonapi.org, the GraphQL spec).

const json = 'application/json';

/**
 * @typedef {{ name: string, status: number, contentType: string, text: string, headers?: Record<string, string> }} Fixture
 * @type {Fixture[]}
 */
export const fixtures = [
  {
    name: '000 Defastra (HTTP 200, status:false)',
    status: 200,
    contentType: json,
    text: JSON.stringify({
      status: false,
      error_type: 'INSUFFICIENT_FUNDS',
      error_message: 'You do not have enough funds to perform this request',
    }),
  },
  {
    name: '001 error{code,param,type}',
    status: 400,
    contentType: json,
    text: JSON.stringify({
      error: {
        code: 'missing_parameter',
        message: 'Missing required parameter: amount',
        param: 'amount',
        type: 'invalid_request_error',
      },
    }),
  },
  {
    name: '002 success:false + details',
    status: 400,
    contentType: json,
    text: JSON.stringify({
      success: false,
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Invalid request data',
        details: { field: 'email', reason: 'Invalid email format' },
      },
    }),
  },
  {
    name: '003 error{code,message} 429',
    status: 429,
    contentType: json,
    headers: { 'retry-after': '30' },
    text: JSON.stringify({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded' } }),
  },
  {
    name: '004 Defendis quota (409)',
    status: 409,
    contentType: json,
    text: JSON.stringify({
      error: 'quota_domains_reached',
      metric: 'domains',
      used: 10,
      limit: 10,
      requestedIncrement: 1,
    }),
  },
  {
    name: 'RFC 9457 problem+json',
    status: 422,
    contentType: 'application/problem+json',
    text: JSON.stringify({
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
    }),
  },
  {
    name: 'JSON:API errors[]',
    status: 422,
    contentType: 'application/vnd.api+json',
    text: JSON.stringify({
      errors: [
        {
          status: '422',
          source: { pointer: '/data/attributes/firstName' },
          title: 'Invalid Attribute',
          detail: 'First name must contain at least two characters.',
        },
      ],
    }),
  },
  {
    name: 'GraphQL errors[] (HTTP 200)',
    status: 200,
    contentType: 'application/graphql-response+json',
    text: JSON.stringify({
      errors: [
        {
          message: 'Name for character with ID 1002 could not be fetched.',
          locations: [{ line: 6, column: 7 }],
          path: ['hero', 'heroFriends', 1, 'name'],
        },
      ],
      data: null,
    }),
  },
  {
    name: 'validation map {errors:{f:[…]}}',
    status: 422,
    contentType: json,
    text: JSON.stringify({
      message: 'The given data was invalid.',
      errors: {
        email: ['The email field is required.'],
        password: ['The password must be at least 8 characters.'],
      },
    }),
  },
  {
    name: 'plain text (proxy)',
    status: 503,
    contentType: 'text/plain; charset=utf-8',
    text: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
  },
  {
    name: 'HTML error page (nginx)',
    status: 502,
    contentType: 'text/html',
    text:
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
      '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  },
  {
    name: 'empty body',
    status: 500,
    contentType: '',
    text: '',
  },
];

/** Whether the body is JSON (any `…json` media type). */
export function isJson(fixture) {
  return /json/i.test(fixture.contentType);
}

/** The headers a server would send with this body. */
export function headersOf(fixture) {
  const headers = { 'x-request-id': 'req_7Hq2kL9x', ...fixture.headers };
  if (fixture.contentType) headers['content-type'] = fixture.contentType;
  return headers;
}
