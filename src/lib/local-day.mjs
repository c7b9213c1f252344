/* The reader's calendar day as "yyyy-mm-dd": the local date, not UTC's (in the evening in
 * the Americas, UTC is already on the next day). */
export function localDay(now) {
  var d = now || new Date();
  var pad = function (n, width) { return String(n).padStart(width, "0"); };
  return pad(d.getFullYear(), 4) + "-" + pad(d.getMonth() + 1, 2) + "-" + pad(d.getDate(), 2);
}
