/// <reference types="@testing-library/jest-dom/vitest" />
import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src/normalize/normalizeError.js';
import { ApiError } from '../../src/ApiError.js';
import { applyFieldErrors } from '../../src/react/applyFieldErrors.js';
import { useFieldErrors } from '../../src/react/useFieldErrors.js';

// Seed 002, verbatim.
const emailRejected = () =>
  normalizeError(
    { success: false, error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } } },
    { status: 400 },
  );

const twoFieldsAndAForm = () =>
  new ApiError({
    kind: 'validation',
    message: 'The request failed validation',
    status: 422,
    fields: [
      { field: 'email', message: 'Enter an email address' },
      { field: 'address[0].city', message: 'Enter a city' },
      { field: 'non_field_errors', message: 'This email is already registered' },
    ],
  });

describe('useFieldErrors', () => {
  it('gives each field its message, what names no field, and a summary', () => {
    const { result } = renderHook(() => useFieldErrors(twoFieldsAndAForm()));
    const view = result.current;
    expect(view.get('email')).toBe('Enter an email address');
    expect(view.has('address.0.city')).toBe(true);
    expect(view.get('address[0].city')).toBe('Enter a city');
    expect(view.has('phone')).toBe(false);
    expect(view.formErrors).toEqual(['This email is already registered']);
    expect(view.summary).toEqual([
      { field: 'email', message: 'Enter an email address' },
      { field: 'address.0.city', message: 'Enter a city' },
      { message: 'This email is already registered' },
    ]);
  });

  it('moves errors for fields the form does not have into formErrors', () => {
    const { result } = renderHook(() => useFieldErrors(twoFieldsAndAForm(), { fields: ['email'] }));
    expect(result.current.fields.map((f) => f.field)).toEqual(['email']);
    expect(result.current.formErrors).toEqual(['Enter a city', 'This email is already registered']);
  });

  it('turns an error without fields into one form-level message in plain words', () => {
    const serverError = normalizeError({ error: { code: 'INTERNAL_ERROR', message: 'An internal server error occurred' } }, { status: 500 });
    const { result } = renderHook(() => useFieldErrors(serverError));
    expect(result.current.fields).toEqual([]);
    expect(result.current.formErrors).toEqual(["We're having a problem on our side"]);
  });

  it('is empty when there is no error', () => {
    const { result } = renderHook(() => useFieldErrors(undefined));
    expect(result.current.summary).toEqual([]);
    expect(result.current.get('email')).toBeUndefined();
  });
});

describe('applyFieldErrors', () => {
  it('calls setError per field with type "server", focusing only the first, and root.server for the rest', () => {
    const setError = vi.fn();
    const names = applyFieldErrors(twoFieldsAndAForm(), setError);
    expect(names).toEqual(['email', 'address.0.city']);
    expect(setError.mock.calls).toEqual([
      ['email', { type: 'server', message: 'Enter an email address' }, { shouldFocus: true }],
      ['address.0.city', { type: 'server', message: 'Enter a city' }, { shouldFocus: false }],
      ['root.server', { type: 'server', message: 'This email is already registered' }],
    ]);
  });

  it('shows the server\'s field errors in a real react-hook-form form', async () => {
    const user = userEvent.setup();
    function SignupForm({ save }: { save: (values: { email: string }) => Promise<void> }) {
      const { register, handleSubmit, setError, formState } = useForm<{ email: string }>({ defaultValues: { email: '' } });
      const onSubmit = handleSubmit(async (values) => {
        try {
          await save(values);
        } catch (error) {
          applyFieldErrors(error, setError);
        }
      });
      const emailError = formState.errors.email?.message;
      return (
        <form onSubmit={onSubmit} noValidate>
          <label htmlFor="email">Email address</label>
          <input id="email" {...register('email')} aria-invalid={emailError ? 'true' : 'false'} aria-describedby={emailError ? 'email-error' : undefined} />
          {emailError && <p id="email-error">{emailError}</p>}
          {formState.errors.root?.server && <div role="alert">{formState.errors.root.server.message}</div>}
          <button type="submit">Sign up</button>
        </form>
      );
    }
    const save = vi.fn(async () => {
      throw emailRejected();
    });
    render(<SignupForm save={save} />);
    await user.type(screen.getByLabelText('Email address'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    const input = screen.getByLabelText('Email address');
    expect(await screen.findByText('Invalid email format')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Invalid email format');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('ada@');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts an error that names no field into root.server through useFieldErrors().applyTo', async () => {
    const user = userEvent.setup();
    const conflict = normalizeError({ error: { code: 'ALREADY_EXISTS', message: 'A lead with this phone number already exists' } }, { status: 409 });
    function LeadForm() {
      const { handleSubmit, setError, formState } = useForm<{ phone: string }>();
      const fieldErrors = useFieldErrors(conflict);
      return (
        <form onSubmit={handleSubmit(() => void fieldErrors.applyTo(setError))}>
          {formState.errors.root?.server && <div role="alert">{formState.errors.root.server.message}</div>}
          <button type="submit">Save lead</button>
        </form>
      );
    }
    render(<LeadForm />);
    await user.click(screen.getByRole('button', { name: 'Save lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This conflicts with the current data');
  });
});
