// Every word this script shows comes from the page, in its language: `data-i18n` on the
// timeline or the claims table (Layout::live_texts) and `#live-texts`; none is written here.
// Live status over Server-Sent Events: the claim page's status badge, collected total and
// thread (status changes as `claim_event`, messages, documents and money as `case_entry`),
// and the status column of the claims list, change as partners report, without a reload. Progressive enhancement only: without this file the pages are complete on reload.
// The browser's EventSource reconnects by itself and sends Last-Event-ID, so the server
// resumes after the last event this page received.
(function () {
  "use strict";
  if (!window.EventSource || !window.JSON) return;
  // the claims list includes this file twice (with and without claims); follow once
  if (window.crossclaimLive) return;
  window.crossclaimLive = true;

  // Whether a part of the page holds something the creditor is doing: the focus, or a field
  // typed into. Such a part is not replaced; the page says instead that it changed.
  function busy(part) {
    if (part.contains(document.activeElement) && document.activeElement !== document.body) return true;
    var fields = part.querySelectorAll("textarea, input");
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.type === "hidden" || f.type === "submit") continue;
      if (f.type === "checkbox" || f.type === "radio") { if (f.checked !== f.defaultChecked) return true; continue; }
      if (f.type === "file") { if (f.files && f.files.length) return true; continue; }
      if (f.value !== f.defaultValue) return true;
    }
    return false;
  }

  // Keeps the sections the creditor had opened (`<details>`) open in the fresh part.
  function keepOpen(from, to) {
    var open = from.querySelectorAll("details[open]");
    for (var i = 0; i < open.length; i++) {
      var same = open[i].className && to.querySelector("details." + open[i].className.split(" ")[0]);
      if (same) same.open = true;
    }
  }

  // Fetches the page as the server renders it now and puts its parts marked
  // `data-live-part` in place of this page's (the same markup a reload would show). Calls
  // `done(allReplaced)`; a part the creditor is busy with stays as it is.
  function refreshParts(ids, done) {
    var request = new XMLHttpRequest();
    request.open("GET", window.location.pathname + window.location.search);
    request.responseType = "document";
    // leaves a flash message for the page the creditor opens next
    request.setRequestHeader("X-Live-Part", "1");
    request.onload = function () {
      var fresh = request.responseXML;
      if (request.status !== 200 || !fresh) { done(false); return; }
      var all = true;
      var parts = document.querySelectorAll("[data-live-part]");
      for (var i = 0; i < parts.length; i++) {
        var part = parts[i];
        if (ids && ids.indexOf(part.id) < 0) continue;
        var next = fresh.getElementById(part.id);
        if (!next) continue;
        if (busy(part)) { all = false; continue; }
        if (part.innerHTML === next.innerHTML) continue;
        var copy = document.importNode(next, true);
        keepOpen(part, copy);
        part.replaceWith(copy);
      }
      done(all);
    };
    request.onerror = function () { done(false); };
    request.send();
  }

  // Runs `fn` once things have been quiet for a moment: a burst of events, one fetch.
  function debounced(fn, ms) {
    var timer = null;
    return function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () { timer = null; fn(); }, ms);
    };
  }

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
    return (texts.statuses && texts.statuses[ev.status]) || ev.status;
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
    return element("strong", "warning", texts.warning || "");
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
      li.appendChild(element("span", "badge", texts.late || ""));
    }
    if (ev.message) li.appendChild(element("p", null, ev.message));
    if (ev.collected) {
      var collectedText = (texts.collected || "{amount}").replace("{amount}", money(ev.collected));
      var p = element("p", "muted", collectedText);
      if (ev.collected_exceeds_principal) {
        p.appendChild(document.createTextNode(" "));
        p.appendChild(warning());
      }
      li.appendChild(p);
    }
    return li;
  }

  // Who an entry is from, as the page names them (the words from data-i18n).
  function author(source, list) {
    if (source === "creditor") return texts.you || "";
    if (source === "platform") return "CrossClaim";
    return list.dataset.partner || texts.partner || "";
  }

  // The heading of an entry that is not a message or a document, in the page's language.
  function heading(kind) {
    return (texts.headings && texts.headings[kind]) || "";
  }

  // The same markup as the server renders for the thread's other entries.
  function entryItem(ev, list) {
    var who = author(ev.source, list);
    var li = element("li", "entry entry-" + ev.kind + (ev.source === "creditor" ? " mine" : "") + " fresh");
    li.dataset.event = ev.id;
    li.dataset.seq = String(ev.seq);
    li.dataset.kind = ev.kind;
    var time = element("time", null, when(ev));
    time.setAttribute("datetime", ev.occurred_at);
    li.appendChild(time);
    li.appendChild(document.createTextNode(" "));
    if (ev.kind === "document") {
      li.appendChild(element("strong", "who", (texts.document || "{who}").split("{who}").join(who)));
      if (ev.ref_id && list.dataset.claim) {
        var ul = element("ul", "attachments");
        var item = element("li");
        var a = element("a", null, ev.message || texts.the_document || "");
        a.href = "/claims/" + encodeURIComponent(list.dataset.claim) + "/documents/" + encodeURIComponent(ev.ref_id);
        a.setAttribute("download", "");
        item.appendChild(a);
        ul.appendChild(item);
        li.appendChild(ul);
      }
      return li;
    }
    li.appendChild(element("strong", "who", ev.kind === "message" ? who : (heading(ev.kind) || who)));
    // textContent keeps the text as text; the stylesheet keeps its line breaks
    if (ev.message) li.appendChild(element("p", "text", ev.message));
    if (ev.kind === "message" && ev.source === "creditor") {
      li.appendChild(element("p", "delivery muted", texts.waiting || ""));
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

  // The notes in the page's language, from `#live-texts` (nothing without it).
  function says(name, values) {
    var texts = document.getElementById("live-texts");
    var text = (texts && texts.dataset[name]) || "";
    Object.keys(values || {}).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  }
  var LIVE = says("on");

  function follow(url, note, onEvent, onEntry) {
    var source = new EventSource(url);
    // the note may be part of what is fetched again: found by its id each time
    var noteNow = function () { return document.getElementById("live-status") || note; };
    source.addEventListener("open", function () {
      if (noteNow()) noteNow().textContent = LIVE;
    });
    source.addEventListener("error", function () {
      if (noteNow()) noteNow().textContent = says("lost");
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
    // What the creditor can do (answer a question, withdraw, accept a new quote, report a
    // payment, add documents) is rendered by the server: after an event, its parts are
    // fetched again, so that no action stays on the page that the case no longer allows.
    var refreshActions = debounced(function () {
      refreshParts(null, function (all) {
        var changed = document.getElementById("case-changed");
        var stale = document.getElementById("requests-stale");
        if (!all) {
          if (changed) changed.hidden = false;
          return;
        }
        if (stale) stale.hidden = true;
        document.body.dataset.actionsRefreshed = String(Number(document.body.dataset.actionsRefreshed || 0) + 1);
      });
    }, 250);
    follow(list.dataset.stream, note, function (ev) {
      if (list.querySelector('li[data-seq="' + ev.seq + '"]')) return;
      insertInOrder(list, timelineItem(ev), ev);
      refreshActions();
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
      if (note) note.textContent = says("status", { status: statusLabel(ev), when: when(ev) });
    }, function (ev) {
      if (list.querySelector('li[data-seq="' + ev.seq + '"]')) return;
      insertInOrder(list, entryItem(ev, list), ev);
      requestsMayBeStale(ev);
      refreshActions();
      if (note) note.textContent = says("entry", { when: when(ev) });
    });
  }

  // The claims list: a row's status changes in place; a claim not on the page (filed in
  // another window or over the API) brings the list as the server renders it now, and the
  // totals follow every change.
  function setUpClaimsList() {
    var live = document.getElementById("claims-live");
    if (!live || !live.dataset.stream) return;
    readTexts(live.dataset.i18n ? live : document.getElementById("claims-table") || live);
    var note = function () { return document.getElementById("live-status"); };
    var newClaims = false;
    var refresh = debounced(function () {
      var ids = newClaims ? ["claims-totals", "claims-results"] : ["claims-totals"];
      var announce = newClaims;
      newClaims = false;
      refreshParts(ids, function () {
        var n = note();
        if (n) n.textContent = announce && live.dataset.newClaim ? live.dataset.newClaim : LIVE;
      });
    }, 250);
    follow(live.dataset.stream, note(), function (ev) {
      var table = document.getElementById("claims-table");
      var row = table && table.querySelector('tr[data-claim="' + ev.claim_id + '"]');
      if (!row) {
        // on the first page only: an older page shows older claims
        if (window.location.search.indexOf("cursor=") < 0) newClaims = true;
        refresh();
        return;
      }
      if (!ev.applied) return;
      setBadge(row.querySelector(".status"), ev.status, statusLabel(ev));
      row.classList.remove("fresh");
      void row.offsetWidth;
      row.classList.add("fresh");
      refresh();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCasePage();
    setUpClaimsList();
  });
})();
