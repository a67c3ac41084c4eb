//! The creditor's claims: list, the claim form, one claim's page.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::claim::{ClaimInput, DebtorResponse, InvoiceInput, MAX_INVOICES};
use crate::domain::partner::PartnerKind;
use crate::domain::status::CaseStatus;
use crate::domain::validation::FieldErrors;
use crate::i18n::{Arg, Lang, countries, t, t_args};
use crate::intake::{self, IntakeError};
use crate::state::AppState;
use crate::web::api::claims::{ListQuery, filter_of, page};
use crate::web::error::{ApiError, PageError, render, render_with};
use crate::web::forms::{FormData, claim_input_in, localise, merged};
use crate::web::pages::quotes::{QuoteView, preview};
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};
use crate::web::views::{ClaimView, status_key};

const PAGE_SIZE: i64 = 25;

#[derive(Template)]
#[template(path = "claims/list.html")]
struct ListPage {
    layout: Layout,
    claims: Vec<ClaimView>,
    next_cursor: Option<String>,
    status: String,
    country: String,
    /// The search as typed (part of a debtor's name or an invoice number).
    q: String,
    /// The totals of every claim that matches the filters and the search.
    totals: crate::domain::totals::Totals,
    filtered: bool,
    filter_error: Option<String>,
    statuses: Vec<(&'static str, String)>,
    countries: Vec<(&'static str, String)>,
    /// The newest event of the creditor's claims when the page was made: the live stream
    /// starts after it.
    stream_after: i64,
    /// The phone calls of the reminder flows that are due (today or before, not yet made).
    calls: Vec<super::reminders::CallTaskView>,
    reasons: Vec<(&'static str, String)>,
    no_errors: FieldErrors,
}

impl ListPage {
    fn is_status(&self, value: &str) -> bool {
        self.status == value
    }

    fn is_country(&self, code: &str) -> bool {
        self.country == code
    }

    /// The next page's link, keeping the filters and the search.
    fn next_href(&self, cursor: &str) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.append_pair("status", &self.status).append_pair("country", &self.country);
        if !self.q.is_empty() {
            query.append_pair("q", &self.q);
        }
        query.append_pair("cursor", cursor);
        // percent-encoded, so `&` is the one character an attribute needs escaped
        format!("/claims?{}", query.finish()).replace('&', "&amp;")
    }
}

#[derive(Deserialize)]
pub struct ListParams {
    status: Option<String>,
    country: Option<String>,
    q: Option<String>,
    cursor: Option<String>,
}

#[get("/claims")]
pub async fn list(
    state: web::Data<AppState>,
    user: SignedIn,
    query: web::Query<ListParams>,
) -> Result<HttpResponse, PageError> {
    let params = query.into_inner();
    let typed = params.q.clone().unwrap_or_default();
    let query = ListQuery::new(params.status.clone(), params.country.clone(), params.q, params.cursor);
    let (filter, filter_error) = match filter_of(&query, PAGE_SIZE) {
        Ok(filter) => (filter, None),
        Err(("q", _)) => (
            crate::db::claims::ClaimFilter { limit: PAGE_SIZE, ..Default::default() },
            Some(user.visitor.layout.tr.count("lists-search-too-long", &crate::web::api::claims::MAX_SEARCH)),
        ),
        Err((field, message)) => (crate::db::claims::ClaimFilter { limit: PAGE_SIZE, ..Default::default() }, {
            tracing::debug!(field, message, "claims list filter refused");
            Some(user.visitor.layout.t("claims-filter-invalid"))
        }),
    };
    let (status, country) = (filter.status.clone().unwrap_or_default(), filter.country.clone().unwrap_or_default());
    let searched = filter.search.is_some();
    let totals = crate::web::api::claims::totals(&state, &user.creditor_id, &filter).await.map_err(PageError::from)?;
    let creditor = user.creditor_id.clone();
    let stream_after = state.db.run(move |c| crate::db::events::stream_start(c, &creditor)).await?;
    let lang = user.visitor.layout.tr.lang;
    let (claims, next_cursor) = page(&state, &user.creditor_id, filter).await.map_err(PageError::from)?;
    let calls = super::reminders::call_tasks(&state, &user.visitor.layout, &user.creditor_id).await?;
    render(&ListPage {
        calls,
        reasons: super::reminders::reasons(lang),
        no_errors: FieldErrors::new(),
        layout: user.visitor.layout,
        claims,
        next_cursor,
        filtered: !status.is_empty() || !country.is_empty() || searched,
        status,
        country,
        q: typed.trim().to_string(),
        totals,
        filter_error,
        statuses: CaseStatus::ALL.iter().map(|s| (s.as_str(), t(lang, status_key(s.as_str())))).collect(),
        countries: countries::country_options(lang),
        stream_after,
    })
}

#[derive(Template)]
#[template(path = "claims/new.html")]
struct NewPage {
    layout: Layout,
    input: ClaimInput,
    invoice_rows: Vec<InvoiceInput>,
    reminder_rows: Vec<String>,
    errors: FieldErrors,
    countries: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, String)>,
    currencies: Vec<&'static str>,
    responses: Vec<(&'static str, String)>,
    /// What the claim would cost, and what may be claimed from the debtor, as entered so far.
    quote: Option<QuoteView>,
    /// Files were chosen but the form is shown again: a browser does not keep them.
    choose_files_again: bool,
    /// The partners the creditor may choose instead of the recommendation, grouped: the
    /// eligible ones in routing's order once a quote is shown, else every partner by country.
    partner_groups: Vec<(String, Vec<(String, String)>)>,
    /// An invoice of the claim was filed before against the same debtor: the form asks
    /// whether to file it anyway.
    duplicate: Option<DuplicateNotice>,
    /// The creditor's reminder flows `(id, name)`, for "start with reminders".
    flows: Vec<(String, String)>,
}

/// What the claim form says when an invoice was filed before against the same debtor.
struct DuplicateNotice {
    existing_claim_id: String,
    /// "Invoice INV-1001 was already filed against this debtor on 2026-11-20 …"
    text: String,
}

impl DuplicateNotice {
    fn of(layout: &Layout, duplicate: &crate::db::claims::Duplicate) -> Self {
        use crate::i18n::{Arg, t_args};
        let filed_on = crate::db::from_micros(duplicate.existing_created_at).date_naive().to_string();
        let text = t_args(
            layout.tr.lang,
            "lists-duplicate-text",
            &[("number", Arg::from(duplicate.number.as_str())), ("date", Arg::from(filed_on))],
        );
        Self { existing_claim_id: duplicate.existing_claim_id.clone(), text }
    }
}

/// A language's English name from its ISO 639-1 code; an unknown code is shown as it is.
pub fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map_or_else(|| code.to_string(), |(_, name)| name.to_string())
}

const LANGUAGES: [(&str, &str); 26] = [
    ("bg", "Bulgarian"),
    ("hr", "Croatian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("nl", "Dutch"),
    ("en", "English"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("de", "German"),
    ("el", "Greek"),
    ("hu", "Hungarian"),
    ("is", "Icelandic"),
    ("ga", "Irish"),
    ("it", "Italian"),
    ("lv", "Latvian"),
    ("lt", "Lithuanian"),
    ("mt", "Maltese"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("es", "Spanish"),
    ("sv", "Swedish"),
];

pub(crate) const CURRENCIES: [&str; 14] =
    ["EUR", "SEK", "DKK", "NOK", "ISK", "CHF", "GBP", "PLN", "CZK", "HUF", "RON", "BGN", "USD", "JPY"];

impl NewPage {
    fn new(
        state: &AppState,
        layout: Layout,
        input: ClaimInput,
        errors: FieldErrors,
        extra_invoice_row: bool,
        quote: Option<QuoteView>,
    ) -> Self {
        let mut invoice_rows = input.invoices.clone();
        let default_currency = invoice_rows
            .last()
            .map(|i| i.amount.currency.clone())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "EUR".into());
        let wanted = (invoice_rows.len() + usize::from(extra_invoice_row)).clamp(1, MAX_INVOICES);
        while invoice_rows.len() < wanted {
            let mut row = InvoiceInput::default();
            row.amount.currency = default_currency.clone();
            invoice_rows.push(row);
        }
        let lang = layout.tr.lang;
        let partner_groups = partner_groups(state, lang, quote.as_ref(), input.partner_id.as_deref());
        let mut reminder_rows = input.history.reminders_sent.clone();
        while reminder_rows.len() < 2 {
            reminder_rows.push(String::new());
        }
        Self {
            layout,
            input,
            invoice_rows,
            reminder_rows,
            errors: localise(lang, errors),
            countries: countries::country_options(lang),
            languages: countries::language_options(lang),
            currencies: CURRENCIES.to_vec(),
            responses: DebtorResponse::ALL.iter().map(|r| (r.as_str(), t(lang, response_key(*r)))).collect(),
            partner_groups,
            quote,
            choose_files_again: false,
            duplicate: None,
            flows: Vec::new(),
        }
    }

    fn with_flows(mut self, flows: &[(String, String)]) -> Self {
        self.flows = flows.to_vec();
        self
    }

    /// The claim starts with reminders (else it goes straight to a partner, the default).
    fn starts_with_reminders(&self) -> bool {
        self.input.start.as_deref().map(str::trim) == Some("reminders")
    }

    fn is_flow(&self, id: &str) -> bool {
        self.input.flow.as_deref().map(str::trim) == Some(id)
    }

    /// The debtor's language is one reminders are not written in: they would be in English.
    fn reminders_in_english(&self) -> Option<String> {
        let code = self.input.debtor.language.as_deref().map(str::trim).filter(|c| !c.is_empty())?;
        (!crate::mail::letters::speaks(code)).then(|| {
            let name = self.languages.iter().find(|(c, _)| c.eq_ignore_ascii_case(code)).map_or(code, |(_, n)| n);
            t_args(self.layout.tr.lang, "flows-form-english", &[("language", Arg::from(name))])
        })
    }

    fn is_partner(&self, id: &str) -> bool {
        self.input.partner_id.as_deref().map(str::trim) == Some(id)
    }

    fn with_files(mut self, chosen: bool) -> Self {
        self.choose_files_again = chosen;
        self
    }

    fn address_line(&self, i: usize) -> &str {
        self.input.debtor.address.lines.get(i).map_or("", String::as_str)
    }

    fn is_country(&self, code: &str) -> bool {
        self.input.debtor.country.trim().eq_ignore_ascii_case(code)
    }

    /// A country sent that the list does not offer (shown as sent, with its error).
    fn other_country(&self) -> Option<&str> {
        let sent = self.input.debtor.country.trim();
        (!sent.is_empty() && !self.countries.iter().any(|(code, _)| code.eq_ignore_ascii_case(sent))).then_some(sent)
    }

    fn amount_attrs(&self) -> String {
        format!("inputmode=\"decimal\" placeholder=\"{}\"", self.layout.t("claims-amount-placeholder"))
    }

    fn is_language(&self, code: &str) -> bool {
        self.input.debtor.language.as_deref() == Some(code)
    }

    fn is_response(&self, value: &str) -> bool {
        self.input.history.debtor_response.as_deref().unwrap_or("ignores") == value
    }

    fn invoice_name(&self, i: &usize, field: &str) -> String {
        format!("invoices[{i}].{field}")
    }

    fn invoice_error(&self, i: &usize, field: &str) -> Option<&str> {
        self.errors.get(&self.invoice_name(i, field))
    }

    fn reminder_name(&self, i: &usize) -> String {
        format!("history.reminders_sent[{i}]")
    }

    fn reminder_label(&self, i: &usize) -> String {
        match i {
            0 => self.layout.t("claims-new-reminder-first"),
            1 => self.layout.t("claims-new-reminder-second"),
            n => t_args(self.layout.tr.lang, "claims-new-reminder-n", &[("n", Arg::from(n + 1))]),
        }
    }

    fn reminder_error(&self, i: &usize) -> Option<&str> {
        self.errors.get(&self.reminder_name(i))
    }
}

/// The message key of a partner kind as a quote writes it (`law_firm`, `collection_agency`).
pub fn kind_key(kind: &str) -> &'static str {
    if kind == "law_firm" { "claims-kind-law-firm" } else { "claims-kind-agency" }
}

fn registry_kind_key(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::LawFirm => "claims-kind-law-firm",
        PartnerKind::CollectionAgency => "claims-kind-agency",
    }
}

/// The message key of the debtor's answer so far.
pub fn response_key(response: DebtorResponse) -> &'static str {
    match response {
        DebtorResponse::Ignores => "claims-response-ignores",
        DebtorResponse::Forgot => "claims-response-forgot",
        DebtorResponse::CannotPay => "claims-response-cannot-pay",
        DebtorResponse::Refuses => "claims-response-refuses",
        DebtorResponse::Disputes => "claims-response-disputes",
    }
}

