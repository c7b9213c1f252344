// The core journeys in WebKit (WebKitGTK's MiniBrowser), driven through Debian's
// WebKitWebDriver (webkit2gtk-driver) over classic WebDriver, on a virtual display (Xvfb).
// WEBKIT_DRIVER_PATH overrides the driver.
//
// What this driver does not offer, and what stands in for it:
// - no print command (POST /session/{id}/print is "unknown command" in 2.50): when the
//   driver says so, the print journey checks the print rules only (journeys.cjs);
// - no logs and no BiDi: console errors and uncaught exceptions are recorded by a hook
//   installed once each page has loaded, so errors thrown while a page loads are not seen.
"use strict";
const { spawn } = require("node:child_process");
const { freePort, waitForHttp } = require("./site.cjs");
const { runJourneys } = require("./journeys.cjs");

const DRIVER = process.env.WEBKIT_DRIVER_PATH || "/usr/bin/WebKitWebDriver";

// Xvfb picks a free display itself and writes its number to fd 3: no race with another
// virtual display started at the same moment (xvfb-run -a guesses, then retries).
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
      { stdio: ["ignore", "ignore", "pipe", "pipe"] });
    let stderr = "";
    let number = "";
    xvfb.stderr.on("data", (d) => (stderr += d));
    xvfb.stdio[3].on("data", (d) => {
      number += d;
      if (number.includes("\n")) resolve({ display: `:${number.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.on("error", reject);
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited (${code}) before it had a display:\n${stderr}`)));
  });
}

// Hooks that record what the page reports after load (see the note at the top).
function recordErrors() {
  if (window.__engineErrors) return;
  window.__engineErrors = [];
  const record = (text) => window.__engineErrors.push(`${text} (${location.href})`);
  const original = console.error;
  console.error = function (...args) {
    record(`console: ${args.map(String).join(" ")}`);
    return original.apply(this, args);
  };
  addEventListener("error", (e) => record(`uncaught: ${e.message}`));
  addEventListener("unhandledrejection", (e) => record(`unhandled rejection: ${e.reason}`));
}

async function webkit() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: "ignore" });
  const stop = () => {
    driver.kill();
    xvfb.stop();
  };
  process.once("exit", stop); // also when a test run is cut short
  const origin = `http://127.0.0.1:${port}`;
  let session;
  let capabilities;
  async function call(method, path, body) {
    const response = await fetch(`${origin}${session ? `/session/${session}` : ""}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value && value.error) {
      const error = new Error(`WebKitWebDriver ${method} ${path}: ${value.error}: ${value.message}`);
      error.webdriver = value.error;
      throw error;
    }
    return value;
  }
  try {
    const failed = new Promise((_, reject) => {
      driver.once("error", reject);
      driver.once("exit", (code) => reject(new Error(`${DRIVER} exited (${code}) before it answered`)));
    });
    failed.catch(() => {}); // it exits when we stop it, too
    await Promise.race([waitForHttp(`${origin}/status`), failed]);
    ({ sessionId: session, capabilities } = await call("POST", "/session", { capabilities: {} }));
  } catch (error) {
    stop();
    throw error;
  }
  await call("POST", "/window/rect", { width: 1280, height: 900 });
  const evaluate = (fn, ...args) =>
    call("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments);`, args });
  const element = async (selector) =>
    Object.values(await call("POST", "/element", { using: "css selector", value: selector }))[0];
  const errors = [];
  // What the current page recorded, taken out of it (so each error counts once).
  const harvest = async () => errors.push(...await evaluate(() => (window.__engineErrors || []).splice(0)));
  const loaded = () => evaluate(recordErrors);
  return {
    name: `WebKit ${capabilities.browserVersion} (${capabilities.browserName})`,
    async goto(url) {
      await harvest();
      await call("POST", "/url", { url });
      await loaded();
    },
    async reload() {
      await harvest();
      await call("POST", "/refresh", {});
      await loaded();
    },
    evaluate,
    async type(selector, text) {
      await call("POST", `/element/${await element(selector)}/value`, { text });
    },
    async press(key) {
      await call("POST", "/actions", {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
      });
    },
    async pdf() {
      try {
        return Buffer.from(await call("POST", "/print", {}), "base64");
      } catch (error) {
        if (error.webdriver === "unknown command") return null;
        throw error;
      }
    },
    async takeErrors() {
      await harvest();
      return errors.splice(0);
    },
    async close() {
      await call("DELETE", "", undefined).catch(() => {});
      stop();
    },
  };
}

runJourneys("WebKit", webkit);
