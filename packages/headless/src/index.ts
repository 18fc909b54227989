// The full entry: the pure core plus the error store, copy and React bindings.
export * from './core.js';
export * from './messages/index.js';
export * from './store/index.js';
export * from './react/index.js';
