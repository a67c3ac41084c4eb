//! The e-mails about an account (not about a case): confirming an address, resetting a
//! password, an invitation from a colleague, confirming a new address. Written in the
//! recipient's language (the page's when they acted), every text from `locales/*/account.ftl`.

use super::render::Rendered;
use crate::i18n::{Arg, Lang, t, t_args};

/// What an account e-mail is about; each carries the link it sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountMail<'a> {
    /// Confirm the address given at sign-up.
    Verify { link: &'a str, hours: i64 },
    /// Someone signed up with an address that already has an account.
    AlreadyRegistered { signin: &'a str, forgot: &'a str },
    /// Choose a new password.
    Reset { link: &'a str, hours: i64 },
    /// A colleague invites the recipient to the company's account.
    Invite { company: &'a str, inviter: &'a str, link: &'a str, days: i64 },
    /// Confirm a new address for the account.
    NewEmail { link: &'a str, hours: i64 },
}

/// The subject and the body of `mail` in `lang`.
pub fn render(mail: &AccountMail, lang: Lang) -> Rendered {
    let (subject, body) = match mail {
        AccountMail::Verify { link, hours } => (
            t(lang, "account-mail-verify-subject"),
            t_args(lang, "account-mail-verify-body", &[("link", Arg::from(*link)), ("hours", Arg::from(*hours))]),
        ),
        AccountMail::AlreadyRegistered { signin, forgot } => (
            t(lang, "account-mail-exists-subject"),
            t_args(lang, "account-mail-exists-body", &[("signin", Arg::from(*signin)), ("forgot", Arg::from(*forgot))]),
        ),
        AccountMail::Reset { link, hours } => (
            t(lang, "account-mail-reset-subject"),
            t_args(lang, "account-mail-reset-body", &[("link", Arg::from(*link)), ("hours", Arg::from(*hours))]),
        ),
        AccountMail::Invite { company, inviter, link, days } => (
            t_args(lang, "account-mail-invite-subject", &[("company", Arg::from(*company))]),
            t_args(
                lang,
                "account-mail-invite-body",
                &[
                    ("company", Arg::from(*company)),
                    ("inviter", Arg::from(*inviter)),
                    ("link", Arg::from(*link)),
                    ("days", Arg::from(*days)),
                ],
            ),
        ),
        AccountMail::NewEmail { link, hours } => (
            t(lang, "account-mail-email-subject"),
            t_args(lang, "account-mail-email-body", &[("link", Arg::from(*link)), ("hours", Arg::from(*hours))]),
        ),
    };
    let body = format!("{}\n\n{}\n", body.trim_end(), t(lang, "account-mail-footer"));
    Rendered { subject, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mail_carries_its_link_in_every_language() {
        for lang in Lang::ALL {
            for mail in [
                AccountMail::Verify { link: "https://x/verify/T1", hours: 48 },
                AccountMail::Reset { link: "https://x/password/reset/T1", hours: 1 },
                AccountMail::Invite { company: "Nordic Tools AB", inviter: "Anna", link: "https://x/T1", days: 7 },
                AccountMail::NewEmail { link: "https://x/T1", hours: 48 },
            ] {
                let rendered = render(&mail, lang);
                assert!(rendered.body.contains("T1"), "{lang:?} {mail:?}: {}", rendered.body);
                assert!(!rendered.subject.is_empty() && !rendered.subject.contains('{'));
            }
        }
    }
}
