//! The mail written to `DATA_DIR/mail/` when no SMTP server is set, read back for the
//! operator: a list from the headers, and one message whole.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::time::SystemTime;

use base64::Engine;

/// One written message, as the operator's list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMail {
    /// The file name, `<id>.eml`.
    pub file: String,
    pub to: String,
    pub subject: String,
    /// As in the `Date` header.
    pub date: String,
    /// Bytes.
    pub size: u64,
}

/// The newest `limit` messages in `dir`, newest first. A missing folder is an empty list.
pub fn sent_files(dir: &Path, limit: usize) -> std::io::Result<Vec<SentMail>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut files: Vec<(SystemTime, String, u64)> = Vec::new();
    for entry in entries {
        let entry = entry?;
        let Some(name) = entry.file_name().to_str().filter(|n| valid_file_name(n)).map(str::to_string) else {
            continue;
        };
        let metadata = match entry.metadata() {
            Ok(m) if m.is_file() => m,
            _ => continue,
        };
        files.push((metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH), name, metadata.len()));
    }
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.cmp(&a.1)));
    files.truncate(limit);
    let mut list = Vec::with_capacity(files.len());
    for (_, file, size) in files {
        let headers = match std::fs::File::open(dir.join(&file)) {
            Ok(f) => read_headers(BufReader::new(f))?,
            // removed since the listing
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        let header = |name: &str| {
            headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone()).unwrap_or_default()
        };
        list.push(SentMail {
            to: decode_encoded_words(&header("To")),
            subject: decode_encoded_words(&header("Subject")),
            date: header("Date"),
            file,
            size,
        });
    }
    Ok(list)
}

/// The whole message in `dir/file_name`; `None` when there is none or the name is not one
/// of a written message (`[A-Za-z0-9_-]+.eml`, so never a path elsewhere).
pub fn read_sent(dir: &Path, file_name: &str) -> std::io::Result<Option<String>> {
    if !valid_file_name(file_name) {
        return Ok(None);
    }
    match std::fs::read(dir.join(file_name)) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn valid_file_name(name: &str) -> bool {
    name.strip_suffix(".eml").is_some_and(super::valid_id)
}

/// The header fields up to the blank line that ends them, folded lines unfolded.
fn read_headers(mut reader: impl BufRead) -> std::io::Result<Vec<(String, String)>> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            break;
        }
        if text.starts_with([' ', '\t']) {
            // a continuation: unfolding removes the line break, not the white space
            if let Some((_, value)) = headers.last_mut() {
                value.push_str(text);
            }
        } else if let Some((name, value)) = text.split_once(':') {
            headers.push((name.trim().to_string(), value.trim_start().to_string()));
        }
    }
    for (_, value) in &mut headers {
        *value = value.trim_end().to_string();
    }
    Ok(headers)
}

/// Decodes the RFC 2047 encoded-words (`=?utf-8?b?...?=`, `=?UTF-8?Q?...?=`) of a header
/// value, in UTF-8, US-ASCII or ISO-8859-1; anything else is left as written. White space
/// between two encoded-words is dropped, as the RFC says, and adjacent words are decoded
/// together, since an encoder may split a character between them.
pub fn decode_encoded_words(value: &str) -> String {
    let tokens = tokenize(value);
    let is_word = |i: usize| matches!(tokens.get(i), Some(Token::Word(..)));
    let mut out = String::new();
    let mut pending: Option<(Charset, Vec<u8>)> = None;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Text(text) => {
                if i > 0 && is_word(i - 1) && is_word(i + 1) && text.chars().all(char::is_whitespace) {
                    continue;
                }
                flush(&mut out, pending.take());
                out.push_str(text);
            }
            Token::Word(charset, bytes) => match &mut pending {
                Some((open, so_far)) if open == charset => so_far.extend_from_slice(bytes),
                _ => {
                    flush(&mut out, pending.take());
                    pending = Some((*charset, bytes.clone()));
                }
            },
        }
    }
    flush(&mut out, pending);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    Utf8,
    /// ISO-8859-1, and US-ASCII, its first half.
    Latin1,
}

enum Token<'a> {
    Word(Charset, Vec<u8>),
    Text(&'a str),
}

fn tokenize(value: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if let Some((charset, bytes, len)) = encoded_word(rest) {
            tokens.push(Token::Word(charset, bytes));
            rest = &rest[len..];
            continue;
        }
        // plain text up to the next "=?" that is not at the very start
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..].find("=?").map_or(rest.len(), |i| i + first);
        tokens.push(Token::Text(&rest[..end]));
        rest = &rest[end..];
    }
    tokens
}

