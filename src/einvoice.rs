//! Reading e-invoices: UBL 2.1 invoices as Peppol BIS Billing 3.0 specifies them (the
//! e-invoice companies already send each other), one XML file or a zip of several. What a
//! claim needs is taken from the invoice as written: the buyer party (the debtor), the
//! invoice number, its dates, the amount due and the currency. Nothing is checked here but
//! the file itself: the values go through the same intake validation as a typed claim, and
//! what an invoice lacks is asked for before filing. The XML is kept as received, to become
//! the claim's document.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

/// The largest single XML file read (Peppol's own limit for a message is 100 MB, but an
/// invoice that large is an attachment-heavy one; the claim needs only the header).
pub const MAX_XML_BYTES: usize = 10 * 1024 * 1024;
/// The most invoices one zip may hold.
pub const MAX_ZIP_ENTRIES: usize = 1_000;
/// The most a zip may unpack to, all files together.
pub const MAX_ZIP_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;

/// One invoice as read from its XML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EInvoice {
    /// The file's name in the upload or the zip.
    pub file_name: String,
    /// The invoice as received.
    pub xml: Vec<u8>,
    pub invoice_number: Option<String>,
    /// `YYYY-MM-DD`, as UBL writes dates.
    pub issue_date: Option<String>,
    /// `YYYY-MM-DD`: the invoice's due date, or its payment means' due date.
    pub due_date: Option<String>,
    /// The amount due for payment (`PayableAmount`), a decimal as written.
    pub amount_due: Option<String>,
    /// ISO 4217: the amount's currency, else the document's.
    pub currency: Option<String>,
    pub buyer: Buyer,
    pub seller_name: Option<String>,
}

/// The buyer party (`AccountingCustomerParty`): the debtor of a claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Buyer {
    /// The legal name, else the trading name.
    pub name: Option<String>,
    /// The legal registration number (`PartyLegalEntity/CompanyID`), else the party's identifier.
    pub registration_number: Option<String>,
    pub vat_id: Option<String>,
    /// Street and additional street line, joined.
    pub street: Option<String>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2, as the invoice gives it.
    pub country: Option<String>,
    pub contact_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Why a file could not be read as an invoice; each names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EInvoiceError {
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: the file is larger than {} MB", MAX_XML_BYTES / (1024 * 1024))]
    TooLarge { file: String },
    #[error("{file}: the file is not UTF-8 text, which e-invoices must be")]
    NotUtf8 { file: String },
    #[error("{file}: the XML cannot be read ({reason})")]
    BadXml { file: String, reason: String },
    #[error("{file}: document type declarations are not accepted in e-invoices")]
    DocType { file: String },
    #[error("{file}: this is a credit note, not an invoice; only unpaid invoices can be claimed")]
    CreditNote { file: String },
    #[error("{file}: this is not a UBL invoice (its root element is <{root}>)")]
    NotAnInvoice { file: String, root: String },
    #[error("{file}: the zip file cannot be read")]
    BadZip { file: String },
    #[error("{file}: the zip holds more than {MAX_ZIP_ENTRIES} files")]
    ZipTooManyFiles { file: String },
    #[error("{file}: the zip unpacks to more than {} MB", MAX_ZIP_UNPACKED_BYTES / (1024 * 1024))]
    ZipTooLarge { file: String },
    #[error("{file}: the zip holds no XML invoices")]
    ZipEmpty { file: String },
}

/// Reads an upload: one XML invoice, or a zip of XML invoices (other files in the zip, and
/// folders, are passed over). Invoices come in the zip's order.
pub fn read_upload(file_name: &str, bytes: &[u8]) -> Result<Vec<EInvoice>, EInvoiceError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        read_zip(file_name, bytes)
    } else {
        Ok(vec![parse_invoice(file_name, bytes)?])
    }
}

