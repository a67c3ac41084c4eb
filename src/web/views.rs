//! What pages and the JSON API show of stored claims and registry partners.

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::db::claims::{ClaimDetail, ClaimRow, StoredEvent};
use crate::db::from_micros;
use crate::domain::claim::DebtorResponse;
use crate::domain::country::Country;
use crate::domain::money::{Currency, Money};
use crate::domain::partner::{Licence, Partner};
use crate::domain::status::CaseStatus;
use crate::registry::Registry;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct LicenceView {
    pub country: String,
    pub authority: String,
    pub number: String,
    pub valid_from: String,
    pub valid_until: Option<String>,
}

impl From<&Licence> for LicenceView {
    fn from(l: &Licence) -> Self {
        Self {
            country: l.country.code().to_string(),
            authority: l.authority.clone(),
            number: l.number.clone(),
            valid_from: l.valid_from.to_string(),
            valid_until: l.valid_until.map(|d| d.to_string()),
        }
    }
}

/// A partner as the public sees it: no endpoint, no secret names.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerView {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub service: &'static str,
    pub services: Vec<&'static str>,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    /// The licence for the country in question (the claim's), or the first one.
    pub licence: Option<LicenceView>,
    pub licences: Vec<LicenceView>,
    pub sandbox: bool,
}

