// The core journeys in Firefox (Debian's firefox-esr), driven by puppeteer-core over
// WebDriver BiDi. FIREFOX_PATH overrides the browser.
"use strict";
const puppeteer = require("puppeteer-core");
const { runJourneys } = require("./journeys.cjs");

const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

async function firefox() {
  // Generous timeouts: a busy 2-core machine starts Firefox in 15-40 s.
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, timeout: 120000 });
  const page = await browser.newPage();
  page.setDefaultTimeout(60000);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()} (${page.url()})`));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message} (${page.url()})`));
  return {
    name: `Firefox ${await browser.version()}`,
    goto: (url) => page.goto(url, { waitUntil: "load" }),
    reload: () => page.reload({ waitUntil: "load" }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key),
    pdf: async () => Buffer.from(await page.pdf({ format: "A4", printBackground: true })),
    takeErrors: async () => errors.splice(0),
    close: () => browser.close(),
  };
}

runJourneys("Firefox", firefox);
