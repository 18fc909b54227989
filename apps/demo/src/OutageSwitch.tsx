import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, json } from './api.js';

const MODES = [
  ['none', 'Healthy'],
  ['unavailable', '503 Service unavailable'],
  ['server', '500 Internal error'],
  ['html', '502 HTML proxy page'],
  ['slow', 'Slow (requests time out)'],
  ['network', 'Connection dropped'],
] as const;
type Mode = (typeof MODES)[number][0];

/** Switches the local API into an outage; the switch itself is never affected by it. */
export function OutageSwitch() {
  const headingId = useId();
  const queryClient = useQueryClient();
  // The person's pick shows at once; waiting for the mutation's state would flip the radio back for a render.
  const [chosen, setChosen] = useState<Mode>();
  const outage = useQuery({
    queryKey: ['outage'],
    queryFn: ({ signal }) => api<{ mode: Mode }>('/outage', { signal }),
    meta: { errata: false },
  });
  const set = useMutation({
    mutationFn: (mode: Mode) => api<{ mode: Mode }>('/outage', { method: 'POST', ...json({ mode }) }),
    onSuccess: (data) => {
      queryClient.setQueryData(['outage'], data);
      // Refetch over cached data: a failure now is a background failure, shown as a toast.
      return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'outage' });
    },
    // Then the server's answer (already in the cache) is what the radios show.
    onSettled: () => setChosen(undefined),
    meta: { errata: false },
  });
  const current = chosen ?? outage.data?.mode ?? 'none';

  return (
    <section aria-labelledby={headingId} data-demo-card="">
      <h2 id={headingId}>Outage switch</h2>
      <fieldset>
        <legend>How the API behaves</legend>
        {MODES.map(([mode, label]) => (
          <label key={mode} data-demo-block="">
            <input
              type="radio"
              name="outage"
              value={mode}
              checked={current === mode}
              onChange={() => {
                setChosen(mode);
                set.mutate(mode);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        data-errata-button="secondary"
        onClick={() => void api('/reset', { method: 'POST' }).then(() => queryClient.invalidateQueries())}
      >
        Reset the demo
      </button>
    </section>
  );
}
