// Formats apps meet beyond the seeds: problem details, JSON:API, GraphQL, tRPC and JSON-RPC, validation maps, proxies,
// no network.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

export default {
  title: 'Supported APIs/Generic dialects',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const ProblemDetails = apiCase('RFC 9457 problem details', {
  path: '/orders',
  method: 'POST',
  request: { quantity: 0 },
  status: 422,
  contentType: 'application/problem+json',
  body: {
    type: 'https://example.com/probs/validation',
    title: 'Your request is not valid.',
    status: 422,
    detail: 'One field needs attention.',
    errors: [{ pointer: '#/quantity', detail: 'must be at least 1' }],
  },
  expected: { kind: 'validation', retryable: false, fields: [['quantity', 'must be at least 1']] },
});

export const JsonApiErrors = apiCase('JSON:API', {
  path: '/articles',
  method: 'POST',
  request: { data: { type: 'articles', attributes: {} } },
  status: 422,
  contentType: 'application/vnd.api+json',
  body: {
    errors: [
      { status: '422', source: { pointer: '/data/attributes/title' }, title: 'Invalid Attribute', detail: 'Title must be present.' },
    ],
  },
  expected: { kind: 'validation', retryable: false, fields: [['title', 'Title must be present.']] },
});

export const GraphQLErrorsIn200 = apiCase('GraphQL', {
  path: '/graphql',
  method: 'POST',
  request: { query: '{ viewer { login } }' },
  status: 200,
  body: { data: null, errors: [{ message: 'Not authorised to view this', extensions: { code: 'FORBIDDEN' } }] },
  expected: { kind: 'forbidden', code: 'FORBIDDEN', retryable: false },
});

export const TrpcInputError = apiCase('tRPC input that failed its Zod schema', {
  path: '/trpc/post.create',
  method: 'POST',
  request: { title: '' },
  status: 400,
  body: {
    error: {
      message: JSON.stringify([{ code: 'too_small', minimum: 1, type: 'string', inclusive: true, message: 'Enter a title', path: ['title'] }], null, 2),
      code: -32600,
      data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'post.create' },
    },
  },
  expected: { kind: 'validation', code: 'BAD_REQUEST', retryable: false, fields: [['title', 'Enter a title']] },
});

export const JsonRpcError = apiCase('JSON-RPC 2.0 (an Ethereum node at its daily cap)', {
  path: '/rpc',
  method: 'POST',
  request: { jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] },
  status: 200,
  body: { jsonrpc: '2.0', id: 1, error: { code: -32005, message: 'daily request count exceeded, request rate limited' } },
  expected: { kind: 'rate_limited', code: '-32005', retryable: true },
});

export const ValidationMap = apiCase('Framework validation map', {
  path: '/signup',
  method: 'POST',
  request: { email: '' },
  status: 422,
  body: { message: 'The given data was invalid.', errors: { email: ['Enter an email address'], 'address.city': ['Enter a city'] } },
  expected: {
    kind: 'validation',
    retryable: false,
    fields: [
      ['email', 'Enter an email address'],
      ['address.city', 'Enter a city'],
    ],
  },
});

export const HtmlProxyPage = apiCase('nginx in front of a dead upstream', {
  path: '/reports',
  status: 502,
  contentType: 'text/html',
  body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  expected: { kind: 'unavailable', retryable: true },
});

export const NetworkFailure = apiCase('No network', {
  path: '/reports',
  status: 0,
  body: null,
  networkError: true,
  expected: { kind: 'network', retryable: true },
});

export const EmptyBody500 = apiCase('Empty 500', {
  path: '/reports',
  status: 500,
  body: null,
  expected: { kind: 'server', retryable: true },
});
