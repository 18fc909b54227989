/// <reference types="@testing-library/jest-dom/vitest" />
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import { ErrataProvider } from '../../src/react/ErrataProvider.js';
import type { ErrataProviderProps } from '../../src/react/ErrataProvider.js';
import { useErrorToasts } from '../../src/react/useErrorToasts.js';
import { useInsufficientFunds } from '../../src/react/useInsufficientFunds.js';
import { useOnline } from '../../src/react/useOnline.js';
import { useQuota } from '../../src/react/useQuota.js';
import { createErrorStore } from '../../src/store/createErrorStore.js';
import type { ErrorStore } from '../../src/store/ErrorStoreState.js';

// Seed bodies, verbatim.
const unavailable = () => normalizeError({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' } }, { status: 503 });
const outOfFunds = () =>
  normalizeError({ status: false, error_type: 'INSUFFICIENT_FUNDS', error_message: 'You do not have enough funds to perform this request' });
const emailRejected = () =>
  normalizeError(
    { success: false, error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } } },
    { status: 400 },
  );
const quotaReached = () => normalizeError({ error: 'quota_domains_reached', metric: 'domains', used: 10, limit: 10, requestedIncrement: 1 }, { status: 409 });
const unavailableTitle = "We're having trouble connecting";

let client: QueryClient;
let store: ErrorStore;
let pricesFail: boolean;
let pricesCalls: number;

function Prices({ meta, retry = false }: { meta?: Record<string, unknown>; retry?: number | false }) {
  const query = useQuery({
    retry,
    retryDelay: 0,
    queryKey: ['prices'],
    queryFn: async () => {
      pricesCalls++;
      if (pricesFail) throw unavailable();
      return 'EUR 12.40';
    },
    meta,
  });
  return <p>{query.data ?? (query.isError ? 'Prices failed inline' : 'Loading')}</p>;
}

function Toasts() {
  const { visible, retry } = useErrorToasts();
  return (
    <ul aria-label="Notifications">
      {visible.map((toast) => (
        <li key={toast.id}>
          <span>{toast.title}</span>
          {toast.description && <span> {toast.description}</span>}
          {toast.count > 1 && <span> ×{toast.count}</span>}
          {toast.retry && <button onClick={() => retry(toast.id)}>Retry</button>}
        </li>
      ))}
    </ul>
  );
}

function setup(children: ReactNode, props: Partial<ErrataProviderProps> = {}) {
  return render(
    <QueryClientProvider client={client}>
      <ErrataProvider client={client} store={store} {...props}>
        {children}
        <Toasts />
      </ErrataProvider>
    </QueryClientProvider>,
  );
}

const refetchPrices = () => act(() => client.refetchQueries({ queryKey: ['prices'] }));

beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  store = createErrorStore();
  pricesFail = false;
  pricesCalls = 0;
});
afterEach(() => client.clear());

