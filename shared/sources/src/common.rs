//! What every adapter needs: errors that name the record, trimmed text,
//! lenient GTIN extraction, dates, folded keyword search.

use crate::error::SourceError;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use safety_domain::{fold, Gtin, GtinError};
use serde_json::{Map, Value};

/// The record being parsed: names it in every error.
pub(crate) struct Ctx {
    pub source: &'static str,
    pub record_id: String,
}

impl Ctx {
    pub fn new(source: &'static str, record_id: impl Into<String>) -> Self {
        Ctx {
            source,
            record_id: record_id.into(),
        }
    }

    pub fn err(&self, field: impl Into<String>, reason: impl Into<String>) -> SourceError {
        SourceError::new(self.source, self.record_id.clone(), field, reason)
    }
}

/// A GTIN error of a regulator's record, quoting the regulator's own (public)
/// value briefly: `'3760289220695' has check digit 5, expected 4`.
pub(crate) fn gtin_reason(e: &GtinError) -> String {
    let value = match e {
        GtinError::Shape(v) => v,
        GtinError::CheckDigit { value, .. } => value,
    };
    format!(
        "'{}' {e}",
        safety_domain::kernel::limits::bounded(value, 32)
    )
}

/// Trimmed, `None` when empty.
pub(crate) fn clean(raw: &str) -> Option<String> {
    let t = raw.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A JSON scalar as text: strings trimmed, numbers and booleans written out;
/// `None` for null, empty strings, arrays and objects.
pub(crate) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A field that must be a scalar when present: `Ok(None)` when absent, null or
/// empty; an error naming `path` when it is an array or an object.
pub(crate) fn opt_scalar(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<String>, SourceError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v @ (Value::Array(_) | Value::Object(_))) => {
            Err(ctx.err(path, format!("must be a string, found {}", kind_of(v))))
        }
        Some(v) => Ok(scalar_text(v)),
    }
}

pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Keeps the first of each value that folds the same ("JB-100" and "jb 100"),
/// in order; drops values that fold to nothing.
pub(crate) fn dedupe_folded(values: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    values
        .into_iter()
        .filter(|v| {
            let f = fold(v);
            !f.is_empty() && seen.insert(f)
        })
        .collect()
}

/// Splits on any of `seps`, trims, drops empty parts.
pub(crate) fn split_list(raw: &str, seps: &[char]) -> Vec<String> {
    raw.split(|c| seps.contains(&c)).filter_map(clean).collect()
}

/// What a value in a GTIN field turned out to be.
pub(crate) enum GtinField {
    /// A GTIN with a valid check digit.
    Gtin(Gtin),
    /// GTIN-shaped (8, 12, 13 or 14 digits, spaces and hyphens ignored) but the
    /// check digit is wrong: an error in the record.
    Bad(GtinError),
    /// Only digits, but not a GTIN: all zeros (a placeholder) or another length.
    NotGtin,
    /// Not only digits: free text ("non concerné", "EAN 3760289220694",
    /// "unknown"), from which GTINs may still be extracted.
    Text,
}

pub(crate) fn gtin_field(raw: &str) -> GtinField {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit()) {
        return GtinField::Text;
    }
    if compact.chars().all(|c| c == '0') || !matches!(compact.len(), 8 | 12 | 13 | 14) {
        return GtinField::NotGtin;
    }
    match Gtin::parse(&compact) {
        Ok(g) => GtinField::Gtin(g),
        Err(e) => GtinField::Bad(e),
    }
}

/// A run of ASCII digits in free text, with its byte range.
pub(crate) struct DigitRun<'a> {
    pub start: usize,
    pub end: usize,
    pub digits: &'a str,
}

pub(crate) fn digit_runs(text: &str) -> Vec<DigitRun<'_>> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(DigitRun {
                    start: s,
                    end: i,
                    digits: &text[s..i],
                });
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// The GTINs in free text: runs of 8, 12, 13 or 14 digits, not all zeros,
/// whose check digit is right. Other runs (dates, lot numbers) are left alone.
pub(crate) fn gtins_in_text(text: &str) -> Vec<(Gtin, usize, usize)> {
    digit_runs(text)
        .into_iter()
        .filter_map(|r| match gtin_field(r.digits) {
            GtinField::Gtin(g) => Some((g, r.start, r.end)),
            _ => None,
        })
        .collect()
}

