/* The worksheets' index (docs/fichas/index.md): what is due across the tracker's contacts. */
import "../expose.mjs";
import { startDueList } from "../due-list.mjs";

startDueList(document);
