import { useErrorToasts } from '@errata/headless';
import { CopyDetailsButton } from '@errata/ui';

/**
 * A plain toaster over `useErrorToasts`: background failures, deduplicated with a count, capped
 * with the rest queued; they stay until dismissed or until the query recovers.
 */
export function Toasts() {
  const { visible, queued, dismiss, retry } = useErrorToasts();
  return (
    <section aria-label="Notifications" data-demo-toasts="">
      <ol>
        {visible.map((entry) => {
          return (
            <li key={entry.id} data-demo-toast="">
              <div role="status">
                <strong>{entry.title}</strong>
                {entry.count > 1 ? ` (${entry.count} times)` : ''}
                {entry.description ? <span> {entry.description}</span> : null}
              </div>
              <div data-errata-actions="">
                {entry.retry ? (
                  <button type="button" data-errata-button="primary" onClick={() => retry(entry.id)}>
                    Retry
                  </button>
                ) : null}
                <CopyDetailsButton error={entry.error} />
                <button type="button" data-errata-button="secondary" onClick={() => dismiss(entry.id)}>
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {queued.length > 0 ? <p>{queued.length} more waiting</p> : null}
    </section>
  );
}
