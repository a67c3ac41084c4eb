//! Documents added to a case: what a file's name may be, and what its content is.
//!
//! A document is accepted for what its bytes are, not for what its name says:
//! [`detect`] reads the content's signature (`%PDF-`, the PNG and JPEG signatures, a ZIP
//! whose central directory lists the parts of a Word or Excel file) or checks that it is
//! text, and refuses programs, web pages, other archives and anything it does not
//! recognise. When the name's extension is one of the accepted kinds, the content must be
//! of that kind: `invoice.pdf` holding a Windows program is refused, naming both.
//!
//! Markup that a browser would run is refused however it is named: text that opens like a
//! web page, and XML carrying HTML, SVG or scripts. This is a second line of defence; the
//! first is serving every document as an attachment of its detected type, with
//! `X-Content-Type-Options: nosniff`, so that no stored file is ever shown as a page of the
//! portal. A string search cannot see through every trick XML allows (character references
//! in a namespace), so the way documents are served must not rely on it.
//!
//! Every message names the file and reads as plain English.

use std::fmt;

use serde::Serialize;

use super::text::is_hidden;

/// The largest document accepted: 20 MiB.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// The longest file name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

const ACCEPTED: &str = "only PDF, PNG, JPEG, plain text, CSV, XML, Word (DOCX) and Excel (XLSX) files can be added";

/// Extensions refused whatever the content: names a browser renders as a page or that a
/// computer runs when the file is opened after download.
const RISKY_EXTENSIONS: &[&str] = &[
    "htm", "html", "xht", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xsl", "xslt", "js", "mjs", "hta", "exe",
    "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs", "vbe", "wsf", "jar", "lnk", "url", "sh", "app",
];

/// The kinds of document that can be added to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Pdf,
    Png,
    Jpeg,
    Text,
    Csv,
    Xml,
    Docx,
    Xlsx,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 8] = [
        DocumentKind::Pdf,
        DocumentKind::Png,
        DocumentKind::Jpeg,
        DocumentKind::Text,
        DocumentKind::Csv,
        DocumentKind::Xml,
        DocumentKind::Docx,
        DocumentKind::Xlsx,
    ];

    /// The media type the document is stored and served as.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "application/pdf",
            DocumentKind::Png => "image/png",
            DocumentKind::Jpeg => "image/jpeg",
            DocumentKind::Text => "text/plain",
            DocumentKind::Csv => "text/csv",
            DocumentKind::Xml => "application/xml",
            DocumentKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DocumentKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// What people call this kind of file.
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "PDF",
            DocumentKind::Png => "PNG image",
            DocumentKind::Jpeg => "JPEG image",
            DocumentKind::Text => "plain text file",
            DocumentKind::Csv => "CSV file",
            DocumentKind::Xml => "XML file",
            DocumentKind::Docx => "Word document",
            DocumentKind::Xlsx => "Excel workbook",
        }
    }

    /// The file name extensions of this kind, lower case, the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            DocumentKind::Pdf => &["pdf"],
            DocumentKind::Png => &["png"],
            DocumentKind::Jpeg => &["jpg", "jpeg"],
            DocumentKind::Text => &["txt"],
            DocumentKind::Csv => &["csv"],
            DocumentKind::Xml => &["xml"],
            DocumentKind::Docx => &["docx"],
            DocumentKind::Xlsx => &["xlsx"],
        }
    }

    /// The kind an extension (without the dot, any case) stands for.
    pub fn from_extension(extension: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|kind| kind.extensions().iter().any(|e| e.eq_ignore_ascii_case(extension)))
    }

    /// The label with its article, for sentences: "a PDF", "an XML file".
    fn a_label(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "a PDF",
            DocumentKind::Png => "a PNG image",
            DocumentKind::Jpeg => "a JPEG image",
            DocumentKind::Text => "a plain text file",
            DocumentKind::Csv => "a CSV file",
            DocumentKind::Xml => "an XML file",
            DocumentKind::Docx => "a Word document",
            DocumentKind::Xlsx => "an Excel workbook",
        }
    }

    /// Other media types browsers and systems commonly declare for this kind: Windows
    /// sends CSV as Excel's type, older browsers `image/pjpeg`, many `text/xml`.
    fn media_type_aliases(self) -> &'static [&'static str] {
        match self {
            DocumentKind::Pdf => &["application/x-pdf"],
            DocumentKind::Png => &["image/x-png"],
            DocumentKind::Jpeg => &["image/jpg", "image/pjpeg"],
            DocumentKind::Text => &[],
            DocumentKind::Csv => &[
                "text/plain",
                "application/vnd.ms-excel",
                "application/csv",
                "text/x-csv",
                "text/comma-separated-values",
            ],
            DocumentKind::Xml => &["text/plain", "text/xml"],
            DocumentKind::Docx | DocumentKind::Xlsx => &[],
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a file's content turned out to be, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Document(DocumentKind),
    WindowsProgram,
    UnixProgram,
    MacProgram,
    WebPage,
    SvgImage,
    OfficeMacros,
    Zip,
    Unknown,
}

impl fmt::Display for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Content::Document(DocumentKind::Text) => "plain text",
            Content::Document(kind) => kind.a_label(),
            Content::WindowsProgram => "a Windows program",
            Content::UnixProgram => "a Linux or Unix program",
            Content::MacProgram => "a macOS program",
            Content::WebPage => "a web page (HTML)",
            Content::SvgImage => "an SVG image",
            Content::OfficeMacros => "an Office file with macros",
            Content::Zip => "a ZIP archive",
            Content::Unknown => "not recognised",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("the file has no name")]
    NameEmpty,
    #[error("the file name is too long: at most {max} characters, this has {len}")]
    NameTooLong { max: usize, len: usize },
    #[error("the file name must not contain / or \\")]
    NamePathSeparator,
    #[error("the file name contains control characters")]
    NameControlCharacters,
    #[error("the file name contains an invisible or text-direction character (U+{0:04X}); rename the file without it")]
    NameHiddenCharacter(u32),
    #[error("\"{0}\" needs a name before the extension, e.g. invoice.pdf")]
    NameWithoutStem(String),
    #[error("\"{0}\" has no extension; add the one of its type, e.g. invoice.pdf")]
    NameWithoutExtension(String),
    #[error("\"{0}\" is empty")]
    Empty(String),
    #[error("\"{name}\" is too large: at most 20 MB per file, this one has {:.1} MB", *size as f64 / 1_048_576.0)]
    TooLarge { name: String, size: usize },
    #[error("\"{name}\" is not {}: its content is {found}", expected.a_label())]
    Mismatch { name: String, expected: DocumentKind, found: Content },
    #[error("\"{name}\" is {found}: {ACCEPTED}")]
    Refused { name: String, found: Content },
    #[error("\"{name}\": {ACCEPTED}")]
    Unsupported { name: String },
    #[error("the file was sent as \"{declared}\" but its content is {}", Content::Document(*detected))]
    MediaType { declared: String, detected: DocumentKind },
}

