import { useEffect, useId, useState } from 'react';
import type { ApiError} from '@errata/headless';
import { createFetcher, createRateGate, getErrorMessage, isApiError, normalizeError } from '@errata/headless';
import { FieldHint } from '@errata/ui';

/** Props of {@link ApiErrorPreview}. */
export interface ApiErrorPreviewProps {
  /** Which vendor or dialect this is, for the heading. */
  api: string;
  /** Same-origin path the story's MSW handler answers. */
  path: string;
  method?: string;
  /** Request body, sent as JSON. */
  body?: unknown;
}

type Outcome = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'succeeded' };

/**
 * Calls a mocked vendor endpoint through `createFetcher` and shows what Errata made of the answer:
 * the words the person reads, then the normalized `ApiError`. Used by the "Supported APIs" stories.
 */
export function ApiErrorPreview({ api, path, method = 'GET', body }: ApiErrorPreviewProps) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'loading' });
  const headingId = useId();

  useEffect(() => {
    const controller = new AbortController();
    // A fresh gate per story: one story's 429 must not make the next story wait.
    const api = createFetcher({ gate: createRateGate() });
    api(path, {
      method,
      signal: controller.signal,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(
      () => setOutcome({ state: 'succeeded' }),
      (error: unknown) => {
        if (!controller.signal.aborted) setOutcome({ state: 'failed', error: isApiError(error) ? error : normalizeError(error) });
      },
    );
    return () => controller.abort();
  }, [path, method, body]);

  if (outcome.state === 'loading') return <p role="status">Calling {api}…</p>;
  if (outcome.state === 'succeeded') return <p role="status">{api} answered without an error.</p>;

  const { error } = outcome;
  const copy = getErrorMessage(error);
  const rows: [string, string][] = [
    ['Kind', error.kind],
    ['HTTP status', error.status === undefined ? 'none' : String(error.status)],
    ['Code', error.code ?? 'none'],
    ['Server message', error.message],
    ['Retryable', error.retryable ? 'yes' : 'no'],
    ['Retry after', error.retryAfterMs === undefined ? 'not given' : `${error.retryAfterMs} ms`],
    ['Request ID', error.requestId ?? 'none'],
  ];

  return (
    <article aria-labelledby={headingId} data-errata-preview="" style={{ maxWidth: 640, fontFamily: 'var(--errata-font-family)' }}>
      <h2 id={headingId}>
        {api}: {method} {path}
      </h2>
      <section aria-label="What the person reads">
        <h3>{copy.title}</h3>
        {copy.description ? <p>{copy.description}</p> : null}
        {copy.action ? <p>Action: {copy.action}</p> : null}
      </section>
      <table>
        <caption>Normalized ApiError</caption>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{name === 'Kind' ? <code data-errata-kind-badge="">{value}</code> : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error.fields.length > 0 ? (
        <section aria-label="Field hints">
          <h3>Field hints</h3>
          <ul>
            {error.fields.map((field, index) => (
              <li key={`${field.field}-${index}`}>
                <code>{field.field}</code>
                <FieldHint id={`${headingId}-field-${index}`} error={field} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
