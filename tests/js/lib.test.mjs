// The pure helpers of src/lib/, without a browser.
import test from "node:test";
import assert from "node:assert/strict";
import { fakePage, SRC } from "./fake-page.mjs";

const lib = (name) => import(new URL(`lib/${name}.mjs`, SRC));
const { fold } = await lib("fold");
const { dateLocale, dateFormat } = await lib("date-locale");
const { debounceSave } = await lib("debounce-save");
const { pageData, fillIn } = await lib("words");
const { hasContent } = await lib("answered");
const { localDay } = await lib("local-day");

test("fold: accents, case and surrounding spaces aside", () => {
  assert.equal(fold("  Peña ÁLVAREZ "), "pena alvarez");
  assert.equal(fold("Ça\u0301 Ünal"), "ca unal", "composed and decomposed accents alike");
  assert.equal(fold("Müller"), fold("muller"));
  assert.equal(fold(null), "");
  assert.equal(fold(undefined), "");
  assert.equal(fold(42), "42");
});

test("local day: the reader's calendar date, also in the evening west of UTC", () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ["America/Mexico_City", "America/Argentina/Buenos_Aires", "Europe/Madrid", "Pacific/Kiritimati"]) {
      process.env.TZ = tz;  // Node reads the zone again when TZ changes
      const evening = new Date(2026, 11, 1, 23, 30);
      assert.equal(localDay(evening), "2026-12-01", tz);
      assert.equal(localDay(new Date(2026, 0, 1, 0, 5)), "2026-01-01", tz);
      assert.equal(localDay(new Date(987, 4, 9, 12)), "0987-05-09", `${tz}: zero-padded`);
    }
    process.env.TZ = "America/Mexico_City";
    assert.notEqual(new Date(2026, 11, 1, 23, 30).toISOString().slice(0, 10), "2026-12-01",
      "the check above would catch a UTC date");
  } finally {
    if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone;
  }
});

test("date locale: the page's data-date-locale where it has one, else its lang", () => {
  const british = fakePage({}, { lang: "en", attrs: { "data-date-locale": "en-GB" } }).document;
  assert.equal(dateLocale(british), "en-GB");
  const spanish = fakePage({}, { lang: "es" }).document;
  assert.equal(dateLocale(spanish), "es");
});

test("date format: made on its first use, once, in the page's date locale", () => {
  const made = [];
  const real = Intl.DateTimeFormat;
  Intl.DateTimeFormat = function (...args) { made.push(args[0]); return new real(...args); };
  try {
    const british = fakePage({}, { lang: "en", attrs: { "data-date-locale": "en-GB" } }).document;
    const long = dateFormat(british, { year: "numeric" });
    assert.deepEqual(made, [], "nothing made before a date is written");
    assert.equal(long.format(new Date("2026-12-08T00:00:00Z")), "8 December 2026");
    assert.equal(long.format(new Date("2027-01-06T00:00:00Z")), "6 January 2027");
    assert.deepEqual(made, ["en-GB"], "made once, in the page's date locale");
    assert.equal(dateFormat(british, { weekday: "long" }).format(new Date("2026-12-08T00:00:00Z")), "Tuesday 8 December",
      "the day and the month's name always, read as UTC");
  } finally {
    Intl.DateTimeFormat = real;
  }
});

// Timers a test moves by hand, and the pagehide event it fires.
function fakeHost() {
  let now = 0, next = 1;
  const timers = new Map(), listeners = {};
  return {
    setTimeout(fn, ms) { timers.set(next, { fn, at: now + ms }); return next++; },
    clearTimeout(id) { timers.delete(id); },
    addEventListener(type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    fire(type) { (listeners[type] || []).forEach((fn) => { fn(); }); },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...timers]) if (t.at <= now) { timers.delete(id); t.fn(); }
    },
    waiting: () => timers.size,
  };
}

test("debounce save: once typing pauses for the delay, not before, and once per pause", () => {
  const host = fakeHost();
  let saves = 0;
  const saver = debounceSave(() => saves++, 250, host);
  saver.schedule();
  host.advance(200);
  saver.schedule(); // another keystroke: the wait starts again
  host.advance(200);
  assert.equal(saves, 0, "saved while the reader was still typing");
  assert.ok(saver.pending());
  host.advance(50);
  assert.equal(saves, 1, "not saved 250 ms after the last keystroke");
  assert.equal(saver.pending(), false);
  assert.equal(host.waiting(), 0, "a timer left behind");
  host.advance(1000);
  assert.equal(saves, 1, "saved twice for one pause");
});

test("debounce save: flush and pagehide save what waits, at once and only then; cancel drops it", () => {
  const host = fakeHost();
  let saves = 0;
  const saver = debounceSave(() => saves++, 250, host);
  saver.flush();
  host.fire("pagehide");
  assert.equal(saves, 0, "saved with nothing waiting");
  saver.schedule();
  host.fire("pagehide");
  assert.equal(saves, 1, "pagehide did not save what was typed");
  host.advance(300);
  assert.equal(saves, 1, "the timer saved again after pagehide");
  saver.schedule();
  saver.flush();
  assert.equal(saves, 2);
  saver.schedule();
  saver.cancel();
  host.advance(300);
  host.fire("pagehide");
  assert.equal(saves, 2, "a cancelled save still happened");
});

test("page data: each key's piece of the page's one block, parsed once per page", () => {
  const data = { contacts: { you: ["your_name"] }, "tool-words": { add: "Añadir" }, schema: {} };
  fakePage({ "page-data": JSON.stringify(data) });
  assert.deepEqual(pageData("contacts"), data.contacts);
  assert.deepEqual(pageData("tool-words"), { add: "Añadir" });
  assert.deepEqual(pageData("schema"), {});
  assert.equal(pageData("templates"), undefined, "a key the page lacks");
  assert.equal(pageData("toString"), undefined, "an inherited name is not a key");
  // Another page (a new document): its own block.
  fakePage({ "page-data": JSON.stringify({ schema: { notas: {} } }) });
  assert.deepEqual(pageData("schema"), { notas: {} });
  assert.equal(pageData("contacts"), undefined);
});

test("page data: none on the page, or a broken block, gives nothing (and the error is raised apart)", async () => {
  fakePage({});
  assert.equal(pageData("contacts"), undefined);
  const thrown = new Promise((resolve) => {
    const saved = globalThis.setTimeout;
    globalThis.setTimeout = (fn) => { globalThis.setTimeout = saved; try { fn(); } catch (e) { resolve(e); } };
  });
  fakePage({ "page-data": "{not json" });
  assert.equal(pageData("contacts"), undefined);
  assert.ok((await thrown) instanceof SyntaxError, "the broken block was not reported");
});

test("fillIn: @name from values, any other @name left as written", () => {
  assert.equal(fillIn("@n of @total answered", { n: 3, total: 7 }), "3 of 7 answered");
  assert.equal(fillIn("@n of @total", { n: 0 }), "0 of @total");
  assert.equal(fillIn("@toString @constructor", {}), "@toString @constructor");
  assert.equal(fillIn("$1 @name", { name: "$& $1" }), "$1 $& $1", "a value is text, not a replacement pattern");
  assert.equal(fillIn("sin nada"), "sin nada");
});

test("hasContent: text not blank, lists and objects holding some; never numbers or booleans", () => {
  for (const v of ["x", [" ", "y"], { a: "", b: ["z"] }]) assert.equal(hasContent(v), true, JSON.stringify(v));
  for (const v of ["", "  \n", [], [""], {}, { a: " " }, 0, 30, true, false, null, undefined]) {
    assert.equal(hasContent(v), false, JSON.stringify(v));
  }
});
