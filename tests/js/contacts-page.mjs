// Imported first by a test of modules that read the contact record's fields (src/contacts.mjs fields):
// a bare page carrying the "contacts" data the build gives it (data/contacts.yml).
import { fakePage } from "./fake-page.mjs";
import { contactsData } from "./site-data.mjs";

export const CONTACTS = contactsData("es");
export const page = fakePage({ "page-data": JSON.stringify({ contacts: CONTACTS }) });
