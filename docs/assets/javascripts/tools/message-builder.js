/* The outreach message builder on docs/herramientas/mensaje.md.
 *
 * Fields (written into the page at build time), preview and mail text all come from the
 * template the example page shows (data/templates/outreach.yml, read from the page by
 * MessageTemplate); the rules come from data/message-checks.yml (JSON in the page, checked
 * by message-checks.js); the words, in the page's language, from data/tools/mensaje.yml.
 * What the reader types is only ever set as text (textContent, value), never parsed as HTML. */
(function (root) {
  "use strict";

  var TOOL_ID = "mensaje";
  var TEMPLATE_ID = "outreach";
  var CHANNELS = ["email", "linkedin"];
  // Private-use characters mark where each placeholder's value starts and ends in the
  // filled text, so the preview can highlight empty fields without a second template engine.
  var OPEN = "\uE000", SEP = "\uE001", CLOSE = "\uE002";
  var MARKED = /\uE000([a-z0-9_]+)\uE001([^\uE002]*)\uE002/g;

  // Words in the page's language (data/tools/mensaje.yml).
  var say = root.SiteTools.words();

  /* A check's sentence: "CHECK.missing", "CHECK.empty" or "CHECK.STATE" where the words
   * have one, else "CHECK"; with the figures it names. */
  function checkSentence(r) {
    var key = r.id + "." + (r.missing ? "missing" : r.empty ? "empty" : r.state);
    var found = (r.found || []).map(function (w) { return say("quoted", { word: w }); }).join(", ");
    return say(say.has(key) ? key : r.id, {
      n: r.count, target: r.target, limit: r.limit, over: r.count - r.limit,
      them: r.them, you: r.you, share: r.share, found: found
    });
  }

  /* Line breaks as CRLF, everything percent-encoded: what mail programs expect (RFC 6068). */
  function mailtoHref(subject, body) {
    function enc(text) { return encodeURIComponent(String(text || "").replace(/\r\n|\r|\n/g, "\r\n")); }
    return "mailto:?subject=" + enc(subject) + "&body=" + enc(body);
  }

  function readRules(doc) {
    var el = doc.getElementById("message-checks-data");
    return el ? JSON.parse(el.textContent) : null;
  }

  function init(form) {
    var pageLang = document.documentElement.lang === "es" ? "es" : "en";
    var status = form.querySelector(".builder__status");
    var template = root.MessageTemplate && root.MessageTemplate.read(TEMPLATE_ID);
    var rules = readRules(document);
    if (!template || !rules) {
      status.textContent = say("missing_data");
      return;
    }
    var MT = root.MessageTemplate;
    var checks = root.SiteTools.messageChecks;
    var fieldsBox = form.querySelector(".builder__fields");
    var subjectBox = form.querySelector(".builder__subject");
    var subjectText = form.querySelector(".builder__subject-text");
    var preview = form.querySelector(".builder__preview");
    var mail = form.querySelector(".builder__mail");
    var copyButton = form.querySelector(".builder__copy");
    var fallback = form.querySelector(".builder__fallback");
    var fallbackText = fallback.querySelector("textarea");
    var limitBox = form.querySelector(".builder__limit");
    var values = {};
    var inputs = {};

    function choice(name, fallbackValue) {
      var checked = form.querySelector("input[name=" + name + "]:checked");
      return checked ? checked.value : fallbackValue;
    }
    function setChoice(name, value) {
      var input = form.querySelector("input[name=" + name + "][value='" + value + "']");
      if (input) input.checked = true;
    }
    function state() {
      return {
        lang: choice("lang", pageLang),
        channel: choice("channel", "email"),
        limit: Number(choice("limit", rules.linkedin_chars[0])),
        fields: values
      };
    }

    // The build writes one field per placeholder (hooks/message_templates.py); a page
    // that lacks one says so rather than build a message with a hole in it.
    fieldsBox.querySelectorAll("[data-placeholder] [name]").forEach(function (input) {
      inputs[input.name] = input;
    });
    var missing = Object.keys(template.placeholders).filter(function (name) { return !inputs[name]; });
    if (missing.length) {
      status.textContent = say("missing_data");
      return;
    }

    function filled(s, marked) {
      var given = {};
      Object.keys(template.placeholders).forEach(function (name) {
        var v = (values[name] || "").trim();
        given[name] = marked ? OPEN + name + SEP + v + CLOSE : v;
      });
      return MT.fill(template, s.channel, s.lang, given);
    }

    /* Text with marked values as DOM: typed values plain, empty ones as a visible gap. */
    function showMarked(target, text, lang) {
      target.replaceChildren();
      var pos = 0;
      text.replace(MARKED, function (all, name, value, offset) {
        if (offset > pos) target.appendChild(document.createTextNode(text.slice(pos, offset)));
        if (value) {
          target.appendChild(document.createTextNode(value));
        } else {
          var mark = document.createElement("mark");
          mark.dataset.placeholder = name;
          mark.textContent = template.placeholders[name][lang].label;
          target.appendChild(mark);
        }
        pos = offset + all.length;
        return all;
      });
      if (pos < text.length) target.appendChild(document.createTextNode(text.slice(pos)));
    }

    function render() {
      var s = state();
      var used = MT.used(template, s.channel, s.lang);
      Object.keys(inputs).forEach(function (name) {
        inputs[name].parentNode.hidden = used.indexOf(name) === -1;
      });
      limitBox.hidden = s.channel !== "linkedin";
      var marked = filled(s, true);
      subjectBox.hidden = marked.subject === null;
      if (marked.subject !== null) showMarked(subjectText, marked.subject, s.lang);
      showMarked(preview, marked.body, s.lang);
      preview.lang = s.lang;
      subjectText.lang = s.lang;

      var message = filled(s, false);
      var fields = {};
      used.forEach(function (name) { fields[name] = values[name] || ""; });
      var results = checks.run(
        { subject: message.subject, body: message.body, fields: fields, channel: s.channel, charLimit: s.limit },
        {
          target: rules.words.target, limit: rules.words.limit,
          jobWords: rules.job_words.es.concat(rules.job_words.en),
          jobHints: rules.job_hints.es.concat(rules.job_hints.en),
          notJob: rules.not_job.es.concat(rules.not_job.en),
          themFields: rules.about_them, youFields: rules.about_you,
          connection: rules.connection, ask: rules.ask,
          others: used.filter(function (n) { return n !== rules.connection && !/_name$/.test(n); })
        }
      );
      var shown = {};
      results.forEach(function (r) {
        shown[r.id] = true;
        var li = form.querySelector("[data-check='" + r.id + "']");
        if (!li) return;
        li.hidden = false;
        li.dataset.state = r.state;
        li.querySelector(".builder__result").textContent = say(r.state) + " " + checkSentence(r);
      });
      form.querySelectorAll("[data-check]").forEach(function (li) { if (!shown[li.dataset.check]) li.hidden = true; });

      mail.hidden = s.channel !== "email";
      mail.href = mailtoHref(message.subject, message.body);
      return message;
    }

    var store = root.SiteTools.toolStore(TOOL_ID, {
      read: state,
      apply: function (data) {
        var saved = data.fields && typeof data.fields === "object" ? data.fields : {};
        values = {};
        Object.keys(inputs).forEach(function (name) {
          values[name] = typeof saved[name] === "string" ? saved[name] : "";
          inputs[name].value = values[name];
        });
        setChoice("lang", data.lang === "es" || data.lang === "en" ? data.lang : pageLang);
        setChoice("channel", CHANNELS.indexOf(data.channel) !== -1 ? data.channel : "email");
        setChoice("limit", String(rules.linkedin_chars.indexOf(data.limit) !== -1 ? data.limit : rules.linkedin_chars[0]));
        render();
      }
    });

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) {
      if (inputs[event.target.name] === event.target) values[event.target.name] = event.target.value;
      fallback.hidden = true;
      render();
      store.save();
    });
    form.addEventListener("change", function () { render(); store.save(); });

    function showFallback(text) {
      fallbackText.value = text;
      fallback.hidden = false;
      fallbackText.focus();
      fallbackText.select();
      status.textContent = say("copy_fallback");
    }

    copyButton.addEventListener("click", function () {
      var text = render().body;
      var clip = root.navigator.clipboard;
      if (!clip || !clip.writeText || !root.isSecureContext) { showFallback(text); return; }
      clip.writeText(text).then(function () {
        fallback.hidden = true;
        status.textContent = say("copied");
      }, function () { showFallback(text); });
    });

    setChoice("lang", pageLang);
    render();
  }

  root.SiteTools = root.SiteTools || {};
  root.SiteTools.messageBuilder = { mailtoHref: mailtoHref };

  document.querySelectorAll("form.builder").forEach(init);
})(window);
