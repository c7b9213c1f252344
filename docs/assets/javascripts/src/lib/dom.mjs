// A new element: `attrs` set as properties where the element has one (className, id,
// type, hidden, htmlFor...), as attributes otherwise (aria-*, data-*); then its children
// (nodes or strings) or its text, always through textContent: never HTML.
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.keys(attrs || {}).forEach((name) => {
    const value = attrs[name];
    if (value === undefined || value === null) return;
    if (name in node) node[name] = value;
    else node.setAttribute(name, value);
  });
  if (Array.isArray(children)) node.append(...children);
  else if (children !== undefined && children !== null && children !== "") node.textContent = children;
  return node;
}
