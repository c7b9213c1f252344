// Offer text as a file download, no server involved (answers, CSV and .ics files).
// While the example is on (overrides/partials/example-banner.html), every file is named as
// the example's, so it is never taken for the reader's own.
export function download(name, type, text) {
  const example = document.querySelector(".example-on [data-file]");
  if (example) name = example.dataset.file + name;
  const url = URL.createObjectURL(new Blob([text], { type: type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
