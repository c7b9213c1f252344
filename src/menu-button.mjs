/* The menu button on narrow screens, for keyboards. Material opens its navigation drawer with
 * a <label for="__drawer">, which Tab never reaches (and the closed drawer's links, off-screen,
 * were reachable: site.css now hides them). This puts a real button in its place, named after
 * the drawer's own translated label, with its state; it opens the drawer and moves into it,
 * and Escape closes it and comes back. The button keeps for="__drawer" so that Material's CSS
 * hides it on wide screens, as it did the label. */
export function startMenuButton() {
  var open = document.getElementById("__drawer");
  var label = document.querySelector('.md-header label[for="__drawer"]');
  var nav = document.querySelector(".md-sidebar--primary nav");
  if (!open || !label || !nav) return;

  var button = document.createElement("button");
  button.type = "button";
  button.className = label.className;
  button.setAttribute("for", "__drawer");
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  button.append.apply(button, label.childNodes); // the icon
  label.replaceWith(button);

  function sync() { button.setAttribute("aria-expanded", open.checked); }
  sync();
  open.addEventListener("change", sync);
  button.addEventListener("click", function () {
    open.click(); // as the label did: Material hears the same change
    if (open.checked) nav.querySelector("a").focus();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open.checked) {
      open.click();
      button.focus();
    }
  });
}
