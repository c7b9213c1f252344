/* The header's light/dark toggle (overrides/partials/palette.html), as Material's palette
 * component ran it, which the page no longer mounts: the first paint already has the palette
 * (partials/javascripts/palette.html, `__sitePalette`); this shows the toggle. Choosing one
 * applies it with the page's transitions held for the switch (Material's "switching" mark),
 * and keeps it (Material's "__palette", which every page reads as it opens); Enter on a
 * focused option moves to the next, as in Material. Until the reader chooses, nothing is
 * stored, and each page opens in the system's setting. */
export function startPaletteToggle(doc) {
  const form = doc.querySelector("form[data-site-palette]");
  const apply = window.__sitePalette;
  if (!form || !apply) return;
  const inputs = Array.from(form.querySelectorAll("input.md-option"));
  const body = doc.body;
  // Each option's label is for the next option: the one shown switches to the other palette.
  const label = (index) => inputs.forEach((input, at) => { input.nextElementSibling.hidden = at !== index; });

  function show(index) {
    body.setAttribute("data-md-color-switching", "");
    const palette = apply(index);
    label(palette.index);
    window.__md_set("__palette", palette);
    setTimeout(() => body.removeAttribute("data-md-color-switching"));
  }

  label(inputs.findIndex((input) => input.checked));
  form.addEventListener("change", (event) => show(inputs.indexOf(event.target)));
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !inputs.includes(event.target)) return;
    const next = inputs[(inputs.indexOf(event.target) + 1) % inputs.length];
    event.preventDefault();
    next.click();
    next.focus();
  });
}
