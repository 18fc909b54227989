import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../../examples/quick-start.js';

// Vitest runs from the repository root (where its config is).
const at = (path: string) => resolve(process.cwd(), path);
const API = 'https://api.example.com/v1';

// The quick start is what a developer pastes into a fresh app: it must be in the README word for word
// and must work against an API that fails the way real ones do.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the README quick start', () => {
  it('is printed in the README exactly as the tested example file', () => {
    const readme = readFileSync(at('README.md'), 'utf8');
    const example = readFileSync(at('examples/quick-start.tsx'), 'utf8');
    expect(readme).toContain('```tsx\n' + example + '```');
  });

  it("puts the server's validation message under the email field and keeps what was typed", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(`${API}/account`, () => HttpResponse.json({ name: 'Ada' })),
      http.post(`${API}/invites`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ message: 'The given data was invalid.', errors: { email: ['Email address must include an @'] } }, { status: 422 });
      }),
    );
    render(<App />);
    expect(await screen.findByText('Signed in as Ada')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email address'), 'ada.example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send invite' }));

    const input = screen.getByLabelText('Email address');
    expect(await screen.findByText('Email address must include an @')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Email address must include an @');
    expect(input).toHaveValue('ada.example.com');
    // A 422 is never retried: the invite was sent once.
    expect(bodies).toEqual([{ email: 'ada.example.com' }]);
  });

  it('shows words for a failed first load instead of a raw status, with a way to retry', async () => {
    server.use(
      http.get(`${API}/account`, () =>
        HttpResponse.json({ error: { code: 'EXPIRED_API_KEY', message: 'The API key has expired' } }, { status: 401 }),
      ),
    );
    render(<App />);
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).not.toMatch(/401|status code/i);
    expect(heading.textContent?.length).toBeGreaterThan(5);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