/// An ISO 8601 timestamp: with an offset (RFC 3339), without one (taken as
/// UTC), or a bare date (midnight UTC). `None` otherwise.
pub(crate) fn iso_datetime(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(Utc.from_utc_datetime(&n));
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)))
}

/// The last second of a day, UTC: the deadline a date-only order gives.
pub(crate) fn end_of_day(d: NaiveDate) -> Option<DateTime<Utc>> {
    d.and_hms_opt(23, 59, 59).map(|n| Utc.from_utc_datetime(&n))
}

/// Lower case without accents, keeping spaces and punctuation, for keyword
/// search in French and English prose ("Décès" -> "deces").
pub(crate) fn fold_text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '’' | '‘' => out.push('\''),
            other => out.push(other),
        }
    }
    out
}

/// The words of folded text (letters and digits only).
pub(crate) fn words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Joins sentences, adding a full stop where the previous one has none.
pub(crate) fn join_sentences<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            if !out.ends_with(['.', '!', '?', ':', ';']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Placeholders regulators write where a value is unknown ("unknown", "-",
/// "N/A", "Not known"...): no value.
pub(crate) fn is_placeholder(raw: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "",
        "unknown",
        "na",
        "nd",
        "none",
        "notknown",
        "notavailable",
        "notapplicable",
        "notprovided",
        "nil",
    ];
    PLACEHOLDERS.contains(&fold(raw).as_str())
}

/// The GTINs of a barcode field (Safety Gate `barcode`, an OPSS table's
/// "Barcode" row): one or several ("8720362191049, 8720362191056"), possibly
/// with a label ("EAN 8720362191049"). A value of GTIN shape with a wrong
/// check digit is an error on `field`; placeholders are skipped.
pub(crate) fn barcodes(ctx: &Ctx, field: &str, raw: &str) -> Result<Vec<Gtin>, SourceError> {
    let mut out = Vec::new();
    let bad = |e: GtinError| ctx.err(field, gtin_reason(&e));
    for part in split_list(raw, &[',', ';', '/', '|', '\n']) {
        if is_placeholder(&part) {
            continue;
        }
        match gtin_field(&part) {
            GtinField::Gtin(g) => out.push(g),
            GtinField::Bad(e) => return Err(bad(e)),
            GtinField::NotGtin | GtinField::Text => {
                // Several codes separated by spaces, or a code with a label.
                for word in part.split(|c: char| !c.is_ascii_digit()) {
                    match gtin_field(word) {
                        GtinField::Gtin(g) => out.push(g),
                        GtinField::Bad(e) => return Err(bad(e)),
                        GtinField::NotGtin | GtinField::Text => {}
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The text of an HTML fragment (a GOV.UK body, an RSS description, Health
/// Canada's "What you should do"): tags dropped, each leaving a space;
/// entities decoded (`&nbsp;` is a space); whitespace collapsed to single
/// spaces. A `<` that opens no tag ("a < b") is text; an unclosed tag at the
/// end is dropped.
pub(crate) fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag = &rest[lt + 1..];
        let opens_tag =
            tag.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !opens_tag {
            out.push('<');
            rest = tag;
            continue;
        }
        out.push(' ');
        rest = match tag.find('>') {
            Some(gt) => &tag[gt + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    tidy(&decode_entities(&out))
}

/// Whitespace collapsed to single spaces, none before a comma or a full stop.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let glued = word.starts_with([',', '.', ';', ':', '!', '?', ')']);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// HTML's character references: the XML five, `&nbsp;` and the typographic
/// ones regulators use, decimal and hexadecimal references. One pass
/// (`&amp;lt;` is `&lt;`); an unknown or malformed reference is kept as
/// written; a reference to a control character is a space.
pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after
            .find(';')
            .filter(|end| *end <= 10)
            .and_then(|end| entity(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(if c.is_control() { ' ' } else { c });
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "deg" => '°',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        _ => return None,
    })
}

/// At most `max` characters of a one-line text, with "…" where it was cut:
/// after a phrase (at a comma or semicolon) when one ends in its second half,
/// else at a word, else anywhere.
pub(crate) fn bounded_line(text: &str, max: usize) -> String {
    let flat = tidy(text);
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    let half = cut.len() / 2;
    let phrase = [", ", "; "]
        .iter()
        .filter_map(|sep| cut.rfind(sep))
        .max()
        .filter(|i| *i > half);
    let word = cut.rfind(' ').filter(|i| *i > half);
    let end = phrase.or(word).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
#[path = "common_test.rs"]
mod tests;
