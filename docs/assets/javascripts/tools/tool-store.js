/* Keep a tool's state in WorksheetStore under the tool's own id, so the site's export,
 * import and clear cover it. window.SiteTools.toolStore(id, {read, apply}):
 *   read()      -> the tool's current state (a plain object), saved after typing pauses
 *   apply(data) -> show saved state (at start, and when another tab or an import changes it)
 * `id` may be a function giving the id to use now (a per-contact tool: SiteContacts.answersId);
 * before the id changes call flush() (what is typed goes to the old id), then reload().
 * Returns {save, saveNow, flush, reload}; saveNow() is true only when the state was stored. Works without
 * storage too (nothing is kept then); every storage problem is named in a box before the
 * tool's form (WorksheetStore.notice), in the page's language. A bad stored value must not
 * stop the tool: apply() errors are reported and the tool starts empty.
 *
 * window.SiteTools.words(): the tool's words in the page's language (data/tools/ID.yml,
 * put into the page by hooks/tool_words.py, with any shared words files after it) as say(key, values) -> text with "@name" filled
 * from values; when values.n is 1 the "KEY.one" text is used if there is one. say.has(key)
 * tells whether a key exists. A missing key comes back as itself, so it shows; say.every(key)
 * gives {lang: text} for the words that travel in every language.
 *
 * window.SiteTools.newId(): a random id for a stored record (a contact, a plan).
 * window.SiteTools.el(tag, className, text): a new element; text only through textContent. */
(function (root) {
  "use strict";

  var DELAY_MS = 300;
  var noticeShown = false;

  root.SiteTools = root.SiteTools || {};

  root.SiteTools.newId = function () {
    if (root.crypto && root.crypto.randomUUID) return root.crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  };

  root.SiteTools.el = function (tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  };

  root.SiteTools.words = function () {
    var el = document.getElementById("tool-words");
    var words = el ? JSON.parse(el.textContent) : {};
    // Words several tools share (data/tools/recordatorios.yml) come in blocks of their own.
    document.querySelectorAll("script.tool-words-more").forEach(function (more) {
      var extra = JSON.parse(more.textContent);
      Object.keys(extra).forEach(function (key) { if (!Object.prototype.hasOwnProperty.call(words, key)) words[key] = extra[key]; });
    });
    function has(key) { return Object.prototype.hasOwnProperty.call(words, key); }
    function say(key, values) {
      values = values || {};
      var text = values.n === 1 && has(key + ".one") ? words[key + ".one"] : has(key) ? words[key] : key;
      return text.replace(/@(\w+)/g, function (whole, name) {
        return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
      });
    }
    say.has = has;
    // {lang: text} of a word that travels in every language ("csv." keys: an import accepts any).
    say.every = function (key) { return (words["@every"] || {})[key] || {}; };
    return say;
  };

  root.SiteTools.toolStore = function (id, handlers) {
    var store = root.WorksheetStore;
    var timer = null;
    var idOf = typeof id === "function" ? id : function () { return id; };

    function saveNow() {
      root.clearTimeout(timer);
      timer = null;
      if (!store) return false;
      return store.set(idOf(), handlers.read());
    }

    function apply() {
      try {
        handlers.apply(store.get(idOf()));
      } catch (e) {
        handlers.apply({});
        root.setTimeout(function () { throw e; });
      }
    }

    function save() {
      root.clearTimeout(timer);
      timer = root.setTimeout(saveNow, DELAY_MS);
    }

    if (store) {
      if (!noticeShown) {
        noticeShown = true;
        store.notice(document.querySelector("form.tool"), root.SiteTools.words());
      }
      apply();
      store.onChange(function (change) {
        if (change.source === "set" && change.ids && change.ids[0] === idOf()) return; // our own save
        if (change.ids === null || change.ids.indexOf(idOf()) !== -1) apply();
      });
      store.beforeSync(function () { if (timer) saveNow(); });
      // A change typed just before leaving the page is not lost to the delay.
      root.addEventListener("pagehide", function () { if (timer) saveNow(); });
    }
    function flush() { if (timer) saveNow(); }
    return { save: save, saveNow: saveNow, flush: flush, reload: function () { if (store) apply(); } };
  };
})(window);
