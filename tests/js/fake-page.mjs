// A bare page for importing our browser modules (src/) in node:
// `window` and `document` as globals, with what the modules touch when they load, an
// in-memory localStorage and the elements a test gives by id ({id: textContent}).
export const SRC = new URL("../../src/", import.meta.url);

export function fakePage(elements = {}, html = {}) {
  const memory = {};
  const byId = Object.fromEntries(Object.entries(elements).map(([id, text]) => [id, { id, textContent: text }]));
  const document = {
    currentScript: null,
    documentElement: { lang: html.lang || "", getAttribute: (name) => (html.attrs || {})[name] ?? null },
    getElementById: (id) => byId[id] || null,
    querySelector: () => null,
    querySelectorAll: () => [],
    addEventListener() {},
  };
  const window = {
    document,
    localStorage: {
      getItem: (k) => (k in memory ? memory[k] : null),
      setItem: (k, v) => { memory[k] = String(v); },
      removeItem: (k) => { delete memory[k]; },
    },
    location: { search: "" },
    addEventListener() {},
    setTimeout, clearTimeout,
  };
  window.window = window;
  Object.assign(globalThis, { window, document });
  return { window, document, memory };
}
