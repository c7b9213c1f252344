// The message builder's checks (src/message-checks.mjs) with the
// rules as the builder's page carries them (data/message-checks.yml), without a browser.
// What the reader sees of them (the sentences, the states in the page) stays in
// tests/test_tools_message.py.
import test from "node:test";
import assert from "node:assert/strict";
import * as checks from "../../src/message-checks.mjs";
import { messageChecks } from "./site-data.mjs";

const RULES = messageChecks();
// The builder checks both languages' lists whatever the message's language.
const all = (key) => RULES[key].es.concat(RULES[key].en);
const jobCheck = (text, own) => checks.noJobWordsCheck(text, all("job_words"), own, all("job_hints"), all("not_job"));

// The reader's fields of a good Spanish message (tests/test_tools_message.py GOOD_ES).
const GOOD_ES = {
  their_name: "Lucía",
  connection: "estudiamos en la misma escuela de Valladolid",
  admiration: "tu charla sobre planificar el stock tienda por tienda y cómo lo contaste",
  who_you_are: "Llevo doce años en compras y quiero pasar a la planificación.",
  interest_narrow: "la planificación de la demanda",
  interest_broad: "la logística",
  ask: "¿Te vendrían bien veinte minutos para contarme cómo empezaste?",
  your_name: "Andrés Gil",
};
/* The job check on a message of these fields: the whole text, and the reader's own part
 * (the ask and the fields about them), as the builder hands them over. */
function jobCheckOf(fields) {
  const own = [RULES.ask].concat(RULES.about_you).map((id) => fields[id] || "").join("\n");
  return jobCheck(Object.values(fields).join("\n"), own);
}

const CASES = [
  ["Leí tu trabajo sobre la cadena de suministro.", "", "pass"],
  ["¿Tienes algún puesto libre?", "¿Tienes algún puesto libre?", "fail"],
  ["¿Me cuentas cómo es tu trabajo?", "¿Me cuentas cómo es tu trabajo?", "warn"],
  ["He puesto en marcha un piloto.", "He puesto en marcha un piloto.", "pass"],
  ["Your position on pricing stayed with me.", "", "pass"],
  ["Are there any openings in your team?", "Are there any openings in your team?", "fail"],
  ["What is your position on pricing?", "What is your position on pricing?", "warn"],
];

test("the job check tells a request from a mention", () => {
  for (const [text, own, state] of CASES) {
    const got = jobCheck(text, own);
    assert.equal(got.state, state, `${JSON.stringify(text)} (own text ${JSON.stringify(own)}): ${JSON.stringify(got)}`);
  }
});

test("job words match whole words only", () => {
  const got = jobCheckOf({ ...GOOD_ES, interest_broad: "los jobsites y el trabajador" });
  assert.equal(got.state, "pass", JSON.stringify(got));
});

test("«he puesto en marcha» and «puesto que» are not a job", () => {
  const got = jobCheckOf({ ...GOOD_ES, interest_narrow: "el piloto de previsión que he puesto en marcha",
    ask: "¿Puesto que lo probaste, me cuentas cómo empezaste?" });
  assert.equal(got.state, "pass", JSON.stringify(got));
});

test("job words are found whatever their case and accents, in the list's own spelling", () => {
  for (const [word, entry] of [["trabajo", "trabajo nuevo"], ["job", "job"], ["Currículum", "currículum"], ["RÉSUMÉ", "résumé"]]) {
    const got = jobCheckOf({ ...GOOD_ES, interest_broad: `la logística y un ${word} nuevo` });
    assert.equal(got.state, "fail", `${word}: ${JSON.stringify(got)}`);
    assert.ok(got.found.includes(entry), `${word}: found ${JSON.stringify(got.found)}, expected ${entry}`);
  }
});

test("words and characters are counted as a reader counts them", () => {
  assert.equal(checks.countWords("Hola, Lucía: ¿te vendrían bien veinte minutos?"), 7);
  assert.equal(checks.countWords("well-known l'été O’Brien 2025"), 4, "hyphens and apostrophes join a word");
  assert.equal(checks.countChars("e\u0301"), 1, "an accent written as two code points is one character");
  assert.equal(checks.countChars("👋 hola"), 6, "an emoji is one character");
  assert.deepEqual(checks.wordCheck("uno dos", 75, 100), { id: "words", count: 2, target: 75, limit: 100, state: "pass" });
  assert.equal(checks.wordCheck("x ".repeat(75), 75, 100).state, "warn", "75 words: over the target");
  assert.equal(checks.wordCheck("x ".repeat(101), 75, 100).state, "fail", "over the limit");
  assert.equal(checks.charLimitCheck("x".repeat(200), 200).state, "pass");
  assert.equal(checks.charLimitCheck("x".repeat(201), 200).state, "fail");
});

// Issue 26 item 9: a word said twice in a row is flagged, as typed; where the template met the
// reader's text («en tu» + «Tu charla») the fill already sent it once, and the check says so.
test("a word said twice in a row is flagged, each pair once", () => {
  assert.deepEqual(checks.doubledWords("Me quedé pensando en tu Tu charla y de de la otra, tu Tu"), ["tu Tu", "de de"]);
  assert.deepEqual(checks.doubledWords("Tú, tu charla. Había\nhabía"), []);
  assert.deepEqual(checks.doubledWordCheck("en tu charla", "en tu charla"), { id: "doubled-word", found: [], state: "pass" });
  assert.deepEqual(checks.doubledWordCheck("en tu charla", "en tu Tu charla"),
    { id: "doubled-word", found: ["tu Tu"], fixed: true, state: "warn" });
  assert.deepEqual(checks.doubledWordCheck("que que venga", "que que venga"), { id: "doubled-word", found: ["que que"], state: "warn" });
});

test("run() includes the doubled-word check, on the untidied text when given", () => {
  const message = { subject: "Asunto", body: "Hola, en tu charla.", raw: "Hola, en tu Tu charla.", fields: {}, channel: "email", charLimit: 200 };
  const rules = { target: 75, limit: 100, jobWords: [], themFields: [], youFields: [], ask: "ask", connection: "connection", others: [] };
  const found = checks.run(message, rules).find((r) => r.id === "doubled-word");
  assert.deepEqual(found, { id: "doubled-word", found: ["tu Tu"], fixed: true, state: "warn" });
});

test("each field is described by the checks about it, from the rules' data", () => {
  const about = checks.fieldsChecked(RULES);
  assert.deepEqual(about["connection-first"], [RULES.connection]);
  assert.deepEqual(about["ask-question"], [RULES.ask]);
  assert.deepEqual(about["about-them"], RULES.about_them.concat(RULES.about_you));
  assert.deepEqual(about["no-job-words"], [RULES.ask].concat(RULES.about_you));
  assert.equal(about.words, undefined, "the whole message's checks are about no one field");
});

test("the checks' tally: what to fix, then what to look at again, else all fine", () => {
  const say = (key, v) => (v ? `${key}:${v.n}` : key);
  const r = (...states) => states.map((state, i) => ({ id: "c" + i, state }));
  assert.equal(checks.summary(r("fail", "pass", "fail", "warn"), say), "checks_fix:2 checks_look:1");
  assert.equal(checks.summary(r("warn", "pass"), say), "checks_look:1");
  assert.equal(checks.summary(r("pass", "pass"), say), "checks_ok");
  assert.equal(checks.summary([], say), "");
  assert.equal(checks.summary(null, say), "");
});
