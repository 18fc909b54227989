import { useId } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createIdempotencyKey, useApiError } from '@errata/headless';
import { ErrorFallback } from '@errata/ui';
import { api, json } from './api.js';

interface Wallet {
  balance: number;
  check_cost: number;
  currency: string;
}

/** The wallet: a first-load failure shows the error fallback in place; a top-up fixes INSUFFICIENT_FUNDS. */
export function WalletPanel() {
  const headingId = useId();
  const queryClient = useQueryClient();
  const wallet = useQuery({ queryKey: ['wallet'], queryFn: ({ signal }) => api<Wallet>('/wallet', { signal }) });
  const topUp = useMutation({
    mutationFn: (amount: number) => api<Wallet>('/wallet/topup', { method: 'POST', idempotencyKey: createIdempotencyKey(), ...json({ amount }) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['wallet'] }),
  });
  const topUpError = useApiError(topUp.error);

  return (
    <section aria-labelledby={headingId} data-demo-card="">
      <h2 id={headingId}>Wallet</h2>
      {wallet.isPending ? <p role="status">Loading the wallet…</p> : null}
      {wallet.isError && !wallet.data ? (
        <ErrorFallback error={wallet.error} onRetry={() => void wallet.refetch()} headingLevel={3} />
      ) : null}
      {wallet.data ? (
        <>
          <p data-demo-balance="">
            Balance: <strong>{wallet.data.balance.toFixed(2)} {wallet.data.currency}</strong>. A check costs{' '}
            {wallet.data.check_cost.toFixed(2)}.
          </p>
          <button type="button" data-errata-button="secondary" onClick={() => topUp.mutate(5)} disabled={topUp.isPending}>
            Add 5.00 to the wallet
          </button>
          <p role="status">{topUp.isSuccess ? 'Funds added.' : ''}</p>
          {topUpError ? <p role="alert">{topUpError.title}</p> : null}
        </>
      ) : null}
    </section>
  );
}
