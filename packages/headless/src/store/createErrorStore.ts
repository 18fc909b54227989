import { createStore } from 'zustand/vanilla';
import type { ApiError } from '../ApiError.js';
import { normalizeError } from '../normalize/normalizeError.js';
import { createPublishScheduler } from './createPublishScheduler.js';
import { createStickyStates } from './createStickyStates.js';
import type {
  ErrorEntry,
  ErrorStore,
  ErrorStoreOptions,
  ErrorStoreState,
  ErrorSurface,
  ReportMeta,
  StickyKey,
} from './ErrorStoreState.js';
import { surfaceFor } from './surfaceFor.js';

/** A mutable entry plus a version, so unchanged entries keep their identity across publishes. */
type Draft = { -readonly [K in keyof ErrorEntry]: ErrorEntry[K] } & {
  resolveKeys: string[];
  version: number;
  /** One retry per resolve key: a toast shared by several failed queries retries each one still failing. */
  retries: Map<string, () => void>;
};

const addRetry = (draft: Draft, meta: ReportMeta): void => {
  if (meta.retry === undefined) return;
  draft.retries.set(meta.resolveKey ?? '', meta.retry);
  const { retries } = draft;
  draft.retry = () => {
    for (const retry of [...retries.values()]) retry();
  };
};

const STICKY_KEYS: ReadonlySet<string> = new Set<StickyKey>([
  'rate_limited',
  'insufficient_funds',
  'quota',
  'offline',
  'unauthenticated',
]);

/**
 * Creates the error store on zustand's vanilla store (no React). Reports are normalized,
 * deduplicated, routed to a toast, a sticky banner state or the history, and published in batches.
 *
 * @example
 * const store = createErrorStore({ maxVisible: 3 });
 * store.getState().report(error, { resolveKey: query.queryHash });
 */
