/* Lower case without accents, so "Currículum" matches "curriculum" and "CV" matches "cv". */
export function fold(text) {
  return String(text || "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
