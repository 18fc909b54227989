// The contenders of the error storm. Each arm mounts what its docs show and sends one error.

/** @typedef {{ element: unknown, send: (error: Error) => void, count: (container: Element) => { visible: number, rendered: number | string }, cleanup?: () => void }} Arm */

export const ARM_NAMES = ['errata', 'errata-ui', 'sonner', 'sonner-id', 'react-hot-toast', 'react-hot-toast-id'];

export const ARM_LABELS = {
  errata: '@errata/headless report() + useErrorToasts()',
  'errata-ui': '@errata/headless report() + @errata/ui <ErrorToaster/>',
  sonner: 'sonner toast.error() + <Toaster/>',
  'sonner-id': 'sonner toast.error(msg, { id: msg }) (deduped)',
  'react-hot-toast': 'react-hot-toast toast.error() + <Toaster/>',
  'react-hot-toast-id': 'react-hot-toast toast.error(msg, { id: msg }) (deduped)',
};

/**
 * Builds one arm, or returns a reason it cannot run (the Errata arm needs the built full entry).
 * @returns {Promise<Arm | string>}
 */
export async function createArm(name, { React, loadErrata, loadUi }) {
  if (name === 'errata') {
    const errata = await loadErrata();
    const missing = ['createErrorStore', 'ErrataProvider', 'useErrorToasts'].filter((key) => typeof errata[key] !== 'function');
    if (missing.length > 0) return `packages/headless/dist/index.js lacks ${missing.join(', ')}`;
    const store = errata.createErrorStore();
    // A subscribed component, as an app's own toaster would be.
    const ToastList = () => {
      const { visible } = errata.useErrorToasts();
      return React.createElement(
        'ol',
        null,
        visible.map((entry) =>
          React.createElement('li', { key: entry.id, 'data-errata-toast': '' }, `${entry.error.message} ×${entry.count}`),
        ),
      );
    };
    return {
      element: React.createElement(errata.ErrataProvider, { store }, React.createElement(ToastList)),
      send: (error) => store.getState().report(error, { source: 'query' }),
      count: (container) => {
        const rendered = container.querySelectorAll('[data-errata-toast]').length;
        return { visible: rendered, rendered: `${rendered} (+${store.getState().queue.length} queued)` };
      },
    };
  }
  if (name === 'errata-ui') {
    const errata = await loadErrata();
    const ui = await loadUi().catch(() => ({}));
    if (typeof ui.ErrorToaster !== 'function') return 'packages/ui/dist/index.js has no ErrorToaster yet';
    const store = errata.createErrorStore();
    // Toasts are found by Errata's data attribute, else as list items.
    const toastsIn = (container) => {
      const marked = container.querySelectorAll('[data-errata-toast]');
      return marked.length > 0 ? marked : container.querySelectorAll('li');
    };
    return {
      element: React.createElement(errata.ErrataProvider, { store }, React.createElement(ui.ErrorToaster)),
      send: (error) => store.getState().report(error, { source: 'query' }),
      count: (container) => {
        const rendered = toastsIn(container).length;
        return { visible: rendered, rendered: `${rendered} (+${store.getState().queue.length} queued)` };
      },
    };
  }
  // The `-id` variants dedupe the way each library's docs suggest: the same id updates one toast.
  if (name === 'sonner' || name === 'sonner-id') {
    const sonner = await import('sonner');
    const dedupe = name === 'sonner-id';
    return {
      element: React.createElement(sonner.Toaster),
      send: dedupe
        ? (error) => sonner.toast.error(error.message, { id: error.message })
        : (error) => sonner.toast.error(error.message),
      count: (container) => ({
        visible: container.querySelectorAll('[data-sonner-toast][data-visible="true"]').length,
        rendered: container.querySelectorAll('[data-sonner-toast]').length,
      }),
    };
  }
  if (name === 'react-hot-toast' || name === 'react-hot-toast-id') {
    const hot = await import('react-hot-toast');
    const dedupe = name === 'react-hot-toast-id';
    return {
      element: React.createElement(hot.Toaster),
      send: dedupe
        ? (error) => hot.toast.error(error.message, { id: error.message })
        : (error) => hot.toast.error(error.message),
      count: (container) => {
        const rendered = container.querySelectorAll('[role="status"]').length;
        return { visible: rendered, rendered };
      },
    };
  }
  return `unknown arm ${name}`;
}
