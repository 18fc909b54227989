// The contenders of the error storm. Each arm mounts what its docs show and sends one error.

/** @typedef {{ element: unknown, send: (error: Error) => void, count: (container: Element) => { visible: number, rendered: number | string }, cleanup?: () => void }} Arm */

export const ARM_NAMES = ['errata', 'sonner', 'react-hot-toast'];

export const ARM_LABELS = {
  errata: '@errata/headless report() + useErrorToasts()',
  sonner: 'sonner toast.error() + <Toaster/>',
  'react-hot-toast': 'react-hot-toast toast.error() + <Toaster/>',
};

/**
 * Builds one arm, or returns a reason it cannot run (the Errata arm needs the built full entry).
 * @returns {Promise<Arm | string>}
 */
export async function createArm(name, { React, loadErrata }) {
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
  if (name === 'sonner') {
    const sonner = await import('sonner');
    return {
      element: React.createElement(sonner.Toaster),
      send: (error) => sonner.toast.error(error.message),
      count: (container) => ({
        visible: container.querySelectorAll('[data-sonner-toast][data-visible="true"]').length,
        rendered: container.querySelectorAll('[data-sonner-toast]').length,
      }),
    };
  }
  if (name === 'react-hot-toast') {
    const hot = await import('react-hot-toast');
    return {
      element: React.createElement(hot.Toaster),
      send: (error) => hot.toast.error(error.message),
      count: (container) => {
        const rendered = container.querySelectorAll('[role="status"]').length;
        return { visible: rendered, rendered };
      },
    };
  }
  return `unknown arm ${name}`;
}
