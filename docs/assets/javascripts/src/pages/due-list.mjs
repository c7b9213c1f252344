/* The worksheets' index (docs/fichas/index.md): what is due across the tracker's contacts. */
import { startDueList } from "../due-list.mjs";

startDueList(document);
