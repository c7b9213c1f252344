// The locale a page writes its dates in: data-date-locale on <html> where the language
// says more than its code (English as en-GB: "8 January 2026"), else the page's lang.
export function dateLocale(doc) {
  const root = doc.documentElement;
  return root.getAttribute("data-date-locale") || root.lang;
}

// A date as the site writes it in that locale, the day and the month's name ("8 December"),
// with what `more` adds (weekday, year); the dates are days stored as YYYY-MM-DD and read as
// UTC midnight, hence UTC. Made on its first use: a page's first Intl.DateTimeFormat loads the
// locale's calendar (about 9 ms on a phone), which a page with no date to show, as on a first
// visit, need not spend while it starts.
export function dateFormat(doc, more) {
  let made = null;
  return { format: (date) => (made = made || new Intl.DateTimeFormat(dateLocale(doc), { day: "numeric", month: "long", timeZone: "UTC", ...more })).format(date) };
}
