// The locale a page writes its dates in: data-date-locale on <html> where the language
// says more than its code (English as en-GB: "8 January 2026"), else the page's lang.
export function dateLocale(doc) {
  const root = doc.documentElement;
  return root.getAttribute("data-date-locale") || root.lang;
}

// A date format in that locale, made on its first use: a page's first Intl.DateTimeFormat
// loads the locale's calendar (about 9 ms on a phone), which a page with no date to show,
// as on a first visit, need not spend while it starts.
export function dateFormat(doc, options) {
  let made = null;
  return { format: (date) => (made = made || new Intl.DateTimeFormat(dateLocale(doc), options)).format(date) };
}
