// The store and the contacts on window, for the browser tests and a reader's console only:
// nothing of ours reads them (modules import what they use). The transitional store-globals
// page script also lets the classic tool scripts read them until their own bundles arrive.
import { WorksheetStore } from "./store.mjs";
import { SiteContacts } from "./contacts.mjs";

window.WorksheetStore = WorksheetStore;
window.SiteContacts = SiteContacts;

/* One more name on window, where a page has it (the message template on the notes sheet). */
export function expose(name, value) {
  window[name] = value;
}
