/* Where a search stands, from the tracker's records alone (no page): how many contacts at each
 * step, how many of the people written to replied, the next conversation, and whether the
 * replies are few enough to rethink the message. Used by «Mi búsqueda» (my-search.mjs);
 * tested by tests/js/search-summary.test.mjs. "today" is passed in. */
import * as steps from "./contact-steps.mjs";
import { parse } from "./business-days.mjs";

// A reply is what only the other person can bring about: a reply, a conversation set, held or
// thanked for.
const REPLIED = ["replied", "meeting-set", "met", "thanks-sent", "keep-in-touch"];
// Ten messages and fewer than two replies: time to change the message or the profile, not to
// send more of the same (docs/sin-respuesta.md).
export const ADVICE_AFTER = { sent: 10, replies: 2 };

function day(iso) { return typeof iso === "string" && !!parse(iso); }

/* {total, byStatus: {status: [contact, …]} in STATUSES' order, sent, replied, next, advice}.
 * A record that cannot be read (no name) is left out; one with a bad date counts by its status. */
export function summarize(contacts, today) {
  const byStatus = {};
  steps.STATUSES.forEach((s) => { byStatus[s] = []; });
  let sent = 0;
  let replied = 0;
  let next = null;
  (contacts || []).forEach((c) => {
    if (!c || typeof c.name !== "string" || !c.name) return;
    let status;
    try { status = steps.status(c, today); } catch { status = "to-contact"; }
    (byStatus[status] || byStatus["to-contact"]).push(c);
    const answered = REPLIED.indexOf(status) !== -1 || day(c.replied) || day(c.meeting) || day(c.thanked);
    if (day(c.sent) || status !== "to-contact") sent += 1;
    if (answered) replied += 1;
    if (day(c.meeting) && c.meeting >= today && (!next || c.meeting < next.meeting)) next = c;
  });
  const total = Object.keys(byStatus).reduce((n, s) => n + byStatus[s].length, 0);
  return { total, byStatus, sent, replied, next,
    advice: sent >= ADVICE_AFTER.sent && replied < ADVICE_AFTER.replies };
}
