/* The outreach message builder on docs/herramientas/mensaje.md.
 *
 * Fields (written into the page at build time), preview and mail text all come from the
 * template the example page shows (data/templates/outreach.yml, read from the page by
 * MessageTemplate); the rules come from data/message-checks.yml (pageData("message-checks"),
 * checked by message-checks.mjs); the words, in the page's language, from
 * data/tools/mensaje.yml. With several templates' data on the page (introduction, cold, ...)
 * a select offers them; with a template's "-formal" twin of the chosen channel, a register
 * choice (tú / usted), with vos beside them for a Spanish message, and British or US English
 * for an English one (the templates' regional forms: MessageTemplate.fill's `form`).
 * Copy and mail: MessageSend.
 * For a chosen contact («¿Para quién?», contacts) the state is kept under "mensaje@ID"; the
 * recipient's name (and organisation) come from, and go to, the contact's record; the reader's
 * own fields ("you" in data/contacts.yml) are kept once for every contact.
 * What the reader types is only ever set as text (textContent, value), never parsed as HTML. */
import { WorksheetStore } from "./store.mjs";
import { SiteContacts } from "./contacts.mjs";
import { MessageTemplate } from "./message-template.mjs";
import { MessageSend } from "./message-send.mjs";
import { run as runChecks, fieldsChecked, summary } from "./message-checks.mjs";
import { announcer, describedBy } from "./check-summary.mjs";
import { sentPrompt } from "./message-sent.mjs";
import { toolStore } from "./tool-store.mjs";
import { toolWords } from "./tool-words.mjs";
import { pageData } from "./lib/words.mjs";

const TOOL_ID = "mensaje";
const CHANNELS = ["email", "linkedin"];
// Private-use characters mark where each placeholder's value starts and ends in the
// filled text, so the preview can highlight empty fields without a second template engine.
const OPEN = "\uE000", SEP = "\uE001", CLOSE = "\uE002";
const MARKED = /\uE000([a-z0-9_]+)\uE001([^\uE002]*)\uE002/g;

/* A check's sentence: "CHECK.missing", "CHECK.empty" or "CHECK.STATE" where the words
 * have one, else "CHECK"; with the figures it names. */
function checkSentence(r, say) {
  var key = r.id + "." + (r.missing ? "missing" : r.empty ? "empty" : r.fixed ? "fixed" : r.state);
  var found = (r.found || []).map(function (w) { return say("quoted", { word: w }); }).join(", ");
  return say(say.has(key) ? key : r.id, {
    n: r.count, target: r.target, limit: r.limit, over: r.count - r.limit,
    them: r.them, you: r.you, share: r.share, found: found
  });
}

/* The templates the page carries (<!-- md:template-data ID -->, its "templates" data) that
 * have a variant for one of the channels, in page order. */
export function pageTemplates() {
  return Object.keys(pageData("templates") || {}).map(MessageTemplate.read).filter(function (t) {
    return t && CHANNELS.some(function (c) { return t.variants[c]; });
  });
}

