// CSV as RFC 4180 describes it (src/csv.mjs), without a browser. The
// tracker's files as a reader downloads and imports them: tests/test_tools_tracker.py.
import test from "node:test";
import assert from "node:assert/strict";
import * as csv from "../../src/csv.mjs";

test("fields with a separator, a quote or a line break are quoted; records end in CRLF after a BOM", () => {
  const text = csv.stringify([["a", "b,c", 'say "hi"'], ["x;y", "line\nbreak", ""]]);
  assert.equal(text, '\uFEFFa,"b,c","say ""hi"""\r\n"x;y","line\nbreak",\r\n');
  assert.equal(csv.stringify([["a", "b"]], ";"), "\uFEFFa;b\r\n", "the separator asked for");
});

test("a field a spreadsheet would run as a formula gets a ' that reading takes off again", () => {
  for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "'=already"]) {
    const written = csv.quote(value);
    assert.ok(written.startsWith("\"'"), `${JSON.stringify(value)} written as ${written}`);
    const read = csv.parse("h\r\n" + written + "\r\n");
    assert.deepEqual(read.rows[1].fields, [value], `${JSON.stringify(value)} reads back`);
  }
});

test("reading: the header line's separator, quoted line breaks, empty lines skipped, lines counted", () => {
  const read = csv.parse('\uFEFFa;b\r\n"1\r\n2";"x ""y"""\r\n\r\nlast;\r\n');
  assert.equal(read.ok, true);
  assert.deepEqual(read.rows, [
    { line: 1, fields: ["a", "b"] },
    { line: 2, fields: ["1\r\n2", 'x "y"'] },
    { line: 5, fields: ["last", ""] },
  ]);
});

test("malformed quotes name the line", () => {
  assert.deepEqual(csv.parse('a,b\r\n"open,x\r\nmore\r\n'), { ok: false, error: { code: "unclosed-quote", line: 2 } });
  assert.deepEqual(csv.parse('a,b\r\nx,y"z\r\n'), { ok: false, error: { code: "stray-quote", line: 2 } });
  assert.deepEqual(csv.parse('a,b\r\n"x"y,z\r\n'), { ok: false, error: { code: "stray-quote", line: 2 } });
});

test("bytes: UTF-8 when they are UTF-8, else Windows-1252", () => {
  assert.deepEqual(csv.decode(new TextEncoder().encode("Núñez")), { text: "Núñez", encoding: "UTF-8" });
  // Node 20 decodes 0x80-0x9F as Latin-1 where browsers give Windows-1252's (€): left out.
  assert.deepEqual(csv.decode(Uint8Array.from([0x4e, 0xfa, 0xf1, 0x65, 0x7a])), { text: "Núñez", encoding: "Windows-1252" });
});

test("bytes: a byte-order mark says UTF-8, UTF-16 LE or UTF-16 BE (Excel's and LibreOffice's Unicode text)", () => {
  const le = Uint8Array.from([0xff, 0xfe, ...[..."Ná\tx"].flatMap((c) => [c.charCodeAt(0), 0])]);
  assert.deepEqual(csv.decode(le), { text: "Ná\tx", encoding: "UTF-16 LE" });
  const be = Uint8Array.from([0xfe, 0xff, ...[..."Ná\tx"].flatMap((c) => [0, c.charCodeAt(0)])]);
  assert.deepEqual(csv.decode(be), { text: "Ná\tx", encoding: "UTF-16 BE" });
  assert.deepEqual(csv.decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61])), { text: "a", encoding: "UTF-8" });
});

test("the separator is the one the header line holds most of: comma, semicolon or tab", () => {
  assert.equal(csv.parse("Name\tCompany, Inc\tNotes\r\na\tb, c\td\r\n").sep, "\t");
  assert.deepEqual(csv.parse("Name\tCompany, Inc\tNotes\r\na\tb, c\td\r\n").rows[1].fields, ["a", "b, c", "d"]);
  assert.equal(csv.parse("a;b,c;d\r\n").sep, ";");
  assert.equal(csv.parse("Nombre\r\nAna\r\n").sep, ",");
});

test("text a spreadsheet would read as another number, a date or a time is written as =\"…\", and read back as it was", () => {
  for (const value of ["00123", "0034600123456", "12345678901234567890", "1/2", "10:30", "1,5", "1.5", "10%", "€5", "1e5", "(5)"]) {
    const written = csv.quote(value);
    assert.equal(written, '"=""' + value + '"""', value);
    assert.deepEqual(csv.parse("h\r\n" + written + "\r\n").rows[1].fields, [value], value);
    // A spreadsheet that shows the formula's value re-saves the text itself.
    assert.deepEqual(csv.parse("h\r\n" + value.replace(/.*[,].*/, '"$&"') + "\r\n").rows[1].fields, [value], value);
  }
  for (const value of ["123", "0", "2025-12-26", "Acme 2"]) assert.equal(csv.quote(value), value, "left as it is: " + value);
  // Typed as it would be written: kept as typed.
  assert.deepEqual(csv.parse("h\r\n" + csv.quote('="00123"') + "\r\n").rows[1].fields, ['="00123"']);
});
