//! The creditor's case page after the hand-over, and its forms: answering the partner's
//! requests and writing to it, adding documents, reporting a payment made directly to the
//! creditor; the documents' downloads and the case's statement (CSV and printable). Every
//! form is a door onto an operation of [`crate::cases`]; nothing here decides what is stored.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::i18n::{Arg, Lang, t, t_args};
use crate::web::see_other;
use chrono::NaiveDate;

use crate::cases::CaseError;
use crate::cases::conversation::{self, MessageInput};
use crate::cases::documents::{self, Reader};
use crate::cases::file::{CaseFile, DocumentView, MessageView};
use crate::cases::money::{self, DirectPaymentInput};
use crate::cases::reroute;
use crate::db::claims::{PLATFORM, kind};
use crate::db::messages::sender;
use crate::domain::claim::MoneyInput;
use crate::domain::document::{DocumentError, DocumentKind, DocumentName, check_media_type, detect};
use crate::domain::ledger::LineKind;
use crate::domain::money::{Currency, Money};
use crate::domain::status::CaseStatus;
use crate::domain::text::Notes;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;
use crate::web::api::claims::{brief_of, load, load_window, statement_response};
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::{FormData, UploadedFile};
use crate::web::pages::quotes::QuoteView;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};
use crate::web::views::{ClaimView, EventView, ThreadWindow};

/// The file input of the case page's forms (and of the claim form).
pub const FILES_FIELD: &str = "files";

/// What was sent with one of the page's forms, shown again with its problems.
#[derive(Debug, Default)]
pub struct Sent {
    /// The form: `reply-<message id>`, `write`, `documents` or `payment`.
    pub form: String,
    /// By the form's own field names: `message`, `files`, `amount`, `received_on`, or `form`
    /// for a problem of the whole form.
    pub errors: FieldErrors,
    pub message: String,
    pub amount: String,
    pub received_on: String,
    /// Not a form: the thread's entries before this `seq` are shown instead of the newest
    /// (`GET /claims/{id}?before=<seq>`, see [`ThreadWindow`]).
    pub before: Option<i64>,
}

/// An information request of the partner still waiting for the creditor's answer.
pub struct OpenRequest {
    pub message: MessageView,
    /// The name of its answer form (see [`Sent::form`]).
    pub form: String,
    /// "7 days left", "due today", "overdue by 2 days"; `None` without an answer-by date.
    pub countdown: Option<String>,
    pub overdue: bool,
}

/// One entry of the case's thread as the page shows it.
pub struct ThreadItem {
    pub e: EventView,
    /// Who wrote a message ("You", the partner's name, "CrossClaim") or what happened.
    pub heading: String,
    pub body: Option<String>,
    pub documents: Vec<DocumentView>,
    /// For the creditor's messages: whether it reached the partner.
    pub delivery: String,
    /// About a request: "Needs your answer by …", "Answered".
    pub note: Option<String>,
    /// Written or done by the creditor.
    pub mine: bool,
    /// The creditor's user who did it.
    pub by: Option<String>,
}

/// The new quote of a declined case, waiting for the creditor's acceptance.
pub struct ProposalPanel {
    pub id: String,
    /// Which partner declined, and why; or why the creditor asked for this quote.
    pub reason: String,
    /// The new quote (partner, licence, performance, prices, the other eligible partners).
    pub quote: QuoteView,
    /// The declining partner's name and its price if collected in full.
    pub previous: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "claims/show.html")]
pub struct ShowPage {
    layout: Layout,
    claim: ClaimView,
    /// The claim's quote: the one it was filed with, or the new one the creditor accepted.
    quote: Option<QuoteView>,
    /// The new quote waiting for the creditor's acceptance after a decline.
    proposal: Option<ProposalPanel>,
    /// Every quote the claim had, oldest first.
    quote_history: Vec<crate::cases::reroute::QuoteEntry>,
    /// For a declined case no other partner can take: why.
    no_other_partner: Option<String>,
    file: CaseFile,
    partner_name: String,
    requests: Vec<OpenRequest>,
    thread: Vec<ThreadItem>,
    /// Which part of the thread `thread` is.
    window: ThreadWindow,
    sent: Sent,
    /// Today on the application's clock, `YYYY-MM-DD`.
    today: String,
    /// The claim's currency code.
    currency: String,
    /// The reminder flow before the hand-over (`None` for a claim that went straight to a partner).
    reminding: Option<super::reminders::ReminderPanel>,
}

impl ShowPage {
    /// The page's own address, for the links that page through the thread.
    fn path(&self) -> String {
        format!("/claims/{}", self.claim.id)
    }

    /// "Entries 9,901 to 10,000 of 10,000", when not every entry is shown.
    fn thread_shown(&self) -> Option<String> {
        let w = &self.window;
        (w.end - w.start < w.total).then(|| {
            t_args(
                self.layout.tr.lang,
                "case-thread-shown",
                &[("from", Arg::from(w.start + 1)), ("to", Arg::from(w.end)), ("total", Arg::from(w.total))],
            )
        })
    }

    /// The problem with `field` of `form`, when that form was sent.
    fn error(&self, form: &str, field: &str) -> Option<&str> {
        if self.sent.form == form { self.sent.errors.get(field) } else { None }
    }

