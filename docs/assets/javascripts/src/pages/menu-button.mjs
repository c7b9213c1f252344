// Site-wide (mkdocs.yml extra_javascript, deferred): the menu button keyboards reach.
import { startMenuButton } from "../menu-button.mjs";

startMenuButton();