/// A document's file name as shown to people and offered on download: trimmed, 1 to 200
/// characters, no folders, no control or invisible characters, with an extension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct DocumentName(String);

impl DocumentName {
    pub fn parse(input: &str) -> Result<Self, DocumentError> {
        let name = input.trim();
        if name.is_empty() {
            return Err(DocumentError::NameEmpty);
        }
        let len = name.chars().count();
        if len > MAX_NAME_CHARS {
            return Err(DocumentError::NameTooLong { max: MAX_NAME_CHARS, len });
        }
        if name.contains(['/', '\\']) {
            return Err(DocumentError::NamePathSeparator);
        }
        if name.chars().any(char::is_control) {
            return Err(DocumentError::NameControlCharacters);
        }
        if let Some(hidden) = name.chars().find(|c| is_hidden(*c)) {
            return Err(DocumentError::NameHiddenCharacter(hidden as u32));
        }
        match name.rsplit_once('.') {
            Some((_, extension)) if extension.trim().is_empty() => {
                Err(DocumentError::NameWithoutExtension(name.to_string()))
            }
            Some((stem, _)) if stem.trim().is_empty() || name.starts_with('.') => {
                Err(DocumentError::NameWithoutStem(name.to_string()))
            }
            Some(_) => Ok(Self(name.to_string())),
            None => Err(DocumentError::NameWithoutExtension(name.to_string())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text after the last dot, as written.
    pub fn extension(&self) -> &str {
        self.0.rsplit_once('.').map_or("", |(_, extension)| extension)
    }

    /// The accepted kind the extension stands for, if any.
    pub fn kind(&self) -> Option<DocumentKind> {
        DocumentKind::from_extension(self.extension())
    }
}

impl fmt::Display for DocumentName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kind of a document, from its content; refuses what cannot be added.
pub fn detect(name: &DocumentName, bytes: &[u8]) -> Result<DocumentKind, DocumentError> {
    let file = || name.as_str().to_string();
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { name: file(), size: bytes.len() });
    }
    let found = match content(name, bytes) {
        Some(found) => found,
        None => return Err(DocumentError::Empty(file())),
    };
    match (name.kind(), found) {
        (Some(expected), Content::Document(kind)) if kind == expected => Ok(kind),
        (Some(expected), found) => Err(DocumentError::Mismatch { name: file(), expected, found }),
        (None, Content::Zip | Content::Unknown) => Err(DocumentError::Unsupported { name: file() }),
        (None, Content::Document(kind)) => {
            let extension = name.extension().trim();
            if RISKY_EXTENSIONS.iter().any(|risky| risky.eq_ignore_ascii_case(extension)) {
                Err(DocumentError::Unsupported { name: file() })
            } else {
                Ok(kind)
            }
        }
        (None, found) => Err(DocumentError::Refused { name: file(), found }),
    }
}

/// Whether a declared media type (a `Content-Type`, parameters ignored, any case) fits the
/// detected kind: absent, `application/octet-stream`, the kind's own type or a common alias.
pub fn check_media_type(declared: Option<&str>, detected: DocumentKind) -> Result<(), DocumentError> {
    let Some(declared) = declared else {
        return Ok(());
    };
    let essence = declared.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let fits = essence.is_empty()
        || essence == "application/octet-stream"
        || essence == detected.media_type()
        || detected.media_type_aliases().contains(&essence.as_str());
    if fits {
        return Ok(());
    }
    // the declared type is the sender's text: repeat it only when it looks like a media type
    let shown = essence.len() <= 100 && essence.bytes().all(|b| b.is_ascii_graphic() && b != b'"');
    Err(DocumentError::MediaType { declared: if shown { essence } else { "another type".to_string() }, detected })
}

/// What the bytes are; `None` when there are none (or only a byte-order mark).
fn content(name: &DocumentName, bytes: &[u8]) -> Option<Content> {
    if bytes.is_empty() {
        return None;
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(Content::Document(DocumentKind::Pdf));
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Content::Document(DocumentKind::Png));
    }
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        return Some(Content::Document(DocumentKind::Jpeg));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(office(bytes));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(text) = as_text(body) {
        if text.is_empty() {
            return None;
        }
        return Some(text_content(name, text));
    }
    // programs: checked after text, so that text which happens to begin with "MZ" is text
    // (a real program always has bytes no text file has)
    let program = if bytes.starts_with(b"MZ") {
        Content::WindowsProgram
    } else if bytes.starts_with(b"\x7FELF") {
        Content::UnixProgram
    } else if [b"\xFE\xED\xFA\xCE", b"\xFE\xED\xFA\xCF", b"\xCE\xFA\xED\xFE", b"\xCF\xFA\xED\xFE", b"\xCA\xFE\xBA\xBE"]
        .iter()
        .any(|magic| bytes.starts_with(*magic))
    {
        Content::MacProgram
    } else {
        Content::Unknown
    };
    Some(program)
}

