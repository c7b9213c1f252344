/* «Mi búsqueda»'s choice of public holidays (the page's .my-search__holidays box): the
 * country or region whose holidays count for day 3 and day 7, the same stored choice as the
 * 3B7 planner's (holiday-choice.mjs), from the page's "holidays" data (public-holidays.mjs).
 * Words: data/tools/busqueda.yml, the countries' names recordatorios.yml. */
import * as publicHolidays from "./public-holidays.mjs";
import { sharedHolidays, chooseHolidays } from "./holiday-choice.mjs";
import { HOLIDAYS_ID } from "./contact-steps.mjs";
import { WorksheetStore } from "./store.mjs";
import { toolWords } from "./tool-words.mjs";
import { pageData } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";

export function startHolidayControl(doc) {
  const box = doc.querySelector(".my-search__holidays");
  const data = pageData("holidays");
  if (!box || !data) return null;
  const say = toolWords();
  const select = el("select", { id: "ms-country", "aria-describedby": "ms-country-hint" });
  publicHolidays.fillSelect(select, data, say);
  select.options[0].textContent = say("holidays_only_weekends");
  const said = el("p", { className: "my-search__holidays-said", id: "ms-country-said", role: "status" });
  box.replaceChildren(
    el("label", { htmlFor: "ms-country" }, say("holidays_label")),
    select,
    el("p", { className: "tool__hint", id: "ms-country-hint" }, say("holidays_hint")),
    said);

  function tell(choice) {
    const n = publicHolidays.daysFor(data, choice).length;
    said.textContent = choice && n
      ? say("holidays_counted", { n, place: publicHolidays.nameOf(data, choice, say), years: data.years.join(" – ") })
      : say("holidays_not_counted");
  }
  function show() {
    const stored = sharedHolidays();
    select.value = stored.country;
    if (select.value !== stored.country) select.value = ""; // a choice this build no longer offers
    // This build's days for the stored choice (a later build may know next year's).
    const fresh = publicHolidays.daysFor(data, select.value).map((d) => d[0]);
    if (select.value && fresh.join() !== stored.dates.join()) chooseHolidays(select.value, fresh);
    return select.value;
  }
  said.textContent = "";
  const first = show();
  // Said once on load without announcing twice: the text is in place before anything changes.
  tell(first);
  // Chosen in the planner in another tab: shown here too.
  WorksheetStore.onChange((change) => {
    if (change.source !== "set" && (change.ids === null || change.ids.indexOf(HOLIDAYS_ID) !== -1)) {
      const stored = sharedHolidays().country;
      select.value = stored;
      if (select.value !== stored) select.value = "";
      tell(select.value);
    }
  });
  select.addEventListener("change", () => {
    chooseHolidays(select.value, publicHolidays.daysFor(data, select.value).map((d) => d[0]));
    tell(select.value);
  });
  return { show };
}
