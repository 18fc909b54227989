import { useCallback, useSyncExternalStore } from 'react';
import { selectRateLimit } from '../store/selectRateLimit.js';
import type { RateLimitView } from '../store/selectRateLimit.js';
import { unrefTimer } from '../store/createPublishScheduler.js';
import { useErrataStore } from './useErrataStore.js';

const secondsUntil = (until: number | null): number =>
  until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));

/**
 * The current rate limit with a live countdown: re-renders once a second while limited and
 * becomes `limited: false` by itself when the window opens. The timer stops on unmount.
 *
 * @example
 * const { limited, secondsLeft } = useRateLimit();
 * if (limited) return <p>Too many requests. You can try again in <span role="timer">{secondsLeft}</span> s.</p>;
 */
export function useRateLimit(): RateLimitView {
  const until = useErrataStore((state) => state.rateLimitedUntil);
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (): void => {
        const remaining = until === null ? 0 : until - Date.now();
        if (remaining <= 0) return;
        // Wake at the next whole-second boundary of the countdown, not on a drifting interval.
        timer = setTimeout(() => {
          notify();
          schedule();
        }, remaining % 1000 || 1000);
        unrefTimer(timer);
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [until],
  );
  const getSeconds = useCallback(() => secondsUntil(until), [until]);
  const secondsLeft = useSyncExternalStore(subscribe, getSeconds, getSeconds);
  if (secondsLeft === 0) return { limited: false, until: null, remainingMs: 0, secondsLeft: 0 };
  const { remainingMs } = selectRateLimit({ rateLimitedUntil: until });
  return { limited: true, until, remainingMs: Math.min(Math.max(remainingMs, 1), secondsLeft * 1000), secondsLeft };
}
