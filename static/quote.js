// The quote as the creditor types: progressive enhancement of a form marked data-quote-form
// (the quote page and the claim form). Without this file the form still works: the quote
// page's form is a GET that the server answers with the quote, and the claim form has a
// "Preview the cost" button. With it, the form's quote fields are sent to GET /quote/part
// shortly after each change, and the server's answer, the quote as the page itself would
// show it in the page's language (or the errors, in the same words), is put in place.
// The texts this file says itself come from the form's data-quote-texts (JSON).
(function () {
  "use strict";

  var DELAY_MS = 350;
  var QUOTE_FIELD = /^(debtor\.country|disputed|history\.debtor_response|invoices\[\d+\]\..+)$/;

  // A DOM element with attributes and children (strings become text, never HTML).
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // The quote fields of the form as a query string, as the page's form would send them (the
  // server reads amounts as the page's language writes them).
  function query(form) {
    var params = new URLSearchParams();
    var disputed = false;
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || !QUOTE_FIELD.test(input.name)) return;
      if (input.name === "disputed") {
        disputed = disputed || input.checked;
      } else if (input.type === "radio" || input.type === "checkbox") {
        if (input.checked) params.append(input.name, input.value);
      } else {
        params.append(input.name, input.value);
      }
    });
    if (disputed) params.append("disputed", "true");
    return params;
  }

  function ready(params) {
    var invoice = false;
    params.forEach(function (value, name) {
      if (/^invoices\[\d+\]\.(number|issue_date|due_date|amount\.amount)$/.test(name) && value.trim() !== "") invoice = true;
    });
    return (params.get("debtor.country") || "").trim() !== "" && invoice;
  }

  function fieldOf(name) { return document.getElementById("f-" + name); }

  function clearError(name) {
    var input = fieldOf(name);
    if (!input) return;
    var field = input.closest(".field");
    if (field) {
      field.classList.remove("invalid");
      field.querySelectorAll(".field-error").forEach(function (e) { e.remove(); });
    }
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  }

  function showError(name, message) {
    var input = fieldOf(name);
    var field = input && input.closest(".field");
    if (!field) return false;
    clearError(name);
    field.classList.add("invalid");
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "e-" + name);
    field.appendChild(el("p", { "class": "field-error", id: "e-" + name }, [message]));
    return true;
  }

  function setUp(form) {
    var results = document.getElementById(form.dataset.quoteResults);
    if (!results) return;
    var texts = JSON.parse(form.dataset.quoteTexts || "{}");
    var touched = {};
    var timer = null;
    var sequence = 0;

    function status(text, kind) {
      results.replaceChildren(el("p", { "class": kind || "muted", id: "quote-status", role: kind ? "alert" : "status" }, [text]));
    }

    function quoteFieldNames() {
      return Array.prototype.filter.call(form.elements, function (i) { return i.name && QUOTE_FIELD.test(i.name); })
        .map(function (i) { return i.name; });
    }

    function update() {
      var params = query(form);
      if (!ready(params)) {
        status(texts.waiting);
        return;
      }
      var mine = ++sequence;
      results.setAttribute("aria-busy", "true");
      var previous = results.querySelector("#quote");
      if (previous) previous.classList.add("stale");
      else status(texts.calculating);
      fetch("/quote/part?" + params.toString(), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          return response.json().then(function (json) { return { status: response.status, json: json }; });
        }).then(function (answer) {
          if (mine !== sequence) return; // a newer request is on its way
          results.removeAttribute("aria-busy");
          var errors = answer.json.errors || [];
          var shown = {};
          quoteFieldNames().forEach(function (name) { if (touched[name]) clearError(name); });
          if (answer.status === 200 && typeof answer.json.html === "string") {
            // the server's own rendering of the quote, escaped by its templates
            results.innerHTML = answer.json.html;
            if (form.method.toLowerCase() === "get" && window.history.replaceState) {
              window.history.replaceState(null, "", form.action + "?" + params.toString());
            }
            return;
          }
          // Problems with fields the creditor has touched show next to them; the rest are listed here.
          var pending = [];
          errors.forEach(function (e) {
            if (touched[e.field] && showError(e.field, e.error)) shown[e.field] = true;
            else pending.push(e);
          });
          if (errors.length === 1 && errors[0].field === "debtor.country" && !shown["debtor.country"]) {
            showError("debtor.country", errors[0].error); // e.g. no licensed partner there
            status(errors[0].error, "quote-error");
            return;
          }
          var list = pending.map(function (e) { return el("li", {}, [labelOf(e.field, e.label) + ": " + e.error]); });
          results.replaceChildren(el("div", { id: "quote-status", role: "status" }, [
            el("p", { "class": "muted" }, [Object.keys(shown).length ? texts.correct : texts.to_see]),
            list.length ? el("ul", { "class": "muted" }, list) : null
          ]));
        }).catch(function () {
          if (mine !== sequence) return;
          results.removeAttribute("aria-busy");
          status(texts.offline, "quote-error");
        });
    }

    function labelOf(name, fallback) {
      var label = document.querySelector("label[for='f-" + name + "']");
      return label ? label.textContent.trim() : fallback;
    }

    function changed(event) {
      var name = event.target && event.target.name;
      if (!name || !QUOTE_FIELD.test(name)) return;
      touched[name] = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(update, DELAY_MS);
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    // The buttons that would fetch the quote from the server do it in place instead.
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      var previewing = form.method.toLowerCase() === "get" || (button && button.value === "preview");
      if (!previewing) return;
      event.preventDefault();
      quoteFieldNames().forEach(function (name) { touched[name] = true; });
      window.clearTimeout(timer);
      update();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-quote-form]").forEach(setUp);
  });
})();