    /// The message typed into `form`, when it was sent and is shown again.
    fn typed(&self, form: &str) -> &str {
        if self.sent.form == form { &self.sent.message } else { "" }
    }

    fn has_messages(&self) -> bool {
        !self.file.messages.is_empty()
    }

    fn overpaid(&self) -> bool {
        self.file.balance.overpaid.minor() > 0
    }

    /// What people call a document's kind: "PDF", "Word document", in the page's language.
    fn kind_label(&self, media_type: &str) -> String {
        let kind = DocumentKind::ALL.into_iter().find(|k| k.media_type() == media_type);
        t(self.layout.tr.lang, kind.map_or("case-kind-file", kind_key))
    }

    /// A partner's measured performance as a quote states it, in the page's language.
    fn standing(&self, st: &crate::web::pages::quotes::StandingLine) -> String {
        let lang = self.layout.tr.lang;
        if st.newcomer {
            t(lang, "case-standing-newcomer")
        } else {
            t_args(lang, "case-standing-score", &[("score", Arg::from(i64::from(st.score)))])
        }
    }

    /// The declining partner's price, in the proposal panel.
    fn previous(&self, price: &str, partner: &str) -> String {
        let args = [("price", Arg::from(price)), ("partner", Arg::from(partner))];
        t_args(self.layout.tr.lang, "case-proposal-previous", &args)
    }

    /// Why the proposal's partner, when the creditor chose it over the recommended one.
    fn you_asked(&self, r: &crate::web::pages::quotes::RecommendationLine) -> String {
        let args = [("partner", Arg::from(r.partner_name.as_str())), ("reason", Arg::from(r.reason.as_str()))];
        t_args(self.layout.tr.lang, "case-proposal-you-asked", &args)
    }

    /// Another eligible partner as the proposal panel offers it: name, kind, price, standing.
    fn option(&self, o: &crate::web::pages::quotes::OfferView) -> String {
        let lang = self.layout.tr.lang;
        let args = [
            ("partner", Arg::from(o.partner.name.as_str())),
            ("kind", Arg::from(self.partner_kind(&o.partner.kind))),
            ("price", Arg::from(self.quote_money(&o.cost.if_collected))),
        ];
        let mut text = t_args(lang, "case-proposal-option", &args);
        if let Some(st) = &o.standing {
            text.push_str("; ");
            text.push_str(&if st.newcomer {
                t(lang, "case-proposal-option-newcomer")
            } else {
                t_args(lang, "case-proposal-option-score", &[("score", Arg::from(i64::from(st.score)))])
            });
        }
        text
    }

    /// "a law firm" / "a collection agency" of a quote's partner, in the page's language.
    fn partner_kind(&self, kind: &str) -> String {
        t(self.layout.tr.lang, crate::web::pages::claims::kind_key(kind))
    }

    /// A quote's amount as the page's language writes it.
    fn quote_money(&self, m: &crate::web::pages::quotes::MoneyView) -> String {
        m.localised(self.layout.tr.lang)
    }

    /// When a quote's cost line is charged, in the page's language.
    fn charged(&self, charged: &str) -> String {
        let key = match charged {
            "if_collected" => "case-charged-if-collected",
            "if_legal_phase" => "case-charged-if-legal",
            _ => "case-charged-always",
        };
        t(self.layout.tr.lang, key)
    }

    /// What became of a quote of the claim, in the page's language.
    fn quote_state(&self, state: &str) -> String {
        use crate::db::quotes::state;
        let key = match state {
            state::FILED => "case-quote-state-filed",
            state::PROPOSED => "case-quote-state-proposed",
            state::ACCEPTED => "case-quote-state-accepted",
            state::DECLINED => "case-quote-state-declined",
            _ => "case-quote-state-superseded",
        };
        t(self.layout.tr.lang, key)
    }

    /// Whether the creditor can still write, add documents and report payments: not once the
    /// claim is withdrawn.
    fn takes_changes(&self) -> bool {
        self.claim.status != CaseStatus::Withdrawn.as_str()
    }

    /// What the creditor is to do next, or that there is nothing to do.
    fn next_step(&self) -> String {
        let lang = self.layout.tr.lang;
        if !self.requests.is_empty() && self.takes_changes() {
            return t_args(lang, "case-next-answer", &[("count", Arg::from(self.requests.len()))]);
        }
        if self.proposal.is_some() {
            return t(lang, "case-next-proposal");
        }
        if self.claim.terminal {
            return t(lang, "case-next-closed");
        }
        if self.claim.status == CaseStatus::Reminding.as_str() {
            return t(lang, "case-next-reminding");
        }
        t(lang, "case-next-wait")
    }

    /// "added by (the partner) on (date)" of a document the partner added.
    fn added_by_partner(&self, added_at: &str) -> String {
        let args =
            [("partner", Arg::from(self.partner_name.as_str())), ("date", Arg::from(self.layout.date(added_at)))];
        t_args(self.layout.tr.lang, "case-added-by-partner", &args)
    }

    /// The dates reminders were sent, as the page's language writes dates.
    fn reminders(&self) -> String {
        self.claim.history.reminders_sent.iter().map(|d| self.layout.date(d)).collect::<Vec<_>>().join(", ")
    }

