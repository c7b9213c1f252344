/* The menu button on narrow screens, for keyboards. Material opens its navigation drawer with
 * a <label for="__drawer">, which Tab never reaches (and the closed drawer's links, off-screen,
 * were reachable: site.css now hides them). This makes the label a button named after the
 * drawer's own translated label, with its state; Enter or Space opens the drawer and moves
 * into it, Escape closes it and comes back. */
(function () {
  "use strict";
  var open = document.getElementById("__drawer");
  var button = document.querySelector('.md-header [for="__drawer"]');
  var nav = document.querySelector(".md-sidebar--primary nav");
  if (!open || !button || !nav) return;

  function sync() { button.setAttribute("aria-expanded", open.checked); }
  button.tabIndex = 0;
  button.setAttribute("role", "button");
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  sync();
  open.addEventListener("change", sync);

  document.addEventListener("keydown", function (event) {
    var key = event.key;
    if (event.target === button && (key === "Enter" || key === " ")) {
      event.preventDefault();
      button.click(); // as a pointer would: Material hears the same change
      if (open.checked) nav.querySelector("a").focus();
    } else if (key === "Escape" && open.checked) {
      button.click();
      button.focus();
    }
  });
})();
