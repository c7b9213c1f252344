/*
 * Thank-you preview: on a page holding both a worksheet and the data of the "thank-you"
 * message template (<!-- md:template-data thank-you -->, from data/templates/thank-you.yml),
 * show that message filled from the worksheet's fields as the reader types. Placeholder ids
 * are the worksheet's field ids; an empty field shows as its label in brackets.
 * Values are set with textContent only: typed text never becomes HTML.
 */
(function () {
  "use strict";

  var source = document.querySelector('[data-template="thank-you"][data-json]');
  var root = source && document.querySelector(".worksheet[data-worksheet]");
  if (!root) return;

  var template = JSON.parse(source.getAttribute("data-json"));
  var lang = root.getAttribute("data-lang");
  var messages = JSON.parse(root.getAttribute("data-messages"));
  var form = root.querySelector("form.ws-form");
  var variants = template.variants || {};
  var variant = variants[Object.keys(variants)[0]];
  if (!variant || !variant[lang]) return;
  var spec = variant[lang];
  var PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

  var section = document.createElement("section");
  section.className = "ws-thank-you";
  section.setAttribute("aria-labelledby", "ws-thank-you-title");
  var title = document.createElement("p");
  title.className = "ws-label";
  title.id = "ws-thank-you-title";
  title.textContent = messages.thank_you_title;
  var help = document.createElement("p");
  help.className = "ws-help";
  help.textContent = messages.thank_you_help;
  var message = document.createElement("div");
  message.className = "ws-thank-you-message";
  section.appendChild(title);
  section.appendChild(help);
  section.appendChild(message);
  form.insertAdjacentElement("afterend", section);

  function valueOf(name) {
    var control = form.querySelector('[name="' + name + '"]');
    return control && typeof control.value === "string" ? control.value.trim() : "";
  }

  function label(name) {
    var spec = (template.placeholders || {})[name] || {};
    var text = spec[lang];
    return text && typeof text === "object" ? text.label : text || name;
  }

  // Text with {placeholders} filled in, appended to `parent` as text nodes and <mark>s.
  function appendFilled(parent, text) {
    var pos = 0;
    text.replace(PLACEHOLDER, function (whole, name, offset) {
      appendText(parent, text.slice(pos, offset));
      var mark = document.createElement("mark");
      var value = valueOf(name);
      mark.className = value ? "ws-filled" : "ws-gap";
      mark.setAttribute("data-placeholder", name);
      mark.textContent = value || window.WorksheetProgress.fill(messages.thank_you_missing, { label: label(name) });
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
    message.textContent = "";
    if (spec.subject) {
      var subject = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = messages.thank_you_subject + " ";
      subject.appendChild(strong);
      appendFilled(subject, spec.subject);
      message.appendChild(subject);
    }
    var paragraph = null;
    (spec.parts || []).forEach(function (part) {
      if (!part.inline || !paragraph) {
        paragraph = document.createElement("p");
        message.appendChild(paragraph);
      } else {
        paragraph.appendChild(document.createTextNode(" "));
      }
      appendFilled(paragraph, part.text || "");
    });
  }

  form.addEventListener("input", render);
  if (window.WorksheetStore) window.WorksheetStore.onChange(function () { window.setTimeout(render); });
  render();
})();