export function startBuilder(form) {
  // Words in the page's language (data/tools/mensaje.yml).
  var say = toolWords();
  var pageLang = document.documentElement.lang;
  var status = form.querySelector(".builder__status");
  var templates = MessageTemplate ? pageTemplates() : [];
  var rules = pageData("message-checks");
  if (!templates.length || !rules || !MessageSend) {
    status.textContent = say("missing_data");
    return;
  }
  var MT = MessageTemplate;
  var send = MessageSend;
  var fieldsBox = form.querySelector(".builder__fields");
  var subjectBox = form.querySelector(".builder__subject");
  var subjectText = form.querySelector(".builder__subject-text");
  var preview = form.querySelector(".builder__preview");
  var mail = form.querySelector(".builder__mail");
  var copyButton = form.querySelector(".builder__copy");
  var fallback = form.querySelector(".builder__fallback");
  var fallbackText = fallback.querySelector("textarea");
  var limitBox = form.querySelector(".builder__limit");
  var registerBox = form.querySelector(".builder__register");
  var templateBox = form.querySelector(".builder__template");
  var templateSelect = templateBox && templateBox.querySelector("select");
  var byId = {};
  templates.forEach(function (t) { byId[t.id] = t; });
  var values = {};
  // The register the reader chose, kept while a message or language without it shows another
  // (no formal twin, or vos for an English message), and back when it has it again.
  var preferredRegister = "informal";
  var inputs = {};
  var fieldTemplates = {};  // placeholder -> the templates its field serves (null: all)
  var people = SiteContacts;
  var roles = people ? people.roles() : { you: [], tools: {}, from_contact: {} };
  var nameField = roles.tools[TOOL_ID];
  var who = people && nameField ? people.current(TOOL_ID) : null;
  // Where a placeholder's value is kept: the contact's record, the reader's own details, or
  // this contact's state.
  function home(name) {
    if (!people) return "answers";
    if (roles.you.indexOf(name) !== -1) return "you";
    if (who && name === nameField) return "name";
    if (who && roles.from_contact[name]) return "record";
    return "answers";
  }

  // The choice of message: only when the page carries more than one template.
  if (templateSelect) {
    templates.forEach(function (t) {
      var option = document.createElement("option");
      option.value = t.id;
      var first = t.variants[CHANNELS.filter(function (c) { return t.variants[c]; })[0]][pageLang];
      var key = ["template", t.id].join(".");  // "template.ID" in data/tools/mensaje.yml
      option.textContent = say.has(key) ? say(key) : first.label;
      templateSelect.appendChild(option);
    });
    templateBox.hidden = templates.length < 2;
  }

  function choice(name, fallbackValue) {
    var checked = form.querySelector("input[name=" + name + "]:checked");
    return checked ? checked.value : fallbackValue;
  }
  function setChoice(name, value) {
    var input = form.querySelector("input[name=" + name + "][value='" + value + "']");
    if (input) input.checked = true;
  }
  function showChoice(name, value, shown) {
    var input = form.querySelector("input[name=" + name + "][value='" + value + "']");
    if (!input) return;
    input.disabled = !shown;
    input.closest("label").hidden = !shown;
  }
  function currentTemplate() {
    return (templateSelect && byId[templateSelect.value]) || templates[0];
  }
  function state() {
    return {
      template: currentTemplate().id,
      lang: choice("lang", pageLang),
      channel: choice("channel", "email"),
      register: preferredRegister,
      english: choice("english", "uk"),
      limit: Number(choice("limit", rules.linkedin_chars[0])),
      fields: own("answers")
    };
  }
  function own(kind) {
    var out = {};
    Object.keys(values).forEach(function (name) { if (home(name) === kind) out[name] = values[name]; });
    return out;
  }
  /* The reader's own fields and the contact's name, where they are kept (when they changed). */
  function keepShared() {
    if (!people) return;
    var you = people.you(), mine = own("you"), changedYou = {};
    Object.keys(mine).forEach(function (name) { if ((you[name] || "") !== mine[name]) changedYou[name] = mine[name]; });
    if (Object.keys(changedYou).length) people.saveYou(changedYou);
    if (!who) return;
    var record = people.get(who) || {}, update = {};
    var name = (values[nameField] || "").trim();
    if (name && name !== record.name) update.name = values[nameField];
    Object.keys(own("record")).forEach(function (f) {
      var field = roles.from_contact[f];
      if (values[f].trim() && values[f] !== record[field]) update[field] = values[f];
    });
    if (Object.keys(update).length) { update.id = who; people.save(update); }
  }
  /* The variant to fill: the channel's, or its "-formal" twin when the reader chose the
   * formal register and the template has one; and the regional form: vos for a Spanish
   * message in the vos register, "us" for an English one in US English. */
  function variantOf(template, s) {
    var channel = template.variants[s.channel] ? s.channel : CHANNELS.filter(function (c) { return template.variants[c]; })[0];
    var twin = template.variants[channel + "-formal"];
    var formal = s.register === "formal" && !!twin;
    var form = s.lang === "es" && s.register === "vos" ? "vos" : s.lang === "en" && s.english === "us" ? "us" : null;
    return { channel: channel, variant: formal ? channel + "-formal" : channel, hasTwin: !!twin, form: form };
  }

  // The build writes one field per placeholder of the templates it names
  // (hooks/message_templates.py); a page that lacks one says so rather than build a
  // message with a hole in it.
  fieldsBox.querySelectorAll("[data-placeholder]").forEach(function (box) {
    var input = box.querySelector("[name]");
    if (!input) return;
    inputs[input.name] = input;
    var served = box.getAttribute("data-templates");
    fieldTemplates[input.name] = served ? served.split(" ") : null;
  });
  // The checks announced: their tally after the fields, and each field described by the
  // results of the checks about it (src/check-summary.mjs).
  var announce = announcer(fieldsBox, "builder__summary");
  var checked = fieldsChecked(rules);
  Object.keys(checked).forEach(function (check) {
    var result = form.querySelector("[data-check='" + check + "'] .builder__result");
    if (!result) return;
    result.id = "mb-check-" + check;
    checked[check].forEach(function (name) { if (inputs[name]) describedBy(inputs[name], result.id); });
  });
  function missingFields(template) {
    return Object.keys(template.placeholders).filter(function (name) { return !inputs[name]; });
  }

  /* The message as it is sent (tidied by MessageTemplate.fill); `how`: "marked" for the
   * preview (each value between marks, an empty one as its gap), "raw" for the untidied
   * text the doubled-word check compares with. */
  function filled(template, v, s, how) {
    var given = {}, gaps = {};
    Object.keys(template.placeholders).forEach(function (name) {
      given[name] = (values[name] || "").trim();
      gaps[name] = "";
    });
    var options = { form: v.form };
    if (how === "marked") {
      options.gaps = gaps;
      options.mark = function (name, text, isGap) { return OPEN + name + SEP + (isGap ? "" : text) + CLOSE; };
    }
    if (how === "raw") options.tidy = false;
    return MT.fill(template, v.variant, s.lang, given, options);
  }

  /* Text with marked values as DOM: typed values plain, empty ones as a visible gap. */
  function showMarked(template, target, text, lang) {
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

  var current = null;  // what the copy button and the mail link send

  function render() {
    var s = state();
    var template = currentTemplate();
    var missing = missingFields(template);
    if (missing.length) {
      status.textContent = say("missing_data");
      preview.replaceChildren();
      current = null;
      return null;
    }
    var v = variantOf(template, s);
    // Vos is a Spanish register, US English an English form: each shows with its language.
    registerBox.hidden = !v.hasTwin && s.lang !== "es";
    showChoice("register", "formal", v.hasTwin);
    showChoice("register", "vos", s.lang === "es");
    var shownRegister = (s.register === "vos" && s.lang !== "es") || (s.register === "formal" && !v.hasTwin) ? "informal" : s.register;
    setChoice("register", shownRegister);
    // The English variety shows for an English message only (tools.css, from the language).
    // Only the channels this message has (a follow-up goes in the same email thread).
    form.querySelectorAll("input[name=channel]").forEach(function (radio) {
      var offered = !!template.variants[radio.value];
      radio.disabled = !offered;
      radio.closest("label").hidden = !offered;
      if (radio.value === v.channel) radio.checked = true;
    });
    var used = MT.used(template, v.variant, s.lang);
    Object.keys(inputs).forEach(function (name) {
      inputs[name].parentNode.hidden = used.indexOf(name) === -1;
    });
    limitBox.hidden = v.channel !== "linkedin";
    var marked = filled(template, v, s, "marked");
    subjectBox.hidden = marked.subject === null;
    if (marked.subject !== null) showMarked(template, subjectText, marked.subject, s.lang);
    showMarked(template, preview, marked.body, s.lang);
    preview.lang = s.lang;
    subjectText.lang = s.lang;

    var message = filled(template, v, s);
    var fields = {};
    used.forEach(function (name) { fields[name] = values[name] || ""; });
    // No verdict on a message nobody has written yet: the checks wait for the first word.
    var typed = used.some(function (name) { return (values[name] || "").trim() !== ""; });
    var results = runChecks(
      { subject: message.subject, body: message.body, raw: filled(template, v, s, "raw").body,
        fields: fields, channel: v.channel, charLimit: s.limit },
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
      var result = li.querySelector(".builder__result");
      if (typed) {
        li.dataset.state = r.state;
        result.textContent = say(r.state) + " " + checkSentence(r, say);
      } else {
        delete li.dataset.state;
        result.textContent = "";
      }
    });
    form.querySelectorAll("[data-check]").forEach(function (li) { if (!shown[li.dataset.check]) li.hidden = true; });
    announce(typed ? summary(results, say) : "");

    mail.hidden = v.channel !== "email";
    mail.href = send.mailtoHref(message.subject, message.body);
    current = { channel: v.channel, subject: message.subject, body: message.body };
    return current;
  }

  var store = toolStore(function () { return people ? people.answersId(TOOL_ID, who) : TOOL_ID; }, {
    // Saving this contact's state saves the shared fields too (after the same pause in typing).
    read: function () { keepShared(); return state(); },
    apply: function (data) {
      var saved = data.fields && typeof data.fields === "object" ? data.fields : {};
      var you = people ? people.you() : {};
      var record = who ? people.get(who) || {} : {};
      values = {};
      Object.keys(inputs).forEach(function (name) {
        var where = home(name);
        var v = where === "you" ? you[name] : where === "name" ? record.name
          : where === "record" ? record[roles.from_contact[name]] : saved[name];
        values[name] = typeof v === "string" ? v : "";
        // A date placeholder (the follow-up's first message) starts from the contact's sent date.
        if (!values[name] && who && inputs[name].type === "date" && typeof record.sent === "string") values[name] = record.sent;
        inputs[name].value = values[name];
      });
      if (templateSelect) templateSelect.value = byId[data.template] ? data.template : templates[0].id;
      var langs = Array.prototype.map.call(form.querySelectorAll("input[name=lang]"), function (i) { return i.value; });
      setChoice("lang", langs.indexOf(data.lang) !== -1 ? data.lang : pageLang);
      setChoice("channel", CHANNELS.indexOf(data.channel) !== -1 ? data.channel : "email");
      preferredRegister = ["formal", "vos"].indexOf(data.register) !== -1 ? data.register : "informal";
      setChoice("english", data.english === "us" ? "us" : "uk");
      setChoice("limit", String(rules.linkedin_chars.indexOf(data.limit) !== -1 ? data.limit : rules.linkedin_chars[0]));
      render();
    }
  });

  // After a copy or a mail: was it sent today? (the contact's sent date, with an undo)
  var sent = sentPrompt(form, say, people, function () { return who; });

  // Any change makes what was copied before out of date: its confirmation goes.
  function changed() {
    fallback.hidden = true;
    status.textContent = "";
    sent.clear();
    render();
    store.save();
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  if (people) {
    if (nameField) {
      people.picker({
        tool: TOOL_ID,
        onChoose: function (id) {
          store.flush();
          who = id;
          fallback.hidden = true;
          status.textContent = "";
          sent.clear();
          store.reload();
        }
      });
    }
    // The shared fields changed elsewhere (another tab, an import): show them.
    WorksheetStore.onChange(function (change) {
      if (change.source === "set" || !change.ids) return;
      if (change.ids.indexOf(people.YOU_ID) !== -1 || change.ids.indexOf(people.LIST_ID) !== -1) store.reload();
    });
  }
  form.addEventListener("input", function (event) {
    if (inputs[event.target.name] === event.target) values[event.target.name] = event.target.value;
    if (event.target.name === "register") preferredRegister = event.target.value;
    changed();
  });
  form.addEventListener("change", function (event) {
    if (event.target.name === "register") preferredRegister = event.target.value;
    changed();
  });

  copyButton.addEventListener("click", function () {
    var message = render();
    if (!message) return;
    // An email is copied with its subject, a blank line, then the body.
    var text = message.channel === "email" ? send.emailText(message.subject, message.body) : message.body;
    send.copy(text, fallbackText).then(function (outcome) {
      if (outcome === "copied") fallback.hidden = true;
      status.textContent = say(outcome === "copied" ? "copied" : "copy_fallback");
      sent.ask();
    });
  });
  mail.addEventListener("click", function () { sent.ask(); });

  // The saved state (applied by toolStore above) or, without storage, the page's defaults.
  render();
}