export function createErrorStore(options: ErrorStoreOptions = {}): ErrorStore {
  const maxVisible = Math.max(1, options.maxVisible ?? 3);
  const historyLimit = Math.max(1, options.historyLimit ?? 50);
  const now = options.now ?? Date.now;

  const drafts = new Map<string, Draft>();
  const snapshots = new Map<string, { version: number; entry: ErrorEntry }>();
  const openByKey = new Map<string, string>();
  let visible: string[] = []; // newest first
  let queued: string[] = []; // oldest first
  let history: string[] = []; // newest first
  let sequence = 0;

  const snapshot = (id: string): ErrorEntry | undefined => {
    const draft = drafts.get(id);
    if (draft === undefined) return undefined;
    const cached = snapshots.get(id);
    if (cached !== undefined && cached.version === draft.version) return cached.entry;
    const { version: _version, retries: _retries, resolveKeys, ...rest } = draft;
    const entry: ErrorEntry = { ...rest, resolveKeys: [...resolveKeys] };
    snapshots.set(id, { version: draft.version, entry });
    return entry;
  };
  /** The entries of `ids`, reusing `previous` when nothing in it changed so selectors stay quiet. */
  const snapshotAll = (ids: readonly string[], previous: readonly ErrorEntry[]): readonly ErrorEntry[] => {
    const next = ids.map(snapshot).filter((entry): entry is ErrorEntry => entry !== undefined);
    const same = next.length === previous.length && next.every((entry, index) => entry === previous[index]);
    return same ? previous : next;
  };

  const publish = (): void => {
    const current = store.getState();
    store.setState({
      toasts: snapshotAll(visible, current.toasts),
      queue: snapshotAll(queued, current.queue),
      history: snapshotAll(history, current.history),
      ...sticky.values(),
    });
  };
  const scheduler = createPublishScheduler(publish, options.throttleMs ?? 250);
  const sticky = createStickyStates({ ...options, now }, scheduler.schedule);

  /** Forgets an entry once nothing shows it any more. */
  const release = (id: string): void => {
    if (visible.includes(id) || queued.includes(id) || history.includes(id)) return;
    drafts.delete(id);
    snapshots.delete(id);
  };
  const close = (draft: Draft, status: Draft['status']): void => {
    draft.status = status;
    draft.version++;
    if (openByKey.get(draft.key) === draft.id) openByKey.delete(draft.key);
    release(draft.id);
  };
  const fillVisible = (): void => {
    while (visible.length < maxVisible && queued.length > 0) {
      const id = queued.shift() as string;
      const draft = drafts.get(id);
      if (draft === undefined) continue;
      draft.status = 'visible';
      draft.version++;
      visible.unshift(id);
    }
  };

  const bump = (draft: Draft, at: number, meta: ReportMeta): void => {
    draft.count++;
    draft.lastSeenAt = at;
    if (meta.resolveKey !== undefined && !draft.resolveKeys.includes(meta.resolveKey)) {
      draft.resolveKeys.push(meta.resolveKey);
    }
    addRetry(draft, meta);
    draft.version++;
    // A count change is minor: during a storm it is published at most every throttleMs.
    scheduler.schedule('soon');
  };

  const create = (error: ApiError, surface: ErrorSurface, key: string, at: number, meta: ReportMeta): string => {
    const id = `errata-${++sequence}`;
    const status: Draft['status'] =
      surface !== 'toast' ? 'recorded' : visible.length < maxVisible ? 'visible' : 'queued';
    const draft: Draft = {
      id,
      key,
      error,
      surface,
      count: 1,
      firstSeenAt: at,
      lastSeenAt: at,
      resolveKeys: meta.resolveKey === undefined ? [] : [meta.resolveKey],
      source: meta.source ?? 'manual',
      status,
      version: 0,
      retries: new Map(),
    };
    if (meta.message !== undefined) draft.message = meta.message;
    addRetry(draft, meta);
    drafts.set(id, draft);
    openByKey.set(key, id);
    history.unshift(id);
    if (history.length > historyLimit) {
      for (const dropped of history.splice(historyLimit)) {
        const old = drafts.get(dropped);
        if (old !== undefined && openByKey.get(old.key) === dropped && old.surface !== 'toast') openByKey.delete(old.key);
        release(dropped);
      }
    }
    if (status === 'visible') visible.unshift(id);
    if (status === 'queued') queued.push(id);
    scheduler.schedule(status === 'visible' ? 'now' : 'soon');
    return id;
  };

  const report = (input: unknown, meta: ReportMeta = {}): string | undefined => {
    const error = normalizeError(input);
    let surface = surfaceFor(error.kind);
    if (surface === undefined) return undefined;
    const at = now();
    if (surface === 'banner') sticky.apply(error, at);
    if (surface === 'toast' && (meta.silent === true || meta.toast === false)) surface = 'record';
    const key = [surface, error.kind, error.code ?? '', error.message, meta.message ?? ''].join('\u0000');
    const openId = openByKey.get(key);
    const open = openId === undefined ? undefined : drafts.get(openId);
    if (open !== undefined) {
      bump(open, at, meta);
      return open.id;
    }
    return create(error, surface, key, at, meta);
  };

  const dismiss = (id: string): void => {
    const draft = drafts.get(id);
    if (draft === undefined || (draft.status !== 'visible' && draft.status !== 'queued')) return;
    visible = visible.filter((other) => other !== id);
    queued = queued.filter((other) => other !== id);
    close(draft, 'dismissed');
    fillVisible();
    scheduler.schedule('now');
  };

  const resolve = (key: string): void => {
    if (STICKY_KEYS.has(key)) {
      sticky.resolve(key as StickyKey);
      return;
    }
    let changed = false;
    for (const id of [...visible, ...queued]) {
      const draft = drafts.get(id);
      if (draft === undefined || !draft.resolveKeys.includes(key)) continue;
      draft.resolveKeys = draft.resolveKeys.filter((other) => other !== key);
      // A query that recovered needs no retry; the toast's Retry now reruns only the others.
      draft.retries.delete(key);
      draft.version++;
      changed = true;
      // Shared by several queries: the toast stays until every one of them has recovered.
      if (draft.resolveKeys.length > 0) continue;
      visible = visible.filter((other) => other !== id);
      queued = queued.filter((other) => other !== id);
      close(draft, 'resolved');
    }
    if (!changed) return;
    fillVisible();
    scheduler.schedule('now');
  };

  const clear = (): void => {
    drafts.clear();
    snapshots.clear();
    openByKey.clear();
    visible = [];
    queued = [];
    history = [];
    sticky.reset();
    scheduler.cancel();
    publish();
  };

  const store = createStore<ErrorStoreState>()(() => ({
    toasts: [],
    queue: [],
    history: [],
    ...sticky.values(),
    report,
    dismiss,
    resolve,
    setOnline: sticky.setOnline,
    clear,
    flush: scheduler.flush,
  }));
  return store;
}
