/* "Thanks sent" on the notes page (issue 26 item 4): one click sets the chosen contact's
 * record `thanked` to today (the reader's local day) and, unless the status was set by hand,
 * the status the dates then give ("thanks-sent"); a status line says so, with the store's
 * undo offer. The line above the button says when thanks were sent, or that a contact must
 * be chosen for the notes to reach the tracker. startThanksSent() adds it below the thank-you
 * preview (src/thank-you.mjs), on the screen only. */
import { WorksheetStore as Store } from "./store.mjs";
import { SiteContacts as people } from "./contacts.mjs";
import { localDay } from "./lib/local-day.mjs";
import { dateFormat } from "./lib/date-locale.mjs";
import { fillIn } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";

export function startThanksSent() {
  var section = document.querySelector(".worksheet .ws-thank-you");
  var root = section && section.closest(".worksheet");
  if (!root) return;
  var tool = root.getAttribute("data-worksheet");
  var m = JSON.parse(root.getAttribute("data-messages"));
  var long = dateFormat(document, { year: "numeric" });
  function date(day) { return long.format(new Date(day + "T00:00:00Z")); }

  var state = el("p", { className: "ws-thanked-state" });
  var button = el("button", { type: "button", className: "md-button" }, m.thanked_button);
  var status = el("p", { className: "ws-thanked-status", role: "status" });
  section.append(el("div", { className: "ws-thanked" }, [state, button, status]));

  function chosen() {
    var id = people.current(tool);
    return id ? people.get(id) : null;
  }

  function show() {
    var r = chosen();
    var thanked = r && r.thanked;
    button.hidden = !r || !!thanked;
    state.textContent = !r ? m.thanked_choose : thanked ? fillIn(m.thanked_state, { date: date(thanked) }) : "";
    state.hidden = !state.textContent;
  }

  button.addEventListener("click", function () {
    var r = chosen();
    if (!r) return show();
    var day = localDay();
    var before = { id: r.id, thanked: r.thanked || "", status: r.status, status_manual: r.status_manual };
    var fields = { id: r.id, thanked: day };
    // The status follows the dates (contact-steps.mjs fromDates: thanked comes first) unless
    // the reader chose it by hand.
    if (r.status_manual !== true) {
      fields.status = "thanks-sent";
      fields.status_manual = false;
    }
    people.save(fields);
    show();
    Store.offerUndo(status, fillIn(m.thanked_done, { name: r.name, date: date(day) }), m.undo, function () {
      people.save(before);
      show();
      button.focus();
    });
    var undo = status.querySelector("button");
    if (undo) undo.focus(); // the button it replaced is gone
  });

  people.onChange(show);
  root.querySelector("form").addEventListener("ws-shown", function () { status.textContent = ""; show(); });
  show();
}
