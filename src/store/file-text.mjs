/* A JSON file's text, decoded strictly: UTF-8 (with or without a BOM), or UTF-16 with its BOM.
 * Anything else (a file saved as Windows-1252, say) is refused, never read as garbled names:
 * JSON is UTF-8 by definition (RFC 8259), and UTF-16 with a BOM is what Windows' "Unicode"
 * gives. Returns a Promise of the text; rejects with an ImportError "not-utf". */
import { ImportError } from "./import-error.mjs";

export function decodeStrict(bytes) {
  var b = new Uint8Array(bytes);
  var label = b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    // The decoder drops the BOM it was chosen by; `fatal` refuses any byte not in the encoding.
    return new TextDecoder(label, { fatal: true }).decode(b);
  } catch {
    throw new ImportError("not-utf", label);
  }
}

export function fileText(file) {
  return file.arrayBuffer().then(decodeStrict);
}
