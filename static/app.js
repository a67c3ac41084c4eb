// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Claim form: add an invoice row in place instead of a round trip to the server.
  function renumber(row, index) {
    row.dataset.index = String(index);
    row.querySelectorAll("[name],[id],[for],[aria-describedby]").forEach(function (el) {
      ["name", "id", "for", "aria-describedby"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(/invoices\[\d+\]/, "invoices[" + index + "]"));
      });
    });
  }

  function setUpInvoiceRows() {
    var button = document.getElementById("add-invoice");
    var rows = document.getElementById("invoice-rows");
    if (!button || !rows) return;
    button.addEventListener("click", function (event) {
      var last = rows.querySelector(".invoice-row:last-of-type");
      if (!last) return;
      event.preventDefault();
      var copy = last.cloneNode(true);
      renumber(copy, rows.querySelectorAll(".invoice-row").length);
      copy.querySelectorAll(".field-error").forEach(function (el) { el.remove(); });
      copy.querySelectorAll(".field.invalid").forEach(function (el) { el.classList.remove("invalid"); });
      copy.querySelectorAll("input").forEach(function (input) {
        input.removeAttribute("aria-invalid");
        if (!/amount\.currency$/.test(input.name)) input.value = "";
      });
      rows.appendChild(copy);
      var first = copy.querySelector("input");
      if (first) first.focus();
    });
  }

  // Forms: show that a submission is under way and prevent double submits.
  function setUpBusyButtons() {
    document.querySelectorAll("form[method=post]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var button = event.submitter;
        if (!button || button.formNoValidate) return;
        if (form.dataset.busy === "true") { event.preventDefault(); return; }
        form.dataset.busy = "true";
        button.setAttribute("aria-busy", "true");
        button.dataset.label = button.textContent;
        button.textContent = "Sending…";
      });
    });
  }

  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpInvoiceRows();
    setUpBusyButtons();
    focusErrors();
  });
})();
