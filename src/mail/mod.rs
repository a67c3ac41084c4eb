//! E-mail to creditors: the texts (`render`), and the transport that sends them: an SMTP
//! server when `SMTP_URL` is set, otherwise `.eml` files under `DATA_DIR/mail/` that the
//! operator can read (`sent`). The outbox decides when to send and retries; this module sends
//! one message and says whether trying again could help.

pub mod account;
pub mod letters;
pub mod render;
pub mod sent;

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

pub use sent::{SentMail, read_sent, sent_files};

/// Where e-mail goes.
#[derive(Clone, clap::Args)]
pub struct MailSettings {
    /// SMTP server to send e-mail through: `smtp://host:25` (plain, for a local relay),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtps://user:password@host:465`;
    /// a path (`smtp://host/mail.example.com`) is the name the portal greets the server with
    /// [default: none, e-mail is written to DATA_DIR/mail/ as .eml files].
    #[arg(long, env = "SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<String>,

    /// Sender of the portal's e-mail.
    #[arg(long, env = "MAIL_FROM", default_value = "CrossClaim <noreply@crossclaim.localhost>", global = true)]
    pub mail_from: String,
}

/// The password in `SMTP_URL` stays out of logs.
impl fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.smtp_url.as_deref().map(redacted_url);
        f.debug_struct("MailSettings").field("smtp_url", &url).field("mail_from", &self.mail_from).finish()
    }
}

fn redacted_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("redacted"));
            parsed.to_string()
        }
        Ok(_) => url.to_string(),
        Err(_) => "(not a URL)".to_string(),
    }
}

/// One message to one recipient, plain UTF-8 text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// Stable across retries (`[A-Za-z0-9_-]`, e.g. the outbox row's id): the message's
    /// `Message-ID` is `<id@crossclaim>`, so a resend after a crash is recognisable, and the
    /// file is `<id>.eml`.
    pub id: String,
    /// An address, optionally with a name: `Anna Berg <anna@example.com>`.
    pub to: String,
    pub subject: String,
    pub text: String,
}

/// A message that was not sent. `permanent` means that sending it again cannot succeed (an
/// address that is not one, a recipient the server refuses for good); anything else (the
/// server unreachable or busy, a full disk) is worth a retry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct MailError {
    pub message: String,
    pub permanent: bool,
}

impl MailError {
    fn permanent(message: impl Into<String>) -> Self {
        Self { message: message.into(), permanent: true }
    }

    fn transient(message: impl Into<String>) -> Self {
        Self { message: message.into(), permanent: false }
    }
}

/// How long one SMTP conversation may wait for the server at each step.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(10);

/// Folder under `DATA_DIR` that holds the mail written instead of sent.
pub const MAIL_DIR: &str = "mail";

#[derive(Debug, Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Writes each message to `<dir>/<id>.eml`.
    Files(PathBuf),
}

impl Mailer {
    /// The SMTP server of `SMTP_URL`, or else files under `data_dir/mail/`. Checks `MAIL_FROM`
    /// too, so that a bad setting stops the start rather than every message.
    pub fn from_settings(settings: &MailSettings, data_dir: &Path) -> anyhow::Result<Mailer> {
        parse_mailbox(&settings.mail_from).map_err(|e| anyhow::anyhow!("MAIL_FROM: {e}"))?;
        match settings.smtp_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("SMTP_URL {}: {e}", redacted_url(url)))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Ok(Mailer::Smtp(transport))
            }
            None => {
                let dir = data_dir.join(MAIL_DIR);
                std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
                Ok(Mailer::Files(dir))
            }
        }
    }

    /// Sends `mail` from `from` (a mailbox such as `MAIL_FROM`). Sending the same `mail.id`
    /// again sends the same message again (same `Message-ID`; the same file, overwritten).
    pub async fn send(&self, mail: &OutgoingMail, from: &str) -> Result<(), MailError> {
        let message = build_message(mail, from)?;
        match self {
            Mailer::Smtp(transport) => transport.send(message).await.map(drop).map_err(smtp_error),
            Mailer::Files(dir) => {
                let (dir, id, bytes) = (dir.clone(), mail.id.clone(), message.formatted());
                tokio::task::spawn_blocking(move || write_atomically(&dir, &id, &bytes))
                    .await
                    .map_err(|e| MailError::transient(format!("writing the mail file: {e}")))?
                    .map_err(|e| MailError::transient(format!("writing the mail file: {e}")))
            }
        }
    }
}

/// Whether `id` may name a message: it becomes a file name and part of a `Message-ID`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 200 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn parse_mailbox(text: &str) -> Result<Mailbox, String> {
    text.trim().parse::<Mailbox>().map_err(|e| format!("{text:?} is not an e-mail address ({e})"))
}