impl PartnerView {
    pub fn new(p: &Partner, country: Option<Country>) -> Self {
        let licence = country.and_then(|c| p.licence_for(c)).or(p.licences.first());
        Self {
            id: p.id.to_string(),
            name: p.name.clone(),
            kind: match p.kind {
                crate::domain::partner::PartnerKind::CollectionAgency => "collection_agency",
                crate::domain::partner::PartnerKind::LawFirm => "law_firm",
            },
            service: p.kind.primary_service().as_str(),
            services: [crate::domain::claim::Service::Collection, crate::domain::claim::Service::Legal]
                .into_iter()
                .filter(|s| p.kind.offers(*s))
                .map(|s| s.as_str())
                .collect(),
            countries: p.countries.iter().map(|c| c.code().to_string()).collect(),
            languages: p.languages.iter().map(|l| l.code().to_string()).collect(),
            licence: licence.map(LicenceView::from),
            licences: p.licences.iter().map(LicenceView::from).collect(),
            sandbox: p.sandbox,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AddressView {
    pub lines: Vec<String>,
    pub postal_code: Option<String>,
    pub city: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ContactView {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

/// The debtor as stored: the partner protocol's shape.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DebtorView {
    pub name: String,
    pub registration_number: String,
    pub vat_number: Option<String>,
    pub country: String,
    pub address: AddressView,
    pub contact: ContactView,
    pub language: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct HistoryView {
    pub reminders_sent: Vec<String>,
    pub debtor_response: DebtorResponse,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InvoiceView {
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub amount: Money,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventView {
    pub id: String,
    /// The event's sequence number: the `id` of the stream event that carried it.
    pub seq: i64,
    pub status: String,
    pub occurred_at: String,
    pub source: String,
    pub message: Option<String>,
    /// The running total collected, as the event reported it.
    pub collected: Option<Money>,
    /// True when `collected` is more than the principal: shown as a warning, never as normal.
    pub collected_exceeds_principal: bool,
    /// False for an event that arrived after a newer one: kept, but it did not move the case.
    pub applied: bool,
    /// `status`, or for the rest of the thread `message`, `document`, `payment`,
    /// `payment_reversed`, `payout`, `promise`, `notice`.
    pub kind: String,
    /// The message, document, payment, payout or promise the entry is about.
    pub ref_id: Option<String>,
}

/// The message key of a case status (an unknown one reads "Unknown").
pub fn status_key(status: &str) -> &'static str {
    match CaseStatus::parse(status) {
        Some(CaseStatus::Submitted) => "claims-status-submitted",
        Some(CaseStatus::Received) => "claims-status-received",
        Some(CaseStatus::ContactingDebtor) => "claims-status-contacting-debtor",
        Some(CaseStatus::PaymentPlan) => "claims-status-payment-plan",
        Some(CaseStatus::PartiallyPaid) => "claims-status-partially-paid",
        Some(CaseStatus::Disputed) => "claims-status-disputed",
        Some(CaseStatus::LegalProceedings) => "claims-status-legal-proceedings",
        Some(CaseStatus::InformationRequested) => "claims-status-information-requested",
        Some(CaseStatus::Paid) => "claims-status-paid",
        Some(CaseStatus::Uncollectable) => "claims-status-uncollectable",
        Some(CaseStatus::Withdrawn) => "claims-status-withdrawn",
        Some(CaseStatus::Declined) => "claims-status-declined",
        Some(CaseStatus::Reminding) => "claims-status-reminding",
        Some(CaseStatus::Settled) => "claims-status-settled",
        None => "claims-status-unknown",
    }
}

impl EventView {
    pub fn status_label(&self) -> &'static str {
        CaseStatus::parse(&self.status).map_or("Unknown", |s| s.label())
    }

    /// Kept in the timeline but not applied: it arrived after a newer event.
    pub fn is_late(&self) -> bool {
        !self.applied
    }

    /// Who reported the event, for pages.
    pub fn source_label(&self) -> &str {
        if self.source == crate::db::claims::PLATFORM { "CrossClaim" } else { "the partner" }
    }

    /// `2026-10-02 09:15 UTC`, for pages.
    pub fn when(&self) -> String {
        self.occurred_at.get(..16).map_or(self.occurred_at.clone(), |s| format!("{} UTC", s.replace('T', " ")))
    }
}

/// A claim as the API returns it and pages show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ClaimView {
    pub id: String,
    pub status: String,
    pub service: String,
    pub disputed: bool,
    pub partner: Option<PartnerView>,
    pub debtor: DebtorView,
    /// Empty only in a list's summary (a claim has at least one invoice), and then left out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invoices: Vec<InvoiceView>,
    pub principal: Money,
    /// The running total the partner reported collected, in the claim's currency.
    pub collected: Option<Money>,
    /// True when `collected` is more than the principal (interest and fees may explain it;
    /// it is flagged so that nobody takes it for normal).
    pub collected_exceeds_principal: bool,
    /// True once the case is `paid`, `uncollectable` or `withdrawn`: it will not change again.
    pub terminal: bool,
    pub history: HistoryView,
    /// The quote the claim was filed with; in the claim itself, not in lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<serde_json::Value>,
    /// The partner's own reference, once it accepted the case.
    pub partner_reference: Option<String>,
    /// Why the partner declined the case, when it did.
    pub decline_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<EventView>>,
    /// Messages, documents, money (protocol v1.1); in the claim itself, not in lists.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub file: Option<crate::cases::file::CaseFile>,
    /// Every entry of the case's thread, status changes and the rest, for the case page.
    #[serde(skip)]
    pub thread: Vec<EventView>,
    /// In lists: the partner asks for something and waits for the creditor's answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_answer: Option<bool>,
    /// Every quote the claim had, the one waiting for acceptance after a decline
    /// (`proposal`), and why none can be made; in the claim itself, not in lists.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<crate::cases::reroute::Quotes>,
}

impl ClaimView {
    /// A claim without its invoices and events, for lists.
    pub fn summary(row: &ClaimRow, registry: &Registry) -> anyhow::Result<Self> {
        let currency = Currency::parse(&row.currency).with_context(|| format!("claim {}: currency", row.id))?;
        let country = Country::parse(&row.debtor_country).ok();
        Ok(Self {
            id: row.id.clone(),
            status: row.status.clone(),
            service: row.service.clone(),
            disputed: row.disputed,
            partner: registry.get(&row.partner_id).map(|p| PartnerView::new(p, country)),
            debtor: serde_json::from_str(&row.debtor_json).with_context(|| format!("claim {}: debtor", row.id))?,
            invoices: Vec::new(),
            principal: Money::from_minor(row.principal_minor, currency),
            collected: row.collected_minor.map(|m| Money::from_minor(m, currency)),
            collected_exceeds_principal: row.collected_minor.is_some_and(|m| m > row.principal_minor),
            terminal: CaseStatus::parse(&row.status).is_some_and(|s| s.is_terminal()),
            history: serde_json::from_str(&row.history_json).with_context(|| format!("claim {}: history", row.id))?,
            quote: None,
            partner_reference: row.partner_reference.clone(),
            decline_reason: row.decline_reason.clone(),
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
            events: None,
            file: None,
            thread: Vec::new(),
            needs_answer: None,
            quotes: None,
        })
    }

    pub fn detail(detail: &ClaimDetail, registry: &Registry) -> anyhow::Result<Self> {
        Self::detail_of(detail, registry, 0..detail.events.len())
    }

    /// [`Self::detail`] with only the entries `window` of the thread (and of `events`): a
    /// page that shows a hundred entries of 10,000 makes views of those alone.
    pub fn detail_of(
        detail: &ClaimDetail,
        registry: &Registry,
        window: std::ops::Range<usize>,
    ) -> anyhow::Result<Self> {
        let mut view = Self::summary(&detail.claim, registry)?;
        view.quote = detail.claim.quote_json.as_deref().map(serde_json::from_str).transpose()?;
        let currency = view.principal.currency();
        view.invoices = detail
            .invoices
            .iter()
            .map(|i| InvoiceView {
                number: i.number.clone(),
                issue_date: i.issue_date.clone(),
                due_date: i.due_date.clone(),
                amount: Money::from_minor(i.amount_minor, currency),
            })
            .collect();
        let principal = detail.claim.principal_minor;
        let shown = detail.events.get(window).unwrap_or_default();
        let thread: Vec<EventView> = shown.iter().map(|e| event_view(e, currency, principal)).collect();
        view.events = Some(thread.iter().filter(|e| e.kind == crate::db::claims::kind::STATUS).cloned().collect());
        view.thread = thread;
        Ok(view)
    }

    pub fn status_label(&self) -> &'static str {
        CaseStatus::parse(&self.status).map_or("Unknown", |s| s.label())
    }

    pub fn country_name(&self) -> &'static str {
        Country::parse(&self.debtor.country).map_or("", |c| c.name())
    }

    /// Whether the creditor can still stop the case.
    pub fn can_withdraw(&self) -> bool {
        CaseStatus::parse(&self.status).is_some_and(|s| s.can_become(CaseStatus::Withdrawn))
    }

    pub fn created_date(&self) -> &str {
        self.created_at.get(..10).unwrap_or(&self.created_at)
    }

    pub fn events_or_empty(&self) -> &[EventView] {
        self.events.as_deref().unwrap_or_default()
    }
}

pub fn event_view(stored: &StoredEvent, currency: Currency, principal_minor: i64) -> EventView {
    let e = &stored.event;
    EventView {
        id: e.id.clone(),
        seq: stored.seq,
        status: e.status.clone(),
        occurred_at: rfc3339(e.occurred_at),
        source: e.source.clone(),
        message: e.message.clone(),
        collected: e.collected_minor.map(|m| Money::from_minor(m, currency)),
        collected_exceeds_principal: e.collected_minor.is_some_and(|m| m > principal_minor),
        applied: e.applied,
        kind: e.kind.clone(),
        ref_id: e.ref_id.clone(),
    }
}

/// RFC 3339 in UTC with second precision, as the contracts write instants.
pub fn rfc3339(micros: i64) -> String {
    from_micros(micros).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A partner's measured performance as the public directory shows it (`performance` in
/// `GET /api/v1/partners`); `docs/partner-performance.md` explains every figure.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PerformanceView {
    /// False while the partner has too few cases in the window to show figures.
    pub measured: bool,
    /// In words: the figures, or that the partner is new to the network.
    pub summary: String,
    pub window_days: u32,
    /// Cases handed to the partner in the window.
    pub cases: u32,
    /// 0 to 100 (see the docs: newcomers are blended toward the newcomer score).
    pub score: u32,
    pub sla: crate::domain::performance::Sla,
    pub sla_met_percent: Option<u32>,
    pub median_days_to_accept: Option<rust_decimal::Decimal>,
    pub median_days_to_first_contact: Option<rust_decimal::Decimal>,
    pub median_days_to_answer: Option<rust_decimal::Decimal>,
    pub collected_in_full_percent: Option<u32>,
    pub collected_in_part_percent: Option<u32>,
    pub recovered_percent: Option<u32>,
    pub median_days_to_first_payment: Option<rust_decimal::Decimal>,
    pub silences: u32,
    pub overdue_promises: u32,
}

/// Below this many cases in the window the directory calls a partner new to the network.
pub const CASES_TO_SHOW: u32 = 3;

impl PerformanceView {
    pub fn new(partner: &Partner, report: &crate::domain::performance::Report) -> Self {
        use crate::domain::performance::{Figures, NEWCOMER_SCORE, WINDOW_DAYS};
        let measured = report.of(partner.id.as_str());
        let empty = Figures::default();
        let f = measured.map_or(&empty, |p| &p.figures);
        let shown = f.cases >= CASES_TO_SHOW;
        let mut view = Self {
            measured: shown,
            summary: String::new(),
            window_days: WINDOW_DAYS,
            cases: f.cases,
            score: measured.map_or(NEWCOMER_SCORE, |p| p.score),
            sla: partner.sla,
            sla_met_percent: f.sla_met_percent.filter(|_| shown),
            median_days_to_accept: f.median_days_to_accept.filter(|_| shown),
            median_days_to_first_contact: f.median_days_to_first_contact.filter(|_| shown),
            median_days_to_answer: f.median_days_to_answer.filter(|_| shown),
            collected_in_full_percent: f.collected_in_full_percent.filter(|_| shown),
            collected_in_part_percent: f.collected_in_part_percent.filter(|_| shown),
            recovered_percent: f.recovered_percent.filter(|_| shown),
            median_days_to_first_payment: f.median_days_to_first_payment.filter(|_| shown),
            silences: if shown { f.silences } else { 0 },
            overdue_promises: if shown { f.overdue_promises } else { 0 },
        };
        view.summary = view.lines().join("; ");
        view
    }

    /// The figures in plain English words, one per line (the partner portal's language).
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(&crate::i18n::Tr::new(crate::i18n::Lang::En))
    }

    /// The figures in plain words in `tr`'s language, one per line.
    pub fn lines_in(&self, tr: &crate::i18n::Tr) -> Vec<String> {
        use crate::i18n::{Arg, t_args};
        let lang = tr.lang;
        if !self.measured {
            return vec![tr.t("partners-new")];
        }
        let number =
            |d: &rust_decimal::Decimal| crate::i18n::format::number(lang, d.normalize(), d.normalize().scale());
        let days = |key: &str, d: &rust_decimal::Decimal| {
            let count = d.normalize();
            let count_arg = if count == rust_decimal::Decimal::ONE { Arg::from(1_usize) } else { Arg::from(number(d)) };
            t_args(lang, key, &[("days", count_arg)])
        };
        let mut lines = vec![t_args(
            lang,
            "partners-perf-score",
            &[("score", Arg::from(self.score.to_string())), ("cases", Arg::from(self.cases as usize))],
        )];
        if let Some(p) = self.sla_met_percent {
            lines.push(tr.t1("partners-perf-sla", "percent", &p.to_string()));
        }
        if let Some(d) = &self.median_days_to_accept {
            lines.push(days("partners-perf-accepts", d));
        }
        if let Some(d) = &self.median_days_to_first_contact {
            lines.push(days("partners-perf-first-contact", d));
        }
        if let Some(d) = &self.median_days_to_answer {
            lines.push(days("partners-perf-answers", d));
        }
        if let (Some(full), Some(part)) = (self.collected_in_full_percent, self.collected_in_part_percent) {
            lines.push(t_args(
                lang,
                "partners-perf-collected",
                &[("full", Arg::from(full.to_string())), ("part", Arg::from(part.to_string()))],
            ));
        }
        if let Some(p) = self.recovered_percent {
            lines.push(tr.t1("partners-perf-recovered", "percent", &p.to_string()));
        }
        if let Some(d) = &self.median_days_to_first_payment {
            lines.push(days("partners-perf-first-payment", d));
        }
        lines.push(t_args(
            lang,
            "partners-perf-silences",
            &[("silences", Arg::from(self.silences as usize)), ("promises", Arg::from(self.overdue_promises as usize))],
        ));
        lines
    }
}

/// How many entries of a case's thread a page shows at a time.
pub const THREAD_WINDOW: usize = 100;

/// The part of a case's thread a page shows: the newest [`THREAD_WINDOW`] entries, or, when
/// the page is asked for the entries before one (`?before=<seq>`), the ones just before it.
/// A case with 10,000 entries is then a page of a hundred, with links to page through the
/// rest, instead of 10,000 rows of HTML on every view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadWindow {
    /// The first entry shown and the one after the last, as positions in the thread.
    pub start: usize,
    pub end: usize,
    /// Every entry of the thread.
    pub total: usize,
    /// The highest sequence number of the thread (shown or not): a live stream resumes after it.
    pub newest: i64,
    /// `seq` of the first entry shown, when there are earlier ones: their page's `before`.
    earlier: Option<i64>,
    /// When later entries are not shown: `before` for their page, `None` for the newest.
    later: Option<Option<i64>>,
}

