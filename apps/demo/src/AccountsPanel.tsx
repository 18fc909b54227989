import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { createIdempotencyKey, useApiError, useFieldErrors } from '@errata/headless';
import { CopyDetailsButton } from '@errata/ui';
import { ACCOUNT_KEYS, ACCOUNT_KEY_LABELS } from './accountKeys.js';
import type { AccountKeyName } from './accountKeys.js';
import { ErrorSummary } from './ErrorSummary.js';
import { TextField } from './TextField.js';
import { useRateLimitedSubmit } from './useRateLimitedSubmit.js';
import { api, json } from './api.js';

interface Account {
  id: string;
  email: string;
}

/** Kinds shown elsewhere: field hints and summary (validation), the rate-limit banner, nothing (aborted). */
const SHOWN_ELSEWHERE = ['validation', 'rate_limited', 'aborted'];

/**
 * A Stripe-like "create an account" form (seed 001) where the page's test values can be tried:
 * the keys ending in error_400/401/500 and the emails error@400.com, error@404.com, error@429.com.
 */
export function AccountsPanel() {
  const ids = { heading: useId(), key: useId(), input: useId() };
  const [keyName, setKeyName] = useState<AccountKeyName>('working');
  const [email, setEmail] = useState('');
  const [edited, setEdited] = useState(false);
  const { early, guard } = useRateLimitedSubmit();

  const create = useMutation({
    mutationFn: (vars: { email: string; key: AccountKeyName; idempotencyKey: string }) =>
      api<Account>('/v1/accounts', {
        method: 'POST',
        // Stripe-style: the key travels as a Bearer token and the create carries an Idempotency-Key.
        idempotencyKey: vars.idempotencyKey,
        ...json({ email: vars.email }),
        headers: { authorization: `Bearer ${ACCOUNT_KEYS[vars.key]}`, 'content-type': 'application/json' },
      }),
  });

  const failure = useApiError(create.error);
  const fieldErrors = useFieldErrors(create.error, { fields: ['email'] });
  const isValidation = failure?.error.kind === 'validation';
  const emailMessage = edited ? undefined : fieldErrors.get('email');
  const showSummary = isValidation && !edited && fieldErrors.summary.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    guard(() => {
      setEdited(false);
      create.mutate({ email: email.trim(), key: keyName, idempotencyKey: createIdempotencyKey() });
    });
  };

  return (
    <section aria-labelledby={ids.heading} data-demo-card="">
      <h2 id={ids.heading}>Create an account</h2>
      <p>A Stripe-like API. Its test values force errors: pick a failing key, or use error@400.com, error@404.com or error@429.com.</p>
      <form onSubmit={submit} noValidate>
        {showSummary ? (
          <ErrorSummary items={fieldErrors.summary} inputFor={(field) => (field === 'email' ? ids.input : undefined)} submittedAt={create.submittedAt} />
        ) : null}
        <div data-demo-field="">
          <label htmlFor={ids.key}>API key</label>
          <select
            id={ids.key}
            value={keyName}
            onChange={(event) => {
              setKeyName(event.target.value as AccountKeyName);
              setEdited(true);
            }}
          >
            {(Object.keys(ACCOUNT_KEY_LABELS) as AccountKeyName[]).map((name) => (
              <option key={name} value={name}>
                {ACCOUNT_KEY_LABELS[name]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={ids.input}
          label="Account email"
          hint="For example, ada@example.com"
          error={emailMessage}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(next) => {
            setEmail(next);
            setEdited(true);
          }}
        />
        <button type="submit" data-errata-button="primary">
          {create.isPending ? 'Creating…' : 'Create account'}
        </button>
        <p role="status" data-demo-status="">
          {early ?? (create.isSuccess ? `Account ${create.data.id} created for ${create.data.email}.` : '')}
        </p>
        {failure && !SHOWN_ELSEWHERE.includes(failure.error.kind) ? (
          <div data-demo-error="">
            <p role="alert">
              {failure.title}
              {failure.description ? ` ${failure.description}` : ''}
            </p>
            <div data-errata-actions="">
              <CopyDetailsButton error={failure.error} />
            </div>
          </div>
        ) : null}
      </form>
    </section>
  );
}