fn read_zip(file_name: &str, bytes: &[u8]) -> Result<Vec<EInvoice>, EInvoiceError> {
    let bad = || EInvoiceError::BadZip { file: file_name.to_owned() };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| bad())?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(EInvoiceError::ZipTooManyFiles { file: file_name.to_owned() });
    }
    let mut invoices = Vec::new();
    let mut unpacked: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index(index).map_err(|_| bad())?;
        let name = entry.name().to_owned();
        let base = name.rsplit('/').next().unwrap_or(&name).to_owned();
        // folders, and the resource forks and hidden files archivers add
        if entry.is_dir() || base.starts_with('.') || name.starts_with("__MACOSX/") {
            continue;
        }
        if !base.to_ascii_lowercase().ends_with(".xml") {
            continue;
        }
        // Never trust the sizes the zip declares: read at most what is left of the budget.
        let budget = (MAX_ZIP_UNPACKED_BYTES - unpacked).min(MAX_XML_BYTES as u64 + 1);
        let mut xml = Vec::new();
        entry.take(budget).read_to_end(&mut xml).map_err(|_| bad())?;
        unpacked += xml.len() as u64;
        if xml.len() > MAX_XML_BYTES {
            return Err(EInvoiceError::TooLarge { file: base });
        }
        if unpacked >= MAX_ZIP_UNPACKED_BYTES {
            return Err(EInvoiceError::ZipTooLarge { file: file_name.to_owned() });
        }
        invoices.push(parse_invoice(&base, &xml)?);
    }
    if invoices.is_empty() {
        return Err(EInvoiceError::ZipEmpty { file: file_name.to_owned() });
    }
    Ok(invoices)
}

/// Where each value sits, as local element names below the root (namespace prefixes vary
/// between senders and are ignored).
mod paths {
    pub const ID: &[&str] = &["ID"];
    pub const ISSUE_DATE: &[&str] = &["IssueDate"];
    pub const DUE_DATE: &[&str] = &["DueDate"];
    pub const PAYMENT_DUE_DATE: &[&str] = &["PaymentMeans", "PaymentDueDate"];
    pub const CURRENCY: &[&str] = &["DocumentCurrencyCode"];
    pub const PAYABLE: &[&str] = &["LegalMonetaryTotal", "PayableAmount"];
    pub const SELLER_LEGAL: &[&str] = &["AccountingSupplierParty", "Party", "PartyLegalEntity", "RegistrationName"];
    pub const SELLER_NAME: &[&str] = &["AccountingSupplierParty", "Party", "PartyName", "Name"];
    const B: &str = "AccountingCustomerParty";
    pub const BUYER_LEGAL: &[&str] = &[B, "Party", "PartyLegalEntity", "RegistrationName"];
    pub const BUYER_NAME: &[&str] = &[B, "Party", "PartyName", "Name"];
    pub const BUYER_COMPANY_ID: &[&str] = &[B, "Party", "PartyLegalEntity", "CompanyID"];
    pub const BUYER_PARTY_ID: &[&str] = &[B, "Party", "PartyIdentification", "ID"];
    pub const BUYER_VAT: &[&str] = &[B, "Party", "PartyTaxScheme", "CompanyID"];
    pub const BUYER_STREET: &[&str] = &[B, "Party", "PostalAddress", "StreetName"];
    pub const BUYER_STREET_2: &[&str] = &[B, "Party", "PostalAddress", "AdditionalStreetName"];
    pub const BUYER_CITY: &[&str] = &[B, "Party", "PostalAddress", "CityName"];
    pub const BUYER_POSTAL: &[&str] = &[B, "Party", "PostalAddress", "PostalZone"];
    pub const BUYER_COUNTRY: &[&str] = &[B, "Party", "PostalAddress", "Country", "IdentificationCode"];
    pub const BUYER_CONTACT: &[&str] = &[B, "Party", "Contact", "Name"];
    pub const BUYER_EMAIL: &[&str] = &[B, "Party", "Contact", "ElectronicMail"];
    pub const BUYER_PHONE: &[&str] = &[B, "Party", "Contact", "Telephone"];
}

