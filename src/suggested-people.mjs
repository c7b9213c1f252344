/* «Personas que te sugirió» becomes contacts (issue 26 item 4): below a worksheet field with
 * data-adds-contacts (the notes' names, one a line), each person named, with "Add as a
 * contact", or "Already in your contacts" when a contact has that name (accents and case
 * aside: fold). Adding makes a contact with suggested_by, the name of the person the notes
 * are about, and the whole line as its notes when it says more than the name.
 * people(text) -> [{name, line}]: the pure part (tests/js/suggested-people.test.mjs).
 * startSuggestedPeople() sets up every such field on the page. */
import { SiteContacts as contacts } from "./contacts.mjs";
import { fold } from "./lib/fold.mjs";
import { fillIn } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";

// A line's name: after a list mark ("-", "•", "2."), up to a comma, a bracket, a colon or a
// spaced dash ("Ana Ruiz (Acme), producto" -> "Ana Ruiz").
export function people(text) {
  var seen = {};
  return String(text || "").split(/\r\n|\r|\n/).map(function (line) {
    var clean = line.replace(/^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/, "").trim();
    var name = clean.split(/\s*[,;:([]|\s+[-–—]\s+/)[0].trim();
    return { name: name, line: clean };
  }).filter(function (p) {
    var key = fold(p.name);
    if (!key || seen[key]) return false;
    seen[key] = true;
    return true;
  });
}

function setUp(field) {
  var root = field.closest(".worksheet");
  var m = JSON.parse(root.getAttribute("data-messages"));
  var tool = root.getAttribute("data-worksheet");
  var form = field.closest("form");
  var text = field.querySelector("textarea");
  var list = field.querySelector(".ws-suggested");
  var status = field.querySelector(".ws-suggested-status");
  var prefix = text.id + "-person-";

  // Who suggested them: the name the notes are about (the chosen contact's, or as typed).
  function suggester() {
    var nameField = contacts.roles().tools[tool];
    var input = nameField && form.querySelector('[name="' + nameField + '"]');
    var typed = input ? input.value.trim() : "";
    var id = contacts.current(tool);
    var r = !typed && id ? contacts.get(id) : null;
    return typed || (r ? r.name : "");
  }

  function known() {
    var out = {};
    contacts.list().forEach(function (r) { out[fold(r.name)] = true; });
    return out;
  }

  function render() {
    var found = people(text.value);
    var have = known();
    list.replaceChildren.apply(list, found.map(function (p, i) {
      var name = el("span", { className: "ws-suggested-name", id: prefix + i }, p.name);
      var end = have[fold(p.name)]
        ? el("span", { className: "ws-suggested-there", tabIndex: -1 }, m.suggested_there)
        : el("button", { type: "button", className: "md-button ws-suggested-add", "aria-describedby": prefix + i,
          dataset: { person: String(i) } }, m.suggested_add);
      return el("li", {}, [name, " ", end]);
    }));
    list.hidden = !found.length;
  }

  list.addEventListener("click", function (event) {
    var button = event.target.closest("[data-person]");
    if (!button) return;
    var i = Number(button.dataset.person);
    var p = people(text.value)[i];
    if (!p) return;
    var by = suggester();
    if (!known()[fold(p.name)]) {
      var record = { name: p.name };
      if (by) record.suggested_by = by;
      if (p.line !== p.name) record.notes = p.line;
      contacts.save(record);
    }
    render();
    status.textContent = fillIn(by ? m.suggested_added : m.suggested_added_alone, { name: p.name, by: by });
    var there = list.children[i] && list.children[i].querySelector(".ws-suggested-there");
    if (there) there.focus(); // the button is gone: keep the reader's place
  });
  text.addEventListener("input", function () { status.textContent = ""; render(); });
  form.addEventListener("ws-shown", render);
  contacts.onChange(render);
  render();
}

export function startSuggestedPeople() {
  document.querySelectorAll(".worksheet .ws-field[data-adds-contacts]").forEach(function (field) {
    if (!field.closest(".booklet")) setUp(field);
  });
}