/// `=?charset?B|Q?text?=` at the start of `s`: its charset, its bytes and its length.
fn encoded_word(s: &str) -> Option<(Charset, Vec<u8>, usize)> {
    let body = s.strip_prefix("=?")?;
    let (name, body) = body.split_once('?')?;
    let (encoding, body) = body.split_once('?')?;
    let end = body.find("?=")?;
    let text = &body[..end];
    if text.contains(|c: char| c.is_whitespace() || c == '?') {
        return None;
    }
    // RFC 2231 allows a language after the charset: utf-8*de
    let charset = match name.split('*').next()?.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Charset::Utf8,
        "iso-8859-1" | "latin1" | "us-ascii" => Charset::Latin1,
        _ => return None,
    };
    let bytes = match encoding {
        "B" | "b" => base64::engine::general_purpose::STANDARD.decode(text).ok()?,
        "Q" | "q" => decode_q(text)?,
        _ => return None,
    };
    let len = "=?".len() + name.len() + 1 + encoding.len() + 1 + text.len() + "?=".len();
    Some((charset, bytes, len))
}

fn decode_q(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(b) = input.next() {
        match b {
            b'_' => bytes.push(b' '),
            b'=' => {
                let hex = [input.next()?, input.next()?];
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
            }
            b => bytes.push(b),
        }
    }
    Some(bytes)
}

fn flush(out: &mut String, pending: Option<(Charset, Vec<u8>)>) {
    match pending {
        Some((Charset::Utf8, bytes)) => out.push_str(&String::from_utf8_lossy(&bytes)),
        Some((Charset::Latin1, bytes)) => out.extend(bytes.iter().map(|&b| b as char)),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_decode() {
        assert_eq!(decode_encoded_words("=?utf-8?b?TcO8bGxlciBHbWJI?="), "Müller GmbH");
        assert_eq!(decode_encoded_words("=?UTF-8?Q?M=C3=BCller_GmbH?= pays"), "Müller GmbH pays");
        assert_eq!(decode_encoded_words("Re: =?iso-8859-1?q?M=FCller?="), "Re: Müller");
        // adjacent words: the space between them goes, and a character split between them survives
        assert_eq!(decode_encoded_words("=?utf-8?b?TcM=?= =?utf-8?b?vGxsZXI=?="), "Müller");
        assert_eq!(decode_encoded_words("=?utf-8?q?a?=  =?utf-8?q?b?= c"), "ab c");
        // not encoded-words: left as written
        assert_eq!(decode_encoded_words("1 =? 2"), "1 =? 2");
        assert_eq!(decode_encoded_words("=?koi8-r?b?AAAA?= and é"), "=?koi8-r?b?AAAA?= and é");
        assert_eq!(decode_encoded_words("=?utf-8?x?abc?="), "=?utf-8?x?abc?=");
        assert_eq!(decode_encoded_words(""), "");
    }

    #[test]
    fn headers_unfold_and_stop_at_the_body() {
        let raw =
            "Subject: =?utf-8?b?YWJj?=\r\n =?utf-8?b?ZGVm?=\r\nTo: anna@example.com\r\n\r\nSubject: not a header\r\n";
        let headers = read_headers(raw.as_bytes()).unwrap();
        assert_eq!(headers.len(), 2);
        assert_eq!(headers[0], ("Subject".into(), "=?utf-8?b?YWJj?= =?utf-8?b?ZGVm?=".into()));
        assert_eq!(decode_encoded_words(&headers[0].1), "abcdef");
    }

    #[test]
    fn only_message_names_are_read() {
        let dir = std::env::temp_dir().join(format!("crossclaim_sent_{}", ulid::Ulid::new()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("01ABC.eml"), "Subject: hi\r\n\r\nbody").unwrap();
        std::fs::write(dir.join("secret.txt"), "no").unwrap();
        assert!(read_sent(&dir, "01ABC.eml").unwrap().is_some_and(|m| m.ends_with("body")));
        for name in ["secret.txt", "../01ABC.eml", "/etc/passwd", "a/b.eml", ".eml", "x.eml.tmp", "nope.eml"] {
            assert_eq!(read_sent(&dir, name).unwrap(), None, "{name}");
        }
        let listed = sent_files(&dir, 10).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].subject.as_str(), listed[0].size), ("hi", 19));
        assert!(sent_files(&dir.join("missing"), 10).unwrap().is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