impl ThreadWindow {
    /// The window of a thread whose entries have the sequence numbers `seqs`, in the order
    /// shown. A `before` that names no entry of the thread shows the newest.
    pub fn of(seqs: &[i64], before: Option<i64>) -> Self {
        let total = seqs.len();
        let end = before.and_then(|b| seqs.iter().position(|s| *s == b)).unwrap_or(total);
        let start = end.saturating_sub(THREAD_WINDOW);
        let earlier = (start > 0).then(|| seqs[start]);
        let later = (end < total).then(|| seqs.get(end + THREAD_WINDOW).copied());
        let newest = seqs.iter().copied().max().unwrap_or(0);
        Self { start, end, total, newest, earlier, later }
    }

    /// Whether the newest entries are shown (live entries are added to this window only).
    pub fn is_newest(&self) -> bool {
        self.end == self.total
    }

    /// The link to the entries before those shown, if there are any.
    pub fn earlier_href(&self, path: &str) -> Option<String> {
        self.earlier.map(|seq| format!("{path}?before={seq}#thread-heading"))
    }

    /// The link to the entries after those shown, if they are not shown.
    pub fn later_href(&self, path: &str) -> Option<String> {
        self.later.map(|before| match before {
            Some(seq) => format!("{path}?before={seq}#thread-heading"),
            None => format!("{path}#thread-heading"),
        })
    }
}

