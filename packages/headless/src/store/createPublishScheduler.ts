/** How soon a change must reach subscribers. */
export type Urgency = 'now' | 'soon';

/** Batches store changes: urgent ones at the end of the microtask, minor ones at most every `throttleMs`. */
export interface PublishScheduler {
  /** Marks the store dirty; `now` publishes at the end of this microtask, `soon` within `throttleMs`. */
  schedule: (urgency: Urgency) => void;
  /** Publishes pending changes immediately. */
  flush: () => void;
  /** Forgets pending work and timers. */
  cancel: () => void;
}

/** Timers must not keep a Node process (a server render, a test run) alive. */
export function unrefTimer(timer: ReturnType<typeof setTimeout>): void {
  (timer as { unref?: () => void }).unref?.();
}

/**
 * Creates the batching used by the error store: a storm of 10,000 reports becomes one publish per
 * microtask for what changes the screen, and one per `throttleMs` for counts and the queue.
 */
export function createPublishScheduler(publish: () => void, throttleMs: number): PublishScheduler {
  let dirty = false;
  let microtaskPending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    microtaskPending = false;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (!dirty) return;
    dirty = false;
    publish();
  };

  return {
    schedule(urgency) {
      dirty = true;
      if (urgency === 'now') {
        if (!microtaskPending) {
          microtaskPending = true;
          queueMicrotask(() => {
            // A synchronous flush() in between already published.
            if (microtaskPending) flush();
          });
        }
        return;
      }
      if (!microtaskPending && timer === undefined) {
        timer = setTimeout(flush, throttleMs);
        unrefTimer(timer);
      }
    },
    flush,
    cancel() {
      dirty = false;
      microtaskPending = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
