//! The CSV template of bulk intake: one row per invoice, named columns (the first line), read
//! with the `csv` crate. Rows of the same debtor (registration number and country) become one
//! claim with several invoices.

use std::collections::BTreeMap;

use super::{MAX_ROWS, SourceRow, UploadError};

/// A column of the template: its header name, whether intake needs it, and an example.
pub struct Column {
    pub name: &'static str,
    pub required: bool,
    pub example: &'static str,
}

const fn col(name: &'static str, required: bool, example: &'static str) -> Column {
    Column { name, required, example }
}

/// The template's columns, in its order.
pub const COLUMNS: &[Column] = &[
    col("debtor_name", true, "Muster Handel GmbH"),
    col("debtor_registration_number", true, "HRB 12345"),
    col("debtor_vat_number", false, "DE123456789"),
    col("debtor_country", true, "DE"),
    col("debtor_address", true, "Hauptstraße 1"),
    col("debtor_postal_code", false, "10115"),
    col("debtor_city", true, "Berlin"),
    col("contact_name", true, "Erika Muster"),
    col("contact_email", true, "erika@muster.example"),
    col("contact_phone", false, "+49 30 1234567"),
    col("debtor_language", false, "de"),
    col("invoice_number", true, "INV-1001"),
    col("issue_date", true, "2026-08-01"),
    col("due_date", true, "2026-08-31"),
    col("amount", true, "1200.00"),
    col("currency", true, "EUR"),
    col("reminders_sent", false, "2026-09-15;2026-10-01"),
    col("debtor_response", false, "ignores"),
    col("disputed", false, "no"),
    col("notes", false, "No answer to calls."),
];

/// The template to download: the header line and one example row.
pub fn template() -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    let examples: Vec<&str> = COLUMNS.iter().map(|c| c.example).collect();
    // writing to memory cannot fail
    let _ = writer.write_record(&names);
    let _ = writer.write_record(&examples);
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Reads a CSV upload: comma or semicolon separated (as a spreadsheet in a language with a
/// decimal comma saves it), UTF-8 (a byte-order mark is skipped). Each row keeps its line
/// number in the file (the header is row 1).
pub fn parse(bytes: &[u8]) -> Result<Vec<SourceRow>, UploadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| UploadError::NotCsv)?;
    if text.trim().is_empty() {
        return Err(UploadError::Empty);
    }
    if text.contains('\0') {
        return Err(UploadError::NotCsv);
    }
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader =
        ::csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(::csv::Trim::All).from_reader(bytes);
    let headers = reader.headers().map_err(|_| UploadError::NotCsv)?.clone();
    let mut names = Vec::new();
    for header in headers.iter() {
        let name = header.trim().to_ascii_lowercase();
        if !COLUMNS.iter().any(|c| c.name == name) {
            return Err(UploadError::UnknownColumn(header.to_string()));
        }
        if names.contains(&name) {
            return Err(UploadError::RepeatedColumn(name));
        }
        names.push(name);
    }
    let missing: Vec<&str> =
        COLUMNS.iter().filter(|c| c.required && !names.iter().any(|n| n == c.name)).map(|c| c.name).collect();
    if !missing.is_empty() {
        return Err(UploadError::MissingColumns(missing.join(", ")));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| UploadError::Unreadable {
            row: e.position().map_or(0, |p| p.line() as usize),
            reason: "a field's quotes are not closed".into(),
        })?;
        if record.iter().all(|v| v.is_empty()) {
            continue;
        }
        let row = record.position().map_or(rows.len() + 2, |p| p.line() as usize);
        if record.len() > names.len() {
            return Err(UploadError::Unreadable {
                row,
                reason: format!("it has {} values, the first line names {} columns", record.len(), names.len()),
            });
        }
        if rows.len() == MAX_ROWS {
            return Err(UploadError::TooManyRows);
        }
        let values: BTreeMap<String, String> =
            names.iter().zip(record.iter()).map(|(n, v)| (n.clone(), v.to_string())).collect();
        rows.push(SourceRow { row, values, document: None });
    }
    if rows.is_empty() {
        return Err(UploadError::Empty);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_reads_back_as_one_valid_looking_row() {
        let rows = parse(template().as_bytes()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].values["debtor_country"], "DE");
        assert_eq!(rows[0].values.len(), COLUMNS.len());
    }

    #[test]
    fn semicolons_a_byte_order_mark_and_optional_columns_are_read() {
        let required: Vec<&str> = COLUMNS.iter().filter(|c| c.required).map(|c| c.name).collect();
        let text = format!("\u{feff}{}\n{}\n", required.join(";"), vec!["x"; required.len()].join(";"));
        let rows = parse(text.as_bytes()).unwrap();
        assert_eq!(rows[0].values["currency"], "x");
    }

    #[test]
    fn files_that_are_not_the_template_are_refused_with_the_reason() {
        assert!(matches!(parse(b""), Err(UploadError::Empty)));
        assert!(matches!(parse(b"\x89PNG\r\n\x1a\n\0\0"), Err(UploadError::NotCsv)));
        assert!(matches!(parse(b"name,amount\nA,1\n"), Err(UploadError::UnknownColumn(c)) if c == "name"));
        assert!(
            matches!(parse(b"debtor_name,amount\nA,1\n"), Err(UploadError::MissingColumns(m)) if m.contains("currency"))
        );
        let mut many = template().lines().next().unwrap().to_string();
        many.push('\n');
        let example = template().lines().nth(1).unwrap().to_string();
        for _ in 0..=MAX_ROWS {
            many.push_str(&example);
            many.push('\n');
        }
        assert!(matches!(parse(many.as_bytes()), Err(UploadError::TooManyRows)));
    }
}