/// The bytes as text: UTF-8 without control characters other than tab, line breaks and
/// form feed.
fn as_text(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes).ok()?;
    text.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0c')).then_some(text)
}

/// Which kind of text: markup a browser would run is refused; otherwise the name's
/// extension decides between plain text, CSV and XML, and text without one of those
/// extensions is XML when it says so (`<?xml`) and plain text otherwise.
fn text_content(name: &DocumentName, text: &str) -> Content {
    let body = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0c']);
    let markup = body.starts_with('<');
    if let Some(refused) = if markup { web_markup(body) } else { None } {
        return refused;
    }
    let kind = match name.kind() {
        Some(DocumentKind::Csv) => DocumentKind::Csv,
        Some(DocumentKind::Xml) if markup => DocumentKind::Xml,
        Some(DocumentKind::Text) => DocumentKind::Text,
        _ if body.starts_with("<?xml") => DocumentKind::Xml,
        _ => DocumentKind::Text,
    };
    Content::Document(kind)
}

/// Markup (text starting with `<`) that browsers show as a page or run: it opens with one of
/// the tags by which browsers recognise HTML, or it carries HTML, SVG or scripts anywhere.
fn web_markup(body: &str) -> Option<Content> {
    const OPENING_TAGS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<script",
        "<iframe",
        "<h1",
        "<div",
        "<font",
        "<table",
        "<a",
        "<style",
        "<title",
        "<b",
        "<body",
        "<br",
        "<p",
    ];
    let lower = body.to_ascii_lowercase();
    let opens_with = |tag: &str| {
        lower.starts_with(tag)
            && matches!(
                lower.as_bytes().get(tag.len()),
                None | Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
            )
    };
    if lower.starts_with("<svg") || lower.contains("http://www.w3.org/2000/svg") {
        return Some(Content::SvgImage);
    }
    let html = OPENING_TAGS.iter().any(|tag| opens_with(tag))
        || ["<!doctype html", "<html", "<script", "http://www.w3.org/1999/xhtml"].iter().any(|s| lower.contains(s));
    html.then_some(Content::WebPage)
}

/// A ZIP archive: a Word document or an Excel workbook when its central directory lists the
/// parts of one, and no macros; any other archive (or a damaged one) is just a ZIP.
fn office(bytes: &[u8]) -> Content {
    let (mut content_types, mut word, mut excel, mut macros) = (false, false, false, false);
    for entry in zip_entry_names(bytes) {
        let is = |part: &str| entry.eq_ignore_ascii_case(part.as_bytes());
        content_types |= is("[Content_Types].xml");
        word |= is("word/document.xml");
        excel |= is("xl/workbook.xml");
        macros |= is("word/vbaProject.bin") || is("xl/vbaProject.bin");
    }
    match (content_types, word, excel, macros) {
        (true, _, _, true) => Content::OfficeMacros,
        (true, true, false, false) => Content::Document(DocumentKind::Docx),
        (true, false, true, false) => Content::Document(DocumentKind::Xlsx),
        _ => Content::Zip,
    }
}

