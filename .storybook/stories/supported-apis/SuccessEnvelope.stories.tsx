// Seed 002: `{ success: false, error: { code, message, details? } }`; details.field names the input.
import type { Meta } from '@storybook/react-vite';
import { ApiErrorPreview } from './ApiErrorPreview.js';
import { apiCase } from './apiCase.js';

const API = 'Leads API';
export default {
  title: 'Supported APIs/002 success-false envelope',
  component: ApiErrorPreview,
} satisfies Meta<typeof ApiErrorPreview>;

export const ValidationErrorOnEmail = apiCase(API, {
  path: '/leads',
  method: 'POST',
  request: { email: 'ada', phone: '14567890000' },
  status: 400,
  body: {
    success: false,
    error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } },
  },
  expected: { kind: 'validation', code: 'VALIDATION_ERROR', retryable: false, fields: [['email', 'Invalid email format']] },
});

export const MissingField = apiCase(API, {
  path: '/leads',
  method: 'POST',
  request: { email: 'ada@example.com' },
  status: 400,
  body: { success: false, error: { code: 'MISSING_FIELD', message: 'Required field missing', details: { field: 'phone' } } },
  expected: { kind: 'validation', code: 'MISSING_FIELD', retryable: false, fields: [['phone', 'Required field missing']] },
});

export const AlreadyExists = apiCase(API, {
  path: '/leads',
  method: 'POST',
  request: { email: 'ada@example.com', phone: '14567890000' },
  status: 409,
  body: { success: false, error: { code: 'ALREADY_EXISTS', message: 'A lead with this phone number already exists' } },
  expected: { kind: 'conflict', code: 'ALREADY_EXISTS', retryable: false },
});

export const RateLimitWithRetryAfterInBody = apiCase(API, {
  path: '/leads',
  status: 429,
  body: { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', details: { retry_after: 60 } } },
  expected: { kind: 'rate_limited', code: 'RATE_LIMIT_EXCEEDED', retryable: true, retryAfter: '60000 ms' },
});

export const Forbidden = apiCase(API, {
  path: '/leads/lead_1',
  status: 403,
  body: { success: false, error: { code: 'FORBIDDEN', message: "You don't have permission to access this resource" } },
  expected: { kind: 'forbidden', code: 'FORBIDDEN', retryable: false },
});
