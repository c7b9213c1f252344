/* Why a file was not imported: code "too-large", "too-deep", "not-json", "not-utf" (a text
 * encoding other than UTF-8, or UTF-16 with a BOM), "wrong-shape" or "newer-version"; each
 * has its sentence in data/worksheets/_ui.yml ("import_" + the code, "-" as "_"). */
export function ImportError(code, detail) {
  this.name = "ImportError";
  this.code = code;
  this.message = code + (detail ? ": " + detail : "");
}
ImportError.prototype = Object.create(Error.prototype);
ImportError.prototype.constructor = ImportError;
