// Site-wide (mkdocs.yml extra_javascript, deferred): the menu button keyboards reach, and the
// focus kept in view when Material's search lets the page scroll again.
import { startMenuButton } from "../menu-button.mjs";
import { keepFocusInViewAfterScrollLock } from "../focus-after-scroll-lock.mjs";

startMenuButton();
keepFocusInViewAfterScrollLock();
