// Two tabs of one browser, each with its own copy of localStorage that the browser brings up
// to date a little later (as Chromium does): src/store.mjs must keep what both typed when
// they save within that moment, and when they do not. Each tab is its own instance of the
// module (a query string makes node load it again) over its own fake window.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SRC } from "./fake-page.mjs";

// The browser's storage, and each tab's late copy of it: a write lands in the writer's copy at
// once and reaches the others (with their storage event) when the test says so.
function browser() {
  const shared = {};
  const tabs = [];
  const pending = [];
  return {
    shared,
    tab() {
      const copy = { ...shared };
      const listeners = [];
      const document = {
        currentScript: null, documentElement: { lang: "es", getAttribute: () => null },
        getElementById: () => null, querySelector: () => null, querySelectorAll: () => [],
        addEventListener() {}, createElement: () => ({ style: {}, append() {}, setAttribute() {} }),
      };
      const window = {
        document, location: { search: "" }, setTimeout, clearTimeout,
        addEventListener: (type, fn) => { if (type === "storage") listeners.push(fn); },
        localStorage: {
          getItem: (k) => (k in copy ? copy[k] : null),
          setItem: (k, v) => {
            copy[k] = String(v);
            shared[k] = String(v);
            pending.push({ from: tab, key: k, value: String(v) });
          },
          removeItem: (k) => { delete copy[k]; delete shared[k]; },
        },
      };
      window.window = window;
      const tab = { window, document, copy, listeners };
      tabs.push(tab);
      return tab;
    },
    // Every write so far reaches every other tab: its copy, then its storage event. Tabs
    // that kept answering each other would never stop: that fails.
    deliver() {
      let rounds = 0;
      while (pending.length) {
        assert.ok(++rounds < 20, "the tabs keep rewriting each other's writes");
        const { from, key, value } = pending.shift();
        for (const tab of tabs) {
          if (tab === from) continue;
          tab.copy[key] = value;
          tab.listeners.forEach((fn) => { fn({ key, newValue: value }); });
        }
      }
    },
  };
}

let loads = 0;
async function openTab(b) {
  const tab = b.tab();
  Object.assign(globalThis, { window: tab.window, document: tab.document });
  const { WorksheetStore } = await import(new URL(`store.mjs?tab=${++loads}`, SRC));
  return WorksheetStore;
}

function storedNotes(b) {
  const key = Object.keys(b.shared).find((k) => !k.includes(":unreadable"));
  return JSON.parse(b.shared[key]).worksheets.notas.data;
}

test("two tabs saving within the same moment both keep what each typed", async () => {
  const b = browser();
  const one = await openTab(b);
  const two = await openTab(b);
  one.set("notas", { their_name: "Lucía" });
  two.set("notas", { ...two.get("notas"), advice: "mirar los datos" }); // before one's write reached it
  b.deliver();
  b.deliver(); // the answer a tab writes on taking in the other's
  for (const store of [one, two]) {
    assert.deepEqual(store.get("notas"), { their_name: "Lucía", advice: "mirar los datos" });
  }
  assert.deepEqual(storedNotes(b), { their_name: "Lucía", advice: "mirar los datos" });
});

test("a tab that had the other's answer still empties a field on purpose", async () => {
  const b = browser();
  const one = await openTab(b);
  const two = await openTab(b);
  one.set("notas", { their_name: "Lucía", advice: "mirar los datos" });
  b.deliver();
  assert.equal(two.get("notas").advice, "mirar los datos");
  two.set("notas", { their_name: "Lucía" }); // the reader cleared the advice in the second tab
  b.deliver();
  b.deliver();
  for (const store of [one, two]) assert.deepEqual(store.get("notas"), { their_name: "Lucía" });
  assert.deepEqual(storedNotes(b), { their_name: "Lucía" });
});

test("the same field typed in both tabs at once ends the same in both", async () => {
  const b = browser();
  const one = await openTab(b);
  const two = await openTab(b);
  one.set("notas", { advice: "uno" });
  two.set("notas", { advice: "dos" });
  b.deliver();
  b.deliver();
  assert.equal(one.get("notas").advice, two.get("notas").advice);
  assert.equal(storedNotes(b).advice, one.get("notas").advice);
});
