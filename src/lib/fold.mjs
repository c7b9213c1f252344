// Text compared as a reader means it: accents, case and surrounding spaces aside
// ("  Peña ÁLVAREZ " and "pena alvarez" are one name).
export function fold(text) {
  return String(text || "").normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
}
