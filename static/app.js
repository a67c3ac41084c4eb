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
    var summary = document.getElementById("error-summary") || document.getElementById("duplicate-notice");
    if (summary) summary.focus();
  }

  // A table wider than the screen scrolls inside its box: the box takes the keyboard focus
  // then, so that it can be scrolled without a mouse (and loses it when it fits again).
  var SCROLLERS = ".table-scroll, table.quote-periods, #quote-alternatives";
  function keyboardScrolling() {
    document.querySelectorAll(SCROLLERS).forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.dataset.scrollFocus = "true";
      } else if (!scrolls && box.dataset.scrollFocus) {
        box.removeAttribute("tabindex");
        delete box.dataset.scrollFocus;
      }
    });
  }

  function setUpKeyboardScrolling() {
    keyboardScrolling();
    var pending = null;
    var later = function () {
      if (pending) return;
      pending = setTimeout(function () { pending = null; keyboardScrolling(); }, 100);
    };
    window.addEventListener("resize", later);
    // tables drawn later (the quote, parts of a live page) are looked at too
    if (window.MutationObserver) new MutationObserver(later).observe(document.body, { childList: true, subtree: true });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpInvoiceRows();
    setUpBusyButtons();
    focusErrors();
    setUpKeyboardScrolling();
  });
})();
