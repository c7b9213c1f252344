/* The tracker's files out (docs/herramientas/registro.md): the CSV in the page language's
 * separator (a second button the other), and one calendar of every contact's reminders.
 * What each did is said in .tracker__files-status, beside the buttons. The import:
 * tracker-import.mjs. */
import * as steps from "./contact-steps.mjs";
import * as ics from "./ics.mjs";
import { siteSlug } from "./lib/site.mjs";
import { download } from "./lib/download.mjs";

/* tracker: {contacts() -> the list, save() -> whether it was stored}; toCSV from csvFor. */
export function startFiles(form, say, lang, toCSV, tracker) {
  var status = form.querySelector(".tracker__files-status");
  function note(text, bad) {
    status.textContent = text;
    status.classList.toggle("tool__problem", !!bad);
    status.scrollIntoView({ block: "center" });
  }
  // The page's language sets the separator of the main button; the other one sits beside it.
  var exportButton = form.querySelector(".tracker__export");
  var mainSep = say("csv_separator"); // what spreadsheets in the page's language expect
  var other = exportButton.cloneNode(false);
  other.classList.replace("tracker__export", "tracker__export-other");
  other.textContent = say("export_other");
  exportButton.after(other);
  function exportWith(sep) {
    var fileName = say("file");
    download(fileName, "text/csv;charset=utf-8", toCSV(tracker.contacts(), lang, sep));
    note(say("exported", { n: tracker.contacts().length, file: fileName }));
  }
  exportButton.addEventListener("click", function () { exportWith(mainSep); });
  other.addEventListener("click", function () { exportWith(mainSep === ";" ? "," : ";"); });

  // One calendar file with every contact's upcoming reminders: the same UIDs as the
  // planner's file for that contact, so either updates the other's events.
  form.querySelector(".tracker__ics").addEventListener("click", function () {
    var day = steps.today();
    var events = [];
    tracker.contacts().forEach(function (c) {
      var items = steps.upcoming(c, day, say);
      if (!items.length) return;
      c.ics_steps = steps.recordSequences(c.ics_steps, items);
      var seq = steps.sequences(c.ics_steps);
      items.forEach(function (r) {
        events.push({ uid: ics.stepUid(c.id, r.kind, siteSlug()), date: r.date, summary: r.summary,
          description: r.description, sequence: seq[r.kind][1] });
      });
    });
    if (!events.length) { note(say("ics_none"), true); return; }
    events.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    tracker.save();
    var file = say("ics_file");
    download(file, "text/calendar;charset=utf-8", ics.calendar(events, {
      prodId: "-//" + siteSlug() + "//Registro//" + lang.toUpperCase() }));
    note(say("ics_downloaded", { n: events.length, file: file }));
  });
}
