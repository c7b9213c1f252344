// A JSON file's text, decoded strictly (issue 27, F8): UTF-8 with or without a BOM, UTF-16
// with its BOM; a Windows-1252 file is refused ("not-utf"), never read as garbled names.
import test from "node:test";
import assert from "node:assert/strict";
import { decodeStrict } from "../../src/store/file-text.mjs";

const TEXT = '{"name": "Núñez Ç€"}';
const utf16 = (text, little) => {
  const out = [little ? 0xff : 0xfe, little ? 0xfe : 0xff];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(little ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
};

test("UTF-8, with and without its BOM, and UTF-16 with its BOM are read as written", () => {
  const utf8 = new TextEncoder().encode(TEXT);
  assert.equal(decodeStrict(utf8), TEXT);
  assert.equal(decodeStrict(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])), TEXT);
  assert.equal(decodeStrict(utf16(TEXT, true)), TEXT);
  assert.equal(decodeStrict(utf16(TEXT, false)), TEXT);
});

test("Windows-1252 is refused with the code the page words", () => {
  // "Núñez Ç€" as Windows-1252 writes it: ú FA, ñ F1, Ç C7, € 80.
  const cp1252 = Uint8Array.from([...new TextEncoder().encode('{"name": "N'), 0xfa, 0xf1, 0x65, 0x7a, 0x20, 0xc7, 0x80, 0x22, 0x7d]);
  assert.throws(() => decodeStrict(cp1252), (e) => e.code === "not-utf");
});
