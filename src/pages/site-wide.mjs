// Site-wide (mkdocs.yml extra_javascript, deferred): the header's light/dark toggle, the menu
// button keyboards reach, and the focus kept in view when Material's search lets the page
// scroll again.
import { startPaletteToggle } from "../palette-toggle.mjs";
import { startMenuButton } from "../menu-button.mjs";
import { keepFocusInViewAfterScrollLock } from "../focus-after-scroll-lock.mjs";

startPaletteToggle(document);
startMenuButton();
keepFocusInViewAfterScrollLock();
