// The import page's progress bar, updated while the import is filed: asks the page's own
// progress address every second and shows what it says (its text comes in the page's
// language). Without this file the page shows a reload link instead.
(function () {
  "use strict";
  var section = document.getElementById("progress");
  if (!section || !window.fetch) return;
  var url = section.getAttribute("data-progress");
  var bar = document.getElementById("import-progress");
  var counts = document.getElementById("import-counts");
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) return;
        bar.max = p.total;
        bar.value = p.processed;
        bar.textContent = p.total ? Math.floor(p.processed * 100 / p.total) + "%" : "";
        counts.textContent = p.text;
        // done: the page shows each row's claim
        if (p.status !== "running") { window.location.reload(); return; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
