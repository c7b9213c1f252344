// TRANSITIONAL (issue 16 item 6, BRIEF-MODULES modules-core): tool pages load this, then
// their classic scripts, which read window.WorksheetStore and window.SiteContacts, until
// the tools have page scripts of their own. Remove it at that merge.
import "../expose.mjs";