/// The complete message (RFC 5322), as sent and as written to a file.
pub fn build_message(mail: &OutgoingMail, from: &str) -> Result<Message, MailError> {
    if !valid_id(&mail.id) {
        return Err(MailError::permanent(format!("{:?} is not a usable message id", mail.id)));
    }
    let from = parse_mailbox(from).map_err(MailError::permanent)?;
    let to = parse_mailbox(&mail.to).map_err(MailError::permanent)?;
    Message::builder()
        .message_id(Some(format!("<{}@crossclaim>", mail.id)))
        .from(from)
        .to(to)
        .subject(mail.subject.as_str())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.text.clone())
        .map_err(|e| MailError::permanent(format!("the message cannot be built: {e}")))
}

/// A refusal for good (5xx) is permanent, except the refusals of our own credentials (530,
/// 534, 535, 538): those are a setting to fix, after which the mail should still go. Network
/// failures, timeouts, TLS failures and 4xx are transient.
fn smtp_error(error: lettre::transport::smtp::Error) -> MailError {
    const CREDENTIALS: [u16; 4] = [530, 534, 535, 538];
    let code = error.status().map(u16::from);
    let permanent = error.is_permanent() && !code.is_some_and(|c| CREDENTIALS.contains(&c));
    MailError { message: format!("SMTP: {error}"), permanent }
}

/// Writes `<dir>/<id>.eml` whole or not at all: a temporary file, flushed, then renamed over
/// any earlier copy.
fn write_atomically(dir: &Path, id: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let target = dir.join(format!("{id}.eml"));
    let temporary = dir.join(format!(".{id}.{}.tmp", ulid::Ulid::new()));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, &target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(id: &str, to: &str) -> OutgoingMail {
        OutgoingMail {
            id: id.into(), to: to.into(), subject: "Müller GmbH — Zahlung".into(), text: "Grüße\n".into()
        }
    }

    #[test]
    fn the_message_id_comes_from_the_mail_id() {
        let message = build_message(&mail("01J9ZX", "anna@example.com"), "CrossClaim <noreply@example.com>").unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(text.contains("Message-ID: <01J9ZX@crossclaim>\r\n"), "{text}");
        assert!(text.contains("To: anna@example.com\r\n"), "{text}");
        assert!(text.contains("Content-Type: text/plain; charset=utf-8\r\n"), "{text}");
    }

    #[test]
    fn a_line_break_in_the_subject_adds_no_header() {
        let mail = OutgoingMail { subject: "Hi\r\nBcc: eve@example.com".into(), ..mail("x", "anna@example.com") };
        let text = String::from_utf8(build_message(&mail, "noreply@example.com").unwrap().formatted()).unwrap();
        assert!(!text.contains("\nBcc:"), "{text}");
    }

    #[test]
    fn bad_addresses_and_ids_are_permanent() {
        let from = "noreply@example.com";
        for (id, to) in [("ok", "not an address"), ("../x", "anna@example.com"), ("", "anna@example.com")] {
            let error = build_message(&mail(id, to), from).unwrap_err();
            assert!(error.permanent, "{id} {to}: {error}");
        }
        assert!(build_message(&mail("ok", "anna@example.com"), "nobody").unwrap_err().permanent);
    }

    #[test]
    fn the_password_stays_out_of_debug() {
        let settings = MailSettings {
            smtp_url: Some("smtps://mailer:s3cret@smtp.example.com:465".into()),
            mail_from: "noreply@example.com".into(),
        };
        let shown = format!("{settings:?}");
        assert!(!shown.contains("s3cret") && shown.contains("smtp.example.com"), "{shown}");
    }

    #[test]
    fn urls_that_lettre_cannot_use_are_refused_at_start() {
        let dir = std::env::temp_dir();
        let settings = |url: &str| MailSettings { smtp_url: Some(url.into()), mail_from: "noreply@example.com".into() };
        assert!(Mailer::from_settings(&settings("smtp://127.0.0.1:2525"), &dir).is_ok());
        assert!(Mailer::from_settings(&settings("smtp://mail.example.com?tls=required"), &dir).is_ok());
        assert!(Mailer::from_settings(&settings("smtps://u:p@mail.example.com"), &dir).is_ok());
        assert!(Mailer::from_settings(&settings("http://mail.example.com"), &dir).is_err());
        let bad_from = MailSettings { smtp_url: None, mail_from: "CrossClaim".into() };
        assert!(Mailer::from_settings(&bad_from, &dir).is_err());
    }
}
