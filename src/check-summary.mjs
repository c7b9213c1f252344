/* A message's checks announced (WCAG 4.1.3): their tally ("2 checks to fix", message-checks.mjs
 * summary) in a polite live region, written once the reader pauses (a second after the last
 * change, so no keystroke is talked over), and each field described by the results of the
 * checks about it. Used by the message builder and the thank-you note. */
import { el } from "./lib/dom.mjs";

const PAUSE = 1000;

/* A role=status line (class "check-summary CLASS", id `id` if given) put after `after`;
 * returns say(text): the text shown at once the first time (the page's start is not
 * announced), after the pause later, and only when it changed. */
export function announcer(after, className, id) {
  const region = el("p", { className: "check-summary " + className, role: "status", id: id });
  after.after(region);
  let timer = null;
  let first = true;
  return function say(text) {
    clearTimeout(timer);
    const put = () => { if (region.textContent !== text) region.textContent = text; };
    if (first) { first = false; put(); } else timer = setTimeout(put, PAUSE);
  };
}

/* `field` described by the element `id` too (what described it before kept). */
export function describedBy(field, id) {
  const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  if (ids.indexOf(id) === -1) field.setAttribute("aria-describedby", ids.concat([id]).join(" "));
}
