/* Fill a message template in the browser, exactly as sitekit/message_templates.py does
   on the server, so the builder and the example page say the same thing (both held to
   tests/vectors/fill.json: tests/js/fill.test.mjs).

   The template itself comes from the page's data: hooks/message_templates.py adds it under
   "templates" (src/lib/words.mjs) where a page has the marker <!-- md:template-data ID -->.
   Plain text in, plain text out: callers put the result into the page with textContent or
   a form field's value, never as HTML. */
import { pageData } from "./lib/words.mjs";

var PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/* The template a page carries, by id (null when the page has none). */
function read(id) {
  var all = pageData("templates") || {};
  return Object.prototype.hasOwnProperty.call(all, id) ? all[id] : null;
}

/* Every placeholder id a variant uses, in order of first use. */
function used(template, variant, lang) {
  var spec = template.variants[variant][lang];
  var texts = (spec.subject ? [spec.subject] : []).concat(
    spec.parts.map(function (p) { return p.text; })
  );
  var seen = [];
  texts.forEach(function (text) {
    text.replace(PLACEHOLDER, function (_, name) {
      if (seen.indexOf(name) === -1) seen.push(name);
      return "";
    });
  });
  return seen;
}

/* { subject, body }: values missing from `values` take the template's example.
   Paragraphs are separated by a blank line; an inline part joins the previous one. */
function fill(template, variant, lang, values) {
  if (!template.variants[variant]) {
    throw new Error("message template " + template.id + " has no variant " + variant);
  }
  var spec = template.variants[variant][lang];
  var given = values || {};
  function value(_, name) {
    if (Object.prototype.hasOwnProperty.call(given, name)) return String(given[name]);
    return template.placeholders[name][lang].example;
  }
  var paragraphs = [];
  spec.parts.forEach(function (part) {
    var text = part.text.replace(PLACEHOLDER, value);
    if (part.inline && paragraphs.length) {
      paragraphs[paragraphs.length - 1] += " " + text;
    } else {
      paragraphs.push(text);
    }
  });
  return {
    subject: spec.subject === undefined ? null : spec.subject.replace(PLACEHOLDER, value),
    body: paragraphs.join("\n\n"),
  };
}

export const MessageTemplate = { read: read, used: used, fill: fill };
