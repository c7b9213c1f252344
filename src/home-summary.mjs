/* The home page's line for a returning reader (overrides/home.html, [data-home-summary]):
 * what is due today and how far the search has gone, counted from the tracker's contacts
 * with the same rules as the list of what is due (contact-steps.mjs). Without contacts the
 * line keeps what the build wrote (the way into the workspace); with them it is rewritten
 * in the same reserved box, so nothing below moves, and it keeps the build's link (its
 * target is data/home.yml's workspace.page). Words: data/home.yml `summary` (pageData "home"). */
import * as steps from "./contact-steps.mjs";
import { pageData, sayFrom } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";

const MET = ["met", "thanks-sent", "keep-in-touch"];

/* {contacts, due, met}: how many contacts, steps due today (overdue ones included, as the
 * due list counts them), conversations held. */
export function counts(contacts, day) {
  return {
    contacts: contacts.length,
    due: steps.due(contacts, day).today.length,
    met: contacts.filter((c) => MET.indexOf(steps.status(c, day)) !== -1).length,
  };
}

/* The summary's text parts, in the words of `say`. */
export function parts(n, say) {
  return [
    n.due ? say("due", { n: n.due }) : say("due_none"),
    say("contacts", { n: n.contacts }),
    say("met", { n: n.met }),
  ];
}

// The tracker's records, as the due list reads them: an id and a name at least.
function stored(store) {
  const data = store.get("registro");
  return (Array.isArray(data.contacts) ? data.contacts : [])
    .filter((c) => c && typeof c.id === "string" && typeof c.name === "string" && c.name);
}

export function startHomeSummary(doc, store) {
  const box = doc.querySelector("[data-home-summary]");
  const link = box && box.querySelector("a");
  if (!box || !link || !store) return;
  const contacts = stored(store);
  if (!contacts.length) return;
  steps.countStoredHolidays(store.get(steps.HOLIDAYS_ID)); // the reader's holidays, as the due list counts them
  const say = sayFrom(pageData("home") || {});
  link.textContent = say("link");
  box.replaceChildren(el("strong", {}, say("label")), ": " + parts(counts(contacts, steps.today()), say).join(" · ") + ". ", link);
  box.classList.add("home-hero__next--summary");
}
