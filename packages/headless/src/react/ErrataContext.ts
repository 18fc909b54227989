import { createContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { MessageOverrides, TranslateFn } from '../messages/ErrorMessage.js';
import type { ErrorStore } from '../store/ErrorStoreState.js';

/** What `<ErrataProvider>` shares with the hooks. */
export interface ErrataContextValue {
  store: ErrorStore;
  client?: QueryClient;
  messages?: MessageOverrides;
  t?: TranslateFn;
}

/** Holds the provider's store, client and copy settings; `null` outside a provider. */
export const ErrataContext = createContext<ErrataContextValue | null>(null);
ErrataContext.displayName = 'ErrataContext';