    /// A quote's money as the page's language writes it, or a dash.
    fn money(&self, value: &Option<serde_json::Value>) -> String {
        value
            .as_ref()
            .and_then(|m| serde_json::from_value::<crate::web::pages::quotes::MoneyView>(m.clone()).ok())
            .map_or_else(|| "-".into(), |m| m.localised(self.layout.tr.lang))
    }

    /// The claim has had more than the quote it was filed with.
    fn rerouted(&self) -> bool {
        self.quote_history.iter().any(|q| q.state == crate::db::quotes::state::ACCEPTED)
    }
}

/// The message key of a document's kind.
fn kind_key(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Pdf => "case-kind-pdf",
        DocumentKind::Png => "case-kind-png",
        DocumentKind::Jpeg => "case-kind-jpeg",
        DocumentKind::Text => "case-kind-text",
        DocumentKind::Csv => "case-kind-csv",
        DocumentKind::Xml => "case-kind-xml",
        DocumentKind::Docx => "case-kind-docx",
        DocumentKind::Xlsx => "case-kind-xlsx",
    }
}

/// "7 days left", "1 day left", "due today", "overdue by 1 day", "overdue by 2 days", in
/// `lang`; and whether the answer is overdue.
pub fn countdown(lang: Lang, answer_by: NaiveDate, today: NaiveDate) -> (String, bool) {
    let days = (answer_by - today).num_days();
    match days {
        0 => (t(lang, "case-countdown-today"), false),
        d if d > 0 => (t_args(lang, "case-countdown-left", &[("count", Arg::from(d))]), false),
        d => (t_args(lang, "case-countdown-overdue", &[("count", Arg::from(-d))]), true),
    }
}

fn open_requests(lang: Lang, file: &CaseFile, today: NaiveDate) -> Vec<OpenRequest> {
    file.messages
        .iter()
        .filter(|m| m.is_open_request())
        .map(|m| {
            let due = m.answer_by.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let (countdown, overdue) = match due {
                Some(due) => {
                    let (text, overdue) = countdown(lang, due, today);
                    (Some(text), overdue)
                }
                None => (None, false),
            };
            OpenRequest { message: m.clone(), form: format!("reply-{}", m.id), countdown, overdue }
        })
        .collect()
}

/// Who wrote an entry, as the page names them: "You", "CrossClaim" or the partner's name.
fn author(lang: Lang, from: &str, partner: &str) -> String {
    match from {
        sender::CREDITOR => t(lang, "case-author-you"),
        PLATFORM => "CrossClaim".into(),
        _ => partner.to_string(),
    }
}

/// Whether a message of the creditor reached the partner, in `lang` (empty for the others').
fn delivery(lang: Lang, m: &MessageView) -> String {
    match m.delivery.as_deref() {
        Some("delivered") => t(lang, "case-delivery-delivered"),
        Some("failed") => t(lang, "case-delivery-failed"),
        Some(_) => t(lang, "case-delivery-waiting"),
        None => String::new(),
    }
}

/// What the platform itself wrote in the thread (stored in English, as the API gives it) in
/// the page's language: the filing and the partner's acceptance. `None` for other text.
fn platform_words(lang: Lang, message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("Claim filed and routed to ") {
        let (rest, key) = match rest.strip_suffix(", the partner the creditor chose") {
            Some(rest) => (rest, "case-body-filed-chosen"),
            None => (rest, "case-body-filed"),
        };
        let (partner, kind) = rest.rsplit_once(" (")?;
        let kind = match kind.strip_suffix(')')? {
            "collection agency" => t(lang, "quote-kind-agency"),
            "law firm" => t(lang, "quote-kind-law-firm"),
            _ => return None,
        };
        return Some(t_args(lang, key, &[("partner", Arg::from(partner)), ("kind", Arg::from(kind))]));
    }
    let (partner, reference) = message.strip_prefix("Accepted by ")?.split_once("; their reference is ")?;
    Some(t_args(lang, "case-body-accepted", &[("partner", Arg::from(partner)), ("reference", Arg::from(reference))]))
}

/// A payment as the thread tells it, in the page's language.
fn payment_words(layout: &Layout, p: &crate::cases::file::PaymentView) -> String {
    let key = if p.paid_to == "creditor" { "case-body-payment-direct" } else { "case-body-payment-partner" };
    t_args(
        layout.tr.lang,
        key,
        &[
            ("amount", Arg::from(layout.money(&p.amount))),
            ("date", Arg::from(layout.date(&p.received_on))),
            ("costs", Arg::from(layout.money(&p.allocation.costs))),
            ("interest", Arg::from(layout.money(&p.allocation.interest))),
            ("principal", Arg::from(layout.money(&p.allocation.principal))),
        ],
    )
}

