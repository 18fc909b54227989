import type { StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect } from 'storybook/test';
import type { ErrorKind } from '@errata/headless';
import type { ApiErrorPreview } from './ApiErrorPreview.js';

export type PreviewStory = StoryObj<typeof ApiErrorPreview>;

/** One vendor answer to mock, and what Errata must make of it. */
export interface ApiCase {
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Request body sent as JSON. */
  request?: unknown;
  /** HTTP status of the answer. */
  status: number;
  /** JSON body (object) or raw text (HTML, plain); `null` for an empty body. */
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** No response at all (connection refused, offline, CORS). */
  networkError?: boolean;
  expected: {
    kind: ErrorKind;
    code?: string;
    retryable: boolean;
    /** [field path, server text] pairs shown as field hints. */
    fields?: [string, string][];
    retryAfter?: string;
    requestId?: string;
    /** Words the headline must contain. */
    title?: RegExp;
  };
}

/** A story that mocks the vendor's answer with MSW and checks what Errata shows. */
export function apiCase(api: string, spec: ApiCase): PreviewStory {
  const method = spec.method ?? 'GET';
  const handler = http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](spec.path, () => {
    if (spec.networkError) return HttpResponse.error();
    const headers = new Headers(spec.headers);
    if (spec.body === null) return new HttpResponse(null, { status: spec.status, headers });
    if (typeof spec.body === 'string') {
      headers.set('content-type', spec.contentType ?? 'text/plain');
      return new HttpResponse(spec.body, { status: spec.status, headers });
    }
    headers.set('content-type', spec.contentType ?? 'application/json');
    return new HttpResponse(JSON.stringify(spec.body), { status: spec.status, headers });
  });

  return {
    args: { api, path: spec.path, method, body: spec.request },
    parameters: { msw: { handlers: [handler] } },
    play: async ({ canvas }) => {
      const { expected } = spec;
      await expect(await canvas.findByRole('row', { name: `Kind ${expected.kind}` })).toBeVisible();
      const status = spec.networkError ? 'none' : String(spec.status);
      await expect(canvas.getByRole('row', { name: `HTTP status ${status}` })).toBeVisible();
      await expect(canvas.getByRole('row', { name: `Retryable ${expected.retryable ? 'yes' : 'no'}` })).toBeVisible();
      if (expected.code) await expect(canvas.getByRole('row', { name: `Code ${expected.code}` })).toBeVisible();
      if (expected.retryAfter) {
        await expect(canvas.getByRole('row', { name: `Retry after ${expected.retryAfter}` })).toBeVisible();
      }
      if (expected.requestId) {
        await expect(canvas.getByRole('row', { name: `Request ID ${expected.requestId}` })).toBeVisible();
      }
      const person = canvas.getByRole('region', { name: 'What the person reads' });
      const headline = person.querySelector('h3');
      await expect(headline?.textContent ?? '').not.toBe('');
      if (expected.title) await expect(headline?.textContent ?? '').toMatch(expected.title);
      // Server text is text: no markup from the body ever becomes an element.
      await expect(canvas.queryByRole('img')).toBeNull();
      const hints = canvas.queryAllByText((_, element) => element?.hasAttribute('data-errata-field-hint') ?? false);
      await expect(hints.map((hint) => hint.textContent)).toEqual((expected.fields ?? []).map(([, message]) => `Error: ${message}`));
      for (const [field] of expected.fields ?? []) await expect(canvas.getByText(field, { selector: 'code' })).toBeVisible();
    },
  };
}
