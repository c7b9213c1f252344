// What counts as an answer: text that is not blank; a list or an object with something
// inside that counts; never a number or a boolean (settings, such as the planner's minutes).
export function hasContent(value) {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === "object") return Object.keys(value).some((key) => hasContent(value[key]));
  return false;
}
