import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createIdempotencyKey, useApiError, useFieldErrors } from '@errata/headless';
import { ErrorSummary } from './ErrorSummary.js';
import { TextField } from './TextField.js';
import { useRateLimitedSubmit } from './useRateLimitedSubmit.js';
import { checksApi, json } from './api.js';

type Channel = 'email' | 'phone';
interface CheckResult {
  valid: boolean;
  risk_score: number;
  balance: number;
}

const LABELS: Record<Channel, string> = { email: 'Email address', phone: 'Phone number' };
const HINTS: Record<Channel, string> = {
  email: 'For example, ada@example.com',
  phone: 'International format, digits only, for example 33600000000',
};

/**
 * A Defastra-style check: validation problems become a hint under the field plus an error summary
 * that takes focus; funds and rate limits go to their banners; what the person typed stays.
 */
export function CheckForm() {
  const [channel, setChannel] = useState<Channel>('email');
  const [value, setValue] = useState('');
  const [edited, setEdited] = useState(false);
  const queryClient = useQueryClient();
  const ids = { input: useId() };
  const { early, guard } = useRateLimitedSubmit();

  const check = useMutation({
    mutationFn: (vars: { channel: Channel; value: string; key: string }) =>
      // One key per submit, the same on every retry, so a retried check is never charged twice.
      checksApi<CheckResult>(`/check/${vars.channel}`, { method: 'POST', idempotencyKey: vars.key, ...json({ [vars.channel]: vars.value }) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['wallet'] }),
  });

  const fieldErrors = useFieldErrors(check.error, { fields: ['email', 'phone'] });
  const failure = useApiError(check.error);
  const fieldMessage = edited ? undefined : fieldErrors.get(channel);
  const isValidation = failure?.error.kind === 'validation';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    guard(() => {
      setEdited(false);
      check.mutate({ channel, value, key: createIdempotencyKey() });
    });
  };

  const showSummary = isValidation && !edited && fieldErrors.summary.length > 0;
  return (
    <section aria-labelledby={`${ids.input}-heading`} data-demo-card="">
      <h2 id={`${ids.input}-heading`}>Check a contact</h2>
      <form onSubmit={submit} noValidate>
        {showSummary ? (
          <ErrorSummary items={fieldErrors.summary} inputFor={(field) => (field === channel ? ids.input : undefined)} submittedAt={check.submittedAt} />
        ) : null}
        <fieldset>
          <legend>What to check</legend>
          {(['email', 'phone'] as const).map((option) => (
            <label key={option} data-demo-inline="">
              <input
                type="radio"
                name="channel"
                value={option}
                checked={channel === option}
                onChange={() => {
                  setChannel(option);
                  setEdited(true);
                }}
              />{' '}
              {option === 'email' ? 'Email' : 'Phone'}
            </label>
          ))}
        </fieldset>
        <TextField
          id={ids.input}
          label={LABELS[channel]}
          hint={HINTS[channel]}
          error={fieldMessage}
          type={channel === 'email' ? 'email' : 'tel'}
          autoComplete={channel === 'email' ? 'email' : 'tel'}
          value={value}
          onChange={(next) => {
            setValue(next);
            // A field's error clears as soon as that field is edited.
            setEdited(true);
          }}
        />
        <button type="submit" data-errata-button="primary">
          {check.isPending ? 'Checking…' : 'Check (costs 0.40)'}
        </button>
        <p role="status" data-demo-status="">
          {early ?? (check.isSuccess ? `Checked: ${check.data.valid ? 'looks valid' : 'not valid'}, risk score ${check.data.risk_score}.` : '')}
        </p>
        {failure && !isValidation && !['insufficient_funds', 'rate_limited', 'aborted'].includes(failure.error.kind) ? (
          <p role="alert" data-demo-error="">
            {failure.title}
            {failure.description ? ` ${failure.description}` : ''}
          </p>
        ) : null}
      </form>
    </section>
  );
}