/// The choice of partner on the claim form: with a quote, its partners in routing's order
/// with their fee; without one, every partner under the countries it is licensed in.
fn partner_groups(
    state: &AppState,
    lang: Lang,
    quote: Option<&QuoteView>,
    chosen: Option<&str>,
) -> Vec<(String, Vec<(String, String)>)> {
    if let Some(q) = quote {
        let mut offers = vec![(&q.partner, &q.cost)];
        offers.extend(q.alternatives.iter().map(|o| (&o.partner, &o.cost)));
        let recommended = q.recommendation.as_ref().map_or(q.partner.id.as_str(), |r| r.partner_id.as_str());
        let choices: Vec<(String, String)> = offers
            .into_iter()
            .map(|(p, cost)| {
                let key =
                    if p.id == recommended { "claims-partner-choice-recommended" } else { "claims-partner-choice" };
                let cost = cost.if_collected.localised(lang);
                let args = [
                    ("name", Arg::from(p.name.as_str())),
                    ("kind", Arg::from(t(lang, kind_key(&p.kind)))),
                    ("cost", Arg::from(cost)),
                ];
                (p.id.clone(), t_args(lang, key, &args))
            })
            .collect();
        let country = countries::country_name(lang, &q.country.code);
        let mut groups = vec![(t_args(lang, "claims-partners-in", &[("country", Arg::from(country))]), choices)];
        // a choice that cannot take the claim stays shown (with its error) until changed
        if let Some(p) = chosen.map(str::trim).and_then(|id| state.registry.get(id)) {
            if groups[0].1.iter().all(|(id, _)| id != p.id.as_str()) {
                let label = format!("{} ({})", p.name, t(lang, registry_kind_key(p.kind)));
                groups.push((t(lang, "claims-partner-unfit"), vec![(p.id.to_string(), label)]));
            }
        }
        return groups;
    }
    state
        .registry
        .by_country()
        .into_iter()
        .filter_map(|(code, partners)| {
            let country = crate::domain::country::Country::parse(code).ok()?;
            let choices = partners
                .iter()
                .filter(|p| p.licence_for(country).is_some())
                .map(|p| (p.id.to_string(), format!("{} ({})", p.name, t(lang, registry_kind_key(p.kind)))))
                .collect::<Vec<_>>();
            (!choices.is_empty()).then(|| (countries::country_name(lang, country.code()), choices))
        })
        .collect()
}

