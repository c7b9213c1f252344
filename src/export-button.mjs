/* The export of every answer on a page that has no worksheet (`<!-- md:worksheet-export -->`,
 * «Mi búsqueda»): the same file as the worksheets' «Exportar», its day recorded for the page
 * to show, and the store's notice when storage is blocked, full or unreadable. The worksheets'
 * own pages do this in worksheets.mjs, which is far larger. */
import { WorksheetStore as Store } from "./store.mjs";
import { downloadBackup } from "./backup.mjs";

export function startExport(doc) {
  const box = doc.querySelector(".ws-data");
  if (!box) return;
  const messages = JSON.parse(box.getAttribute("data-messages") || "{}");
  const status = box.querySelector(".ws-status");
  box.querySelector('[data-action="export"]').addEventListener("click", () => {
    downloadBackup(messages.export_filename);
    status.textContent = "";
    status.textContent = messages.export_done;
  });
  Store.notice(box, (key) => messages[key] || key);
  box.hidden = false;
}
