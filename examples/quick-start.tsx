import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import {
  ErrataProvider,
  applyFieldErrors,
  createFetcher,
  createIdempotencyKey,
  retryPolicy,
  useApiError,
  useErrorToasts,
} from '@errata/headless';

// One fetcher per API: it throws an ApiError for any failure (even `{ "success": false }` in a 200)
// and makes every query to this origin wait together after a 429.
const api = createFetcher({ baseUrl: 'https://api.example.com/v1' });

// Errata decides what is retried and when: never a 401 or a 422, a 429 after the server's wait,
// a POST only when it carries an idempotency key.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: retryPolicy(),
    mutations: retryPolicy({ for: 'mutations' }),
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ErrataProvider client={queryClient}>
        <Toasts />
        <Account />
        <InviteForm />
      </ErrataProvider>
    </QueryClientProvider>
  );
}

function Account() {
  const account = useQuery({ queryKey: ['account'], queryFn: () => api<{ name: string }>('/account') });
  const failure = useApiError(account.error);
  if (failure) {
    return (
      <section aria-labelledby="account-error">
        <h2 id="account-error">{failure.title}</h2>
        {failure.description ? <p>{failure.description}</p> : null}
        <button type="button" onClick={() => account.refetch()}>
          Retry
        </button>
      </section>
    );
  }
  return <p>{account.data ? `Signed in as ${account.data.name}` : 'Loading…'}</p>;
}

interface Invite {
  email: string;
}

function InviteForm() {
  const { register, handleSubmit, setError, formState } = useForm<Invite>();
  const invite = useMutation({
    mutationFn: ({ email, key }: Invite & { key: string }) =>
      api('/invites', { method: 'POST', body: JSON.stringify({ email }), idempotencyKey: key }),
    // The server's field errors land on the fields; what names no field goes to `root.server`.
    onError: (error) => applyFieldErrors(error, setError),
  });
  const emailError = formState.errors.email?.message;
  return (
    // One idempotency key per submit: its retries reuse it, so the invite is never sent twice.
    <form onSubmit={handleSubmit((values) => invite.mutate({ ...values, key: createIdempotencyKey() }))} noValidate>
      <label htmlFor="email">Email address</label>
      {emailError ? (
        <p id="email-error">
          <span className="visually-hidden">Error:</span> {emailError}
        </p>
      ) : null}
      <input
        id="email"
        type="email"
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? 'email-error' : undefined}
        {...register('email')}
      />
      {formState.errors.root?.server ? <p role="alert">{formState.errors.root.server.message}</p> : null}
      <button type="submit">Send invite</button>
      {invite.isSuccess ? <p role="status">Invite sent</p> : null}
    </form>
  );
}

// Background failures (a refetch over data already shown) as toasts, for any toaster or your own markup.
function Toasts() {
  const { visible, dismiss } = useErrorToasts();
  return (
    <div role="status">
      {visible.map((toast) => (
        <p key={toast.id}>
          {toast.title} {toast.count > 1 ? `(${toast.count})` : null}
          <button type="button" onClick={() => dismiss(toast.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
