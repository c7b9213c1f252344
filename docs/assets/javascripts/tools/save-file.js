/* Offer text as a file download (no server involved). window.SiteTools.saveFile. */
(function (root) {
  "use strict";

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.saveFile = function (filename, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    root.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  };
})(window);
