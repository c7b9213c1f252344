/* The public holidays the planner offers by country or region (the page's "holidays" data,
 * drawn at build time from the `holidays` package: sitekit/holidays.py). A choice is a
 * country's code ("ES") or a region's ("ES-MD": the country's days and the region's own).
 * Pure functions; tested by tests/js/public-holidays.test.mjs. */

function find(data, choice) {
  const parts = String(choice || "").split("-");
  const country = ((data && data.countries) || []).find((c) => c.code === parts[0]);
  if (!country || parts.length > 2) return null;
  const sub = parts.length === 2 ? country.regions.find((r) => r.code === parts[1]) : null;
  if (parts.length === 2 && !sub) return null;
  return { country, region: sub };
}

/* [[YYYY-MM-DD, name], …] of a choice, in date order; [] for none or an unknown one. */
export function daysFor(data, choice) {
  const found = find(data, choice);
  if (!found) return [];
  const days = found.country.days.concat(found.region ? found.region.days : []);
  return days.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/* The choice's name for the reader: "España" or "Madrid (España)"; "" if unknown. */
export function nameOf(data, choice, say) {
  const found = find(data, choice);
  if (!found) return "";
  return found.region ? say("holiday_region", { region: found.region.name, country: found.country.name }) : found.country.name;
}

/* The dates after switching from one choice to another: the old choice's days leave, the
 * new one's come in, and the days the reader added by hand stay. Sorted, once each. */
export function switchChoice(dates, from, to, data) {
  const leaving = new Set(daysFor(data, from).map((d) => d[0]));
  const kept = dates.filter((d) => !leaving.has(d));
  const all = new Set(kept.concat(daysFor(data, to).map((d) => d[0])));
  return Array.from(all).sort();
}

/* {YYYY-MM-DD: name} for the days of a choice, to name them in the list. */
export function namesOf(data, choice) {
  const names = {};
  daysFor(data, choice).forEach((d) => { names[d[0]] = d[1]; });
  return names;
}

/* Fill a <select>: "none" first, then one group per country (the whole country, then its
 * regions). Built with DOM calls only: the names come from data. */
export function fillSelect(select, data, say) {
  select.replaceChildren();
  const none = document.createElement("option");
  none.value = "";
  none.textContent = say("holiday_none");
  select.appendChild(none);
  ((data && data.countries) || []).forEach((country) => {
    const group = document.createElement("optgroup");
    group.label = country.name;
    const whole = document.createElement("option");
    whole.value = country.code;
    whole.textContent = say("holiday_whole", { country: country.name });
    group.appendChild(whole);
    country.regions.forEach((region) => {
      const option = document.createElement("option");
      option.value = country.code + "-" + region.code;
      option.textContent = region.name;
      group.appendChild(option);
    });
    select.appendChild(group);
  });
}
