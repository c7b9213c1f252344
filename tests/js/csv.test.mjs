// CSV as RFC 4180 describes it (docs/assets/javascripts/src/csv.mjs), without a browser. The
// tracker's files as a reader downloads and imports them: tests/test_tools_tracker.py.
import test from "node:test";
import assert from "node:assert/strict";
import * as csv from "../../docs/assets/javascripts/src/csv.mjs";

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