/// Reads one invoice.
pub fn parse_invoice(file_name: &str, bytes: &[u8]) -> Result<EInvoice, EInvoiceError> {
    let file = || file_name.to_owned();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(EInvoiceError::Empty { file: file() });
    }
    if bytes.len() > MAX_XML_BYTES {
        return Err(EInvoiceError::TooLarge { file: file() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| EInvoiceError::NotUtf8 { file: file() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad = |reason: String| EInvoiceError::BadXml { file: file(), reason };

    let mut reader = Reader::from_str(text);
    // (local name, text so far) of each open element, root first
    let mut open: Vec<(String, String)> = Vec::new();
    let mut values: Vec<(&'static [&'static str], String)> = Vec::new();
    let mut payable_currency = None;
    let mut root_seen = false;
    loop {
        let event = reader.read_event().map_err(|e| bad(e.to_string()))?;
        match event {
            Event::DocType(_) => return Err(EInvoiceError::DocType { file: file() }),
            Event::Start(ref start) | Event::Empty(ref start) if !root_seen => {
                root_seen = true;
                let root = start.local_name().as_ref().to_owned();
                match root.as_str() {
                    "Invoice" => {}
                    "CreditNote" => return Err(EInvoiceError::CreditNote { file: file() }),
                    _ => return Err(EInvoiceError::NotAnInvoice { file: file(), root }),
                }
                if matches!(event, Event::Empty(_)) {
                    break;
                }
                open.push((root, String::new()));
            }
            Event::Start(start) => {
                let name = start.local_name().as_ref().to_owned();
                open.push((name, String::new()));
                if below_root(&open) == paths::PAYABLE {
                    for attribute in start.attributes().flatten() {
                        if attribute.key.local_name().as_ref() == "currencyID" {
                            let value = attribute.value.trim().to_owned();
                            payable_currency = Some(value);
                        }
                    }
                }
            }
            Event::Text(content) => {
                if let Some((_, text)) = open.last_mut() {
                    text.push_str(&content.xml10_content());
                }
            }
            Event::CData(content) => {
                if let Some((_, text)) = open.last_mut() {
                    text.push_str(&content.xml10_content());
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = reference.xml10_content();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| bad(format!("unknown entity &{name};")))?
                            .to_owned()
                    }
                    Err(e) => return Err(bad(e.to_string())),
                };
                if let Some((_, text)) = open.last_mut() {
                    text.push_str(&resolved);
                }
            }
            Event::End(_) => {
                let wanted = WANTED.iter().find(|w| **w == below_root(&open).as_slice()).copied();
                let Some((_, text)) = open.pop() else { break };
                if let Some(wanted) = wanted {
                    let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !value.is_empty() && !values.iter().any(|(p, _)| *p == wanted) {
                        values.push((wanted, value));
                    }
                }
                if open.is_empty() {
                    break;
                }
            }
            Event::Eof => {
                if !root_seen {
                    return Err(bad("there is no root element".into()));
                }
                return Err(bad("the file ends before the invoice does".into()));
            }
            _ => {}
        }
    }

    let get = |path: &[&str]| values.iter().find(|(p, _)| *p == path).map(|(_, v)| v.clone());
    let street = match (get(paths::BUYER_STREET), get(paths::BUYER_STREET_2)) {
        (Some(a), Some(b)) => Some(format!("{a}, {b}")),
        (a, b) => a.or(b),
    };
    Ok(EInvoice {
        file_name: file_name.to_owned(),
        xml: bytes.to_vec(),
        invoice_number: get(paths::ID),
        issue_date: get(paths::ISSUE_DATE),
        due_date: get(paths::DUE_DATE).or_else(|| get(paths::PAYMENT_DUE_DATE)),
        amount_due: get(paths::PAYABLE),
        currency: payable_currency.filter(|c| !c.is_empty()).or_else(|| get(paths::CURRENCY)),
        buyer: Buyer {
            name: get(paths::BUYER_LEGAL).or_else(|| get(paths::BUYER_NAME)),
            registration_number: get(paths::BUYER_COMPANY_ID).or_else(|| get(paths::BUYER_PARTY_ID)),
            vat_id: get(paths::BUYER_VAT),
            street,
            city: get(paths::BUYER_CITY),
            postal_code: get(paths::BUYER_POSTAL),
            country: get(paths::BUYER_COUNTRY).map(|c| c.to_ascii_uppercase()),
            contact_name: get(paths::BUYER_CONTACT),
            email: get(paths::BUYER_EMAIL),
            phone: get(paths::BUYER_PHONE),
        },
        seller_name: get(paths::SELLER_LEGAL).or_else(|| get(paths::SELLER_NAME)),
    })
}

