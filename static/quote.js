// The quote as the creditor types: progressive enhancement of a form marked data-quote-form
// (the quote page and the claim form). Without this file the form still works: the quote
// page's form is a GET that the server answers with the quote, and the claim form has a
// "Preview the cost" button. With it, the form's quote fields are posted to
// POST /api/v1/quotes shortly after each change and the answer is drawn into the results
// region in the same markup as templates/quote_result.html.
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

  function money(m) { return m ? m.amount + " " + m.currency : "see the notes"; }
  function muted(text) { return el("span", { "class": "muted" }, [text]); }
  function kindLabel(partner) { return partner.kind === "law_firm" ? "law firm" : "collection agency"; }
  function when(charged) {
    if (charged === "if_collected") return "out of what is collected";
    if (charged === "if_legal_phase") return "only if it goes to court; not in the totals";
    return "whatever the outcome";
  }
  function rateStatus(status) {
    if (status === "carried_forward") return "carried forward";
    if (status === "unknown") return "no rate known";
    return "";
  }

  function partnerLine(p, q) {
    var children = [el("strong", {}, [p.name]), " (" + kindLabel(p) + ")"];
    var standing = q ? standingLine(q) : null;
    if (p.sandbox) children.push(" ", el("span", { "class": "badge" }, ["sandbox"]));
    if (p.licence) children.push(el("br"), muted("Licensed by " + p.licence.authority + ", no. " + p.licence.number));
    if (standing) children.push(el("br"), standing);
    return el("p", { id: "quote-partner" }, children);
  }

  function standingLine(q) {
    if (!q.standing) return null;
    return el("span", { "class": "muted", id: "quote-standing" }, ["Performance: " + q.standing.summary]);
  }

  function recommendationLine(q) {
    var r = q.recommendation;
    if (!r) return null;
    if (r.chosen_by_creditor) {
      return el("p", { id: "quote-recommendation", "class": "recommendation" }, [
        el("strong", {}, ["You chose this partner."]), " We recommended " + r.partner_name + ": " + r.reason + "."
      ]);
    }
    return el("p", { id: "quote-recommendation", "class": "recommendation" }, [el("strong", {}, [r.reason + "."]), " ", muted(r.rule)]);
  }

  function standingCell(o) {
    if (!o.standing) return "not measured";
    return o.standing.newcomer ? "New on the platform (counts as score " + o.standing.score + ")" : "Score " + o.standing.score + " of 100";
  }

  function costSection(q) {
    var rows = q.cost.lines.map(function (line) {
      return el("tr", {}, [
        el("td", {}, [line.label, el("br"), muted(when(line.charged))]),
        el("td", { "class": "num" }, [money(line.amount)])
      ]);
    });
    return el("section", {}, [
      el("h3", {}, ["What collection costs you"]),
      partnerLine(q.partner, q),
      recommendationLine(q),
      el("table", { "class": "quote-lines" }, [
        el("tbody", {}, rows),
        el("tfoot", {}, [
          el("tr", {}, [el("th", {}, ["If collected in full"]), el("td", { "class": "num", id: "quote-if-collected" }, [money(q.cost.if_collected)])]),
          el("tr", {}, [el("th", {}, ["If nothing is collected"]), el("td", { "class": "num", id: "quote-if-not-collected" }, [money(q.cost.if_not_collected)])])
        ])
      ])
    ]);
  }

  function claimableSection(q) {
    var c = q.claimable_from_debtor;
    var interestLabel = ["Late-payment interest"];
    if (c.interest_rate_percent) interestLabel.push(" at ", el("span", { id: "quote-rate" }, [c.interest_rate_percent]), " % a year");
    interestLabel.push(el("br"), muted(c.interest_rule + ", " + c.day_count));
    var compensationLabel = ["Fixed compensation for recovery costs"];
    c.compensation_lines.forEach(function (line) { compensationLabel.push(el("br"), muted(line.invoice + ": " + line.rule)); });
    var parts = [
      el("h3", {}, ["What you may claim from the debtor"]),
      el("table", { "class": "quote-lines" }, [
        el("tbody", {}, [
          el("tr", {}, [el("td", {}, interestLabel), el("td", { "class": "num", id: "quote-interest" }, [money(c.late_interest)])]),
          el("tr", {}, [el("td", {}, compensationLabel), el("td", { "class": "num", id: "quote-compensation" }, [money(c.compensation)])])
        ]),
        el("tfoot", {}, [el("tr", {}, [el("th", {}, ["On top of the principal"]), el("td", { "class": "num", id: "quote-claimable" }, [money(c.total)])])])
      ])
    ];
    var method = [el("strong", {}, ["How the interest is computed:"]), " "];
    if (!c.interest_methods || !c.interest_methods.length) {
      method.push(c.interest_rule + ".");
    } else {
      c.interest_methods.forEach(function (m) {
        var when = c.interest_methods.length > 1 ? " (" + m.from + " to " + m.to + ")" : "";
        method.push(el("p", {}, [m.description + ": " + m.explanation + when + "."]));
      });
    }
    parts.push(el("div", { id: "quote-method" }, method));
    if (c.reminder_fee_cap) {
      parts.push(el("p", { id: "quote-reminder-cap" }, [el("strong", {}, ["Reminder fees:"]), " " + c.reminder_fee_cap + "."]));
    }
    if (c.interest_periods.length) {
      var rows = c.interest_periods.map(function (p) {
        var rate = [p.rate_percent ? p.rate_percent + " %" : "none"];
        if (rateStatus(p.rate_status)) rate.push(el("br"), muted(rateStatus(p.rate_status)));
        return el("tr", {}, [
          el("td", {}, [p.invoice]), el("td", {}, [p.from]), el("td", {}, [p.to]),
          el("td", { "class": "num" }, [String(p.days)]), el("td", { "class": "num" }, rate),
          el("td", { "class": "num" }, [money(p.interest)])
        ]);
      });
      var head = el("tr", {}, ["Invoice", "From", "To", "Days", "Rate", "Interest"].map(function (h, i) {
        return el("th", i > 2 ? { "class": "num" } : {}, [h]);
      }));
      parts.push(el("details", {}, [
        el("summary", {}, ["Interest period by period"]),
        el("table", { "class": "quote-periods" }, [el("thead", {}, [head]), el("tbody", {}, rows)])
      ]));
    }
    var law = ["Law: " + c.law + "."];
    if (c.limitation) {
      law.push(" ", el("span", { id: "quote-limitation-period" }, ["Limitation: " + c.limitation.period + "; for the earliest invoice it ends on " + c.limitation.ends + "."]));
    }
    parts.push(el("p", { "class": "muted" }, law));
    return el("section", {}, parts);
  }

  function renderQuote(q) {
    var parts = [];
    if (q.warnings && q.warnings.length) {
      parts.push(el("div", { "class": "error-summary", role: "alert", id: "quote-limitation" }, q.warnings.map(function (w) { return el("p", {}, [w]); })));
    }
    parts = parts.concat([
      el("p", { "class": "quote-heading" }, [
        "Quote as of ", el("strong", {}, [q.as_of]), " for ", el("strong", { id: "quote-principal" }, [money(q.principal)]),
        " owed by a debtor in " + q.country.name + "."
      ]),
      el("div", { "class": "columns" }, [costSection(q), claimableSection(q)])
    ]);
    if (q.alternatives.length) {
      parts.push(el("h3", {}, ["Other licensed partners in " + q.country.name + ", in the order we rank them"]));
      parts.push(el("table", { id: "quote-alternatives" }, [
        el("thead", {}, [el("tr", {}, [el("th", {}, ["Partner"]), el("th", {}, ["Performance"]), el("th", { "class": "num" }, ["If collected in full"]), el("th", { "class": "num" }, ["If nothing is collected"])])]),
        el("tbody", {}, q.alternatives.map(function (o) {
          var name = [o.partner.name + " ", muted("(" + kindLabel(o.partner) + ")")];
          if (o.partner.sandbox) name.push(" ", el("span", { "class": "badge" }, ["sandbox"]));
          return el("tr", { "data-partner": o.partner.id }, [
            el("td", {}, name), el("td", {}, [standingCell(o)]), el("td", { "class": "num" }, [money(o.cost.if_collected)]), el("td", { "class": "num" }, [money(o.cost.if_not_collected)])
          ]);
        }))
      ]));
    }
    parts.push(el("h3", {}, ["What this quote rests on"]));
    parts.push(el("ul", { id: "quote-notes", "class": "notes" }, q.notes.map(function (n) { return el("li", {}, [n]); })));
    return el("div", { "class": "quote", id: "quote", "data-as-of": q.as_of }, parts);
  }

  // The quote fields of the form, as the API's body.
  // An amount as typed on a page whose language writes `decimal` before the cents
  // ("12 500,50" on a Swedish page) as the API reads it ("12500.50"); what cannot be read
  // is sent as typed, and the API says what is wrong. Sending the form checks it strictly.
  function plainAmount(text, decimal) {
    var t = text.replace(/[\s\u00a0\u202f]/g, "");
    if (decimal === ",") {
      if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "");
      if (/^\d+,\d+$/.test(t) && !/^\d{1,3},\d{3}$/.test(t)) t = t.replace(",", ".");
    } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
      t = t.replace(/,/g, "");
    }
    return t;
  }

  function body(form) {
    var invoices = [];
    var request = { debtor: { country: "" }, invoices: invoices, disputed: false };
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name) return;
      var m = /^invoices\[(\d+)\]\.(number|issue_date|due_date|amount\.amount|amount\.currency)$/.exec(input.name);
      if (m) {
        var i = Number(m[1]);
        invoices[i] = invoices[i] || { number: "", issue_date: "", due_date: "", amount: { amount: "", currency: "" } };
        if (m[2] === "amount.amount") invoices[i].amount.amount = plainAmount(input.value, form.dataset.decimal);
        else if (m[2] === "amount.currency") invoices[i].amount.currency = input.value;
        else invoices[i][m[2]] = input.value;
      } else if (input.name === "debtor.country") {
        request.debtor.country = input.value;
      } else if (input.name === "disputed") {
        request.disputed = request.disputed || input.checked;
      } else if (input.name === "history.debtor_response") {
        request.disputed = request.disputed || input.value === "disputes";
      }
    });
    // Rows left blank are not invoices, as on the server.
    request.invoices = invoices.filter(function (inv) {
      return inv && [inv.number, inv.issue_date, inv.due_date, inv.amount.amount].some(function (v) { return v.trim() !== ""; });
    });
    return request;
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
      var request = body(form);
      if (!request.debtor.country.trim() || !request.invoices.length) {
        status("Enter the debtor's country and an invoice to see the quote.");
        return;
      }
      var mine = ++sequence;
      results.setAttribute("aria-busy", "true");
      var previous = results.querySelector("#quote");
      if (previous) previous.classList.add("stale");
      else status("Calculating the quote…");
      fetch("/api/v1/quotes", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(request)
      }).then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      }).then(function (answer) {
        if (mine !== sequence) return; // a newer request is on its way
        results.removeAttribute("aria-busy");
        var errors = answer.json.errors || (answer.json.field ? [{ field: answer.json.field, error: answer.json.error }] : []);
        var shown = {};
        quoteFieldNames().forEach(function (name) { if (touched[name]) clearError(name); });
        if (answer.status === 200) {
          results.replaceChildren(renderQuote(answer.json));
          if (form.method.toLowerCase() === "get" && window.history.replaceState) {
            window.history.replaceState(null, "", form.action + "?" + new URLSearchParams(new FormData(form)).toString());
          }
          return;
        }
        // Problems with fields the creditor has touched show next to them; the rest are listed here.
        var pending = [];
        errors.forEach(function (e) {
          if (touched[e.field] && showError(e.field, e.error)) shown[e.field] = true;
          else pending.push(e);
        });
        if (answer.status === 422 && errors.length === 1 && errors[0].field === "debtor.country" && !answer.json.errors) {
          showError("debtor.country", answer.json.error); // no licensed partner there
          status(answer.json.error, "quote-error");
          return;
        }
        var list = pending.map(function (e) { return el("li", {}, [labelOf(e.field) + ": " + e.error]); });
        results.replaceChildren(el("div", { id: "quote-status", role: "status" }, [
          el("p", { "class": "muted" }, [Object.keys(shown).length ? "Correct the marked fields to see the quote." : "To see the quote:"]),
          list.length ? el("ul", { "class": "muted" }, list) : null
        ]));
      }).catch(function () {
        if (mine !== sequence) return;
        results.removeAttribute("aria-busy");
        status("The quote could not be fetched. Check your connection; it updates when you change a field, or send the form.", "quote-error");
      });
    }

    function labelOf(name) {
      var label = document.querySelector("label[for='f-" + name + "']");
      return label ? label.textContent.trim() : name;
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
