//! The mailer against a real SMTP server (aiosmtpd, see `smtp.rs`) and on files.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use clap::Parser;
use crossclaim::cli::Cli;
use crossclaim::mail::{MailSettings, Mailer, OutgoingMail, read_sent, sent_files};

use crate::smtp::SmtpServer;

/// Long enough to be folded over several encoded-words, and far from ASCII.
const SUBJECT: &str = "Müller GmbH — Zahlung eingegangen: 1.250,50 € für Rechnung RE-2024-0042 (Lieferung März)";
const TEXT: &str = concat!(
    "Guten Tag,\n\nMüller GmbH — Zahlung über 1.250,50 € ist eingegangen.\n",
    "Eine sehr lange Zeile, die länger ist als die 78 Zeichen, die eine Zeile einer E-Mail haben sollte, ",
    "damit sie umbrochen werden muss.\n\nGrüße\n",
);

/// The settings as the command line gives them.
fn settings(args: &[&str]) -> MailSettings {
    Cli::try_parse_from(std::iter::once("crossclaim").chain(args.iter().copied()))
        .expect("settings parse")
        .settings
        .mail
}

fn mail(id: &str, to: &str) -> OutgoingMail {
    OutgoingMail { id: id.into(), to: to.into(), subject: SUBJECT.into(), text: TEXT.into() }
}

/// A folder that exists for one test.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("crossclaim_mail_{}", ulid::Ulid::new()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn a_message_reaches_the_smtp_server_intact() {
    let server = SmtpServer::start().await;
    let data = TempDir::new();
    let settings = settings(&["--smtp-url", &server.url()]);
    assert_eq!(settings.mail_from, "CrossClaim <noreply@crossclaim.localhost>");
    let mailer = Mailer::from_settings(&settings, &data.0).expect("the mailer");
    assert!(matches!(mailer, Mailer::Smtp(_)));

    mailer.send(&mail("01JMAIL0001", "Anna Berg <anna.berg@example.com>"), &settings.mail_from).await.expect("sent");

    let received = server.wait_for(|m| m.envelope_to == ["anna.berg@example.com"], Duration::from_secs(10)).await;
    assert_eq!(received.envelope_from, "noreply@crossclaim.localhost");
    assert_eq!(received.to, "Anna Berg <anna.berg@example.com>");
    assert_eq!(received.from, "CrossClaim <noreply@crossclaim.localhost>");
    assert_eq!(received.subject, SUBJECT);
    // lettre ends the DATA with CRLF.CRLF after the message's own last line end, so the text
    // arrives with one blank line more at its end
    assert_eq!(received.body.replace("\r\n", "\n").trim_end(), TEXT.trim_end());
    assert_eq!(received.message_id, "<01JMAIL0001@crossclaim>");
    assert!(received.raw.is_ascii(), "the message goes as 7-bit ASCII, non-ASCII encoded:\n{}", received.raw);
    assert!(received.raw.lines().all(|l| l.len() <= 998), "no line longer than RFC 5322 allows");
    assert!(received.raw.contains("\r\nDate: ") || received.raw.starts_with("Date: "), "{}", received.raw);
    // nothing is written to files when SMTP is set
    assert!(!data.0.join("mail").exists());
}

#[tokio::test]
async fn a_server_that_is_down_is_a_transient_error() {
    let mut server = SmtpServer::start().await;
    let url = server.url();
    server.stop();
    let mailer = Mailer::from_settings(&settings(&["--smtp-url", &url]), &TempDir::new().0).unwrap();

    let error = mailer.send(&mail("01JMAIL0002", "anna@example.com"), "noreply@example.com").await.unwrap_err();
    assert!(!error.permanent, "a refused connection is worth a retry: {error}");
}

#[tokio::test]
async fn refusals_for_good_are_permanent_and_refusals_for_now_are_not() {
    let server = SmtpServer::start().await;
    let mailer = Mailer::from_settings(&settings(&["--smtp-url", &server.url()]), &TempDir::new().0).unwrap();
    let from = "noreply@example.com";

    let error = mailer.send(&mail("01JMAIL0003", "nobody@reject.example"), from).await.unwrap_err();
    assert!(error.permanent, "550 is final: {error}");
    assert!(error.message.contains("550"), "{error}");

    let error = mailer.send(&mail("01JMAIL0004", "someone@busy.example"), from).await.unwrap_err();
    assert!(!error.permanent, "451 is worth a retry: {error}");

    let error = mailer.send(&mail("01JMAIL0005", "not an address"), from).await.unwrap_err();
    assert!(error.permanent, "{error}");

    // the server is still there and took nothing
    mailer.send(&mail("01JMAIL0006", "anna@example.com"), from).await.expect("sent");
    let received = server.wait_for(|m| m.envelope_to == ["anna@example.com"], Duration::from_secs(10)).await;
    assert_eq!(received.message_id, "<01JMAIL0006@crossclaim>");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn without_smtp_mail_is_written_to_files_and_listed() {
    let data = TempDir::new();
    let settings = settings(&["--mail-from", "Portal <portal@example.com>"]);
    let mailer = Mailer::from_settings(&settings, &data.0).expect("the mailer");
    let dir = data.0.join("mail");
    assert!(matches!(&mailer, Mailer::Files(d) if *d == dir));
    assert!(sent_files(&dir, 10).unwrap().is_empty());

    let first = OutgoingMail { subject: "First".into(), ..mail("mail-1", "anna@example.com") };
    let second = mail("mail-2", "Bodo Müller <bodo@example.com>");
    mailer.send(&first, &settings.mail_from).await.expect("written");
    mailer.send(&second, &settings.mail_from).await.expect("written");
    // the second is the newer one, whatever the clock's resolution
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options().write(true).open(dir.join("mail-1.eml")).unwrap().set_modified(hour_ago).unwrap();

    let listed = sent_files(&dir, 10).unwrap();
    let files: Vec<_> = listed.iter().map(|m| m.file.as_str()).collect();
    assert_eq!(files, ["mail-2.eml", "mail-1.eml"]);
    assert_eq!(listed[0].subject, SUBJECT, "the subject is decoded");
    assert_eq!(listed[0].to, "Bodo Müller <bodo@example.com>");
    assert_eq!(listed[1].subject, "First");
    assert!(listed[0].date.ends_with("+0000") && listed[0].date.len() > 20, "{}", listed[0].date);
    assert_eq!(listed[0].size, std::fs::metadata(dir.join("mail-2.eml")).unwrap().len());
    assert_eq!(sent_files(&dir, 1).unwrap().len(), 1);

    let raw = read_sent(&dir, "mail-2.eml").unwrap().expect("the message");
    assert!(raw.contains("Message-ID: <mail-2@crossclaim>\r\n"), "{raw}");
    assert!(raw.contains("From: Portal <portal@example.com>\r\n"), "{raw}");
    assert_eq!(read_sent(&dir, "../mail/mail-2.eml").unwrap(), None);

    // sending again (a retry after a crash) replaces the file: still one per message
    mailer.send(&second, &settings.mail_from).await.expect("written again");
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "no second copy and no temporary files left: {names:?}");
    assert_eq!(sent_files(&dir, 10).unwrap()[0].file, "mail-2.eml");
}
