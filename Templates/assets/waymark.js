// Waymark: filters on a page, kept in the URL so a filtered view can be sent as a link.
// The page shows every item without this script; it only hides items that do not match.
(function () {
  "use strict";
  var form = document.querySelector("[data-filters]");
  if (!form) { return; }
  form.hidden = false;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var output = form.querySelector("[data-count]");
  // The group select swaps between timelines rendered once per grouping; the others stay hidden.
  var group = form.querySelector("select[data-group]");
  var groupDefault = group ? group.value : "";

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
      var inHiddenPanel = element.closest("[data-group-panel][hidden]") !== null;
      if (visible && !inHiddenPanel && element.tagName !== "TR" && element.tagName !== "tr") { shown += 1; }
    });
    if (output) { output.textContent = String(shown); }
  }

  function applyGroup() {
    if (!group) { return; }
    document.querySelectorAll("[data-group-panel]").forEach(function (panel) {
      panel.hidden = panel.getAttribute("data-group-panel") !== group.value;
    });
  }

  function readURL() {
    var parameters = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var value = parameters.get(select.name);
      if (value !== null && select.querySelector("option[value=\"" + CSS.escape(value) + "\"]")) { select.value = value; }
    });
    var chosen = parameters.get("group");
    if (group && chosen !== null && group.querySelector("option[value=\"" + CSS.escape(chosen) + "\"]")) { group.value = chosen; }
  }

  function writeURL() {
    var parameters = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (select.value) { parameters.set(select.name, select.value); } else { parameters.delete(select.name); }
    });
    if (group && group.value !== groupDefault) { parameters.set("group", group.value); } else { parameters.delete("group"); }
    var query = parameters.toString();
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  form.addEventListener("change", function () { writeURL(); applyGroup(); apply(); });
  form.addEventListener("reset", function () { setTimeout(function () { writeURL(); applyGroup(); apply(); }, 0); });
  readURL();
  applyGroup();
  apply();
}());