describe('ErrataProvider with a real QueryClient', () => {
  it('toasts a background refetch failure over cached data, and removes the toast when the query recovers', async () => {
    setup(<Prices />);
    expect(await screen.findByText('EUR 12.40')).toBeInTheDocument();
    pricesFail = true;
    await refetchPrices();
    expect(await screen.findByText(unavailableTitle)).toBeInTheDocument();
    expect(screen.getByText('EUR 12.40')).toBeInTheDocument();
    pricesFail = false;
    await refetchPrices();
    await waitFor(() => expect(screen.queryByText(unavailableTitle)).not.toBeInTheDocument());
    expect(store.getState().history[0]?.status).toBe('resolved');
  });

  it("words a toast with the app's own messages and translation function", async () => {
    pricesFail = false;
    setup(<Prices />, {
      messages: { unavailable: 'Prices are paused' },
      t: (key, _params, fallback) => (key === 'errata.kind.unavailable.description' ? 'Les prix reviennent bientôt' : fallback),
    });
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    expect(await screen.findByText('Prices are paused')).toBeInTheDocument();
    const toasts = screen.getByRole('list', { name: 'Notifications' });
    expect(toasts).not.toHaveTextContent(unavailableTitle);
    expect(toasts).toHaveTextContent('Les prix reviennent bientôt');
  });

  it('removes a query\'s toast when the query leaves the cache', async () => {
    setup(<Prices />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    await screen.findByText(unavailableTitle);
    act(() => client.removeQueries({ queryKey: ['prices'] }));
    await waitFor(() => expect(screen.queryByText(unavailableTitle)).not.toBeInTheDocument());
  });

  it('reports only the final failure, not each retried attempt', async () => {
    setup(<Prices retry={2} />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    pricesCalls = 0;
    await refetchPrices();
    await screen.findByText(unavailableTitle);
    expect(pricesCalls).toBe(3);
    store.getState().flush();
    expect(store.getState().toasts.map((t) => t.count)).toEqual([1]);
    expect(store.getState().history).toHaveLength(1);
  });

  it('retries a toast\'s query from its Retry button', async () => {
    const user = userEvent.setup();
    setup(<Prices />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    await screen.findByText(unavailableTitle);
    pricesFail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(unavailableTitle)).not.toBeInTheDocument());
  });

  it('leaves a first-load failure to the component: no toast, only a history entry', async () => {
    pricesFail = true;
    setup(<Prices />);
    expect(await screen.findByText('Prices failed inline')).toBeInTheDocument();
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().history[0]).toMatchObject({ source: 'query', status: 'recorded' });
  });

  it('toasts a first-load failure when reportFirstLoadErrors is set', async () => {
    pricesFail = true;
    setup(<Prices />, { reportFirstLoadErrors: true });
    expect(await screen.findByText(unavailableTitle)).toBeInTheDocument();
  });

  it('ignores a query whose meta says errata: false', async () => {
    setup(<Prices meta={{ errata: false }} />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().history).toHaveLength(0);
  });

  it('uses the query\'s own words from meta.errata.message', async () => {
    setup(<Prices meta={{ errata: { message: 'Prices could not refresh' } }} />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    expect(await screen.findByText('Prices could not refresh')).toBeInTheDocument();
  });

  it('keeps a silent query out of toasts', async () => {
    setup(<Prices meta={{ errata: { silent: true } }} />);
    await screen.findByText('EUR 12.40');
    pricesFail = true;
    await refetchPrices();
    store.getState().flush();
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().history).toHaveLength(1);
  });

  it('sends a mutation\'s insufficient-funds error to the sticky funds state', async () => {
    const user = userEvent.setup();
    function RunCheck() {
      const mutation = useMutation({ mutationFn: async () => Promise.reject(outOfFunds()) });
      const funds = useInsufficientFunds();
      return (
        <>
          <button onClick={() => mutation.mutate()}>Run check</button>
          {funds.active && <div role="alert">Out of funds: {funds.error?.code}</div>}
        </>
      );
    }
    setup(<RunCheck />);
    await user.click(screen.getByRole('button', { name: 'Run check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Out of funds: INSUFFICIENT_FUNDS');
    expect(store.getState().toasts).toHaveLength(0);
  });

  it('reports a mutation\'s validation error to nobody, and its quota error to the quota state', async () => {
    const user = userEvent.setup();
    function Forms() {
      const save = useMutation({ mutationFn: async () => Promise.reject(emailRejected()) });
      const add = useMutation({ mutationFn: async () => Promise.reject(quotaReached()) });
      const quota = useQuota();
      return (
        <>
          <button onClick={() => save.mutate()}>Save</button>
          <button onClick={() => add.mutate()}>Add domain</button>
          {save.isError && <p>Form shows its errors</p>}
          {quota.active && <p>{`Used ${quota.used} of ${quota.limit} ${quota.metric}`}</p>}
        </>
      );
    }
    setup(<Forms />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Form shows its errors');
    store.getState().flush();
    expect(store.getState().history).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Add domain' }));
    expect(await screen.findByText('Used 10 of 10 domains')).toBeInTheDocument();
  });

  it('toasts a mutation\'s server error without a retry button (a mutation is never re-sent for the person)', async () => {
    const user = userEvent.setup();
    function Save() {
      const save = useMutation({ mutationFn: async () => Promise.reject(unavailable()) });
      return <button onClick={() => save.mutate()}>Save</button>;
    }
    setup(<Save />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(unavailableTitle)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('calls onUnauthenticated when a query fails with a 401', async () => {
    const onUnauthenticated = vi.fn();
    function Me() {
      useQuery({
        queryKey: ['me'],
        queryFn: async () => Promise.reject(normalizeError({ error: { code: 'EXPIRED_API_KEY', message: 'The API key has expired' } }, { status: 401 })),
      });
      return null;
    }
    setup(<Me />, { onUnauthenticated });
    await waitFor(() => expect(onUnauthenticated).toHaveBeenCalledOnce());
    expect(onUnauthenticated.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthenticated', code: 'EXPIRED_API_KEY' });
  });

  it('follows the window\'s offline and online events', async () => {
    function Status() {
      return <p>{useOnline() ? 'Online' : 'Offline'}</p>;
    }
    setup(<Status />);
    expect(screen.getByText('Online')).toBeInTheDocument();
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
      store.getState().flush();
    });
    expect(screen.getByText('Offline')).toBeInTheDocument();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
      store.getState().flush();
    });
    expect(screen.getByText('Online')).toBeInTheDocument();
    onLine.mockRestore();
  });

  it('clears a network error\'s offline state when a query succeeds again', async () => {
    setup(<Prices />);
    await screen.findByText('EUR 12.40');
    act(() => {
      store.getState().report(new TypeError('Failed to fetch'));
      store.getState().flush();
    });
    expect(store.getState().offline).toBe(true);
    await refetchPrices();
    store.getState().flush();
    expect(store.getState().offline).toBe(false);
  });

  it('does not re-render a banner when only the toasts change', async () => {
    let bannerRenders = 0;
    function FundsBanner() {
      const funds = useInsufficientFunds();
      return funds.active ? <p>Add funds</p> : null;
    }
    setup(
      <Profiler id="banner" onRender={() => bannerRenders++}>
        <FundsBanner />
      </Profiler>,
    );
    const before = bannerRenders;
    act(() => {
      for (let i = 0; i < 50; i++) store.getState().report(unavailable());
      store.getState().report(normalizeError({ error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } }, { status: 500 }));
      store.getState().flush();
    });
    expect(await screen.findByText(unavailableTitle)).toBeInTheDocument();
    expect(bannerRenders).toBe(before);
  });
});
