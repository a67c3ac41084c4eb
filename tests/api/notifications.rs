//! E-mails to the creditor about their cases: an information request, a payment, a payout and
//! the case's end reach a real SMTP server (aiosmtpd, see `smtp.rs`), or `.eml` files under
//! `DATA_DIR/mail` without `SMTP_URL`; each kind can be turned off.

// Amounts are written in cents with the cents apart: 1200_00 is EUR 1200.00.
#![allow(clippy::inconsistent_digit_grouping)]

use std::time::Duration;

use crossclaim::db::creditors::{self, Notifications};
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX, eur, payment, reference_of, typed_event};
use crate::helpers::{TestApp, claim_body, id_of, spawn_app_with};
use crate::live_support::{Partner, earlier, event};
use crate::processes::wait_for;
use crate::smtp::SmtpServer;

const CREDITOR: &str = "ap@nordictools.example";
const DEBTOR: &str = "Muster Handel GmbH";

/// A portal whose dispatcher sends e-mail (over SMTP when `smtp_url` is given) and hands
/// cases to the embedded sandbox; a creditor with a claim that was handed over.
async fn portal(smtp_url: Option<&str>) -> (TestApp, String, String, Partner, String) {
    let mut args = WITH_SANDBOX.to_vec();
    if let Some(url) = smtp_url {
        args.extend(["--smtp-url", url]);
    }
    let app = spawn_app_with(&args).await;
    let key = app.api_creditor(CREDITOR).await;
    let claim = app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    let id = id_of(&claim);
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    let claim = app.wait_status(&key, &id, "received").await;
    let reference = reference_of(&claim);
    (app, key, id, partner, reference)
}

fn request(id: &str, reference: &str, text: &str) -> Value {
    typed_event(id, reference, "message", json!({"message": text, "requires_answer": true, "answer_by": "2031-02-01"}))
}

async fn mails_in_outbox(app: &TestApp, id: &str) -> usize {
    app.deliveries_of(id).await.iter().filter(|d| d.kind == "mail").count()
}

#[tokio::test]
async fn a_creditor_reads_its_mail_in_the_account_s_language() {
    let smtp = SmtpServer::start().await;
    let (app, _key, id, partner, reference) = portal(Some(&smtp.url())).await;
    let creditor = app
        .state
        .db
        .run(|c| crossclaim::db::users::find_by_email(c, CREDITOR))
        .await
        .unwrap()
        .expect("the creditor's user")
        .creditor_id;
    app.state
        .db
        .run(move |c| crossclaim::db::creditors::set_preferences(c, &creditor, Some("de"), None))
        .await
        .unwrap();
    app.event_ok(&partner, "wh-pay-de", &payment(&id, &reference, "pay-de", 1250_50)).await;
    let wait = Duration::from_secs(20);
    let paid = smtp.wait_for(|m| m.subject.contains("gezahlt"), wait).await;
    assert_eq!(paid.subject, format!("{DEBTOR} hat 1.250,50\u{a0}€ gezahlt"));
    assert!(paid.body.starts_with("Guten Tag,"), "{}", paid.body);
    assert!(
        paid.body.contains("Der Inkassopartner hat 1.250,50\u{a0}€ von Muster Handel GmbH eingezogen."),
        "{}",
        paid.body
    );
    assert!(paid.body.contains(&format!("Fallnummer: {id}")), "{}", paid.body);
}

