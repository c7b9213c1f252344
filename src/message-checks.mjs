/* The checks the message builder runs on an outreach message. Pure functions, no page
 * access; tested by tests/js/message-checks.test.mjs.
 *
 * Each check returns {id, state, ...figures} with state "pass", "warn" (worth a second
 * look) or "fail"; the page turns figures into sentences in its own language. */
import { fold } from "./lib/fold.mjs";
// The doubled-word check is its own module (the thank-you note runs it alone).
import { WORD, doubledWords, doubledWordCheck } from "./lib/doubled-words.mjs";

export { doubledWords, doubledWordCheck };

function words(text) {
  return String(text || "").match(WORD) || [];
}

export function countWords(text) {
  return words(text).length;
}

/* Characters as a reader counts them: "é" or an emoji is one. */
export function countChars(text) {
  return Array.from(String(text || "").normalize("NFC")).length;
}

/* Where `needle` (folded words) starts in `tokens` at or after `from`, or -1. */
function indexOf(tokens, needle, from) {
  for (var i = from || 0; i + needle.length <= tokens.length; i++) {
    var match = true;
    for (var j = 0; j < needle.length; j++) {
      if (tokens[i + j] !== needle[j]) { match = false; break; }
    }
    if (match) return i;
  }
  return -1;
}

/* The entries of `list` (single words or phrases) found as whole words in `text`, each once,
 * in the list's own spelling. Words inside an occurrence of a phrase in `skip` ("he puesto",
 * "puesto que") are left out first, so they match nothing. */
export function findWords(text, list, skip) {
  var tokens = words(fold(text));
  (skip || []).forEach(function (entry) {
    var needle = words(fold(entry));
    if (!needle.length) return;
    for (var at = indexOf(tokens, needle, 0); at !== -1; at = indexOf(tokens, needle, at + needle.length)) {
      for (var k = 0; k < needle.length; k++) tokens[at + k] = "";
    }
  });
  var found = [];
  (list || []).forEach(function (entry) {
    var needle = words(fold(entry));
    if (needle.length && indexOf(tokens, needle, 0) !== -1) found.push(entry);
  });
  return found;
}

/* Word count against Dalton's target (fewer than 75) and the 100-word outer limit. */
export function wordCheck(body, target, limit) {
  var n = countWords(body);
  return { id: "words", count: n, target: target, limit: limit,
    state: n < target ? "pass" : n <= limit ? "warn" : "fail" };
}

/* An estimate of "more than half of the words are about them": the words the reader typed
 * in the fields about the other person against those in the fields about the reader. */
export function aboutThemCheck(fields, themFields, youFields) {
  function total(ids) {
    return ids.reduce(function (sum, id) { return sum + countWords(fields[id]); }, 0);
  }
  var them = total(themFields);
  var you = total(youFields);
  var share = them + you === 0 ? 0 : Math.round((100 * them) / (them + you));
  return { id: "about-them", them: them, you: you, share: share,
    state: them + you === 0 ? "warn" : them > you ? "pass" : "fail" };
}

/* The connection is given and comes before everything else the reader wrote. */
export function connectionFirstCheck(body, fields, connectionId, otherIds) {
  var connection = String(fields[connectionId] || "").trim();
  if (!connection) return { id: "connection-first", state: "fail", missing: true };
  var at = body.indexOf(connection);
  var first = otherIds.every(function (id) {
    var text = String(fields[id] || "").trim();
    var other = text ? body.indexOf(text) : -1;
    return other === -1 || at <= other;
  });
  return { id: "connection-first", state: at !== -1 && first ? "pass" : "fail", missing: false };
}

export function askIsQuestionCheck(ask) {
  var text = String(ask || "").trim();
  return { id: "ask-question", empty: !text, state: /[?？]$/.test(text) ? "pass" : "fail" };
}

/* A request for a job, told from a mention of someone's work. `text`: the whole message;
 * `own`: only what the reader wrote about themselves and their ask. Words in `jobWords` ask
 * for a job in any context: "fail" wherever they are. Words in `hints` may or may not
 * ("tu trabajo sobre…", "trabajo en logística"): they count only in `own`, and only as
 * "warn", since the check cannot tell which is meant. `notJob`: phrases to skip first. */
export function noJobWordsCheck(text, jobWords, own, hints, notJob) {
  var found = findWords(text, jobWords, notJob);
  if (found.length) return { id: "no-job-words", found: found, state: "fail" };
  var maybe = findWords(own, hints, notJob);
  return { id: "no-job-words", found: maybe, state: maybe.length ? "warn" : "pass" };
}

export function charLimitCheck(body, limit) {
  var n = countChars(body);
  return { id: "chars", count: n, limit: limit, state: n <= limit ? "pass" : "fail" };
}

/* All checks for one message. `message`: {subject, body, raw (the body untidied: the
 * doubled-word check), fields, channel, charLimit};
 * `rules`: {target, limit, jobWords, jobHints, notJob, themFields, youFields, ask, connection,
 * others}. */
export function run(message, rules) {
  var whole = (message.subject ? message.subject + "\n" : "") + message.body;
  var own = [rules.ask].concat(rules.youFields).map(function (id) {
    return String(message.fields[id] || "");
  }).join("\n");
  var results = [
    wordCheck(message.body, rules.target, rules.limit),
    aboutThemCheck(message.fields, rules.themFields, rules.youFields),
    connectionFirstCheck(message.body, message.fields, rules.connection, rules.others),
    askIsQuestionCheck(message.fields[rules.ask]),
    noJobWordsCheck(whole, rules.jobWords, own, rules.jobHints || [], rules.notJob || []),
    doubledWordCheck(message.body, message.raw === undefined ? message.body : message.raw)
  ];
  if (message.channel === "linkedin") results.push(charLimitCheck(message.body, message.charLimit));
  return results;
}

/* {check id: [placeholders]}: the fields each check is about, from the rules' data
 * (data/message-checks.yml), so the builder describes each field by its checks' results. The
 * checks of the whole message (words, characters, doubled words) are about no one field. */
export function fieldsChecked(rules) {
  return {
    "connection-first": [rules.connection],
    "ask-question": [rules.ask],
    "about-them": rules.about_them.concat(rules.about_you),
    "no-job-words": [rules.ask].concat(rules.about_you)
  };
}

/* The checks' tally in words: "2 checks to fix. 1 check to look at again." (`say`'s
 * checks_fix, checks_look, checks_ok: the page's language); "" when there are none. */
export function summary(results, say) {
  if (!results || !results.length) return "";
  const n = (state) => results.filter((r) => r.state === state).length;
  const parts = [];
  if (n("fail")) parts.push(say("checks_fix", { n: n("fail") }));
  if (n("warn")) parts.push(say("checks_look", { n: n("warn") }));
  return parts.join(" ") || say("checks_ok");
}
