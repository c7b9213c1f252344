/* Sending a message the reader wrote, shared by the message builder and the thank-you
 * message on the notes worksheet: MessageSend.
 *   mailtoHref(subject, body) -> a mailto: URL (RFC 6068: CRLF line breaks, all encoded)
 *   emailText(subject, body)  -> what "copy" puts on the clipboard: subject, blank line, body
 *   copy(text, textarea)      -> Promise of "copied", or "fallback" when the clipboard is not
 *                                available: the text is then put in `textarea` (shown,
 *                                focused, selected) for Ctrl+C. */
function mailtoHref(subject, body) {
  function enc(text) { return encodeURIComponent(String(text || "").replace(/\r\n|\r|\n/g, "\r\n")); }
  return "mailto:?subject=" + enc(subject) + "&body=" + enc(body);
}

function emailText(subject, body) {
  return subject ? subject + "\n\n" + body : body;
}

function copy(text, textarea) {
  function fallback() {
    textarea.value = text;
    var box = textarea.closest("[hidden]");
    if (box) box.hidden = false;
    textarea.hidden = false;
    textarea.focus();
    textarea.select();
    return "fallback";
  }
  var clip = window.navigator.clipboard;
  if (!clip || !clip.writeText || !window.isSecureContext) return Promise.resolve(fallback());
  return clip.writeText(text).then(function () { return "copied"; }, fallback);
}

export const MessageSend = { mailtoHref: mailtoHref, emailText: emailText, copy: copy };
