// Waymark: filters on a page, kept in the URL so a filtered view can be sent as a link.
// The page shows every item without this script; it only hides items that do not match.
(function () {
  "use strict";
  var form = document.querySelector("[data-filters]");
  if (!form) { return; }
  form.hidden = false;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var output = form.querySelector("[data-count]");

  function matches(element, filters) {
    return filters.every(function (filter) {
      if (!filter.value) { return true; }
      var values = (element.getAttribute("data-f-" + filter.key) || "").split("|");
      return values.indexOf(filter.value) !== -1;
    });
  }

  function apply() {
    var filters = selects.map(function (select) { return { key: select.name, value: select.value }; });
    var shown = 0;
    document.querySelectorAll("[data-item]").forEach(function (element) {
      var visible = matches(element, filters);
      if (visible) { element.removeAttribute("data-hidden"); } else { element.setAttribute("data-hidden", ""); }
      if (visible && element.tagName !== "TR" && element.tagName !== "tr") { shown += 1; }
    });
    if (output) { output.textContent = String(shown); }
  }

  function readURL() {
    var parameters = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = parameters.get(select.name);
      if (value !== null && select.querySelector("option[value=\"" + CSS.escape(value) + "\"]")) { select.value = value; }
    });
  }

  function writeURL() {
    var parameters = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (select.value) { parameters.set(select.name, select.value); } else { parameters.delete(select.name); }
    });
    var query = parameters.toString();
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  form.addEventListener("change", function () { writeURL(); apply(); });
  form.addEventListener("reset", function () { setTimeout(function () { writeURL(); apply(); }, 0); });
  readURL();
  apply();
}());
