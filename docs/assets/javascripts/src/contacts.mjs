// SHIM until modules-core lands: replaced by the real module at merge
// (today's classic contacts.js sets window.SiteContacts before the page's bundle runs).
export const SiteContacts = window.SiteContacts;
