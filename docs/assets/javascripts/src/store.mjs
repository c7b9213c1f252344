// SHIM until modules-core lands: replaced by the real module at merge
// (today's classic worksheet-store.js sets window.WorksheetStore before the page's bundle runs).
export const WorksheetStore = window.WorksheetStore;