#[cfg(test)]
mod thread_window_tests {
    use super::{THREAD_WINDOW, ThreadWindow};

    fn seqs(n: usize) -> Vec<i64> {
        (0..n).map(|i| i as i64 * 3 + 7).collect()
    }

    #[test]
    fn a_short_thread_is_shown_whole_without_links() {
        let w = ThreadWindow::of(&seqs(40), None);
        assert_eq!((w.start, w.end, w.total), (0, 40, 40));
        assert!(w.is_newest());
        assert_eq!(w.earlier_href("/claims/c_1"), None);
        assert_eq!(w.later_href("/claims/c_1"), None);
    }

    #[test]
    fn a_long_thread_shows_its_newest_entries_and_pages_back_and_forth() {
        let all = seqs(250);
        let newest = ThreadWindow::of(&all, None);
        assert_eq!((newest.start, newest.end), (150, 250));
        assert_eq!(newest.later_href("/c"), None);
        let back = newest.earlier_href("/c").unwrap();
        assert_eq!(back, format!("/c?before={}#thread-heading", all[150]));

        let middle = ThreadWindow::of(&all, Some(all[150]));
        assert_eq!((middle.start, middle.end), (50, 150));
        assert!(!middle.is_newest());
        // forward from the middle is the newest page again
        assert_eq!(middle.later_href("/c").unwrap(), "/c#thread-heading");

        let oldest = ThreadWindow::of(&all, Some(all[50]));
        assert_eq!((oldest.start, oldest.end), (0, 50));
        assert_eq!(oldest.earlier_href("/c"), None);
        assert_eq!(oldest.later_href("/c").unwrap(), format!("/c?before={}#thread-heading", all[150]));
        assert_eq!(oldest.end - oldest.start, 50);
        assert_eq!(middle.end - middle.start, THREAD_WINDOW);
    }

    #[test]
    fn an_unknown_entry_shows_the_newest() {
        let all = seqs(120);
        assert_eq!(ThreadWindow::of(&all, Some(1)), ThreadWindow::of(&all, None));
    }
}
