/* The locale the page writes its dates in: data-date-locale on <html> (en-GB for British
 * order), else the page's language. */
export function dateLocale(doc) {
  const root = doc.documentElement;
  return root.getAttribute("data-date-locale") || root.lang;
}
