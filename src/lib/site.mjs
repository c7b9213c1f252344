// The site's slug, from the page's data ("site", hooks/site_slug.py): the last folder of
// mkdocs.yml's site_url (sitekit/site_data.py slug_of), so that a fork at another address
// has its own storage key (store.mjs) and calendar ids (ics.mjs) without renaming anything.
// "" on a page built without it (none is).
import { pageData } from "./words.mjs";

export function siteSlug() {
  const site = pageData("site");
  return site && typeof site.slug === "string" ? site.slug : "";
}
