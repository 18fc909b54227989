import { useContext } from 'react';
import { ErrataContext } from './ErrataContext.js';
import type { ErrataContextValue } from './ErrataContext.js';

/**
 * The provider's store, QueryClient and copy settings.
 * Throws when used outside `<ErrataProvider>`, so a missing provider fails loudly, not silently.
 *
 * @example
 * const { store } = useErrata();
 * store.getState().report(error);
 */
export function useErrata(): ErrataContextValue {
  const context = useContext(ErrataContext);
  if (context === null) throw new Error('useErrata must be used inside <ErrataProvider>');
  return context;
}
