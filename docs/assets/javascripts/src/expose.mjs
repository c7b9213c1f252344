// SHIM until modules-core lands: replaced by the real module at merge
// (the real one sets window.WorksheetStore, SiteContacts and MessageTemplate for the tests and
// a reader's console; here today's classic scripts still set them, so it has nothing to do).
