/* CSV as RFC 4180 describes it, for the contact tracker; tested by tests/js/csv.test.mjs.
 *
 * Writing: fields holding the separator (comma or semicolon), a quote, CR or LF are quoted,
 * quotes doubled, records end with CRLF, and the text starts with a byte-order mark so
 * spreadsheet programs read UTF-8. A field starting with =, +, -, @, tab or CR (a formula to a
 * spreadsheet) gets a leading ' inside quotes, as OWASP's CSV injection guidance says.
 * Reading: the same rules; the separator is the header line's; the added ' is taken off again.
 * decode(bytes): UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252.
 * Errors name the line they were found on. */
export const BOM = "\uFEFF";

const FORMULA = /^'*[=+\-@\t\r]/; // also a ' before one, so taking one ' off on reading is exact

export function quote(value, sep) {
  var text = String(value == null ? "" : value);
  if (FORMULA.test(text)) return "\"'" + text.replace(/"/g, '""') + '"';
  return /[",;\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function stringify(rows, sep) {
  sep = sep || ",";
  return BOM + rows.map(function (row) {
    return row.map(function (v) { return quote(v, sep); }).join(sep);
  }).join("\r\n") + "\r\n";
}

function restore(field) {
  return field.charAt(0) === "'" && FORMULA.test(field.slice(1)) ? field.slice(1) : field;
}

export function decode(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch (e) {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "Windows-1252" };
  }
}

/* The separator of the first line: the first comma or semicolon outside quotes. */
function detectSeparator(text) {
  var quoted = false;
  for (var i = 0; i < text.length; i++) {
    var c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "," || c === ";")) return c;
    else if (!quoted && (c === "\n" || c === "\r")) break;
  }
  return ",";
}

/* Returns {ok: true, rows: [{line, fields}]} or {ok: false, error: {code, line}} where
 * code is "unclosed-quote" (a quoted field never closed; line where it opened) or
 * "stray-quote" (a quote inside an unquoted field, or text right after a closing quote).
 * Empty lines are skipped. */
export function parse(input) {
  var text = String(input || "");
  if (text.charAt(0) === BOM) text = text.slice(1);
  var sep = detectSeparator(text);
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
    var blank = fields.length === 1 && fields[0] === "";
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
  return { ok: true, rows: rows };
}
