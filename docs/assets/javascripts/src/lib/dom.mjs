/* el(tag, attrs, children|text): a new element. attrs: properties (className, type, href,
 * hidden, dateTime...) set as properties, `dataset` merged, any other name (aria-label) set as
 * an attribute; null, undefined and false are left out. Text only ever goes in as text. */
export function el(tag, attrs, children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "dataset") Object.assign(e.dataset, value);
    else if (name in e) e[name] = value;
    else e.setAttribute(name, value);
  }
  if (typeof children === "string") {
    if (children) e.textContent = children;
  } else if (children) {
    e.append(...children);
  }
  return e;
}