/// The entry names listed in a ZIP archive's central directory (ZIP64 included); nothing
/// when the directory cannot be found. Reads only within the bytes, whatever they claim.
fn zip_entry_names(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut position = central_directory(bytes);
    std::iter::from_fn(move || {
        let at = position?;
        let header = bytes.get(at..at.checked_add(46)?)?;
        if !header.starts_with(b"PK\x01\x02") {
            position = None;
            return None;
        }
        let (name_len, extra_len, comment_len) =
            (u16_at(header, 28)? as usize, u16_at(header, 30)? as usize, u16_at(header, 32)? as usize);
        let name = bytes.get(at + 46..(at + 46).checked_add(name_len)?);
        // each header is at least 46 bytes long, so this always moves forward and ends
        position = (at + 46).checked_add(name_len + extra_len + comment_len);
        if name.is_none() {
            position = None;
        }
        name
    })
}

/// Where the central directory starts, from the end-of-central-directory record (and the
/// ZIP64 one when the offset does not fit in 32 bits).
fn central_directory(bytes: &[u8]) -> Option<usize> {
    const EOCD_LEN: usize = 22;
    let last = bytes.len().checked_sub(EOCD_LEN)?;
    let first = last.saturating_sub(u16::MAX as usize);
    let eocd = (first..=last).rev().find(|&at| {
        bytes[at..].starts_with(b"PK\x05\x06")
            && u16_at(bytes, at + 20).is_some_and(|comment| at + EOCD_LEN + comment as usize <= bytes.len())
    })?;
    let offset = u32_at(bytes, eocd + 16)?;
    if offset != u32::MAX {
        return usize::try_from(offset).ok();
    }
    let locator = eocd.checked_sub(20)?;
    if !bytes.get(locator..)?.starts_with(b"PK\x06\x07") {
        return None;
    }
    let record = usize::try_from(u64_at(bytes, locator + 8)?).ok()?;
    if !bytes.get(record..)?.starts_with(b"PK\x06\x06") {
        return None;
    }
    usize::try_from(u64_at(bytes, record.checked_add(48)?)?).ok()
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at.checked_add(8)?)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn name(text: &str) -> DocumentName {
        DocumentName::parse(text).unwrap()
    }

    fn detected(file: &str, bytes: &[u8]) -> Result<DocumentKind, String> {
        detect(&name(file), bytes).map_err(|e| e.to_string())
    }

    /// A ZIP archive of empty, stored entries: local headers, central directory, end record.
    fn zip(entries: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut directory = Vec::new();
        for entry in entries {
            let offset = out.len() as u32;
            let name_len = entry.len() as u16;
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]); // version, flags, stored, time, date
            out.extend_from_slice(&[0; 12]); // crc, sizes
            out.extend_from_slice(&name_len.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(entry.as_bytes());
            directory.extend_from_slice(b"PK\x01\x02");
            directory.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
            directory.extend_from_slice(&[0; 12]);
            directory.extend_from_slice(&name_len.to_le_bytes());
            directory.extend_from_slice(&[0; 4]); // extra, comment
            directory.extend_from_slice(&[0; 8]); // disk, internal and external attributes
            directory.extend_from_slice(&offset.to_le_bytes());
            directory.extend_from_slice(entry.as_bytes());
        }
        let (directory_offset, count) = (out.len() as u32, entries.len() as u16);
        out.extend_from_slice(&directory);
        out.extend_from_slice(b"PK\x05\x06");
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
        out.extend_from_slice(&directory_offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    fn docx() -> Vec<u8> {
        zip(&["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "docProps/core.xml"])
    }

    fn xlsx() -> Vec<u8> {
        zip(&["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
    }

    /// The start of a Windows program: the DOS header, its stub and the PE signature.
    fn windows_program() -> Vec<u8> {
        let mut bytes = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00".to_vec();
        bytes.resize(0x3C, 0);
        bytes.extend_from_slice(&0x80u32.to_le_bytes());
        bytes.extend_from_slice(b"\x0E\x1F\xBA\x0E\x00\xB4\x09\xCD\x21This program cannot be run in DOS mode.");
        bytes.resize(0x80, 0);
        bytes.extend_from_slice(b"PE\x00\x00\x64\x86");
        bytes
    }

    #[test]
    fn each_accepted_kind_is_detected_from_its_content() {
        let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00";
        let jpeg = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00";
        let exif = b"\xFF\xD8\xFF\xE1\x00\x18Exif\x00\x00MM\x00*";
        assert_eq!(detected("invoice.pdf", pdf), Ok(DocumentKind::Pdf));
        assert_eq!(detected("Invoice 2024-17.PDF", pdf), Ok(DocumentKind::Pdf));
        assert_eq!(detected("delivery.png", png), Ok(DocumentKind::Png));
        assert_eq!(detected("delivery.jpg", jpeg), Ok(DocumentKind::Jpeg));
        assert_eq!(detected("delivery.JPEG", exif), Ok(DocumentKind::Jpeg));
        assert_eq!(detected("contract.docx", &docx()), Ok(DocumentKind::Docx));
        assert_eq!(detected("ledger.xlsx", &xlsx()), Ok(DocumentKind::Xlsx));
        assert_eq!(
            detected("notes.txt", "Delivered 3 May, signed by the debtor's warehouse.\n".as_bytes()),
            Ok(DocumentKind::Text)
        );
        let csv = "\u{FEFF}invoice;date;amount\r\nRE-17;2024-03-01;1.234,50\r\n";
        assert_eq!(detected("open-items.csv", csv.as_bytes()), Ok(DocumentKind::Csv));
        let ubl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n  <cbc:ID>RE-17</cbc:ID>\n</Invoice>\n";
        assert_eq!(detected("e-invoice.xml", ubl.as_bytes()), Ok(DocumentKind::Xml));
        // XML without a declaration, after a byte-order mark and a comment
        let bare = "\u{FEFF}  <!-- exported --><rsm:CrossIndustryInvoice>…</rsm:CrossIndustryInvoice>";
        assert_eq!(detected("zugferd.xml", bare.as_bytes()), Ok(DocumentKind::Xml));
        // tabs, form feeds and accents are text
        assert_eq!(
            detected("terms.txt", "§ 1\tZahlung\x0cbinnen 14 Tagen, Müller & Søn".as_bytes()),
            Ok(DocumentKind::Text)
        );
    }

    #[test]
    fn text_under_another_name_is_plain_text_or_xml_when_it_says_so() {
        assert_eq!(detected("readme.md", b"# Notes\n"), Ok(DocumentKind::Text));
        assert_eq!(detected("export.tsv", b"a\tb\n1\t2\n"), Ok(DocumentKind::Text));
        assert_eq!(detected("invoice.ubl", b"<?xml version=\"1.0\"?><Invoice/>"), Ok(DocumentKind::Xml));
        // a .txt name keeps XML as plain text; text that happens to start with MZ is text
        assert_eq!(detected("copy.txt", b"<?xml version=\"1.0\"?><Invoice/>"), Ok(DocumentKind::Text));
        assert_eq!(detected("memo.txt", b"MZ Logistik GmbH, Hamburg"), Ok(DocumentKind::Text));
        assert_eq!(detected("data.csv", b"<not really xml>"), Ok(DocumentKind::Csv));
    }

    #[test]
    fn a_program_named_as_a_document_is_refused_naming_the_file() {
        let exe = windows_program();
        assert_eq!(
            detected("invoice.pdf", &exe).unwrap_err(),
            "\"invoice.pdf\" is not a PDF: its content is a Windows program"
        );
        assert_eq!(
            detect(&name("invoice.pdf"), &exe),
            Err(DocumentError::Mismatch {
                name: "invoice.pdf".into(),
                expected: DocumentKind::Pdf,
                found: Content::WindowsProgram
            })
        );
        assert_eq!(detected("setup.exe", &exe).unwrap_err(), format!("\"setup.exe\" is a Windows program: {ACCEPTED}"));
        assert_eq!(
            detected("photo.jpg", b"\x7FELF\x02\x01\x01\x00").unwrap_err(),
            "\"photo.jpg\" is not a JPEG image: its content is a Linux or Unix program"
        );
        assert_eq!(
            detected("tool.bin", b"\xCF\xFA\xED\xFE\x07\x00\x00\x01").unwrap_err(),
            format!("\"tool.bin\" is a macOS program: {ACCEPTED}")
        );
    }

    #[test]
    fn a_document_under_the_extension_of_another_kind_is_refused_naming_both() {
        let jpeg = b"\xFF\xD8\xFF\xDB\x00\x43\x00";
        assert_eq!(
            detected("scan.png", jpeg).unwrap_err(),
            "\"scan.png\" is not a PNG image: its content is a JPEG image"
        );
        assert_eq!(
            detected("contract.docx", &xlsx()).unwrap_err(),
            "\"contract.docx\" is not a Word document: its content is an Excel workbook"
        );
        assert_eq!(
            detected("ledger.xlsx", b"%PDF-1.4\n").unwrap_err(),
            "\"ledger.xlsx\" is not an Excel workbook: its content is a PDF"
        );
        assert_eq!(
            detected("invoice.pdf", b"just some words").unwrap_err(),
            "\"invoice.pdf\" is not a PDF: its content is plain text"
        );
        assert_eq!(
            detected("e-invoice.xml", b"RE-17;1234.50").unwrap_err(),
            "\"e-invoice.xml\" is not an XML file: its content is plain text"
        );
        assert_eq!(
            detected("invoice.pdf", b"\x00\x01\x02\x03").unwrap_err(),
            "\"invoice.pdf\" is not a PDF: its content is not recognised"
        );
    }

    #[test]
    fn web_pages_and_scripts_are_refused_however_they_are_named() {
        for page in [
            "<!DOCTYPE html><html><body>Pay here</body></html>",
            "\u{FEFF}\n  <HTML><script>alert(1)</script></HTML>",
            "<!doctype HTML>",
            "<body onload=alert(1)>",
            "<p>Pay now</p>",
            "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><script>x()</script></html>",
            "<!-- hello --><script>alert(1)</script>",
        ] {
            assert_eq!(
                detected("page.html", page.as_bytes()),
                Err(format!("\"page.html\" is a web page (HTML): {ACCEPTED}")),
                "{page}"
            );
            assert_eq!(
                detected("notes.txt", page.as_bytes()),
                Err("\"notes.txt\" is not a plain text file: its content is a web page (HTML)".into()),
                "{page}"
            );
            assert_eq!(
                detected("e-invoice.xml", page.as_bytes()),
                Err("\"e-invoice.xml\" is not an XML file: its content is a web page (HTML)".into()),
                "{page}"
            );
        }
        let svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>";
        assert_eq!(
            detected("logo.xml", svg.as_bytes()).unwrap_err(),
            "\"logo.xml\" is not an XML file: its content is an SVG image"
        );
        assert_eq!(
            detected("logo.svg", svg.as_bytes()).unwrap_err(),
            format!("\"logo.svg\" is an SVG image: {ACCEPTED}")
        );
        // text that merely mentions tags later on is text
        assert_eq!(detected("notes.txt", b"the form said <script> in the name field"), Ok(DocumentKind::Text));
        assert_eq!(detected("cells.csv", b"name;comment\nx;<b>bold</b>\n"), Ok(DocumentKind::Csv));
        // and an XML element that only begins with a tag's letters is not that tag
        assert_eq!(detected("e.xml", b"<Bill><payable/></Bill>"), Ok(DocumentKind::Xml));
        // risky names are refused even for harmless text or accepted content
        assert_eq!(detected("page.htm", b"hello"), Err(format!("\"page.htm\": {ACCEPTED}")));
        assert_eq!(detected("invoice.html", b"%PDF-1.7\n"), Err(format!("\"invoice.html\": {ACCEPTED}")));
        assert_eq!(detected("run.BAT", b"echo hi"), Err(format!("\"run.BAT\": {ACCEPTED}")));
    }

    #[test]
    fn archives_other_than_word_and_excel_are_refused() {
        let plain = zip(&["invoice.pdf", "contract.pdf"]);
        assert_eq!(detected("x.zip", &plain).unwrap_err(), format!("\"x.zip\": {ACCEPTED}"));
        assert_eq!(
            detected("x.docx", &plain).unwrap_err(),
            "\"x.docx\" is not a Word document: its content is a ZIP archive"
        );
        // the parts of an Office file without its content types are not one
        assert_eq!(
            detected("x.docx", &zip(&["word/document.xml"])),
            Err("\"x.docx\" is not a Word document: its content is a ZIP archive".into())
        );
        let macros = zip(&["[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"]);
        assert_eq!(
            detected("contract.docx", &macros).unwrap_err(),
            "\"contract.docx\" is not a Word document: its content is an Office file with macros"
        );
        assert_eq!(
            detected("contract.docm", &macros).unwrap_err(),
            format!("\"contract.docm\" is an Office file with macros: {ACCEPTED}")
        );
        let both = zip(&["[Content_Types].xml", "word/document.xml", "xl/workbook.xml"]);
        assert_eq!(
            detected("odd.docx", &both).unwrap_err(),
            "\"odd.docx\" is not a Word document: its content is a ZIP archive"
        );
        // part names are compared without regard to case, as Office does
        assert_eq!(detected("c.docx", &zip(&["[content_types].xml", "Word/Document.xml"])), Ok(DocumentKind::Docx));
    }

    #[test]
    fn a_docx_with_a_comment_or_zip64_records_is_still_found() {
        let mut commented = docx();
        let len = commented.len();
        commented[len - 2..].copy_from_slice(&7u16.to_le_bytes());
        commented.extend_from_slice(b"comment");
        assert_eq!(detected("c.docx", &commented), Ok(DocumentKind::Docx));

        // the same archive with its directory offset in a ZIP64 record
        let mut zip64 = docx();
        let eocd = zip64.len() - 22;
        let offset = u32::from_le_bytes(zip64[eocd + 16..eocd + 20].try_into().unwrap()) as u64;
        let (end, record) = (zip64.split_off(eocd), eocd as u64);
        zip64.extend_from_slice(b"PK\x06\x06");
        zip64.extend_from_slice(&44u64.to_le_bytes());
        zip64.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        zip64.extend_from_slice(&5u64.to_le_bytes());
        zip64.extend_from_slice(&5u64.to_le_bytes());
        zip64.extend_from_slice(&0u64.to_le_bytes());
        zip64.extend_from_slice(&offset.to_le_bytes());
        zip64.extend_from_slice(b"PK\x06\x07\x00\x00\x00\x00");
        zip64.extend_from_slice(&record.to_le_bytes());
        zip64.extend_from_slice(&1u32.to_le_bytes());
        zip64.extend_from_slice(&end[..16]);
        zip64.extend_from_slice(&u32::MAX.to_le_bytes());
        zip64.extend_from_slice(&0u16.to_le_bytes());
        assert_eq!(detected("c.docx", &zip64), Ok(DocumentKind::Docx));
    }

    #[test]
    fn truncated_and_hostile_archives_do_not_panic() {
        let whole = docx();
        for len in 0..whole.len() {
            assert!(detect(&name("c.docx"), &whole[..len]).is_err(), "{len}");
        }
        // a directory offset and sizes pointing past the end, and at themselves
        let mut hostile = zip(&["[Content_Types].xml", "word/document.xml"]);
        let eocd = hostile.len() - 22;
        hostile[eocd + 16..eocd + 20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(detect(&name("c.docx"), &hostile).is_err());
        hostile[eocd + 16..eocd + 20].copy_from_slice(&(eocd as u32 - 2).to_le_bytes());
        assert!(detect(&name("c.docx"), &hostile).is_err());
        let mut huge_name = docx();
        let directory = huge_name.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        huge_name[directory + 28..directory + 30].copy_from_slice(&u16::MAX.to_le_bytes());
        assert!(detect(&name("c.docx"), &huge_name).is_err());
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert_eq!(detected("invoice.pdf", b""), Err("\"invoice.pdf\" is empty".into()));
        assert_eq!(detected("notes.txt", b"\xEF\xBB\xBF"), Err("\"notes.txt\" is empty".into()));
        let mut big = b"%PDF-1.7\n".to_vec();
        big.resize(MAX_DOCUMENT_BYTES, b' ');
        assert_eq!(detected("big.pdf", &big), Ok(DocumentKind::Pdf));
        big.resize(25 * 1024 * 1024, b' ');
        assert_eq!(
            detected("big.pdf", &big).unwrap_err(),
            "\"big.pdf\" is too large: at most 20 MB per file, this one has 25.0 MB"
        );
    }

    #[test]
    fn binary_and_control_characters_are_not_text() {
        assert_eq!(
            detected("notes.txt", b"abc\x00def").unwrap_err(),
            "\"notes.txt\" is not a plain text file: its content is not recognised"
        );
        assert_eq!(
            detected("notes.txt", b"abc\x1b[31mred").unwrap_err(),
            "\"notes.txt\" is not a plain text file: its content is not recognised"
        );
        assert_eq!(
            detected("notes.txt", "abc\u{85}".as_bytes()).unwrap_err(),
            "\"notes.txt\" is not a plain text file: its content is not recognised"
        );
        assert_eq!(
            detected("notes.txt", b"caf\xE9").unwrap_err(),
            "\"notes.txt\" is not a plain text file: its content is not recognised"
        );
        // UTF-16 is not accepted as text
        assert!(detected("export.csv", b"\xFF\xFEa\x00;\x00b\x00").is_err());
        assert_eq!(detected("blob.bin", b"\x00\x01\x02").unwrap_err(), format!("\"blob.bin\": {ACCEPTED}"));
    }

    #[test]
    fn names_are_trimmed_bounded_and_free_of_folders_and_hidden_characters() {
        let parsed = name("  Rechnung RE-17 (März).pdf ");
        assert_eq!(parsed.as_str(), "Rechnung RE-17 (März).pdf");
        assert_eq!((parsed.extension(), parsed.kind()), ("pdf", Some(DocumentKind::Pdf)));
        assert_eq!(name("archive.tar.gz").extension(), "gz");
        assert_eq!(name("scan.JPEG").kind(), Some(DocumentKind::Jpeg));
        assert_eq!(name("notes.md").kind(), None);
        assert_eq!(DocumentName::parse("   "), Err(DocumentError::NameEmpty));
        let long = format!("{}.pdf", "a".repeat(197));
        assert_eq!(DocumentName::parse(&long), Err(DocumentError::NameTooLong { max: 200, len: 201 }));
        assert!(DocumentName::parse(&long[1..]).is_ok());
        for traversal in ["../etc/passwd.txt", "..\\boot.ini", "a/b.pdf", "C:\\x.pdf"] {
            assert_eq!(DocumentName::parse(traversal), Err(DocumentError::NamePathSeparator), "{traversal}");
        }
        for dots in [".", "..", "...", ".pdf", ". .pdf", ".htaccess"] {
            assert!(DocumentName::parse(dots).is_err(), "{dots}");
        }
        assert_eq!(
            DocumentName::parse("..").unwrap_err().to_string(),
            "\"..\" has no extension; add the one of its type, e.g. invoice.pdf"
        );
        assert_eq!(
            DocumentName::parse(".pdf").unwrap_err().to_string(),
            "\".pdf\" needs a name before the extension, e.g. invoice.pdf"
        );
        assert_eq!(
            DocumentName::parse("invoice").unwrap_err().to_string(),
            "\"invoice\" has no extension; add the one of its type, e.g. invoice.pdf"
        );
        assert_eq!(
            DocumentName::parse("invoice.pdf."),
            Err(DocumentError::NameWithoutExtension("invoice.pdf.".into()))
        );
        assert_eq!(DocumentName::parse("in\nvoice.pdf"), Err(DocumentError::NameControlCharacters));
        assert_eq!(DocumentName::parse("a\u{0}.pdf"), Err(DocumentError::NameControlCharacters));
        // "invoice_[RLO]fdp.exe" reads as "invoice_exe.pdf"
        assert_eq!(DocumentName::parse("invoice_\u{202E}fdp.exe"), Err(DocumentError::NameHiddenCharacter(0x202E)));
        assert_eq!(
            DocumentName::parse("in\u{200B}voice.pdf").unwrap_err().to_string(),
            "the file name contains an invisible or text-direction character (U+200B); rename the file without it"
        );
    }

    #[test]
    fn declared_media_types_must_fit_the_content() {
        use DocumentKind::*;
        for kind in DocumentKind::ALL {
            assert_eq!(check_media_type(Some(kind.media_type()), kind), Ok(()), "{kind}");
            assert_eq!(check_media_type(None, kind), Ok(()));
            assert_eq!(check_media_type(Some("application/octet-stream"), kind), Ok(()));
            assert_eq!(
                kind.extensions().iter().map(|e| DocumentKind::from_extension(e)).collect::<Vec<_>>(),
                vec![Some(kind); kind.extensions().len()]
            );
        }
        assert_eq!(check_media_type(Some("Application/PDF; name=\"x.pdf\""), Pdf), Ok(()));
        assert_eq!(check_media_type(Some("text/plain; charset=utf-8"), Text), Ok(()));
        assert_eq!(check_media_type(Some("text/plain"), Csv), Ok(()));
        assert_eq!(check_media_type(Some("text/plain"), Xml), Ok(()));
        assert_eq!(check_media_type(Some("text/xml"), Xml), Ok(()));
        assert_eq!(check_media_type(Some("application/vnd.ms-excel"), Csv), Ok(()));
        assert_eq!(check_media_type(Some("image/pjpeg"), Jpeg), Ok(()));
        assert_eq!(
            check_media_type(Some("image/png"), Pdf).unwrap_err().to_string(),
            "the file was sent as \"image/png\" but its content is a PDF"
        );
        assert_eq!(
            check_media_type(Some("text/html; charset=utf-8"), Text).unwrap_err().to_string(),
            "the file was sent as \"text/html\" but its content is plain text"
        );
        assert!(check_media_type(Some("text/plain"), Pdf).is_err());
        assert!(check_media_type(Some("application/vnd.ms-excel"), Xlsx).is_err());
        assert_eq!(
            check_media_type(Some("x\"<script>"), Pdf),
            Err(DocumentError::MediaType { declared: "another type".into(), detected: Pdf })
        );
    }

    #[test]
    fn kinds_describe_themselves() {
        assert_eq!(DocumentKind::Docx.label(), "Word document");
        assert_eq!(DocumentKind::Text.media_type(), "text/plain");
        assert_eq!(
            DocumentKind::Xlsx.media_type(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        assert_eq!(DocumentKind::from_extension("JPG"), Some(DocumentKind::Jpeg));
        assert_eq!(DocumentKind::from_extension("doc"), None);
    }

    proptest! {
        #[test]
        fn detect_never_panics(
            file in prop::sample::select(vec!["a.pdf", "a.png", "a.jpg", "a.txt", "a.csv", "a.xml", "a.docx", "a.xlsx", "a.zip", "a.html", "a.bin"]),
            prefix in prop::sample::select(vec![&b""[..], b"PK\x03\x04", b"%PDF-", b"MZ", b"\xEF\xBB\xBF<", b"<"]),
            bytes in prop::collection::vec(any::<u8>(), 0..2048),
        ) {
            let mut input = prefix.to_vec();
            input.extend_from_slice(&bytes);
            let _ = detect(&name(file), &input);
        }

        #[test]
        fn damaged_office_files_never_panic(
            flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = docx();
            for (at, value) in flips {
                let at = at.index(bytes.len());
                bytes[at] = value;
            }
            let _ = detect(&name("c.docx"), &bytes);
            let len = cut.index(bytes.len());
            let _ = detect(&name("c.docx"), &bytes[..len]);
        }

        #[test]
        fn parsing_a_name_never_panics_and_keeps_what_it_accepts(input in ".{0,220}") {
            if let Ok(parsed) = DocumentName::parse(&input) {
                prop_assert_eq!(parsed.as_str(), input.trim());
                prop_assert!(!parsed.extension().is_empty());
            }
        }
    }
}