fn thread_items(
    layout: &Layout,
    claim: &ClaimView,
    entries: &[EventView],
    file: &CaseFile,
    partner: &str,
    actors: &[(String, String)],
    flow: Option<&crate::db::reminders::ClaimFlow>,
) -> Vec<ThreadItem> {
    let lang = layout.tr.lang;
    entries
        .iter()
        .map(|e| {
            let who = author(lang, &e.source, partner);
            let mut item = ThreadItem {
                e: e.clone(),
                heading: String::new(),
                body: e.message.clone(),
                documents: Vec::new(),
                delivery: String::new(),
                note: None,
                mine: e.source == sender::CREDITOR,
                by: actors.iter().find(|(event, _)| *event == e.id).map(|(_, name)| name.clone()),
            };
            let wanted = |id: &String| e.ref_id.as_ref() == Some(id);
            match e.kind.as_str() {
                kind::STATUS => {
                    if let Some(words) = e.message.as_deref().and_then(|m| platform_words(lang, m)) {
                        item.body = Some(words);
                    } else if let Some(words) = flow
                        .and_then(|f| super::reminders::thread_words(layout, f, claim.principal.currency().code(), e))
                    {
                        item.body = Some(words);
                    }
                }
                kind::MESSAGE => match file.messages.iter().find(|m| wanted(&m.id)) {
                    Some(m) => {
                        item.heading = author(lang, &m.from, partner);
                        item.mine = m.from == sender::CREDITOR;
                        item.body = Some(m.message.clone());
                        item.documents = m.documents.clone();
                        item.delivery = delivery(lang, m);
                        item.note = if m.requires_answer {
                            Some(match (&m.answered_by_id, &m.answer_by) {
                                (Some(_), _) => t(lang, "case-note-answered"),
                                (None, Some(by)) => {
                                    t_args(lang, "case-note-answer-by", &[("date", Arg::from(layout.date(by)))])
                                }
                                (None, None) => t(lang, "case-note-answer"),
                            })
                        } else if item.mine && m.in_reply_to.is_some() {
                            Some(t(lang, "case-note-your-answer"))
                        } else {
                            None
                        };
                    }
                    None => item.heading = who,
                },
                kind::DOCUMENT => {
                    item.heading = t_args(lang, "case-heading-document", &[("who", Arg::from(who))]);
                    item.documents = file.documents.iter().filter(|d| wanted(&d.id)).cloned().collect();
                    if !item.documents.is_empty() {
                        item.body = None;
                    }
                }
                kind::PAYMENT => {
                    item.heading = t(lang, "case-heading-payment");
                    if let Some(p) = file.payments.iter().find(|p| wanted(&p.row_id)) {
                        item.body = Some(payment_words(layout, p));
                    }
                }
                kind::PAYMENT_REVERSED => {
                    item.heading = t(lang, "case-heading-payment-reversed");
                    if let Some(p) = file.payments.iter().find(|p| wanted(&p.row_id)) {
                        let mut args = vec![
                            ("amount", Arg::from(layout.money(&p.amount))),
                            ("date", Arg::from(layout.date(&p.received_on))),
                        ];
                        let key = match &p.reversal_reason {
                            Some(reason) => {
                                args.push(("reason", Arg::from(reason.as_str())));
                                "case-body-payment-reversed-because"
                            }
                            None => "case-body-payment-reversed",
                        };
                        item.body = Some(t_args(lang, key, &args));
                    }
                }
                kind::PAYOUT => {
                    item.heading = t(lang, "case-heading-payout");
                    if let Some(p) = file.payouts.iter().find(|p| wanted(&p.row_id)) {
                        let mut args = vec![
                            ("amount", Arg::from(layout.money(&p.amount))),
                            ("date", Arg::from(layout.date(&p.paid_on))),
                            ("commission", Arg::from(layout.money(&p.commission))),
                            ("costs", Arg::from(layout.money(&p.costs))),
                        ];
                        let key = match &p.reference {
                            Some(reference) => {
                                args.push(("reference", Arg::from(reference.as_str())));
                                "case-body-payout-reference"
                            }
                            None => "case-body-payout",
                        };
                        item.body = Some(t_args(lang, key, &args));
                    }
                }
                kind::PROMISE => {
                    item.heading = t(lang, "case-heading-promise");
                    if let Some(p) = file.promises.iter().find(|p| wanted(&p.id)) {
                        let amount = Arg::from(layout.money(&p.amount));
                        let date = Arg::from(layout.date(&p.due_on));
                        item.body = Some(match p.instalments.len() {
                            0 | 1 => t_args(lang, "case-body-promise", &[("amount", amount), ("date", date)]),
                            n => t_args(
                                lang,
                                "case-body-plan",
                                &[("amount", amount), ("count", Arg::from(n)), ("date", date)],
                            ),
                        });
                    }
                }
                kind::NOTICE => {
                    item.heading = t(lang, "case-heading-notice");
                    if let Some(words) = flow
                        .and_then(|f| super::reminders::thread_words(layout, f, claim.principal.currency().code(), e))
                    {
                        item.body = Some(words);
                    }
                }
                _ => item.heading = who,
            }
            item
        })
        .collect()
}

