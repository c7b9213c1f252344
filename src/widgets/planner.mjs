/*
 * The "planner" field (question planner): tick questions in the bank (filtered by reason and
 * TIARA type) or write your own; they form a ranked plan that can be reordered, with the
 * minutes each question takes and which ones only fit if time allows.
 * planner(field, ctx) -> {read(), write(value)}, the widget src/worksheets.mjs gives a "planner" field.
 * Value: {items: [{id: "<bank id>"} | {text: "<own question>"}], minutes: N, per_question: N}.
 * Reader text goes in through .value, .textContent and setAttribute only.
 */
import { fillIn as fill } from "../lib/words.mjs";

export function planner(field, ctx) {
  var m = ctx.messages;
  var bankTexts = JSON.parse(field.getAttribute("data-questions"));
  var defaults = {
    minutes: parseInt(field.getAttribute("data-minutes"), 10),
    per_question: parseInt(field.getAttribute("data-per-question"), 10)
  };
  var planList = field.querySelector(".ws-plan-list");
  var summary = field.querySelector(".ws-plan-summary");
  var ownInput = field.querySelector("[data-own]");
  var settings = {
    minutes: field.querySelector('[data-setting="minutes"]'),
    per_question: field.querySelector('[data-setting="per_question"]')
  };
  var picks = Array.prototype.slice.call(field.querySelectorAll("[data-pick]"));
  var items = [];

  field.querySelectorAll(".ws-screen-only[hidden]").forEach(function (el) { el.hidden = false; });

  function setting(name) {
    var n = parseInt(settings[name].value, 10);
    return n > 0 ? n : defaults[name];
  }

  function itemText(item) {
    return item.id ? bankTexts[item.id] || "" : item.text || "";
  }

  function read() {
    return { items: items.map(function (i) { return i.id ? { id: i.id } : { text: i.text }; }),
             minutes: setting("minutes"), per_question: setting("per_question") };
  }

  function button(action, label, name, disabled) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button ws-plan-button";
    b.setAttribute("data-plan", action);
    b.textContent = label;
    b.setAttribute("aria-label", label + ": " + name);
    b.disabled = disabled;
    return b;
  }

  function renderPlan(focus) {
    var minutes = setting("minutes");
    var per = setting("per_question");
    planList.textContent = "";
    items.forEach(function (item, i) {
      var text = itemText(item);
      var li = document.createElement("li");
      li.className = "ws-plan-item";
      var body = document.createElement("span");
      body.className = "ws-plan-text";
      body.textContent = text;
      var meta = document.createElement("span");
      meta.className = "ws-plan-meta";
      var end = (i + 1) * per;
      meta.textContent = fill(m.plan_time, { start: i * per, end: end }) +
        (end > minutes ? " · " + m.plan_spare : "") + (item.id ? "" : " · " + m.own_tag);
      li.classList.toggle("ws-plan-spare", end > minutes);
      var actions = document.createElement("span");
      actions.className = "ws-plan-actions";
      actions.appendChild(button("up", m.move_up, text, i === 0));
      actions.appendChild(button("down", m.move_down, text, i === items.length - 1));
      actions.appendChild(button("remove", m.remove_question, text, false));
      li.appendChild(body);
      li.appendChild(meta);
      li.appendChild(actions);
      planList.appendChild(li);
    });
    summary.textContent = items.length
      ? fill(m.plan_summary, { count: items.length, fit: Math.floor(minutes / per), minutes: minutes })
      : m.plan_empty;
    field.classList.toggle("ws-has-answer", items.length > 0);
    var picked = {};
    items.forEach(function (item) { if (item.id) picked[item.id] = true; });
    picks.forEach(function (box) { box.checked = !!picked[box.value]; });
    if (focus) {
      var target = planList.children[focus.index];
      var wanted = target && target.querySelector('[data-plan="' + focus.action + '"]');
      if (wanted && wanted.disabled) wanted = target.querySelector('[data-plan]:not([disabled])');
      (wanted || ownInput).focus();
    }
  }

  function write(value) {
    value = value && typeof value === "object" ? value : {};
    items = (Array.isArray(value.items) ? value.items : []).filter(function (item) {
      return item && (typeof item.text === "string" || Object.prototype.hasOwnProperty.call(bankTexts, item.id));
    }).map(function (item) { return item.id ? { id: item.id } : { text: item.text }; });
    // Only numbers count: an imported {"toString": ...} must not reach a comparison.
    ["minutes", "per_question"].forEach(function (k) {
      settings[k].value = typeof value[k] === "number" && value[k] > 0 ? value[k] : defaults[k];
    });
    renderPlan();
  }

  picks.forEach(function (box) {
    box.addEventListener("change", function () {
      items = items.filter(function (item) { return item.id !== box.value; });
      if (box.checked) items.push({ id: box.value });
      renderPlan();
      ctx.changed();
    });
  });

  function addOwn() {
    var text = ownInput.value.trim();
    if (!text) return;
    items.push({ text: text });
    ownInput.value = "";
    renderPlan();
    ctx.changed();
  }
  field.querySelector('[data-planner="add"]').addEventListener("click", addOwn);
  ownInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      addOwn();
    }
  });

  planList.addEventListener("click", function (event) {
    var b = event.target.closest("[data-plan]");
    if (!b) return;
    var li = b.closest(".ws-plan-item");
    var index = Array.prototype.indexOf.call(planList.children, li);
    var action = b.getAttribute("data-plan");
    var to = action === "up" ? index - 1 : action === "down" ? index + 1 : -1;
    var moved = items.splice(index, 1)[0];
    if (to >= 0) {
      items.splice(to, 0, moved);
      renderPlan({ index: to, action: action });
      ctx.announce(fill(m.plan_moved, { n: to + 1 }));
    } else {
      renderPlan({ index: Math.min(index, items.length - 1), action: "remove" });
    }
    ctx.changed();
  });

  Object.keys(settings).forEach(function (name) {
    settings[name].addEventListener("input", function () { renderPlan(); });
  });

  // Filters only change what the bank shows; they are not answers.
  var filters = Array.prototype.slice.call(field.querySelectorAll("[data-filter]"));
  var count = field.querySelector(".ws-filter-count");
  var questions = Array.prototype.slice.call(field.querySelectorAll(".ws-question"));
  function applyFilters() {
    var shown = 0;
    questions.forEach(function (q) {
      var visible = filters.every(function (f) {
        return !f.value || q.getAttribute("data-" + f.getAttribute("data-filter")) === f.value;
      });
      q.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = fill(m.filter_count, { shown: shown, total: questions.length });
  }
  filters.forEach(function (f) {
    f.addEventListener("change", function (event) {
      event.stopPropagation();
      applyFilters();
    });
  });
  applyFilters();

  return { read: read, write: write };
}
