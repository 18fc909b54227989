import { useState } from 'react';
import { useRateLimit } from '@errata/headless';

/**
 * Keeps a submit from going out while the rate-limit window is closed (UI.md: the button stays usable
 * and, pressed early, says how long is left; nothing is re-sent without the person).
 */
export function useRateLimitedSubmit(): { early?: string; guard: (send: () => void) => void } {
  const rateLimit = useRateLimit();
  const [early, setEarly] = useState<string>();
  const guard = (send: () => void) => {
    if (rateLimit.limited) {
      setEarly(`Too many requests. You can try again in ${rateLimit.secondsLeft} s.`);
      return;
    }
    setEarly(undefined);
    send();
  };
  return { early, guard };
}
