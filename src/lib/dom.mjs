// A new element: `attrs` set as properties where the element has one (className, id,
// type, hidden, htmlFor, dateTime...), `dataset` merged into its data-* attributes, any other
// name (aria-*, data-*) as an attribute; null, undefined and false are left out. Then its
// children (an array of nodes or strings) or its text, always through textContent: never HTML.
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "dataset") Object.assign(node.dataset, value);
    else if (name in node) node[name] = value;
    else node.setAttribute(name, value);
  }
  if (Array.isArray(children)) node.append(...children);
  else if (children !== undefined && children !== null && children !== "") node.textContent = children;
  return node;
}
