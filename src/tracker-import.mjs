/* The tracker's import (docs/herramientas/registro.md): a CSV file, or rows pasted from a
 * spreadsheet, read into a preview before anything changes: which field each column goes to
 * (the reader may change it), the encoding and separator read, the order of dd/mm dates when
 * both fit, the contacts already here. Then "Add" (joined by name and organisation, never
 * duplicated) or "Replace" (which asks first). Every message sits in .tracker__import-status,
 * beside the controls, announced and scrolled into view. The logic: contact-import.mjs. */
import * as csv from "./csv.mjs";
import { COLUMNS } from "./tracker-records.mjs";
import { importer, join, NOTES, SKIP, LAST_NAME } from "./contact-import.mjs";
import { el } from "./lib/dom.mjs";

const SEPARATOR_WORD = { ",": "sep_comma", ";": "sep_semicolon", "\t": "sep_tab" };
const NAMED = 8; // names listed in the preview's duplicates, then how many more

function some(names) {
  return names.slice(0, NAMED).join(", ") + (names.length > NAMED ? " … (+" + (names.length - NAMED) + ")" : "");
}

/* tracker: {contacts() -> the list here, set(list) -> whether it was stored}. */
export function startImport(form, say, lang, maxBytes, tracker) {
  var read = importer(say);
  var fileInput = form.querySelector(".tracker__file");
  var paste = form.querySelector(".tracker__paste");
  var preview = form.querySelector(".tracker__preview");
  var status = form.querySelector(".tracker__import-status");
  var pending = null; // {table, encoding, targets, order, result}

  function note(text, bad) {
    status.textContent = text;
    status.classList.toggle("tool__problem", !!bad);
    if (text) status.scrollIntoView({ block: "center" }); // whole, with what caused it above
  }
  function close() { pending = null; preview.hidden = true; preview.replaceChildren(); }

  var TARGETS = COLUMNS.map(function (c) { return [c.id, say.every("csv.column." + c.id)[lang] || c.id]; })
    .concat([[LAST_NAME, say("to_last_name")], [NOTES, say("to_notes")], [SKIP, say("to_skip")]]);

  function take(text, encoding) {
    close();
    var table = read.read(text, lang);
    if (!table.ok) { note(table.message, true); return; }
    var orders = read.dateOrders(table, table.targets);
    pending = { table: table, encoding: encoding, targets: table.targets.slice(), order: orders.day || !orders.month ? "day" : "month" };
    show();
  }

  function show() {
    var p = pending, t = p.table;
    var title = el("h3", { tabIndex: -1 }, say("preview_title"));
    var rows = t.header.map(function (h, i) {
      var select = el("select", { className: "tracker__map", "aria-label": h || String(i + 1) }, TARGETS.map(function (o) {
        return el("option", { value: o[0], selected: o[0] === p.targets[i] }, o[1]);
      }));
      select.dataset.column = String(i);
      var first = (t.rows.filter(function (r) { return r.fields[i]; })[0] || { fields: [] }).fields[i] || "";
      return el("tr", {}, [el("th", { scope: "row" }, h), el("td", {}, first.slice(0, 60)), el("td", {}, [select])]);
    });
    var head = el("tr", {}, ["map_column", "map_example", "map_target"].map(function (k) { return el("th", { scope: "col" }, say(k)); }));
    var table = el("table", { className: "tracker__mapping" }, [el("caption", {}, say("map_caption")), el("thead", {}, [head]), el("tbody", {}, rows)]);
    var wrap = el("div", { className: "tracker__mapping-wrap", tabIndex: 0, role: "region", "aria-label": say("map_caption") }, [table]);
    var sep = say(SEPARATOR_WORD[t.sep]);
    var buttons = ["import_add", "import_replace", "import_cancel"].map(function (k, i) {
      var b = el("button", { type: "button", className: "md-button" + (i === 0 ? " md-button--primary" : "") }, say(k));
      b.dataset.choice = k;
      return b;
    });
    var summary = say(p.encoding ? "preview_read" : "preview_pasted", { encoding: p.encoding, sep: sep, n: t.rows.length });
    preview.replaceChildren(title, el("p", {}, summary), el("p", { className: "tool__problem tracker__preview-problem" }),
      wrap, el("div", { className: "tracker__dates" }), el("p", { className: "tracker__dupes" }),
      el("div", { className: "tool__actions" }, buttons));
    preview.hidden = false;
    check();
    title.focus({ preventScroll: true });
    title.scrollIntoView({ block: "start" });
  }

  /* The contacts the preview's choices give, and what it says about them. */
  function check() {
    var p = pending;
    p.targets = Array.prototype.map.call(preview.querySelectorAll(".tracker__map"), function (s) { return s.value; });
    var orders = read.dateOrders(p.table, p.targets);
    if (!orders.ambiguous && orders.any) p.order = orders.day ? "day" : orders.month ? "month" : p.order;
    var dates = preview.querySelector(".tracker__dates");
    if (orders.ambiguous) {
      if (!dates.querySelector("fieldset")) {
        dates.replaceChildren(el("fieldset", {}, [el("legend", {}, say("dates_legend"))].concat(["day", "month"].map(function (o) {
          var input = el("input", { type: "radio", name: "tr-date-order", value: o, checked: p.order === o });
          return el("label", { className: "tool__choice" }, [input, el("span", {}, say(o === "day" ? "dates_day" : "dates_month"))]);
        }))));
      }
    } else {
      dates.replaceChildren(orders.any && !(orders.day && orders.month) && (orders.day || orders.month)
        ? el("p", {}, say(orders.day ? "dates_only_day" : "dates_only_month")) : "");
    }
    var twice = p.targets.filter(function (x, i) { return x !== NOTES && x !== SKIP && p.targets.indexOf(x) !== i; })[0];
    var result = twice ? { ok: false, message: say("map_twice", { field: TARGETS.filter(function (o) { return o[0] === twice; })[0][1] }) }
      : p.targets.indexOf("name") === -1 ? { ok: false, message: say("map_no_name") }
      : read.contacts(p.table, p.targets, p.order, lang);
    p.result = result.ok ? result : null;
    // Shown at the top of the preview, and announced by the import's status line.
    preview.querySelector(".tracker__preview-problem").textContent = result.ok ? "" : result.message;
    note(result.ok ? "" : result.message, true);
    var dupes = "";
    if (result.ok) {
      var joined = join(tracker.contacts(), result.contacts, result.given, false);
      dupes = [joined.merged.length ? say("dupes_here", { names: some(joined.merged) }) : say("dupes_none"),
        joined.repeats.length ? say("dupes_file", { names: some(joined.repeats) }) : ""].join(" ").trim();
    }
    preview.querySelector(".tracker__dupes").textContent = dupes;
    preview.querySelectorAll("[data-choice=import_add], [data-choice=import_replace]").forEach(function (b) { b.disabled = !result.ok; });
  }

  // Enter on a date-order radio would submit the tracker's form (its "Save contact").
  preview.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches("input")) event.preventDefault();
  });
  preview.addEventListener("change", function (event) {
    if (event.target.name === "tr-date-order") pending.order = event.target.value;
    check();
  });

  preview.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-choice]");
    if (!button || !pending) return;
    var choice = button.dataset.choice;
    var p = pending;
    var here = tracker.contacts();
    var readAs = p.encoding ? " " + say("read_as", { encoding: p.encoding }) : "";
    if (choice === "import_cancel") { close(); note(say("unchanged")); status.focus(); return; }
    if (!p.result) return;
    var joined = join(here, p.result.contacts, p.result.given, choice === "import_replace");
    if (choice === "import_replace" && here.length &&
        !confirm(say("import_confirm", { n: joined.contacts.length, old: here.length }))) {
      note(say("unchanged"));
      return;
    }
    close();
    var stored = tracker.set(joined.contacts);
    var text = choice === "import_replace" ? say("imported", { n: joined.contacts.length })
      : say("import_added", { n: joined.added.length }) + (joined.merged.length ? " " + say("import_merged", { n: joined.merged.length }) : "");
    note(stored ? text + readAs : say("unsaved"), !stored);
    status.focus();
  });

  fileInput.addEventListener("change", function () {
    var file = fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > maxBytes) { close(); note(say("too_large") + " " + say("unchanged"), true); return; }
    file.arrayBuffer().then(function (bytes) {
      var got = csv.decode(bytes);
      take(got.text, got.encoding);
    }).catch(function () { note(say("unreadable") + " " + say("unchanged"), true); });
  });

  function takePasted() {
    if (!paste.value.trim()) { close(); note(say("paste_empty"), true); paste.focus(); return; }
    note("");
    take(paste.value, null);
  }
  form.querySelector(".tracker__paste-read").addEventListener("click", takePasted);
  // Rows pasted into the box are read at once (the button is for rows typed or edited there).
  var pasted = false;
  paste.addEventListener("paste", function () { pasted = true; });
  paste.addEventListener("input", function () { if (pasted) { pasted = false; takePasted(); } });
  status.tabIndex = -1; // focus lands on what happened once the preview's buttons are gone
}
