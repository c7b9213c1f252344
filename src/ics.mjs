/* iCalendar (RFC 5545) files for the follow-up reminders: all-day events, escaped text,
 * lines folded at 75 octets of UTF-8 and ended with CRLF. Tested by tests/js/ics.test.mjs. */
import { addDays } from "./business-days.mjs";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/* RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become \n, and
 * control characters (NUL, ESC, DEL, ...; not tab), which TEXT may not hold, are dropped. */
export function escapeText(value) {
  return String(value == null ? "" : value)
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint) {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/* RFC 5545 3.1: no line longer than 75 octets; a continuation line starts with one space,
 * which counts towards its 75. Splits only between characters, never inside one. */
export function fold(line) {
  var out = [];
  var current = "";
  var used = 0;
  for (var ch of line) {
    var size = octets(ch.codePointAt(0));
    if (used + size > MAX_OCTETS) {
      out.push(current);
      current = " ";
      used = 1;
    }
    current += ch;
    used += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function compactDate(isoDate) {
  return isoDate.replace(/-/g, "");
}

function stamp(date) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/* A UID from stored text: only letters, digits and - . _ @ (nothing can end its line). */
export function uid(value) {
  return String(value == null ? "" : value).replace(/[^A-Za-z0-9@._-]/g, "").slice(0, 200) || "event";
}

/* The UID of one step ("day3", "day7", "thanks") of one contact: unique to both, and the
 * same at every download, so a calendar updates the event instead of adding another; `site`
 * (the site's slug, lib/site.mjs) on the right of the @, as RFC 5545 asks. */
export function stepUid(id, kind, site) {
  return uid(id + "-" + kind) + "@" + uid(site);
}

/* events: [{uid, date: "YYYY-MM-DD", summary, description, sequence}]; options: {now: Date,
 * prodId: string}. Every event lasts the whole day and carries a display alarm at 9:00. */
export function calendar(events, options) {
  var opts = options || {};
  var now = stamp(opts.now || new Date());
  var lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:" + (opts.prodId || "-//calendar//EN"),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH"
  ];
  events.forEach(function (event) {
    lines.push(
      "BEGIN:VEVENT",
      "UID:" + uid(event.uid),
      "SEQUENCE:" + (Math.floor(Number(event.sequence)) > 0 ? Math.floor(Number(event.sequence)) : 0),
      "DTSTAMP:" + now,
      "DTSTART;VALUE=DATE:" + compactDate(event.date),
      "DTEND;VALUE=DATE:" + compactDate(addDays(event.date, 1)),
      "SUMMARY:" + escapeText(event.summary),
      "TRANSP:TRANSPARENT"
    );
    if (event.description) lines.push("DESCRIPTION:" + escapeText(event.description));
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:" + escapeText(event.summary),
      "TRIGGER;RELATED=START:PT9H",
      "END:VALARM",
      "END:VEVENT"
    );
  });
  lines.push("END:VCALENDAR");
  return lines.map(fold).join(CRLF) + CRLF;
}
