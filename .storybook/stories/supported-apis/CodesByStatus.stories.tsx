// Seed 003: `{ error: { code, message } }`, codes grouped by HTTP status in the vendor's tables.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

const API = 'Jobs API';
export default {
  title: 'Supported APIs/003 codes by status',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const SuspendedAccount = apiCase(API, {
  path: '/jobs',
  status: 403,
  body: { error: { code: 'SUSPENDED_ACCOUNT', message: 'The client account has been suspended' } },
  expected: { kind: 'forbidden', code: 'SUSPENDED_ACCOUNT', retryable: false },
});

export const ExpiredApiKey = apiCase(API, {
  path: '/jobs',
  status: 401,
  body: { error: { code: 'EXPIRED_API_KEY', message: 'The API key has expired' } },
  expected: { kind: 'unauthenticated', code: 'EXPIRED_API_KEY', retryable: false },
});

export const InsufficientBalanceIn400 = apiCase(API, {
  path: '/jobs',
  method: 'POST',
  request: { type: 'scan' },
  status: 400,
  body: { error: { code: 'INSUFFICIENT_BALANCE', message: 'Account balance is below the minimum required' } },
  expected: { kind: 'insufficient_funds', code: 'INSUFFICIENT_BALANCE', retryable: false },
});

export const JobNotFound = apiCase(API, {
  path: '/jobs/job_42',
  status: 404,
  body: { error: { code: 'JOB_NOT_FOUND', message: 'The specified job was not found' } },
  expected: { kind: 'not_found', code: 'JOB_NOT_FOUND', retryable: false },
});

export const DatabaseError = apiCase(API, {
  path: '/jobs',
  status: 500,
  headers: { 'x-request-id': 'req_db_0042' },
  body: { error: { code: 'DATABASE_ERROR', message: 'A database error occurred' } },
  expected: { kind: 'server', code: 'DATABASE_ERROR', retryable: true, requestId: 'req_db_0042' },
});

export const ServiceUnavailable = apiCase(API, {
  path: '/jobs',
  status: 503,
  headers: { 'retry-after': '5' },
  body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } },
  expected: { kind: 'unavailable', code: 'SERVICE_UNAVAILABLE', retryable: true },
});
