/*
 * The "rows" field (e.g. the target list): one labelled group of controls per row, rows added
 * and removed by the reader, and a printed table that always has at least data-print-rows rows.
 * rows(field, ctx) -> {read(), write(value)}, the widget src/worksheets.mjs gives a "rows" field. Values: an array of {columnId: text}. Reader text goes in through .value and
 * .textContent only. With ctx.newId (rows that are records: the target list's contacts), each
 * row also carries an id, its value's or a new one, and a removal is told to ctx.removed(row),
 * which says it (true) or leaves the widget to.
 */

export function rows(field, ctx) {
  var list = field.querySelector(".ws-rows-list");
  var template = field.querySelector("template.ws-row-template");
  var addButton = field.querySelector('[data-rows="add"]');
  var printBody = field.querySelector(".ws-print-table tbody");
  var columns = field.getAttribute("data-columns").split(" ");
  var screenRows = parseInt(field.getAttribute("data-screen-rows"), 10) || 1;
  var printRows = parseInt(field.getAttribute("data-print-rows"), 10) || 10;
  var optionLabels = JSON.parse(field.getAttribute("data-option-labels") || "{}");

  function shownRows() {
    return Array.prototype.slice.call(list.querySelectorAll(".ws-row"));
  }

  // A row from the template, its ids, labels and legend numbered n (the template says __N__).
  function makeRow(n) {
    var fragment = template.content.cloneNode(true);
    fragment.querySelectorAll("[id], [for]").forEach(function (el) {
      ["id", "for"].forEach(function (attr) {
        if (el.hasAttribute(attr)) el.setAttribute(attr, el.getAttribute(attr).replace("__N__", n));
      });
    });
    var walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) walker.currentNode.nodeValue = walker.currentNode.nodeValue.replace("__N__", n);
    return fragment.querySelector(".ws-row");
  }

  function readRow(row) {
    var values = ctx.newId ? { id: row.dataset.id } : {};
    columns.forEach(function (col) {
      var control = row.querySelector('[data-col="' + col + '"]');
      values[col] = control ? control.value : "";
    });
    return values;
  }

  function read() {
    return shownRows().map(readRow);
  }

  function render(values, count) {
    list.textContent = "";
    for (var i = 0; i < count; i++) {
      var row = makeRow(i + 1);
      var rowValues = values[i] || {};
      if (ctx.newId) row.dataset.id = typeof rowValues.id === "string" && rowValues.id ? rowValues.id : ctx.newId();
      columns.forEach(function (col) {
        var control = row.querySelector('[data-col="' + col + '"]');
        if (control) control.value = typeof rowValues[col] === "string" ? rowValues[col] : "";
      });
      list.appendChild(row);
    }
    updatePrint();
  }

  function write(value) {
    var values = Array.isArray(value) ? value : [];
    render(values, value === undefined ? screenRows : Math.max(values.length, 1));
  }

  function cellText(col, value) {
    var labels = optionLabels[col];
    return labels && Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : value;
  }

  // Filled rows, then empty ones up to printRows: paper always has room to write.
  function updatePrint() {
    var filled = read().filter(function (row) {
      return columns.some(function (col) { return (row[col] || "").trim() !== ""; });
    });
    printBody.textContent = "";
    for (var i = 0; i < Math.max(printRows, filled.length); i++) {
      var tr = document.createElement("tr");
      columns.forEach(function (col) {
        var td = document.createElement("td");
        if (filled[i]) {
          // In a span, so that "print blank" can hide the text and keep the ruled cell.
          var text = document.createElement("span");
          text.textContent = cellText(col, filled[i][col] || "");
          td.appendChild(text);
        }
        tr.appendChild(td);
      });
      printBody.appendChild(tr);
    }
    field.classList.toggle("ws-has-answer", filled.length > 0);
  }

  function firstControl(row) {
    return row.querySelector("input, select");
  }

  addButton.addEventListener("click", function () {
    var values = read();
    values.push({});
    render(values, values.length);
    firstControl(shownRows()[values.length - 1]).focus();
    ctx.announce(ctx.messages.row_added);
    ctx.changed();
  });

  list.addEventListener("click", function (event) {
    var button = event.target.closest('[data-rows="remove"]');
    if (!button) return;
    var index = shownRows().indexOf(button.closest(".ws-row"));
    var values = read();
    var gone = values.splice(index, 1)[0];
    render(values, values.length);
    var next = shownRows()[Math.min(index, values.length - 1)];
    (next ? firstControl(next) : addButton).focus();
    if (!(ctx.removed && ctx.removed(gone))) ctx.announce(ctx.messages.row_removed);
    ctx.changed();
  });

  field.addEventListener("input", updatePrint);
  field.addEventListener("change", updatePrint);
  updatePrint();

  return { read: read, write: write };
}
