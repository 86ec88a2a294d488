// Pasar Terbuka: small enhancements. Every page works without this script; texts come from
// data attributes written from the theme's translation files.
(function () {
  "use strict";

  // Market finder: filter the plain list of markets as the reader types.
  var list = document.getElementById("daftar-pasar");
  if (list) {
    var label = document.createElement("label");
    label.setAttribute("for", "cari-pasar");
    label.textContent = list.getAttribute("data-filter-label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "cari-pasar";
    input.autocomplete = "off";
    var empty = document.createElement("p");
    empty.className = "note";
    empty.hidden = true;
    empty.setAttribute("role", "status");
    empty.textContent = list.getAttribute("data-filter-empty");
    var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var match = fold(item.textContent).indexOf(query) !== -1;
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      empty.hidden = shown !== 0;
    });
    list.parentNode.insertBefore(label, list);
    list.parentNode.insertBefore(input, list);
    list.parentNode.insertBefore(empty, list.nextSibling);
  }

  // Sortable tables: a button in each column heading; numbers sort by their data-sort value.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.title = table.getAttribute("data-sort-label") || "";
      while (heading.firstChild) { button.appendChild(heading.firstChild); }
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        var numeric = heading.getAttribute("data-type") === "number";
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var cell = row.cells[column];
          var value = cell.getAttribute("data-sort") || cell.textContent.trim();
          return numeric ? parseFloat(value) : value.toLowerCase();
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(headings, function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  });
})();
