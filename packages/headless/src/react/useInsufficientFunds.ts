import { useMemo } from 'react';
import type { ApiError } from '../ApiError.js';
import type { FundsFigures } from '../store/readFundsFigures.js';
import { useErrata } from './useErrata.js';
import { useErrataStore } from './useErrataStore.js';

/** The insufficient-funds banner state. */
export interface InsufficientFundsView extends FundsFigures {
  active: boolean;
  error: ApiError | null;
  /** Clears the banner once funds were added. */
  resolve: () => void;
}

/**
 * The sticky insufficient-funds state with the figures the server sent; stays until `resolve()`.
 *
 * @example
 * const funds = useInsufficientFunds();
 * if (funds.active) return <Banner>Add funds <button onClick={openBilling}>Add funds</button></Banner>;
 */
export function useInsufficientFunds(): InsufficientFundsView {
  const { store } = useErrata();
  const funds = useErrataStore((state) => state.insufficientFunds);
  return useMemo(
    () => ({
      ...funds,
      active: funds !== null,
      error: funds?.error ?? null,
      resolve: () => store.getState().resolve('insufficient_funds'),
    }),
    [funds, store],
  );
}
