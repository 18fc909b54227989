// Decorative icons: severity is always also said in words, so they stay hidden from assistive tech.

/** A circled "i": neutral, used by the error fallback (no red, per UI.md). */
export function InfoIcon() {
  return (
    <svg data-errata-icon="" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none">
      <circle cx="12" cy="12" r="9.25" stroke="currentColor" strokeWidth="1.5" />
      <path d="M12 10.5v6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="12" cy="7.75" r="1" fill="currentColor" />
    </svg>
  );
}

/** A circled "!": critical, used before field hints so colour is not the only signal. */
export function AlertIcon() {
  return (
    <svg data-errata-icon="" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Zm0 10.5a1 1 0 1 0 0 2 1 1 0 0 0 0-2ZM8 3.75a.875.875 0 0 0-.875.875v4a.875.875 0 0 0 1.75 0v-4A.875.875 0 0 0 8 3.75Z" />
    </svg>
  );
}
