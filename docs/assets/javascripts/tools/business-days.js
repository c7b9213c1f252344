/* Business-day arithmetic for the 3B7 follow-up planner.
 *
 * Dates are plain calendar days written YYYY-MM-DD and handled in UTC so that no time zone
 * or daylight-saving change can shift a day. Exposed as window.SiteTools.businessDays so the
 * page and the tests (page.evaluate) call the same code.
 */
(function (root) {
  "use strict";

  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  var DAY_MS = 24 * 60 * 60 * 1000;

  /* A Date at 00:00 UTC for a valid YYYY-MM-DD, or null (2025-02-30 is not a day). */
  function parse(text) {
    var m = ISO_DATE.exec(String(text || "").trim());
    if (!m) return null;
    var y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return date;
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }

  function format(date) {
    return pad(date.getUTCFullYear(), 4) + "-" + pad(date.getUTCMonth() + 1, 2) + "-" + pad(date.getUTCDate(), 2);
  }

  function addDays(text, days) {
    var date = parse(text);
    if (!date) throw new RangeError("Not a date (YYYY-MM-DD): " + text);
    return format(new Date(date.getTime() + days * DAY_MS));
  }

  function isWeekend(text) {
    var day = parse(text).getUTCDay();
    return day === 0 || day === 6;
  }

  /* The day `count` business days after `start` (the start day itself is never counted, so a
   * message sent on a Saturday counts Monday as day 1). Weekends and `holidays` are skipped. */
  function addBusinessDays(start, count, holidays) {
    if (!parse(start)) throw new RangeError("Not a date (YYYY-MM-DD): " + start);
    var skip = {};
    (holidays || []).forEach(function (h) { skip[h] = true; });
    var day = format(parse(start));
    var left = count;
    while (left > 0) {
      day = addDays(day, 1);
      if (!isWeekend(day) && !skip[day]) left -= 1;
    }
    return day;
  }

  /* Holiday dates pasted by the reader: one or more per line, separated by spaces, commas or
   * semicolons. Returns the valid dates (sorted, once each) and what could not be read, with
   * its line number, so the page can say exactly what to fix. */
  function parseHolidays(text) {
    var dates = {};
    var invalid = [];
    String(text || "").split(/\r\n|\r|\n/).forEach(function (line, index) {
      line.split(/[\s,;]+/).forEach(function (token) {
        if (!token) return;
        if (parse(token)) dates[token] = true;
        else invalid.push({ line: index + 1, text: token });
      });
    });
    return { dates: Object.keys(dates).sort(), invalid: invalid };
  }

  /* The 3B7 dates for a message sent on `sent`. */
  function plan3B7(sent, holidays) {
    return {
      day3: addBusinessDays(sent, 3, holidays),
      day7: addBusinessDays(sent, 7, holidays)
    };
  }

  var api = {
    parse: parse,
    format: format,
    addDays: addDays,
    isWeekend: isWeekend,
    addBusinessDays: addBusinessDays,
    parseHolidays: parseHolidays,
    plan3B7: plan3B7
  };
  root.SiteTools = root.SiteTools || {};
  root.SiteTools.businessDays = api;
})(window);
