// iCalendar text (src/ics.mjs), without a browser. Read back by an
// RFC 5545 parser: tests/test_tools_followup.py (icalendar).
import test from "node:test";
import assert from "node:assert/strict";
import * as ics from "../../src/ics.mjs";

test("text is escaped as RFC 5545 says, control characters dropped", () => {
  assert.equal(ics.escapeText("a\\b;c,d\r\ne\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
  assert.equal(ics.escapeText("bell\x07 esc\x1b del\x7f tab\t"), "bell esc del tab\t");
});

test("lines fold at 75 octets, never inside a character; continuation lines start with a space", () => {
  const folded = ics.fold("DESCRIPTION:" + "é".repeat(100));
  const lines = folded.split("\r\n");
  assert.ok(lines.length > 1);
  for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets`);
  assert.ok(lines.slice(1).every((line) => line.startsWith(" ")));
  assert.equal(lines.map((line, i) => (i ? line.slice(1) : line)).join(""), "DESCRIPTION:" + "é".repeat(100));
  assert.equal(ics.fold("short"), "short");
});

test("UIDs keep only safe characters; an all-day event ends the next day, with a 9:00 alarm", () => {
  assert.equal(ics.uid("a b\r\nEND:VEVENT"), "abENDVEVENT");
  assert.equal(ics.uid(""), "event");
  const text = ics.calendar([{ uid: "x@y", date: "2025-12-31", summary: "S", sequence: 2.7 }],
    { now: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)), prodId: "-//T//EN" });
  for (const line of ["PRODID:-//T//EN", "UID:x@y", "SEQUENCE:2", "DTSTART;VALUE=DATE:20251231",
    "DTEND;VALUE=DATE:20260101", "TRIGGER;RELATED=START:PT9H"]) {
    assert.ok(text.includes(line + "\r\n"), line);
  }
  assert.ok(!text.includes("DESCRIPTION:S\r\nTRANSP"), "no event description without one");
  assert.ok(text.endsWith("END:VCALENDAR\r\n"));
});
