import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, ErrataProvider, getErrorMessage, normalizeError } from '@errata/headless';
import { ErrorFallback } from '@errata/ui';

// Seed 003's server error, with a request id and a secret in the URL and in the body.
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const serverError = normalizeError(
  { error: { code: 'INTERNAL_ERROR', message: `An internal server error occurred (token ${JWT})` }, api_key: 'sk_live_51Hx9fake0123456789abcdef' },
  {
    status: 500,
    headers: { 'x-request-id': 'req_8f3a2c91d4e7' },
    method: 'GET',
    url: 'https://api.example.com/v1/jobs?api_key=sk_live_51Hx9fake0123456789abcdef',
  },
);

describe('ErrorFallback', () => {
  it("shows Errata's words for the error as a heading that names the region", () => {
    render(<ErrorFallback error={serverError} focusOnMount={false} />);
    const { title, description } = getErrorMessage(serverError);
    const heading = screen.getByRole('heading', { level: 2, name: title });
    expect(screen.getByRole('region', { name: title })).toContainElement(heading);
    if (description) expect(screen.getByText(description)).toBeInTheDocument();
  });

  it('offers Retry only when the app can retry, and calls it once per press', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<ErrorFallback error={serverError} onRetry={onRetry} focusOnMount={false} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<ErrorFallback error={serverError} focusOnMount={false} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
  });

  it('shows the request id in secondary text, and nothing about it when there is none', () => {
    const { rerender } = render(<ErrorFallback error={serverError} focusOnMount={false} />);
    expect(screen.getByText('Request ID: req_8f3a2c91d4e7')).toHaveAttribute('data-errata-request-id');
    rerender(<ErrorFallback error={new TypeError('Failed to fetch')} focusOnMount={false} />);
    expect(screen.queryByText(/Request ID/)).toBeNull();
  });

  it('never shows a secret or the server text on screen', () => {
    const { container } = render(<ErrorFallback error={serverError} focusOnMount={false} />);
    expect(container.textContent).not.toContain('sk_live_');
    expect(container.textContent).not.toContain(JWT);
  });

  it('renders markup from a server or an app string as text, never as elements', () => {
    const hostile = new ApiError({ kind: 'server', message: '<img src=x onerror=alert(1)>', status: 500 });
    const { container } = render(
      <ErrorFallback error={hostile} title="<b>bold</b>" description="<script>alert(1)</script>" focusOnMount={false} />,
    );
    expect(screen.getByRole('heading', { name: '<b>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('img, b, script')).toBeNull();
  });

  it('renders nothing for an aborted request', () => {
    const { container } = render(<ErrorFallback error={new DOMException('The user aborted a request.', 'AbortError')} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('moves focus to its heading when focus was lost with the part that failed', () => {
    render(<ErrorFallback error={serverError} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('leaves focus alone when the person is elsewhere on the page', () => {
    render(<button type="button">Elsewhere</button>);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    render(<ErrorFallback error={serverError} />);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it("uses the app's own words from messages and a heading level that fits the page", () => {
    render(
      <ErrorFallback error={serverError} messages={{ INTERNAL_ERROR: { title: 'Reports are down' } }} headingLevel={3} focusOnMount={false} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Reports are down' })).toBeInTheDocument();
  });
});

describe('Copy details', () => {
  it('copies a support report with the request id and status but without any secret', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<ErrorFallback error={serverError} focusOnMount={false} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const report = String(writeText.mock.calls[0]?.[0]);
    expect(report).toContain('req_8f3a2c91d4e7');
    expect(report).toContain('500');
    expect(report).toContain('INTERNAL_ERROR');
    expect(report).not.toContain('sk_live_');
    expect(report).not.toContain(JWT);
    expect(screen.getByRole('status')).toHaveTextContent('Details copied');
  });

  it('shows the report in a read-only box to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    render(<ErrorFallback error={serverError} focusOnMount={false} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Details for support' });
    expect(box).toHaveAttribute('readonly');
    expect(box.value).toContain('req_8f3a2c91d4e7');
    expect(box.value).not.toContain('sk_live_');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('stops saying "copied" after a while, and forgets the attempt when the error changes', async () => {
    vi.useFakeTimers();
    try {
      const writeText = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const { rerender } = render(<ErrorFallback error={serverError} focusOnMount={false} />);
      await act(async () => screen.getByRole('button', { name: 'Copy details' }).click());
      expect(screen.getByRole('status')).toHaveTextContent('Details copied');
      act(() => vi.advanceTimersByTime(4000));
      expect(screen.getByRole('status')).toHaveTextContent('');

      await act(async () => screen.getByRole('button', { name: 'Copy details' }).click());
      expect(screen.getByRole('status')).toHaveTextContent('Details copied');
      rerender(<ErrorFallback error={new TypeError('Failed to fetch')} focusOnMount={false} />);
      expect(screen.getByRole('status')).toHaveTextContent('');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ErrorFallback inside <ErrataProvider>', () => {
  it("uses the provider's words, and its own props win over them", () => {
    const messages = { server: { title: 'The jobs service is down' } };
    const { rerender } = render(
      <ErrataProvider messages={messages}>
        <ErrorFallback error={serverError} focusOnMount={false} />
      </ErrataProvider>,
    );
    expect(screen.getByRole('heading', { name: 'The jobs service is down' })).toBeInTheDocument();
    rerender(
      <ErrataProvider messages={messages}>
        <ErrorFallback error={serverError} messages={{ server: { title: 'Reports are down' } }} focusOnMount={false} />
      </ErrataProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Reports are down' })).toBeInTheDocument();
  });
});
