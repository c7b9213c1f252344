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

/* { subject, body }, tidied as tidy() says. Values missing from `values` take the template's
   example; a value is trimmed, a first-name placeholder keeps its first word, and a date
   placeholder's YYYY-MM-DD is written in the message's words (its form's order: US English
   "March 5", British "5 March").
   Paragraphs are separated by a blank line; an inline part joins the previous one; an empty
   part is left out. `options`:
     form  a regional form ("vos", "us") where a part has one;
     gaps  {placeholder: text} shown, untouched, for a value given empty;
     mark  function (name, text, isGap) -> what stands for a value in the result (the
           preview's marks), applied after tidying;
     tidy  false: the values as given, untidied (the builder's doubled-word check
           compares the two). */
function fill(template, variant, lang, values, options) {
  if (!template.variants[variant]) {
    throw new Error("message template " + template.id + " has no variant " + variant);
  }
  var opts = options || {};
  var spec = template.variants[variant][lang];
  var given = values || {};
  var gaps = opts.gaps || {};
  var lower = ((template.tidy || {}).lowercase || {})[lang] || [];
  function value(name) {
    var v = has(given, name) ? String(given[name]) : template.placeholders[name][lang].example;
    v = v.trim();
    if (template.placeholders[name].first_name && v) v = v.split(/\s+/)[0];
    if (template.placeholders[name].date) v = date(v, lang, opts.form, template.tidy || {});
    return stops(v, (((template.tidy || {}).stops || {})[opts.form]) || []);
  }
  function segments(text) {
    var out = [], pos = 0;
    text.replace(PLACEHOLDER, function (all, name, offset) {
      if (offset > pos) out.push({ text: text.slice(pos, offset), name: null, gap: false });
      var v = value(name);
      out.push(!v && has(gaps, name) ? { text: gaps[name], name: name, gap: true } : { text: v, name: name, gap: false });
      pos = offset + all.length;
      return all;
    });
    if (pos < text.length) out.push({ text: text.slice(pos), name: null, gap: false });
    return opts.tidy === false ? out : tidy(out, lower);
  }
  function join(segs) {
    return segs.map(function (s) {
      return s.name && opts.mark ? opts.mark(s.name, s.text, s.gap) : s.text;
    }).join("");
  }
  var paragraphs = [], fresh = true;
  spec.parts.forEach(function (part) {
    var text = (opts.form && part.forms && part.forms[opts.form]) || part.text;
    var segs = segments(text);
    // A part with nothing in it is left out; one holding a gap is shown.
    if (!segs.some(function (s) { return s.text || s.gap; })) {
      fresh = fresh || !part.inline;
      return;
    }
    if (part.inline && paragraphs.length && !fresh) {
      paragraphs[paragraphs.length - 1] += " " + join(segs);
    } else {
      paragraphs.push(join(segs));
    }
    fresh = false;
  });
  return {
    subject: spec.subject === undefined ? null : join(segments(spec.subject)),
    body: paragraphs.join("\n\n"),
  };
}

/* A YYYY-MM-DD value in the message's words (as sitekit/message_templates.py `_date`). */
function date(value, lang, form, words) {
  var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31 || !words.date_format) return value;
  var pattern = (form && words.date_format[form]) || words.date_format[lang];
  return pattern.replace("@month", words.months[lang][+m[2] - 1]).replace("@d", String(+m[3]));
}

/* The regional form's titles with their full stop (as sitekit/message_templates.py `_stops`). */
function stops(value, titles) {
  if (!titles.length) return value;
  return value.replace(new RegExp("(^|[^\\p{L}])(" + titles.join("|") + ")(?= )", "gu"), "$1$2.");
}

function has(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

var LETTERS = "\\p{L}";
var SEAM_END = new RegExp("(" + LETTERS + "+)\\s+$", "u");
var SEAM_START = new RegExp("^(" + LETTERS + "+)(?!" + LETTERS + ")\\s*", "u");
var MID_SENTENCE = new RegExp("(?:" + LETTERS + "|[,:;]) +$", "u");
var FIRST_WORD = new RegExp("^" + LETTERS + "+", "u");

function foldWord(word) {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
function lowerStart(text) {
  var c = text.charAt(0);
  return !!c && c.toLowerCase() === c && c.toUpperCase() !== c;
}

/* Where a value meets the template's text, what a careful writer would fix (as
   sitekit/message_templates.py `_tidy`, which describes each rule): a word said twice across
   the seam, a listed word opening a value mid-sentence, a doubled or misplaced full stop, and
   the space an empty value leaves before punctuation. */
function tidy(segs, lower) {
  segs.forEach(function (seg, i) {
    if (!seg.name || seg.gap) return;
    var text = seg.text;
    var before = i && !segs[i - 1].name ? segs[i - 1] : null;
    var after = i + 1 < segs.length && !segs[i + 1].name ? segs[i + 1] : null;
    if (text && before) {
      var end = SEAM_END.exec(before.text), start = SEAM_START.exec(text);
      if (end && start && foldWord(end[1]) === foldWord(start[1]) && text.slice(start[0].length)) {
        text = text.slice(start[0].length);
      }
      if (MID_SENTENCE.test(before.text)) {
        var word = FIRST_WORD.exec(text);
        if (word && lower.indexOf(word[0].toLowerCase()) !== -1 && !lowerStart(word[0]) &&
            word[0].slice(1) === word[0].slice(1).toLowerCase()) {
          text = text.charAt(0).toLowerCase() + text.slice(1);
        }
      }
    }
    if (text && after) {
      var following = after.text;
      if (/[.!?…]$/.test(text) && following.charAt(0) === ".") {
        after.text = following.slice(1);
      } else if (/\.$/.test(text) && !/\.\.$/.test(text) &&
          (/^[,;:]/.test(following) || (following.charAt(0) === " " && lowerStart(following.replace(/^ +/, ""))))) {
        text = text.slice(0, -1);
      } else if (/[,;:]$/.test(text) && /^[.,;:]/.test(following)) {
        text = text.slice(0, -1);
      }
    }
    if (!text && after) {
      if (after.text.charAt(0) === " " && (!before || /[ «"“(\n]$/.test(before.text))) {
        after.text = after.text.slice(1);
      } else if (before && / $/.test(before.text) && /^[.,;:!?)]/.test(after.text)) {
        before.text = before.text.replace(/ +$/, "");
      }
    }
    seg.text = text;
  });
  return segs.filter(function (s) { return s.text || s.name; });
}

export const MessageTemplate = { read: read, used: used, fill: fill };
