import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import { normalizeError } from '@errata/headless';
import { ErrorFallback } from './ErrorFallback.js';

// Errors built from the seed pages' own bodies, normalized as an app would receive them.
const serverError = normalizeError(
  { error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } },
  { status: 500, headers: { 'x-request-id': 'req_8f3a2c91d4e7' }, method: 'GET', url: 'https://api.example.com/v1/jobs?api_key=sk_live_51Hx9fake0123456789abcdef' },
);
const unavailable = normalizeError(
  { error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } },
  { status: 503, headers: { 'retry-after': '5', 'x-request-id': 'req_51aa' }, method: 'GET', url: '/api/wallet' },
);
const notFound = normalizeError(
  { success: false, error: { code: 'NOT_FOUND', message: 'Lead not found' } },
  { status: 404, method: 'GET', url: '/api/leads/lead_404' },
);
const forbidden = normalizeError(
  { error: 'Enterprise billing access denied', reason: 'payment_unpaid', status: 'unpaid' },
  { status: 403, method: 'GET', url: '/api/v1/dataleaks/stats' },
);
const network = normalizeError(new TypeError('Failed to fetch'), { method: 'GET', url: '/api/wallet' });
const timeout = normalizeError(new DOMException('The operation timed out.', 'TimeoutError'), { method: 'GET', url: '/api/wallet' });
const aborted = normalizeError(new DOMException('The user aborted a request.', 'AbortError'));

const meta = {
  title: 'Components/ErrorFallback',
  component: ErrorFallback,
  args: { error: serverError, onRetry: fn(), focusOnMount: false },
} satisfies Meta<typeof ErrorFallback>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServerError: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const region = canvas.getByRole('region');
    const heading = canvas.getByRole('heading', { level: 2 });
    await expect(region).toHaveAccessibleName(heading.textContent ?? '');
    await expect(canvas.getByText('Request ID: req_8f3a2c91d4e7')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Unavailable: Story = {
  args: { error: unavailable },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Request ID: req_51aa')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

export const Offline: Story = {
  args: { error: network },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2 })).toBeVisible();
    // No response, so no request id to show.
    await expect(canvas.queryByText(/Request ID/)).toBeNull();
  },
};

export const TimedOut: Story = { args: { error: timeout } };

export const NotFoundWithoutRetry: Story = {
  args: { error: notFound, onRetry: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Copy details' })).toBeVisible();
  },
};

export const Forbidden: Story = { args: { error: forbidden, onRetry: undefined } };

export const CustomWords: Story = {
  args: {
    title: "The wallet didn't load",
    description: 'Your checks are safe. Retry, or copy the details for support.',
    headingLevel: 3,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 3, name: "The wallet didn't load" })).toBeVisible();
    await expect(canvas.getByText('Your checks are safe. Retry, or copy the details for support.')).toBeVisible();
  },
};

export const AppMessagesOverride: Story = {
  args: { messages: { server: { title: 'Reports are down', description: 'We are on it.' } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Reports are down' })).toBeVisible();
  },
};

export const CopyDetails: Story = {
  play: async ({ canvas, userEvent }) => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy details' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Details copied');
    const report = String(writeText.mock.calls[0]?.[0]);
    await expect(report).toContain('req_8f3a2c91d4e7');
    await expect(report).not.toContain('sk_live_');
    writeText.mockRestore();
  },
};

export const CopyRefusedShowsTextToCopy: Story = {
  play: async ({ canvas, userEvent }) => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await userEvent.click(canvas.getByRole('button', { name: 'Copy details' }));
    const box = await canvas.findByRole('textbox', { name: 'Details for support' });
    await expect(box).toHaveAttribute('readonly');
    await expect((box as HTMLTextAreaElement).value).toContain('req_8f3a2c91d4e7');
    await expect((box as HTMLTextAreaElement).value).not.toContain('sk_live_');
    writeText.mockRestore();
  },
};

export const TakesFocusWhenFocusWasLost: Story = {
  args: { focusOnMount: 'auto' },
  play: async ({ canvas }) => {
    // The story mounts with focus on <body>, as after the focused part of a page failed and unmounted.
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveFocus());
  },
};

export const AbortedRendersNothing: Story = {
  args: { error: aborted },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-errata-error-fallback]')).toBeNull();
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: { title: 'تعذر تحميل المحفظة', description: 'أعد المحاولة أو انسخ التفاصيل للدعم.' },
};
