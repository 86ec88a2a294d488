// Pasar Terbuka: small enhancements. Every page works without this script; texts come from
// data attributes written from the theme's translation files.
(function () {
  "use strict";

  // Market search: reads the small index of markets on first use and lists the matches as links.
  // Without it the districts and the full list still lead to every market.
  var finder = document.getElementById("pencarian");
  if (finder && window.fetch) {
    var label = document.createElement("label");
    label.setAttribute("for", "cari-pasar");
    label.textContent = finder.getAttribute("data-filter-label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "cari-pasar";
    input.autocomplete = "off";
    var results = document.createElement("ul");
    results.className = "search-results";
    var status = document.createElement("p");
    status.className = "note";
    status.setAttribute("role", "status");
    var markets = null;
    var base = finder.getAttribute("data-index").replace(/data\/pasar-index\.json$/, "");
    var prefix = document.documentElement.lang === "en" ? "en/" : "";
    var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
    var show = function () {
      var query = fold(input.value.trim());
      results.textContent = "";
      status.textContent = "";
      if (!query || !markets) { return; }
      var found = markets.filter(function (m) { return fold(m[1] + " " + m[2]).indexOf(query) !== -1; }).slice(0, 20);
      found.forEach(function (m) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = base + prefix + "pasar/" + m[0] + "/";
        link.textContent = m[1];
        item.appendChild(link);
        if (m[2]) { item.appendChild(document.createTextNode(" · " + m[2])); }
        results.appendChild(item);
      });
      if (!found.length) { status.textContent = finder.getAttribute("data-filter-empty"); }
    };
    input.addEventListener("input", function () {
      if (markets) { show(); return; }
      fetch(finder.getAttribute("data-index")).then(function (r) { return r.json(); })
        .then(function (data) { markets = data.markets; show(); }).catch(function () {});
    });
    finder.appendChild(label);
    finder.appendChild(input);
    finder.appendChild(status);
    finder.appendChild(results);
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
