/*
 * Thank-you preview: on a page holding both a worksheet and the data of the "thank-you"
 * message template (<!-- md:template-data thank-you -->, from data/templates/thank-you.yml),
 * show that message filled from the worksheet's fields as the reader types. Placeholder ids
 * are the worksheet's field ids; an empty field shows as its label in brackets. Filling is
 * src/message-template.mjs's (the one the builder uses, held to tests/vectors/fill.json).
 * Values are set with textContent only: typed text never becomes HTML.
 * Below it, a copy button (subject, blank line, body; a selected box when the clipboard is
 * not available) and a mailto: link, both from src/message-send.mjs. startThankYou() adds it.
 * Under the preview, the builder's doubled-word check (src/lib/doubled-words.mjs), said
 * politely once the reader pauses, describing each field of the message (src/check-summary.mjs).
 */
import { WorksheetStore } from "./store.mjs";
import { MessageTemplate as MT } from "./message-template.mjs";
import { MessageSend as send } from "./message-send.mjs";
import { fillIn } from "./lib/words.mjs";
import { el } from "./lib/dom.mjs";
import { doubledWordCheck } from "./lib/doubled-words.mjs";
import { announcer, describedBy } from "./check-summary.mjs";

export function startThankYou() {
  var template = MT.read("thank-you");
  var root = template && document.querySelector(".worksheet[data-worksheet]");
  if (!root) return;

  var lang = root.getAttribute("data-lang");
  var messages = JSON.parse(root.getAttribute("data-messages"));
  var form = root.querySelector("form.ws-form");
  var variantId = Object.keys(template.variants || {})[0];
  if (!variantId || !template.variants[variantId][lang]) return;
  // A filled value travels through the fill between these marks, so the preview can show
  // it as a <mark> (typed text, or the gap's label) without filling a second way.
  var OPEN = "\uE000", SEP = "\uE001", CLOSE = "\uE002", NL = "\uE003"; // as message-builder.js
  var MARKED = /\uE000([a-z0-9_]+)\uE001([^\uE002]*)\uE002/g;


  var section = el("section", { className: "ws-thank-you" });
  section.setAttribute("aria-labelledby", "ws-thank-you-title");
  var title = el("p", { className: "ws-label" }, messages.thank_you_title);
  title.id = "ws-thank-you-title";
  var message = el("div", { className: "ws-thank-you-message" });
  section.append(title, el("p", { className: "ws-help" }, messages.thank_you_help), message);
  var announce = announcer(message, "ws-thank-you-check", "ws-thank-you-check");

  var copyButton = el("button", { className: "md-button md-button--primary" }, messages.thank_you_copy);
  copyButton.type = "button";
  var mail = el("a", { className: "md-button" }, messages.thank_you_mail);
  var actions = el("div", { className: "ws-thank-you-actions" });
  actions.append(copyButton, mail);
  var status = el("p", { className: "ws-thank-you-status" });
  status.setAttribute("role", "status");
  var fallback = el("p", { className: "ws-thank-you-fallback" });
  fallback.hidden = true;
  var fallbackLabel = el("label", {}, messages.thank_you_fallback_label);
  fallbackLabel.htmlFor = "ws-thank-you-text";
  var fallbackText = el("textarea", {});
  fallbackText.id = "ws-thank-you-text";
  fallbackText.rows = 8;
  fallbackText.readOnly = true;
  fallback.append(fallbackLabel, fallbackText);
  section.append(actions, status, fallback);
  form.insertAdjacentElement("afterend", section);
  Object.keys(template.placeholders || {}).forEach(function (name) {
    var control = form.querySelector('[name="' + name + '"]');
    if (control) describedBy(control, "ws-thank-you-check");
  });

  function fieldValue(name) {
    var control = form.querySelector('[name="' + name + '"]');
    return control && typeof control.value === "string" ? control.value.trim() : "";
  }

  function label(name) {
    var spec = (template.placeholders || {})[name] || {};
    var text = spec[lang];
    return text && typeof text === "object" ? text.label : text || name;
  }

  function missing(name) {
    return fillIn(messages.thank_you_missing, { label: label(name) });
  }

  /* {subject, body} filled from the fields and tidied as the builder's (a first name in the
   * greeting, no doubled stop); an empty field shows as its gap. marked: each value between
   * OPEN and CLOSE. */
  function filled(marked, raw) {
    var given = {}, gaps = {};
    Object.keys(template.placeholders).forEach(function (name) {
      given[name] = fieldValue(name);
      gaps[name] = missing(name);
    });
    return MT.fill(template, variantId, lang, given, {
      gaps: gaps,
      tidy: raw ? false : undefined,
      // A typed line break stays inside its mark (NL), not a paragraph break of the message.
      mark: marked ? function (name, text, isGap) {
        return OPEN + name + SEP + (isGap ? "0" : "1") + text.replace(/\n/g, NL) + CLOSE;
      } : null
    });
  }

  // Marked text appended to `parent` as text, <br>s and <mark>s.
  function appendMarked(parent, text) {
    var pos = 0;
    text.replace(MARKED, function (whole, name, value, offset) {
      appendText(parent, text.slice(pos, offset));
      var mark = document.createElement("mark");
      mark.className = value.charAt(0) === "1" ? "ws-filled" : "ws-gap";
      mark.setAttribute("data-placeholder", name);
      mark.textContent = value.slice(1).replace(/\uE003/g, "\n");
      parent.appendChild(mark);
      pos = offset + whole.length;
      return whole;
    });
    appendText(parent, text.slice(pos));
  }

  function appendText(parent, text) {
    text.split("\n").forEach(function (line, i) {
      if (i) parent.appendChild(document.createElement("br"));
      if (line) parent.appendChild(document.createTextNode(line));
    });
  }

  function render() {
    var m = filled(true);
    message.textContent = "";
    if (m.subject) {
      var subject = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = messages.thank_you_subject + " ";
      subject.appendChild(strong);
      appendMarked(subject, m.subject);
      message.appendChild(subject);
    }
    m.body.split("\n\n").forEach(function (text) {
      var paragraph = document.createElement("p");
      appendMarked(paragraph, text);
      message.appendChild(paragraph);
    });
  }

  /* The message as plain text, as it is sent: gaps as their bracketed labels. */
  function plainMessage() {
    var m = filled(false);
    return { subject: m.subject || "", body: m.body };
  }
  function update() {
    render();
    var m = plainMessage();
    mail.href = send.mailtoHref(m.subject, m.body);
    var r = doubledWordCheck(m.body, filled(false, true).body);
    announce(r.state === "pass" ? "" : fillIn(messages[r.fixed ? "thank_you_doubled_fixed" : "thank_you_doubled"],
      { found: r.found.join(", ") }));
  }
  copyButton.addEventListener("click", function () {
    var m = plainMessage();
    send.copy(send.emailText(m.subject, m.body), fallbackText).then(function (outcome) {
      if (outcome === "copied") fallback.hidden = true;
      status.textContent = outcome === "copied" ? messages.thank_you_copied : messages.thank_you_copy_fallback;
    });
  });

  // What was copied no longer matches once a field changes.
  form.addEventListener("input", function () {
    status.textContent = "";
    fallback.hidden = true;
    update();
  });
  WorksheetStore.onChange(function () { window.setTimeout(update); });
  // Another contact chosen (src/worksheets.mjs): its answers are on screen now.
  form.addEventListener("ws-shown", function () {
    status.textContent = "";
    fallback.hidden = true;
    update();
  });
  update();
}