#[get("/claims/new")]
pub async fn new_form(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    let flows = super::reminders::flow_options(&state, &user.creditor_id).await?;
    render(
        &NewPage::new(&state, user.visitor.layout, ClaimInput::default(), FieldErrors::new(), false, None)
            .with_flows(&flows),
    )
}

/// The form field of the documents filed with the claim.
const DOCUMENTS_FIELD: &str = "documents";

#[post("/claims/new")]
pub async fn create(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let layout = user.visitor.layout.clone();
    let lang = layout.tr.lang;
    let (mut input, mut read, unread) = claim_input_in(lang, &form);
    // "File it anyway", after the form said that an invoice was filed before
    input.allow_duplicate = form.get("allow_duplicate") == "true";
    read.allow_duplicate = input.allow_duplicate;
    // the flow is only asked for with reminders first
    if read.start.as_deref().map(str::trim) != Some("reminders") {
        read.flow = None;
    }
    let files = form.files(DOCUMENTS_FIELD);
    let chosen = !files.is_empty();
    let flows = super::reminders::flow_options(&state, &user.creditor_id).await?;
    match form.get("action") {
        "add_invoice" => {
            let quote = preview(&state, lang, &form).ok();
            return render(
                &NewPage::new(&state, layout, input, FieldErrors::new(), true, quote)
                    .with_files(chosen)
                    .with_flows(&flows),
            );
        }
        // The quote of the claim as entered so far; problems with its fields show next to them.
        "preview" => {
            return match preview(&state, lang, &form) {
                Ok(quote) => render(
                    &NewPage::new(&state, layout, input, FieldErrors::new(), false, Some(quote))
                        .with_files(chosen)
                        .with_flows(&flows),
                ),
                Err(errors) => render_with(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &NewPage::new(&state, layout, input, errors, false, None).with_files(chosen).with_flows(&flows),
                ),
            };
        }
        _ => {}
    }
    // The documents are checked before the claim is filed: a file that would be refused
    // leaves nothing filed.
    if let Err(problem) = super::case::check_files(lang, &files) {
        let errors = merged(unread, FieldErrors::single(DOCUMENTS_FIELD, problem));
        let quote = preview(&state, lang, &form).ok();
        let page = NewPage::new(&state, layout, input, errors, false, quote).with_files(chosen).with_flows(&flows);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    // An amount that could not be read is empty in `read`: filing refuses it, and the page
    // says why it could not be read.
    match intake::file_claim(&state, &user.creditor_id, &read, None, Some(&user.user.id)).await {
        Ok(filed) => {
            // Known limitation: filing and adding the documents are separate steps, so if the
            // process stops in between the claim exists without (some of) its documents; the
            // creditor sees that on the claim's page and can add them there.
            let mut not_added = Vec::new();
            for f in files {
                let name = f.name.clone();
                let added = crate::cases::documents::add_from_creditor(
                    &state,
                    &user.creditor_id,
                    &filed.claim_id,
                    &f.name,
                    f.content_type.as_deref(),
                    f.bytes,
                    Some(&user.user.id),
                )
                .await;
                if let Err(e) = added {
                    tracing::warn!(claim = %filed.claim_id, error = %e, "a document filed with the claim was not added");
                    not_added.push(format!("\"{name}\""));
                }
            }
            let mut message = t(lang, "claims-filed");
            if !not_added.is_empty() {
                message.push(' ');
                let names = Arg::from(not_added.join(", "));
                message.push_str(&t_args(lang, "claims-filed-documents-missing", &[("names", names)]));
            }
            user.visitor.flash(message);
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/claims/{}", filed.claim_id)))
                .finish())
        }
        Err(IntakeError::Invalid(errors)) => {
            let quote = preview(&state, lang, &form).ok();
            let page = NewPage::new(&state, layout, input, merged(unread, errors), false, quote)
                .with_files(chosen)
                .with_flows(&flows);
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(IntakeError::NoCoverage(e)) => {
            let mut coverage = FieldErrors::new();
            coverage.add_explained("debtor.country", &e);
            let errors = merged(unread, coverage);
            let page = NewPage::new(&state, layout, input, errors, false, None).with_files(chosen).with_flows(&flows);
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(IntakeError::Duplicate(duplicate)) => {
            let quote = preview(&state, lang, &form).ok();
            let notice = DuplicateNotice::of(&layout, &duplicate);
            let mut page = NewPage::new(&state, layout, input, FieldErrors::new(), false, quote)
                .with_files(chosen)
                .with_flows(&flows);
            page.duplicate = Some(notice);
            render_with(StatusCode::CONFLICT, &page)
        }
        Err(IntakeError::KeyReused) => Err(PageError::Internal(anyhow::anyhow!("the form sends no idempotency key"))),
        Err(IntakeError::Db(e)) => Err(e.into()),
    }
}

#[post("/claims/{id}/withdraw")]
pub async fn withdraw(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    match crate::web::api::claims::withdraw_claim(&state, &user.creditor_id, &id, Some(&user.user.id)).await {
        Ok(()) => user.visitor.flash(user.visitor.layout.t("claims-withdrawn")),
        Err(ApiError::Conflict(message)) => {
            let reason = [("reason", Arg::from(message))];
            user.visitor.flash(t_args(user.visitor.layout.tr.lang, "claims-withdraw-refused", &reason))
        }
        Err(e) => return Err(PageError::from(e)),
    }
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/claims/{id}"))).finish())
}

/// The case page: what the partner asks, the thread, the money and the documents (see
/// [`super::case`], where its forms are handled).
#[get("/claims/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    query: web::Query<ThreadQuery>,
) -> Result<HttpResponse, PageError> {
    let sent = super::case::Sent { before: query.before(), ..Default::default() };
    super::case::case_page(&state, user, &id, sent, StatusCode::OK).await
}

/// `?before=<seq>` on a case page: show the thread's entries before that one.
#[derive(Deserialize)]
pub struct ThreadQuery {
    before: Option<String>,
}

impl ThreadQuery {
    /// The entry named, if the parameter is a number; anything else shows the newest entries
    /// (a link from an old page, not something typed: no error to show).
    pub fn before(&self) -> Option<i64> {
        self.before.as_deref().and_then(|b| b.trim().parse().ok())
    }
}
