//! Field-level validation errors, named by the path of the field in the JSON contracts
//! (`debtor.country`, `invoices[0].amount.amount`); the portal's forms use the same names.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    /// The English message, as the API gives it.
    #[serde(rename = "error")]
    pub message: String,
    /// The same message as a message key and its arguments, for a page in any language
    /// (none: the page shows the English message).
    #[serde(skip)]
    pub msg: Option<Msg>,
}

/// A message of the portal's message files (`locales/`), by key, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
}

/// An argument of a message: text as it is, or a date the page writes in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    Text(String),
    Date(chrono::NaiveDate),
    /// A country by its code, named in the page's language.
    Country(&'static str),
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Self { key, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, MsgArg::Text(value.to_string())));
        self
    }

    pub fn country(mut self, name: &'static str, code: &'static str) -> Self {
        self.args.push((name, MsgArg::Country(code)));
        self
    }

    pub fn date(mut self, name: &'static str, value: chrono::NaiveDate) -> Self {
        self.args.push((name, MsgArg::Date(value)));
        self
    }
}

/// An error that can say itself on a page in any language: its English text (the API's)
/// and the message key with arguments.
pub trait Explain: ToString {
    fn msg(&self) -> Msg;
}

/// Every problem found in one input, in the order the fields appear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: impl Into<String>, message: impl ToString) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl ToString) {
        self.0.push(FieldError { field: field.into(), message: message.to_string(), msg: None });
    }

    /// Records an error with its English text and its message key for pages.
    pub fn add_msg(&mut self, field: impl Into<String>, message: impl ToString, msg: Msg) {
        self.0.push(FieldError { field: field.into(), message: message.to_string(), msg: Some(msg) });
    }

    /// Records an error that explains itself in any language.
    pub fn add_explained(&mut self, field: impl Into<String>, error: &impl Explain) {
        self.add_msg(field, error.to_string(), error.msg());
    }

    /// Like [`FieldErrors::check`], for errors that explain themselves in any language.
    pub fn check_explained<T, E: Explain>(&mut self, field: impl Into<String>, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.add_explained(field, &e);
                None
            }
        }
    }

    /// Every message rewritten (a page's own language), fields and order kept.
    pub fn map_messages(self, f: impl Fn(&FieldError) -> String) -> Self {
        Self(self.0.into_iter().map(|e| FieldError { message: f(&e), ..e }).collect())
    }

    /// Appends another input's errors.
    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }

    /// Whether a field already has an error.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    /// Records the error of a parse, if any, and returns the value of a success.
    pub fn check<T, E: ToString>(&mut self, field: impl Into<String>, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.add(field, e);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn first(&self) -> Option<&FieldError> {
        self.0.first()
    }

    pub fn all(&self) -> &[FieldError] {
        &self.0
    }

    /// The message for one field, for showing it next to that field.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    /// `Ok(value)` when nothing was recorded.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(value()) } else { Err(self) }
    }
}

impl From<FieldError> for FieldErrors {
    fn from(error: FieldError) -> Self {
        Self(vec![error])
    }
}