#[tokio::test]
async fn requests_payments_payouts_and_the_end_of_a_case_are_mailed_to_the_creditor() {
    let smtp = SmtpServer::start().await;
    let (app, key, id, partner, reference) = portal(Some(&smtp.url())).await;
    let wait = Duration::from_secs(20);

    app.event_ok(&partner, "wh-ask", &request(&id, &reference, "Please send the signed delivery note")).await;
    let asked = smtp.wait_for(|m| m.subject.contains("Information needed"), wait).await;
    assert_eq!(asked.envelope_to, [CREDITOR]);
    assert!(asked.subject.contains(DEBTOR), "{asked:?}");
    assert!(asked.body.contains("> Please send the signed delivery note"), "{}", asked.body);
    assert!(asked.body.contains(&id), "the case number: {}", asked.body);

    app.event_ok(&partner, "wh-pay", &payment(&id, &reference, "pay-1", 100_00)).await;
    let paid = smtp.wait_for(|m| m.subject.contains("paid 100.00\u{a0}EUR"), wait).await;
    assert_eq!(paid.envelope_to, [CREDITOR]);
    assert!(paid.subject.contains(DEBTOR) && paid.body.contains(DEBTOR), "{paid:?}");

    let payout = typed_event(
        &id,
        &reference,
        "payout",
        json!({"payout": {"id": "po-1", "amount": eur(80_00), "paid_on": chrono::Utc::now().date_naive().to_string(),
                          "commission": eur(15_00), "costs": eur(5_00)}}),
    );
    app.event_ok(&partner, "wh-payout", &payout).await;
    let paid_out = smtp.wait_for(|m| m.subject.contains("80.00\u{a0}EUR paid out"), wait).await;
    assert!(paid_out.subject.contains(DEBTOR), "{paid_out:?}");
    assert!(paid_out.body.contains("20.00\u{a0}EUR"), "commission and costs: {}", paid_out.body);

    // a v1 partner closes the case with its running total: the e-mail tells the whole amount
    let mut closed = event(&id, "paid", earlier(0));
    closed["partner_reference"] = json!(reference);
    closed["collected"] = eur(1200_00);
    app.event_ok(&partner, "wh-closed", &closed).await;
    let end = smtp.wait_for(|m| m.subject.starts_with("Case closed"), wait).await;
    assert!(end.subject.contains(DEBTOR), "{end:?}");
    assert!(end.body.contains("1,200.00\u{a0}EUR was collected"), "{}", end.body);
    assert_eq!(app.claim(&key, &id).await["collected"], eur(1200_00));
    // the rise of the running total is money collected too
    smtp.wait_for(|m| m.subject.contains("paid 1,100.00\u{a0}EUR"), wait).await;

    // one e-mail each: nothing was sent twice
    let received = smtp.received();
    assert_eq!(received.len(), 5, "{:?}", received.iter().map(|m| &m.subject).collect::<Vec<_>>());
    assert_eq!(mails_in_outbox(&app, &id).await, 5);
}

#[tokio::test]
async fn a_kind_of_e_mail_turned_off_is_not_sent() {
    let smtp = SmtpServer::start().await;
    let (app, key, id, partner, reference) = portal(Some(&smtp.url())).await;
    let hash = crossclaim::credentials::hash_api_key(&key);
    let creditor = app.state.db.run(move |c| creditors::creditor_for_key(c, &hash)).await.unwrap().unwrap();
    let off = Notifications { notify_requests: true, notify_money: false, notify_closed: true };
    let who = creditor.clone();
    app.state.db.run(move |c| creditors::set_notifications(c, &who, off)).await.unwrap();

    app.event_ok(&partner, "wh-pay", &payment(&id, &reference, "pay-1", 100_00)).await;
    assert_eq!(mails_in_outbox(&app, &id).await, 0, "no e-mail about money is even queued");
    // requests still are; once that one has arrived, no e-mail about the payment came before it
    app.event_ok(&partner, "wh-ask", &request(&id, &reference, "Which bank account did you give the debtor?")).await;
    smtp.wait_for(|m| m.subject.contains("Information needed"), Duration::from_secs(20)).await;
    app.wait_delivery(&id, "mail", "done").await;
    let subjects: Vec<String> = smtp.received().into_iter().map(|m| m.subject).collect();
    assert_eq!(subjects.len(), 1, "{subjects:?}");

    // turned on again, the next payment is mailed
    let on = Notifications { notify_requests: true, notify_money: true, notify_closed: true };
    app.state.db.run(move |c| creditors::set_notifications(c, &creditor, on)).await.unwrap();
    app.event_ok(&partner, "wh-pay-2", &payment(&id, &reference, "pay-2", 25_00)).await;
    smtp.wait_for(|m| m.subject.contains("paid 25.00\u{a0}EUR"), Duration::from_secs(20)).await;
    assert!(smtp.received().iter().all(|m| !m.subject.contains("100.00")));
}

#[tokio::test]
async fn without_smtp_the_e_mail_is_written_to_the_data_folder() {
    let (app, _key, id, partner, reference) = portal(None).await;
    app.event_ok(&partner, "wh-ask", &request(&id, &reference, "Please confirm the delivery address")).await;
    let dir = app.settings.data_dir.join("mail");
    let sent = wait_for("an .eml file", PATIENCE, || async {
        crossclaim::mail::sent_files(&dir, 10).ok().and_then(|files| files.into_iter().next())
    })
    .await;
    assert!(sent.file.ends_with(".eml"));
    assert!(sent.to.contains(CREDITOR), "{sent:?}");
    assert!(sent.subject.contains(DEBTOR), "{sent:?}");
    let text = crossclaim::mail::read_sent(&dir, &sent.file).unwrap().unwrap();
    assert!(text.contains("Please confirm the delivery address"), "{text}");
    app.wait_delivery(&id, "mail", "done").await;
}
