/* On a phone, Material locks the page's scrolling while the search field has focus (400 ms
 * after it takes it) and, when it lets go, scrolls back to where the reader was. Tab pressed
 * meanwhile moves the focus to the next link, and that scroll leaves it off-screen (WCAG
 * 2.4.11). When the lock goes, this brings the focused element back into view. */
export function keepFocusInViewAfterScrollLock() {
  var body = document.body;
  new MutationObserver(function () {
    if (body.hasAttribute("data-md-scrolllock")) return;
    var focused = document.activeElement;
    if (focused && focused !== body) focused.scrollIntoView({ block: "nearest" });
  }).observe(body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
}