/// The case page of one of the creditor's claims; `sent` is a form shown again with its
/// problems (answered with `status`, a 422 then).
pub async fn case_page(
    state: &AppState,
    user: SignedIn,
    id: &str,
    sent: Sent,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (mut claim, window) = load_window(state, &user.creditor_id, id, sent.before).await.map_err(PageError::from)?;
    let (creditor, claim_id) = (user.creditor_id.clone(), claim.id.clone());
    let actors = state.db.run(move |conn| crate::db::users::actors_of_claim(conn, &creditor, &claim_id)).await?;
    let file = claim
        .file
        .take()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("claim {id} was loaded without its file")))?;
    let quote = claim.quote.clone().and_then(QuoteView::from_json);
    let lang = user.visitor.layout.tr.lang;
    let partner_name = claim.partner.as_ref().map_or_else(|| t(lang, "case-the-partner"), |p| p.name.clone());
    let today = state.today();
    let quotes = claim.quotes.clone().unwrap_or_default();
    let proposal = quotes.proposal.as_ref().and_then(|p| {
        Some(ProposalPanel {
            id: p.id.clone(),
            reason: p.reason.clone().unwrap_or_default(),
            quote: QuoteView::from_json(p.quote.clone())?,
            previous: p.previous.as_ref().map(|q| {
                let price = q
                    .if_collected
                    .as_ref()
                    .and_then(|m| serde_json::from_value::<crate::web::pages::quotes::MoneyView>(m.clone()).ok())
                    .map_or_else(|| "-".into(), |m| m.localised(lang));
                (q.partner_name.clone(), price)
            }),
        })
    });
    let flow =
        super::reminders::panel(state, &user.visitor.layout, &user.creditor_id, &claim.id, &claim.status).await?;
    let thread = thread_items(
        &user.visitor.layout,
        &claim,
        &claim.thread,
        &file,
        &partner_name,
        &actors,
        flow.as_ref().map(|(_, cf)| cf),
    );
    let reminding = flow.map(|(mut panel, _)| {
        match sent.form.as_str() {
            "call" => {
                panel.call_errors = sent.errors.clone();
                panel.call_typed = (sent.received_on.clone(), sent.amount.clone(), sent.message.clone());
            }
            "mark-paid" => {
                panel.paid_errors = sent.errors.clone();
                panel.paid_typed = (sent.amount.clone(), sent.received_on.clone());
            }
            _ => {}
        }
        panel
    });
    let page = ShowPage {
        layout: user.visitor.layout,
        proposal,
        quote_history: quotes.quotes,
        no_other_partner: quotes.no_other_partner,
        requests: open_requests(lang, &file, today),
        thread,
        window,
        currency: claim.principal.currency().code().to_string(),
        claim,
        quote,
        file,
        partner_name,
        sent,
        today: today.to_string(),
        reminding,
    };
    render_with(status, &page)
}

/// A problem reported by the operations, in the name the page shows it under.
fn named(file: &str, message: String) -> String {
    if message.contains(file) { message } else { format!("\"{file}\": {message}") }
}

/// What is wrong with the file `file`, in `lang`, naming it.
fn file_problem(lang: Lang, file: &str, error: &DocumentError) -> String {
    let name = || Arg::from(file);
    match error {
        DocumentError::NameEmpty => t(lang, "case-file-no-name"),
        DocumentError::NameTooLong { max, .. } => {
            let max = i64::try_from(*max).unwrap_or(i64::MAX);
            t_args(lang, "case-file-name-long", &[("name", name()), ("max", Arg::from(max))])
        }
        DocumentError::NamePathSeparator
        | DocumentError::NameControlCharacters
        | DocumentError::NameHiddenCharacter(_) => t_args(lang, "case-file-name-characters", &[("name", name())]),
        DocumentError::NameWithoutStem(_) => t_args(lang, "case-file-no-stem", &[("name", name())]),
        DocumentError::NameWithoutExtension(_) => t_args(lang, "case-file-no-extension", &[("name", name())]),
        DocumentError::Empty(_) => t_args(lang, "case-file-empty", &[("name", name())]),
        DocumentError::TooLarge { .. } => t_args(lang, "case-file-too-large", &[("name", name())]),
        DocumentError::Mismatch { expected, .. } => {
            let kind = Arg::from(t(lang, kind_key(*expected)));
            t_args(lang, "case-file-mismatch", &[("name", name()), ("kind", kind)])
        }
        DocumentError::Refused { .. } | DocumentError::Unsupported { .. } => {
            t_args(lang, "case-file-refused", &[("name", name())])
        }
        DocumentError::MediaType { detected, .. } => {
            let kind = Arg::from(t(lang, kind_key(*detected)));
            t_args(lang, "case-file-media-type", &[("name", name()), ("kind", kind)])
        }
    }
}

/// Checks the chosen files as the document store will (name, content, declared type), before
/// anything is stored: the first problem found, naming its file, in `lang`.
pub fn check_files(lang: Lang, files: &[UploadedFile]) -> Result<(), String> {
    for f in files {
        if f.too_large {
            return Err(t_args(lang, "case-file-too-large", &[("name", Arg::from(f.name.as_str()))]));
        }
        let problem = |e: DocumentError| file_problem(lang, &f.name, &e);
        let name = DocumentName::parse(&f.name).map_err(problem)?;
        let kind = detect(&name, &f.bytes).map_err(problem)?;
        check_media_type(f.content_type.as_deref(), kind).map_err(problem)?;
    }
    Ok(())
}

