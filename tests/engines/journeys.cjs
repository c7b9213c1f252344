// The reader's core journeys, written once for every engine. An engine (firefox.cjs,
// webkit.cjs) gives: goto(url) (resolves at "load"), reload(), evaluate(fn, ...args) (fn
// runs in the page), type(selector, text) (real key events), press(key) (a key to the
// focused element), pdf() (PDF bytes, or null when the engine cannot print), and
// takeErrors() (console errors and uncaught exceptions since the last call).
"use strict";
const assert = require("node:assert/strict");
const { describe, before, after, test } = require("node:test");
const { pdfText, serveSite } = require("./site.cjs");

const WAIT_MS = 15000;

// Poll a condition in the page until it holds: an explicit wait, never a fixed sleep.
async function waitFor(engine, what, fn, ...args) {
  const deadline = Date.now() + WAIT_MS;
  let last;
  for (;;) {
    last = await engine.evaluate(fn, ...args);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`${engine.name}: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const worksheetReady = () => !!document.querySelector(".ws-toolbar:not([hidden])");
const fieldValue = (selector) => document.querySelector(selector).value;
// The store's key is its business: look for the text in any stored value.
const stored = (text) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || "").includes(text));

const NOTES = "fichas/notas/";
const FIELD = "#ws-notas-their_name";
const ANSWER = "Lucía Ñúñez Dalby";
const PRINTED_FIELD = "#ws-notas-advice";
const PRINTED = "Preguntar por la planificación de la demanda";

async function openWorksheet(engine, url) {
  await engine.goto(url);
  await waitFor(engine, `the worksheet at ${url}`, worksheetReady);
}

// Copy the page's print rules into a sheet that applies on screen: the closest an engine
// that cannot print or emulate print media comes to it. Returns how many rules it copied.
function applyPrintRules() {
  const sheet = new CSSStyleSheet();
  const isPrint = (rule) => rule instanceof CSSMediaRule
    && rule.media.mediaText.split(",").some((m) => /^\s*(only\s+)?print\b/.test(m));
  for (const styles of document.styleSheets) {
    for (const rule of styles.cssRules) {
      if (!isPrint(rule)) continue;
      for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    }
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet.cssRules.length;
}

function printedView(field) {
  const box = (el) => el && getComputedStyle(el).display !== "none" && el.getClientRects().length > 0;
  const mirror = document.querySelector(field).parentElement.querySelector(".ws-print-answer");
  return {
    header: box(document.querySelector(".md-header")),
    toolbar: box(document.querySelector(".ws-toolbar")),
    input: box(document.querySelector(field)),
    mirror: box(mirror) ? mirror.textContent : null,
  };
}

const journeys = [
  {
    name: "worksheet answers are kept across a reload and the language switch",
    async run(engine, site) {
      await openWorksheet(engine, site.url + NOTES);
      await engine.type(FIELD, ANSWER);
      await waitFor(engine, "the answer in localStorage", stored, ANSWER);
      await engine.reload();
      await waitFor(engine, "the worksheet after the reload", worksheetReady);
      assert.equal(await engine.evaluate(fieldValue, FIELD), ANSWER, "the answer after a reload");
      const english = await engine.evaluate(() => document.querySelector("a.md-select__link[hreflang=en]").href);
      assert.equal(new URL(english).pathname, site.base + "en/" + NOTES, "the language switcher's English link");
      await openWorksheet(engine, english);
      assert.equal(await engine.evaluate(() => document.documentElement.lang), "en");
      assert.equal(await engine.evaluate(fieldValue, FIELD), ANSWER, "the answer on the English page");
    },
  },
  {
    name: "the message builder's preview shows the recipient's name",
    async run(engine, site) {
      await engine.goto(site.url + "herramientas/mensaje/");
      await waitFor(engine, "the preview", () => document.querySelector(".builder__preview")?.textContent.trim() !== "");
      await engine.type("[name=their_name]", "Wilhelmina");
      await waitFor(engine, "the name in the preview",
        () => document.querySelector(".builder__preview").textContent.includes("Wilhelmina"));
    },
  },
  ...[["es", ""], ["en", "en/"]].map(([lang, start]) => ({
    name: `search from the keyboard ("/") finds pages in the page's language (${lang})`,
    async run(engine, site) {
      await engine.goto(site.url + start);
      await engine.press("/");
      await waitFor(engine, 'the search box focused by "/"',
        () => document.activeElement?.matches("input.md-search__input"));
      await engine.type("input.md-search__input", "Dalton");
      const hrefs = await waitFor(engine, "search results", () => {
        const links = [...document.querySelectorAll(".md-search-result__item > a")];
        return links.length ? links.map((a) => new URL(a.href).pathname) : null;
      });
      for (const href of hrefs) {
        assert.ok(href.startsWith(site.base), href);
        assert.equal(href.slice(site.base.length).startsWith("en/"), lang === "en", `a ${lang} page offered ${href}`);
      }
    },
  })),
  {
    name: "a filled worksheet prints its answer (PDF where the engine prints, print rules everywhere)",
    async run(engine, site, t) {
      await openWorksheet(engine, site.url + NOTES);
      await engine.type(PRINTED_FIELD, PRINTED);
      const answer = await engine.evaluate(fieldValue, PRINTED_FIELD);
      assert.ok(answer.endsWith(PRINTED), answer);
      const pdf = await engine.pdf();
      if (pdf) {
        const { pages, text } = pdfText(pdf);
        assert.ok(pages >= 1, "an empty PDF");
        assert.ok(text.includes(PRINTED), `the PDF lacks the answer: ${text.slice(0, 300)}`);
        t.diagnostic(`${engine.name} printed ${pages} page(s) to PDF`);
      } else {
        t.diagnostic(`${engine.name} cannot print to PDF here: checked the print rules instead`);
      }
      assert.deepEqual(await engine.evaluate(printedView, PRINTED_FIELD), { header: true, toolbar: true, input: true, mirror: null },
        "on screen: the page's chrome and the field show, the print mirror does not");
      assert.ok(await engine.evaluate(applyPrintRules) > 10, "the page has print rules");
      assert.deepEqual(await engine.evaluate(printedView, PRINTED_FIELD), { header: false, toolbar: false, input: false, mirror: answer },
        "with the print rules: no header or toolbar, the answer printed as text");
    },
  },
];

// One test per journey, then no console errors on the pages it visited.
function register(getEngine, getSite) {
  for (const journey of journeys) {
    test(journey.name, async (t) => {
      const engine = getEngine();
      await journey.run(engine, getSite(), t);
      assert.deepEqual(await engine.takeErrors(), [], "console errors");
    });
  }
}

// The suite for one engine: the site built and served, the engine started by `start()`
// (failing loudly, named, when it cannot be driven here), every journey, then both stopped.
function runJourneys(name, start) {
  describe(name, () => {
    let site;
    let engine;
    before(async () => {
      site = await serveSite();
      try {
        engine = await start();
      } catch (error) {
        throw new Error(`${name} cannot be driven here: ${error.message}`, { cause: error });
      }
    });
    after(async () => {
      await engine?.close();
      site?.close();
    });
    register(() => engine, () => site);
  });
}

module.exports = { runJourneys, journeys, waitFor };
