/* CSV as RFC 4180 describes it, for the contact tracker; tested by tests/js/csv.test.mjs.
 *
 * Writing: fields holding a separator (comma, semicolon or tab), a quote, CR or LF are
 * quoted, quotes doubled, records end with CRLF, and the text starts with a byte-order mark so
 * spreadsheet programs read UTF-8. A field starting with =, +, -, @, tab or CR (a formula to a
 * spreadsheet) gets a leading ' inside quotes, as OWASP's CSV injection guidance says. Text a
 * spreadsheet would read as another number, a date or a time (00123, 1/2, 10:30, €5, 1e5, more
 * digits than it keeps) is written as the formula ="00123", whose value is that text:
 * LibreOffice keeps it, and re-saves the text itself (tests/spreadsheets/). Whole numbers and
 * ISO dates, which come back as written, are left as they are.
 * Reading: the same rules; the separator is the header line's (the one of comma, semicolon
 * and tab it holds most of, outside quotes); the added ' and ="…" are taken off again.
 * decode(bytes): by the byte-order mark (UTF-8, UTF-16 LE or BE), else UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252. Errors name the line they were found on. */
export const BOM = "\uFEFF";
export const SEPARATORS = [",", ";", "\t"];

const FORMULA = /^'*[=+\-@\t\r]/; // also a ' before one, so taking one ' off on reading is exact
const NUMBERISH = /^(?=.*\d)[\d .,:/%()$\u20ac\u00a3\u00a5eE\u00a0]+$/;
const KEPT = /^([1-9]\d{0,14}|0|\d{4}-\d{2}-\d{2})$/;
const AS_TEXT = /^="([^"]*)"$/;
function changes(text) { return NUMBERISH.test(text) && !KEPT.test(text); }
function asText(text) { var m = AS_TEXT.exec(text); return m && changes(m[1]) ? m[1] : null; }

export function quote(value) {
  var text = String(value == null ? "" : value);
  if (FORMULA.test(text) || asText(text) !== null) return "\"'" + text.replace(/"/g, '""') + '"';
  if (changes(text)) return '"=""' + text + '"""';
  return /[",;\t\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function stringify(rows, sep) {
  sep = sep || ",";
  return BOM + rows.map(function (row) {
    return row.map(function (v) { return quote(v); }).join(sep);
  }).join("\r\n") + "\r\n";
}

function restore(field) {
  var text = asText(field);
  if (text !== null) return text;
  var rest = field.slice(1);
  return field.charAt(0) === "'" && (FORMULA.test(rest) || asText(rest) !== null) ? rest : field;
}

/* {text, encoding}: encoding is "UTF-8", "UTF-16 LE", "UTF-16 BE" or "Windows-1252". */
export function decode(bytes) {
  var b = new Uint8Array(bytes);
  function strict(label, from) {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(b.subarray(from));
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { text: strict("utf-16le", 2), encoding: "UTF-16 LE" };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: strict("utf-16be", 2), encoding: "UTF-16 BE" };
  try {
    return { text: strict("utf-8", b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0), encoding: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(b), encoding: "Windows-1252" };
  }
}

/* The separator of the first line: of comma, semicolon and tab, the one it holds most of
 * outside quotes (a comma on a tie; a one-column file has none). */
export function separatorOf(text) {
  var quoted = false;
  var count = { ",": 0, ";": 0, "\t": 0 };
  for (var i = 0; i < text.length; i++) {
    var c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in count) count[c] += 1;
    else if (!quoted && (c === "\n" || c === "\r")) break;
  }
  return SEPARATORS.reduce(function (best, s) { return count[s] > count[best] ? s : best; }, ",");
}

/* Returns {ok: true, sep, rows: [{line, fields}]} or {ok: false, error: {code, line}} where
 * code is "unclosed-quote" (a quoted field never closed; line where it opened) or
 * "stray-quote" (a quote inside an unquoted field, or text right after a closing quote).
 * Empty lines are skipped. */
export function parse(input) {
  var text = String(input || "");
  if (text.charAt(0) === BOM) text = text.slice(1);
  var sep = separatorOf(text);
  var rows = [];
  var fields = [];
  var field = "";
  var line = 1;
  var recordLine = 1;
  var i = 0;
  var quoted = false;
  var quoteLine = 0;
  var afterQuote = false;

  function endRecord() {
    fields.push(field);
    fields = fields.map(restore);
    var blank = fields.every(function (f) { return f === ""; }) && fields.length === 1;
    if (!blank) rows.push({ line: recordLine, fields: fields });
    fields = [];
    field = "";
    afterQuote = false;
  }

  while (i < text.length) {
    var c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (c === "\r" || c === "\n") {
        // Keep the line break as written, and count physical lines for messages.
        if (c === "\r" && text[i + 1] === "\n") { field += "\r\n"; i += 2; } else { field += c; i += 1; }
        line += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = "";
      afterQuote = false;
      i += 1;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (c === '"') {
      if (field !== "" || afterQuote) return { ok: false, error: { code: "stray-quote", line: line } };
      quoted = true;
      quoteLine = line;
      i += 1;
      continue;
    }
    if (afterQuote) return { ok: false, error: { code: "stray-quote", line: line } };
    field += c;
    i += 1;
  }
  if (quoted) return { ok: false, error: { code: "unclosed-quote", line: quoteLine } };
  if (field !== "" || fields.length || afterQuote) endRecord();
  return { ok: true, sep: sep, rows: rows };
}
