// Run one of our classic browser scripts (docs/assets/javascripts/) in a bare context with a
// `window` of its own, and hand back that window: the pure parts need nothing else.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const SCRIPTS = path.join(__dirname, "..", "..", "docs", "assets", "javascripts");

function load(...files) {
  const window = {};
  window.window = window;
  const context = vm.createContext(window);
  for (const file of files) {
    const full = path.join(SCRIPTS, file);
    vm.runInContext(fs.readFileSync(full, "utf8"), context, { filename: full });
  }
  return window;
}

// Values made in the script's context have that context's prototypes: compare plain copies.
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

module.exports = { load, plain };
