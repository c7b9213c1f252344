// The locale a page writes its dates in: data-date-locale on <html> where the language
// says more than its code (English as en-GB: "8 January 2026"), else the page's lang.
export function dateLocale(doc) {
  const root = doc.documentElement;
  return root.getAttribute("data-date-locale") || root.lang;
}
