// A browser-like global scope for React in Node: jsdom plus the few APIs toasters touch.
import { JSDOM } from 'jsdom';

export function setupDom() {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://127.0.0.1/',
    pretendToBeVisual: true, // gives requestAnimationFrame, which toasters animate with
  });
  const { window } = dom;
  // Toasters read the color scheme and reduced-motion preference.
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  });
  const names = [
    'window',
    'document',
    'navigator',
    'HTMLElement',
    'HTMLInputElement',
    'Element',
    'Node',
    'Text',
    'Event',
    'KeyboardEvent',
    'MouseEvent',
    'FocusEvent',
    'PointerEvent',
    'CustomEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'matchMedia',
  ];
  for (const name of names) {
    if (window[name] === undefined) continue;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      writable: true,
      value: name === 'window' ? window : typeof window[name] === 'function' && /^[a-z]/.test(name) ? window[name].bind(window) : window[name],
    });
  }
  return dom;
}
