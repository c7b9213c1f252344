// The store and the contacts on window, for the browser tests and a reader's console only:
// nothing of ours reads them (modules import what they use).
import { WorksheetStore } from "./store.mjs";
import { SiteContacts } from "./contacts.mjs";

window.WorksheetStore = WorksheetStore;
window.SiteContacts = SiteContacts;

/* One more name on window, where a page has it (the message template on the notes sheet
   and the builder's page). */
export function expose(name, value) {
  window[name] = value;
}