const WANTED: &[&[&str]] = &[
    paths::ID,
    paths::ISSUE_DATE,
    paths::DUE_DATE,
    paths::PAYMENT_DUE_DATE,
    paths::CURRENCY,
    paths::PAYABLE,
    paths::SELLER_LEGAL,
    paths::SELLER_NAME,
    paths::BUYER_LEGAL,
    paths::BUYER_NAME,
    paths::BUYER_COMPANY_ID,
    paths::BUYER_PARTY_ID,
    paths::BUYER_VAT,
    paths::BUYER_STREET,
    paths::BUYER_STREET_2,
    paths::BUYER_CITY,
    paths::BUYER_POSTAL,
    paths::BUYER_COUNTRY,
    paths::BUYER_CONTACT,
    paths::BUYER_EMAIL,
    paths::BUYER_PHONE,
];

/// The names of the open elements below the root.
fn below_root(open: &[(String, String)]) -> Vec<&str> {
    open.iter().skip(1).map(|(name, _)| name.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PEPPOL: &[u8] = include_bytes!("../tests/fixtures/ubl/peppol-bis3-base-example.xml");

    fn minimal(buyer: &str, extra: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:c="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <b:ID>INV-7</b:ID>
  <b:IssueDate>2026-09-01</b:IssueDate>
  {extra}
  <b:DocumentCurrencyCode>SEK</b:DocumentCurrencyCode>
  <c:AccountingCustomerParty><c:Party>{buyer}</c:Party></c:AccountingCustomerParty>
  <c:LegalMonetaryTotal><b:PayableAmount currencyID="SEK">12500.00</b:PayableAmount></c:LegalMonetaryTotal>
</ubl:Invoice>"#
        )
    }

    #[test]
    fn reads_the_peppol_base_example() {
        let invoice = parse_invoice("base.xml", PEPPOL).unwrap();
        assert_eq!(invoice.invoice_number.as_deref(), Some("Snippet1"));
        assert_eq!(invoice.issue_date.as_deref(), Some("2017-11-13"));
        assert_eq!(invoice.due_date.as_deref(), Some("2017-12-01"));
        assert_eq!(invoice.amount_due.as_deref(), Some("1656.25"));
        assert_eq!(invoice.currency.as_deref(), Some("EUR"));
        assert_eq!(invoice.seller_name.as_deref(), Some("SupplierOfficialName Ltd"));
        let buyer = &invoice.buyer;
        assert_eq!(buyer.name.as_deref(), Some("Buyer Official Name"));
        assert_eq!(buyer.registration_number.as_deref(), Some("39937423947"));
        assert_eq!(buyer.vat_id.as_deref(), Some("SE4598375937"));
        assert_eq!(buyer.street.as_deref(), Some("Hovedgatan 32, Po box 878"));
        assert_eq!(buyer.city.as_deref(), Some("Stockholm"));
        assert_eq!(buyer.postal_code.as_deref(), Some("456 34"));
        assert_eq!(buyer.country.as_deref(), Some("SE"));
        assert_eq!(buyer.contact_name.as_deref(), Some("Lisa Johnson"));
        assert_eq!(buyer.email.as_deref(), Some("lj@buyer.se"));
        assert_eq!(buyer.phone.as_deref(), Some("23434234"));
        assert_eq!(invoice.xml, PEPPOL);
    }

    #[test]
    fn other_prefixes_entities_and_missing_values() {
        let xml = minimal(
            r#"<c:PartyName><b:Name>Smith &amp; S&#246;ner AB</b:Name></c:PartyName>
               <c:PostalAddress><c:Country><b:IdentificationCode>se</b:IdentificationCode></c:Country></c:PostalAddress>"#,
            r#"<c:PaymentMeans><b:PaymentDueDate>2026-10-01</b:PaymentDueDate></c:PaymentMeans>"#,
        );
        let invoice = parse_invoice("a.xml", xml.as_bytes()).unwrap();
        assert_eq!(invoice.buyer.name.as_deref(), Some("Smith & Söner AB"));
        assert_eq!(invoice.buyer.country.as_deref(), Some("SE"));
        assert_eq!(invoice.due_date.as_deref(), Some("2026-10-01"));
        assert_eq!(invoice.amount_due.as_deref(), Some("12500.00"));
        assert_eq!(invoice.currency.as_deref(), Some("SEK"));
        assert_eq!(invoice.buyer.email, None);
        assert_eq!(invoice.buyer.registration_number, None);
    }

    #[test]
    fn the_invoices_own_due_date_wins_and_line_ids_are_not_the_number() {
        let xml = minimal(
            "<c:PartyName><b:Name>X</b:Name></c:PartyName>",
            r#"<b:DueDate>2026-09-30</b:DueDate>
               <c:PaymentMeans><b:PaymentDueDate>2026-10-01</b:PaymentDueDate></c:PaymentMeans>
               <c:InvoiceLine><b:ID>1</b:ID></c:InvoiceLine>"#,
        )
        .replace("<b:ID>INV-7</b:ID>", "");
        let invoice = parse_invoice("a.xml", xml.as_bytes()).unwrap();
        assert_eq!(invoice.due_date.as_deref(), Some("2026-09-30"));
        assert_eq!(invoice.invoice_number, None);
    }

    #[test]
    fn refusals_name_the_file_and_the_reason() {
        let cases: Vec<(&[u8], &str)> = vec![
            (b"", "x.xml: the file is empty"),
            (b"\xff\xfe<a/>", "not UTF-8"),
            (b"<Invoice><ID>1</Invoice>", "cannot be read"),
            (b"<Invoice><ID>1</ID>", "ends before"),
            (b"<CreditNote xmlns=\"urn:x\"></CreditNote>", "credit note"),
            (b"<Order></Order>", "root element is <Order>"),
            (b"<!DOCTYPE x [<!ENTITY a \"b\">]><Invoice/>", "document type"),
            (b"<Invoice><ID>&bogus;</ID></Invoice>", "unknown entity"),
            (b"PK\x03\x04garbage", "zip file cannot be read"),
        ];
        for (bytes, expected) in cases {
            let error = read_upload("x.xml", bytes).unwrap_err().to_string();
            assert!(error.contains(expected), "{error:?} should say {expected:?}");
            assert!(error.starts_with("x.xml: "), "{error:?}");
        }
        let big = vec![b' '; MAX_XML_BYTES + 1];
        let mut big = big;
        big[0] = b'<';
        assert!(matches!(parse_invoice("big.xml", &big), Err(EInvoiceError::TooLarge { .. })));
    }

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut writer = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            for (name, bytes) in files {
                writer.start_file(*name, options).unwrap();
                writer.write_all(bytes).unwrap();
            }
            writer.finish().unwrap();
        }
        out.into_inner()
    }

    #[test]
    fn a_zip_of_invoices_in_order_skipping_other_files() {
        let second = minimal("<c:PartyName><b:Name>Two</b:Name></c:PartyName>", "");
        let zip = zip_of(&[
            ("invoices/one.xml", PEPPOL),
            ("__MACOSX/invoices/._one.xml", b"junk"),
            ("readme.txt", b"hello"),
            ("invoices/TWO.XML", second.as_bytes()),
        ]);
        let invoices = read_upload("batch.zip", &zip).unwrap();
        let names: Vec<_> = invoices.iter().map(|i| i.file_name.as_str()).collect();
        assert_eq!(names, ["one.xml", "TWO.XML"]);
        assert_eq!(invoices[1].buyer.name.as_deref(), Some("Two"));

        let error = read_upload("batch.zip", &zip_of(&[("a.txt", b"x")])).unwrap_err();
        assert_eq!(error, EInvoiceError::ZipEmpty { file: "batch.zip".into() });
        let error = read_upload("batch.zip", &zip_of(&[("bad.xml", b"<Order/>")])).unwrap_err();
        assert!(error.to_string().starts_with("bad.xml: "), "{error}");
    }

    #[test]
    fn a_zip_bomb_is_cut_off() {
        let huge = vec![b' '; MAX_XML_BYTES + 10];
        let zip = zip_of(&[("huge.xml", &huge)]);
        assert!(zip.len() < 100_000, "deflate packs the spaces small");
        assert!(matches!(read_upload("bomb.zip", &zip), Err(EInvoiceError::TooLarge { .. })));
    }
}
