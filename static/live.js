// Live status over Server-Sent Events: the claim page's status badge, collected total and
// thread (status changes as `claim_event`, messages, documents and money as `case_entry`),
// and the status column of the claims list, change as partners report, without a reload. Progressive enhancement only: without this file the pages are complete on reload.
// The browser's EventSource reconnects by itself and sends Last-Event-ID, so the server
// resumes after the last event this page received.
(function () {
  "use strict";
  if (!window.EventSource || !window.JSON) return;

  function setBadge(badge, status, label) {
    if (!badge) return;
    badge.className = "status status-" + status;
    badge.dataset.status = status;
    badge.textContent = label;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // The page's words and formats, rendered by the server in its language (data-i18n).
  var texts = {};
  function readTexts(el) {
    try { texts = JSON.parse(el.dataset.i18n || "{}"); } catch (e) { texts = {}; }
  }

  function statusLabel(ev) {
    return (texts.statuses && texts.statuses[ev.status]) || ev.status_label;
  }

  // As the server writes money: the language's digits, a non-breaking space, the symbol
  // the language writes for the currency or else its code.
  function money(m) {
    var decimals = (String(m.amount).split(".")[1] || "").length;
    var digits;
    try {
      digits = new Intl.NumberFormat(texts.lang || "en", {
        minimumFractionDigits: decimals, maximumFractionDigits: decimals
      }).format(Number(m.amount));
    } catch (e) {
      digits = m.amount;
    }
    return digits + "\u00a0" + ((texts.symbols && texts.symbols[m.currency]) || m.currency);
  }

  function when(ev) {
    try {
      return new Intl.DateTimeFormat(texts.lang || "en", {
        dateStyle: "short", timeStyle: "short", timeZone: texts.zone || "UTC", timeZoneName: "short"
      }).format(new Date(ev.occurred_at));
    } catch (e) {
      return ev.when;
    }
  }

  function warning() {
    return element("strong", "warning", texts.warning || "more than the principal: check with the partner");
  }

  // The same markup as the server renders in templates/claims/show.html.
  function timelineItem(ev) {
    var li = element("li", ev.applied ? "fresh" : "late fresh");
    li.dataset.event = ev.id;
    li.dataset.seq = String(ev.seq);
    var time = element("time", null, when(ev));
    time.setAttribute("datetime", ev.occurred_at);
    li.appendChild(time);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(element("span", "status status-" + ev.status, statusLabel(ev)));
    if (!ev.applied) {
      li.appendChild(document.createTextNode(" "));
      li.appendChild(element("span", "badge", texts.late || "arrived late: kept, did not change the status"));
    }
    if (ev.message) li.appendChild(element("p", null, ev.message));
    if (ev.collected) {
      var collectedText = (texts.collected || "Collected so far: {amount}").replace("{amount}", money(ev.collected));
      var p = element("p", "muted", collectedText);
      if (ev.collected_exceeds_principal) {
        p.appendChild(document.createTextNode(" "));
        p.appendChild(warning());
      }
      li.appendChild(p);
    }
    return li;
  }

  // Who an entry is from, as the page names them.
  function author(source, list) {
    if (source === "creditor") return "You";
    if (source === "platform") return "CrossClaim";
    return list.dataset.partner || "The partner";
  }

  var HEADINGS = {
    payment: "Payment",
    payment_reversed: "Payment reversed",
    payout: "Paid out to you",
    promise: "Promise to pay",
    notice: "Notice from CrossClaim"
  };

  // The same markup as the server renders for the thread's other entries.
  function entryItem(ev, list) {
    var who = author(ev.source, list);
    var li = element("li", "entry entry-" + ev.kind + (ev.source === "creditor" ? " mine" : "") + " fresh");
    li.dataset.event = ev.id;
    li.dataset.seq = String(ev.seq);
    li.dataset.kind = ev.kind;
    var time = element("time", null, ev.when);
    time.setAttribute("datetime", ev.occurred_at);
    li.appendChild(time);
    li.appendChild(document.createTextNode(" "));
    if (ev.kind === "document") {
      li.appendChild(element("strong", "who", who + " added a document"));
      if (ev.ref_id && list.dataset.claim) {
        var ul = element("ul", "attachments");
        var item = element("li");
        var a = element("a", null, ev.message || "the document");
        a.href = "/claims/" + encodeURIComponent(list.dataset.claim) + "/documents/" + encodeURIComponent(ev.ref_id);
        a.setAttribute("download", "");
        item.appendChild(a);
        ul.appendChild(item);
        li.appendChild(ul);
      }
      return li;
    }
    li.appendChild(element("strong", "who", ev.kind === "message" ? who : (HEADINGS[ev.kind] || who)));
    // textContent keeps the text as text; the stylesheet keeps its line breaks
    if (ev.message) li.appendChild(element("p", "text", ev.message));
    if (ev.kind === "message" && ev.source === "creditor") {
      li.appendChild(element("p", "delivery muted", "waiting to be delivered"));
    }
    return li;
  }

  // A message may answer or ask a question: the request boxes at the top may be out of date.
  function requestsMayBeStale(ev) {
    if (ev.kind !== "message") return;
    var note = document.getElementById("requests-stale");
    if (note) note.hidden = false;
  }

  // The timeline is in occurred_at order; a late event goes where it belongs.
  function insertInOrder(list, li, ev) {
    var items = list.querySelectorAll("li[data-seq]");
    for (var i = 0; i < items.length; i++) {
      var time = items[i].querySelector("time");
      var at = time ? time.getAttribute("datetime") : "";
      var seq = Number(items[i].dataset.seq);
      if (at > ev.occurred_at || (at === ev.occurred_at && seq > ev.seq)) {
        list.insertBefore(li, items[i]);
        return;
      }
    }
    list.appendChild(li);
  }

  // A decline, a new quote, a new partner or a closed case change what the creditor can do
  // on the page (the actions are rendered by the server): say so, with a link to reload.
  function actionsMayBeStale(ev, initialStatus) {
    var changed = ev.kind === "notice" || (ev.applied && ev.status && ev.status !== initialStatus &&
      (ev.status === "declined" || ev.status === "submitted" || ev.status === "paid" ||
       ev.status === "uncollectable" || ev.status === "withdrawn"));
    if (!changed) return;
    var note = document.getElementById("case-changed");
    if (note) note.hidden = false;
  }

  function follow(url, note, onEvent, onEntry) {
    var source = new EventSource(url);
    source.addEventListener("open", function () {
      if (note) note.textContent = texts.live || "Live: this page updates as the partner reports.";
    });
    source.addEventListener("error", function () {
      if (note) note.textContent = texts.lost || "Connection lost; reconnecting…";
    });
    source.addEventListener("claim_event", function (message) {
      var ev;
      try { ev = JSON.parse(message.data); } catch (e) { return; }
      onEvent(ev);
    });
    if (onEntry) {
      source.addEventListener("case_entry", function (message) {
        var ev;
        try { ev = JSON.parse(message.data); } catch (e) { return; }
        onEntry(ev);
      });
    }
    return source;
  }

  function setUpCasePage() {
    var list = document.getElementById("timeline");
    if (!list || !list.dataset.stream) return;
    readTexts(list);
    var note = document.getElementById("live-status");
    var badge = document.getElementById("claim-status");
    var initialStatus = badge ? badge.dataset.status : "";
    follow(list.dataset.stream, note, function (ev) {
      if (list.querySelector('li[data-seq="' + ev.seq + '"]')) return;
      insertInOrder(list, timelineItem(ev), ev);
      actionsMayBeStale(ev, initialStatus);
      if (!ev.applied) return;
      setBadge(document.getElementById("claim-status"), ev.status, statusLabel(ev));
      var collected = document.getElementById("claim-collected");
      if (collected && ev.collected) {
        collected.textContent = money(ev.collected);
        if (ev.collected_exceeds_principal) {
          collected.appendChild(document.createTextNode(" "));
          collected.appendChild(warning());
        }
      }
      if (note) note.textContent = (texts.live || "Live.") + " " + statusLabel(ev) + " (" + when(ev) + ")";
    }, function (ev) {
      if (list.querySelector('li[data-seq="' + ev.seq + '"]')) return;
      insertInOrder(list, entryItem(ev, list), ev);
      requestsMayBeStale(ev);
      actionsMayBeStale(ev, initialStatus);
      if (note) note.textContent = (texts.live || "Live.") + " (" + when(ev) + ")";
    });
  }

  function setUpClaimsList() {
    var table = document.getElementById("claims-table");
    if (!table || !table.dataset.stream) return;
    readTexts(table);
    var note = document.getElementById("live-status");
    follow(table.dataset.stream, note, function (ev) {
      if (!ev.applied) return;
      var row = table.querySelector('tr[data-claim="' + ev.claim_id + '"]');
      if (!row) return;
      setBadge(row.querySelector(".status"), ev.status, statusLabel(ev));
      row.classList.remove("fresh");
      void row.offsetWidth;
      row.classList.add("fresh");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCasePage();
    setUpClaimsList();
  });
})();