/// Adds the chosen files to the case, in order; the ids of the stored documents. A file the
/// operation refuses is named in the error.
async fn add_files(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    files: Vec<UploadedFile>,
    actor: &str,
) -> Result<Vec<String>, CaseError> {
    let mut ids = Vec::with_capacity(files.len());
    for f in files {
        let row = documents::add_from_creditor(
            state,
            creditor_id,
            claim_id,
            &f.name,
            f.content_type.as_deref(),
            f.bytes,
            Some(actor),
        )
        .await
        .map_err(|e| match e {
            CaseError::Invalid(errors) => {
                let message = errors.first().map_or_else(|| "cannot be added".to_string(), |e| e.message.clone());
                CaseError::field(FILES_FIELD, named(&f.name, message))
            }
            other => other,
        })?;
        ids.push(row.id);
    }
    Ok(ids)
}

/// The page's answer to an operation's refusal: its problems next to the form's fields
/// (`field_of` maps the operation's field names onto the form's), a conflict as a notice.
async fn refused(
    state: &AppState,
    user: SignedIn,
    id: &str,
    mut sent: Sent,
    error: CaseError,
    field_of: fn(&str) -> &'static str,
    not_done: &str,
) -> Result<HttpResponse, PageError> {
    match error {
        CaseError::Invalid(errors) => {
            let mut shown = FieldErrors::new();
            for e in crate::web::forms::localise(user.visitor.layout.tr.lang, errors).all() {
                shown.add(field_of(&e.field), &e.message);
            }
            sent.errors = shown;
            case_page(state, user, id, sent, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        CaseError::Conflict(message) => {
            user.visitor.flash(format!("{not_done}: {message}."));
            Ok(see_other(&format!("/claims/{id}")))
        }
        CaseError::NotFound => Err(PageError::NotFound),
        CaseError::Db(e) => Err(e.into()),
        CaseError::Internal(e) => Err(PageError::Internal(e)),
    }
}

/// `POST /claims/{id}/proposal/accept`: the creditor accepts the new quote of a declined
/// case; the case goes to its partner.
#[post("/claims/{id}/proposal/accept")]
pub async fn accept_proposal(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let id = id.into_inner();
    let partner_id = form.get("partner_id").to_string();
    let proposal_id = Some(form.get("proposal_id")).filter(|p| !p.is_empty());
    match reroute::accept(&state, &user.creditor_id, &id, &partner_id, proposal_id, Some(&user.user.id)).await {
        Ok(()) => {
            let name =
                state.registry.get(&partner_id).map_or_else(|| t(lang, "case-the-new-partner"), |p| p.name.clone());
            user.visitor.flash(t_args(lang, "case-flash-proposal-accepted", &[("partner", Arg::from(name))]));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => {
            let sent = Sent { form: "proposal".into(), ..Sent::default() };
            let not_done = t(lang, "case-not-done-accept");
            refused(&state, user, &id, sent, e, |_| "partner_id", &not_done).await
        }
    }
}

/// `POST /claims/{id}/proposal`: the creditor asks for another eligible partner's quote
/// instead of the one proposed.
#[post("/claims/{id}/proposal")]
pub async fn choose_proposal(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let id = id.into_inner();
    let partner_id = form.get("partner_id").trim().to_string();
    let mut sent = Sent { form: "proposal".into(), ..Sent::default() };
    if partner_id.is_empty() {
        sent.errors.add("partner_id", t(lang, "case-error-choose-partner"));
        return case_page(&state, user, &id, sent, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    match reroute::choose(&state, &user.creditor_id, &id, &partner_id).await {
        Ok(reroute::Outcome::Proposed { partner_name, .. }) => {
            user.visitor.flash(t_args(lang, "case-flash-proposal-shown", &[("partner", Arg::from(partner_name))]));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Ok(_) => {
            user.visitor.flash(t(lang, "case-flash-proposal-unchanged"));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, sent, e, |_| "partner_id", &t(lang, "case-not-done-choose")).await,
    }
}

fn message_field(field: &str) -> &'static str {
    match field {
        "message" => "message",
        "document_ids" | "file" | "files" | "x-document-name" | "content-type" => FILES_FIELD,
        _ => "form",
    }
}

/// `POST /claims/{id}/messages`: an answer to a request (`in_reply_to`) or a message to the
/// partner, with files. The files are checked first and stored only when all pass.
#[post("/claims/{id}/messages")]
pub async fn post_message(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let id = id.into_inner();
    let in_reply_to = form.get("in_reply_to").trim().to_string();
    let message = form.get("message").to_string();
    let mut sent = Sent {
        form: if in_reply_to.is_empty() { "write".into() } else { format!("reply-{in_reply_to}") },
        message: message.clone(),
        ..Sent::default()
    };
    let files = form.files(FILES_FIELD);
    // what can be checked before anything is stored
    match message.trim() {
        "" => sent.errors.add("message", t(lang, "case-error-write-message")),
        text => {
            sent.errors.check("message", Notes::parse(text));
        }
    }
    if let Err(problem) = check_files(lang, &files) {
        sent.errors.add(FILES_FIELD, problem);
    }
    if !sent.errors.is_empty() {
        return case_page(&state, user, &id, sent, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let not_done = t(lang, "case-not-done-message");
    let document_ids = match add_files(&state, &user.creditor_id, &id, files, &user.user.id).await {
        Ok(ids) => ids,
        Err(e) => return refused(&state, user, &id, sent, e, message_field, &not_done).await,
    };
    let answering = !in_reply_to.is_empty();
    let input = MessageInput { message, in_reply_to: answering.then_some(in_reply_to), document_ids };
    match conversation::post_from_creditor(&state, &user.creditor_id, &id, &input, Some(&user.user.id)).await {
        Ok(_) => {
            user.visitor.flash(t(lang, if answering { "case-flash-answer-sent" } else { "case-flash-message-sent" }));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, sent, e, message_field, &not_done).await,
    }
}

/// `POST /claims/{id}/documents`: one or more files added to the case.
#[post("/claims/{id}/documents")]
pub async fn upload(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let id = id.into_inner();
    let mut sent = Sent { form: "documents".into(), ..Sent::default() };
    let files = form.files(FILES_FIELD);
    if files.is_empty() {
        sent.errors.add(FILES_FIELD, t(lang, "case-error-choose-file"));
    } else if let Err(problem) = check_files(lang, &files) {
        sent.errors.add(FILES_FIELD, problem);
    }
    if !sent.errors.is_empty() {
        return case_page(&state, user, &id, sent, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let added = match files.as_slice() {
        [one] => t_args(lang, "case-flash-document-added", &[("name", Arg::from(one.name.as_str()))]),
        many => {
            let count = i64::try_from(many.len()).unwrap_or(i64::MAX);
            t_args(lang, "case-flash-documents-added", &[("count", Arg::from(count))])
        }
    };
    match add_files(&state, &user.creditor_id, &id, files, &user.user.id).await {
        Ok(_) => {
            user.visitor.flash(added);
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, sent, e, |_| FILES_FIELD, &t(lang, "case-not-done-documents")).await,
    }
}

/// `GET /claims/{id}/documents/{document_id}`: a document of the creditor's case, as a
/// download.
#[get("/claims/{id}/documents/{document_id}")]
pub async fn download(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (claim_id, document_id) = path.into_inner();
    match documents::read(&state, &claim_id, &document_id, Reader::Creditor(&user.creditor_id)).await {
        Ok((row, bytes)) => Ok(crate::web::api::documents::attachment(&row, bytes)),
        Err(CaseError::Db(e)) => Err(e.into()),
        Err(CaseError::Internal(e)) => Err(PageError::Internal(e)),
        Err(_) => Err(PageError::NotFound),
    }
}

fn payment_field(field: &str) -> &'static str {
    if field.starts_with("amount") {
        "amount"
    } else if field == "received_on" {
        "received_on"
    } else {
        "form"
    }
}

/// `POST /claims/{id}/direct-payments`: the debtor paid the creditor directly.
#[post("/claims/{id}/direct-payments")]
pub async fn direct_payment(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let id = id.into_inner();
    let brief = brief_of(&state, &user.creditor_id, &id).await.map_err(PageError::from)?;
    let sent = Sent {
        form: "payment".into(),
        amount: form.get("amount").to_string(),
        received_on: form.get("received_on").to_string(),
        ..Sent::default()
    };
    let input = DirectPaymentInput {
        amount: Some(MoneyInput { amount: sent.amount.trim().to_string(), currency: brief.currency.clone() }),
        received_on: sent.received_on.trim().to_string(),
    };
    match money::report_direct_payment(&state, &user.creditor_id, &id, &input, Some(&user.user.id)).await {
        Ok(_) => {
            let amount = input.amount.as_ref().map_or("", |a| a.amount.as_str());
            let amount = crate::web::pages::quotes::MoneyView { amount: amount.to_string(), currency: brief.currency };
            let args = [
                ("amount", Arg::from(amount.localised(lang))),
                ("date", Arg::from(user.visitor.layout.date(&input.received_on))),
            ];
            user.visitor.flash(t_args(lang, "case-flash-payment", &args));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, sent, e, payment_field, &t(lang, "case-not-done-payment")).await,
    }
}

/// `GET /claims/{id}/statement.csv`: the statement as a spreadsheet download.
#[get("/claims/{id}/statement.csv")]
pub async fn statement_csv(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let brief = brief_of(&state, &user.creditor_id, &id).await.map_err(PageError::from)?;
    statement_response(&state, brief, true).await.map_err(PageError::from)
}

/// The message key of a statement line's kind.
fn line_key(kind: LineKind) -> &'static str {
    match kind {
        LineKind::ClaimedPrincipal => "case-line-principal",
        LineKind::ClaimableInterest => "case-line-interest",
        LineKind::ClaimableCosts => "case-line-costs",
        LineKind::Payment => "case-line-payment",
        LineKind::DirectPayment => "case-line-direct",
        LineKind::Reversal => "case-line-reversal",
        LineKind::Payout => "case-line-payout",
    }
}

/// One statement line as the printable statement shows it.
struct StatementRow {
    date: String,
    label: String,
    description: String,
    reference: String,
    amount: Money,
    paid_out: Money,
    commission: Money,
    outstanding_after: Money,
}

#[derive(Template)]
#[template(path = "claims/statement.html")]
struct StatementPage {
    layout: Layout,
    claim_id: String,
    debtor: String,
    partner_name: String,
    today: String,
    lines: Vec<StatementRow>,
    principal: Money,
    interest: Money,
    costs: Money,
    collected: Money,
    collected_directly: Money,
    paid_out: Money,
    commission: Money,
    outstanding: Money,
}

/// `GET /claims/{id}/statement`: the statement as a page to print.
#[get("/claims/{id}/statement")]
pub async fn statement_page(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let claim = load(&state, &user.creditor_id, &id).await.map_err(PageError::from)?;
    let brief = brief_of(&state, &user.creditor_id, &id).await.map_err(PageError::from)?;
    let currency = Currency::parse(&brief.currency).map_err(|e| PageError::Internal(anyhow::anyhow!("{e}")))?;
    let (lines, balance) = state.db.run(move |conn| crate::cases::file::statement(conn, &brief)).await?;
    let layout = user.visitor.layout;
    let lang = layout.tr.lang;
    let m = |minor| Money::from_minor(minor, currency);
    let lines = lines
        .iter()
        .map(|l| StatementRow {
            date: layout.date(&l.date.to_string()),
            label: t(lang, line_key(l.kind)),
            description: match l.kind {
                LineKind::ClaimableInterest => t(lang, "case-line-interest-details"),
                LineKind::ClaimableCosts => t(lang, "case-line-costs-details"),
                _ => l.description.clone(),
            },
            reference: l.reference.clone(),
            amount: m(l.amount),
            paid_out: m(l.paid_out),
            commission: m(l.commission),
            outstanding_after: m(l.outstanding_after),
        })
        .collect();
    render(&StatementPage {
        claim_id: claim.id.clone(),
        debtor: claim.debtor.name.clone(),
        partner_name: claim.partner.as_ref().map_or_else(|| "—".to_string(), |p| p.name.clone()),
        today: layout.date(&state.today().to_string()),
        layout,
        lines,
        principal: m(balance.principal),
        interest: m(balance.interest),
        costs: m(balance.costs),
        collected: m(balance.collected),
        collected_directly: m(balance.collected_directly),
        paid_out: m(balance.paid_out),
        commission: m(balance.partner_commission),
        outstanding: m(balance.outstanding),
    })
}

#[cfg(test)]
mod platform_words_tests {
    use super::*;

    #[test]
    fn the_platform_s_own_words_are_said_in_the_page_language() {
        let filed = "Claim filed and routed to Sandbox Inkasso (Nord) GmbH (collection agency)";
        assert_eq!(platform_words(Lang::En, filed).as_deref(), Some(filed));
        let de = platform_words(Lang::De, filed).unwrap();
        assert!(de.contains("Sandbox Inkasso (Nord) GmbH") && de.contains("Inkassounternehmen"), "{de}");
        let chosen = "Claim filed and routed to Kanzlei Muster (law firm), the partner the creditor chose";
        assert_eq!(platform_words(Lang::En, chosen).as_deref(), Some(chosen));
        let accepted = "Accepted by Sandbox Collections Norway; their reference is SBX-1002";
        assert_eq!(platform_words(Lang::En, accepted).as_deref(), Some(accepted));
        assert!(platform_words(Lang::Sv, accepted).unwrap().contains("SBX-1002"));
        assert_eq!(platform_words(Lang::De, "Demand letter sent"), None, "a partner's own words stay as written");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_countdown_reads_as_people_say_it() {
        let today = day("2026-11-20");
        let en = |d| countdown(Lang::En, day(d), today);
        assert_eq!(en("2026-11-27"), ("7 days left".to_string(), false));
        assert_eq!(en("2026-11-21"), ("1 day left".to_string(), false));
        assert_eq!(en("2026-11-20"), ("due today".to_string(), false));
        assert_eq!(en("2026-11-19"), ("overdue by 1 day".to_string(), true));
        assert_eq!(en("2026-11-18"), ("overdue by 2 days".to_string(), true));
        let de = |d| countdown(Lang::De, day(d), today).0;
        assert_eq!(de("2026-11-27"), "noch 7 Tage");
        assert_eq!(de("2026-11-21"), "noch 1 Tag");
        assert_eq!(de("2026-11-20"), "heute fällig");
        assert_eq!(de("2026-11-18"), "2 Tage überfällig");
        assert_eq!(countdown(Lang::Sv, day("2026-11-19"), today), ("1 dag försenad".to_string(), true));
    }

    #[test]
    fn a_refused_file_is_named() {
        let file = |name: &str, bytes: &[u8]| UploadedFile {
            field: FILES_FIELD.into(),
            name: name.into(),
            content_type: Some("application/pdf".into()),
            bytes: bytes.to_vec(),
            too_large: false,
        };
        assert!(check_files(Lang::En, &[file("invoice.pdf", b"%PDF-1.4\n%%EOF\n")]).is_ok());
        let files = [file("invoice.pdf", b"%PDF-1.4\n%%EOF\n"), file("contract.pdf", b"MZ\x90\x00\x03")];
        let problem = check_files(Lang::En, &files).unwrap_err();
        assert!(problem.contains("contract.pdf") && problem.contains("PDF"), "{problem}");
        let problem = check_files(Lang::De, &files).unwrap_err();
        assert!(problem.contains("contract.pdf") && problem.contains("Inhalt"), "{problem}");
        let mut big = file("big.pdf", b"");
        big.too_large = true;
        assert!(check_files(Lang::En, std::slice::from_ref(&big)).unwrap_err().contains("big.pdf"));
        assert!(check_files(Lang::Fi, &[big]).unwrap_err().contains("20 Mt"));
    }
}
