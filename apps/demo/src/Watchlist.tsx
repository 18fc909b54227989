import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiError, useFieldErrors, useQuota } from '@errata/headless';
import { ErrorFallback, FieldHint } from '@errata/ui';
import { api, json } from './api.js';

interface WatchlistData {
  domains: string[];
  used: number;
  limit: number;
}

/** A Defendis-style watchlist: the eleventh domain hits the workspace quota (409) and the quota banner. */
export function Watchlist() {
  const ids = { heading: useId(), input: useId(), error: useId() };
  const [domain, setDomain] = useState('');
  const [edited, setEdited] = useState(false);
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['watchlist'], queryFn: ({ signal }) => api<WatchlistData>('/watchlist', { signal }) });
  const quota = useQuota();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['watchlist'] });
  const add = useMutation({
    mutationFn: (name: string) => api<WatchlistData>('/watchlist', { method: 'POST', ...json({ domain: name }) }),
    onSuccess: () => {
      setDomain('');
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (name: string) => api(`/watchlist/${encodeURIComponent(name)}`, { method: 'DELETE' }),
    // A freed slot ends the quota state.
    onSuccess: () => quota.resolve(),
    onSettled: refresh,
  });
  const addError = useApiError(add.error);
  // Defendis names no field, so a 400 becomes the domain field's message.
  const fieldErrors = useFieldErrors(add.error);
  const domainMessage =
    !edited && addError?.error.kind === 'validation' ? (fieldErrors.get('domain') ?? fieldErrors.formErrors[0]) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEdited(false);
    add.mutate(domain.trim());
  };

  return (
    <section aria-labelledby={ids.heading} data-demo-card="">
      <h2 id={ids.heading}>Watchlist</h2>
      {list.isError && !list.data ? <ErrorFallback error={list.error} onRetry={() => void list.refetch()} headingLevel={3} /> : null}
      {list.data ? (
        <>
          <p>
            {list.data.used} of {list.data.limit} domains watched.
          </p>
          <ul data-demo-domains="">
            {list.data.domains.map((name) => (
              <li key={name}>
                {name}{' '}
                <button type="button" data-errata-button="secondary" onClick={() => remove.mutate(name)} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div data-demo-field="">
          <label htmlFor={ids.input}>Domain to watch</label>
          <FieldHint id={ids.error} error={domainMessage} />
          <input
            id={ids.input}
            value={domain}
            data-errata-invalid=""
            aria-invalid={domainMessage ? true : undefined}
            aria-describedby={domainMessage ? ids.error : undefined}
            onChange={(event) => {
              setDomain(event.target.value);
              setEdited(true);
            }}
          />
        </div>
        <button type="submit" data-errata-button="primary">
          Add domain
        </button>
        {addError && !['validation', 'quota', 'rate_limited', 'aborted'].includes(addError.error.kind) ? (
          <p role="alert">{addError.title}</p>
        ) : null}
      </form>
    </section>
  );
}
