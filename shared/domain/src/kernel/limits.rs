//! The bounds every queue message is held to (README, "The contract"), and
//! the one pass that enforces them before a body is deserialised.
//!
//! Every string of a message is one of four kinds, told by its field's name
//! (an array's items take the kind of the array's field):
//!
//! - an **id** (any `*_id`, `reviewer`, `reporter`, `source`, `channel`): at
//!   most [`MAX_ID_BYTES`], not blank, no control character; the ids we
//!   compose from others (the message `id`, which for a page is
//!   `crp:<case>:<market>:<cursor>`, `case_id` = recall and listing,
//!   `recall_id`) at most [`MAX_COMPOSITE_ID_BYTES`];
//! - **short text** ([`SHORT_TEXT_FIELDS`]: titles, names, brands, models,
//!   addresses, locales, GTINs, batches, page cursors...): at most
//!   [`MAX_SHORT_TEXT_BYTES`], no control character;
//! - **long text** (every other string: grounds, reasons, descriptions,
//!   notes): at most [`MAX_LONG_TEXT_BYTES`], no control character but tab,
//!   line feed and carriage return;
//! - the **verbatim regulator record** (`record` of `recall_received`): its
//!   JSON text at most [`MAX_RECORD_BYTES`], read by the source adapters.
//!
//! A list holds at most [`MAX_LIST_ITEMS`] items ([`MAX_MARKETS`] for
//! `markets`); a field name is at most [`MAX_FIELD_NAME_BYTES`]; a whole
//! message at most [`MAX_MESSAGE_BYTES`] (SQS's own maximum). A DynamoDB item
//! holds 400 KB: these bounds keep every stored item well under it, and a
//! refusal names the field, never stores part of it.
//!
//! Control characters are `char::is_control`: C0 (NUL included), DEL and C1.
//!
//! The errors never repeat a value: they name the field and the bound.

use serde_json::Value;

/// An identifier: the message `id`, `seller_id`, `listing_id`, `order_id`,
/// `buyer_id`, `case_id`, `reviewer`, ...
pub const MAX_ID_BYTES: usize = 128;
/// An id composed of others: the message `id` (a page's is
/// `crp:<case_id>:<market>:<cursor>`), `case_id` (`R-<source>-<ref>/<listing_id>`),
/// `recall_id`. Far under DynamoDB's key limits (2048 and 1024 bytes).
pub const MAX_COMPOSITE_ID_BYTES: usize = 512;
/// A title, a name, a brand, a model, an email address, a locale, a GTIN, a
/// batch, a cursor.
pub const MAX_SHORT_TEXT_BYTES: usize = 1024;
/// Grounds, reasons, descriptions, notes.
pub const MAX_LONG_TEXT_BYTES: usize = 16 * 1024;
/// The regulator's record of a `recall_received`, as JSON text.
pub const MAX_RECORD_BYTES: usize = 256 * 1024;
/// A whole message body (SQS refuses larger ones).
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;
/// Items of a list (order lines, refund lines, GTINs, batches, evidence).
pub const MAX_LIST_ITEMS: usize = 100;
/// Markets of a listing: every assigned ISO 3166-1 code at most.
pub const MAX_MARKETS: usize = 249;
/// A field's name (the names this contract uses are far shorter).
pub const MAX_FIELD_NAME_BYTES: usize = 64;
/// The text of a message's error (the reason of a [`crate::MessageError`]).
pub const MAX_REASON_BYTES: usize = 512;

/// The fields whose strings are short text (the rest are ids or long text).
pub const SHORT_TEXT_FIELDS: &[&str] = &[
    "type",
    "title",
    "name",
    "brand",
    "model",
    "email",
    "safety_email",
    "postal_code",
    "region",
    "country",
    "locale",
    "time_zone",
    "market",
    "markets",
    "gtins",
    "batches",
    "category",
    "item_kind",
    "image_url",
    "amount",
    "currency",
    "cursor",
    "evidence",
    "decision",
    "reason_code",
];

/// The fields whose strings are ids (besides `id` and any `*_id`).
const ID_FIELDS: &[&str] = &["reviewer", "reporter", "source", "channel"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Id,
    CompositeId,
    Short,
    Long,
}

/// The ids composed of others (see [`MAX_COMPOSITE_ID_BYTES`]).
const COMPOSITE_ID_FIELDS: &[&str] = &["id", "case_id", "recall_id"];

fn kind_of(field: &str) -> Kind {
    if COMPOSITE_ID_FIELDS.contains(&field) {
        Kind::CompositeId
    } else if field.ends_with("_id") || ID_FIELDS.contains(&field) {
        Kind::Id
    } else if SHORT_TEXT_FIELDS.contains(&field) {
        Kind::Short
    } else {
        Kind::Long
    }
}

/// A bound a message broke: the field's path and why (never its value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub field: String,
    pub reason: String,
}

/// Checks a message body (its envelope fields removed) against the bounds.
pub fn check_body(body: &serde_json::Map<String, Value>) -> Result<(), Breach> {
    check_map(body, "")
}

/// Checks the message `id`: the idempotency key and what every error names.
pub fn check_id(id: &str) -> Result<(), String> {
    check_str(id, Kind::CompositeId)
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn check_map(map: &serde_json::Map<String, Value>, path: &str) -> Result<(), Breach> {
    for (key, value) in map {
        if key.len() > MAX_FIELD_NAME_BYTES || key.chars().any(char::is_control) {
            return Err(Breach {
                field: join(path, "(a field name)"),
                reason: format!(
                    "a field name is longer than {MAX_FIELD_NAME_BYTES} bytes or has a control character"
                ),
            });
        }
        let here = join(path, key);
        if path.is_empty() && key == "record" {
            let len = serde_json::to_string(value).map(|s| s.len()).unwrap_or(0);
            if len > MAX_RECORD_BYTES {
                return Err(Breach {
                    field: here,
                    reason: format!("is larger than {MAX_RECORD_BYTES} bytes"),
                });
            }
            continue;
        }
        check_value(value, &here, key)?;
    }
    Ok(())
}

fn check_value(value: &Value, path: &str, field: &str) -> Result<(), Breach> {
    match value {
        Value::String(s) => check_str(s, kind_of(field)).map_err(|reason| Breach {
            field: path.to_string(),
            reason,
        }),
        Value::Array(items) => {
            let max = if field == "markets" {
                MAX_MARKETS
            } else {
                MAX_LIST_ITEMS
            };
            if items.len() > max {
                return Err(Breach {
                    field: path.to_string(),
                    reason: format!("has more than {max} items"),
                });
            }
            for (i, item) in items.iter().enumerate() {
                check_value(item, &format!("{path}[{i}]"), field)?;
            }
            Ok(())
        }
        Value::Object(map) => check_map(map, path),
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn check_str(s: &str, kind: Kind) -> Result<(), String> {
    let (max, what) = match kind {
        Kind::Id => (MAX_ID_BYTES, "an id"),
        Kind::CompositeId => (MAX_COMPOSITE_ID_BYTES, "an id"),
        Kind::Short => (MAX_SHORT_TEXT_BYTES, "short text"),
        Kind::Long => (MAX_LONG_TEXT_BYTES, "long text"),
    };
    if s.len() > max {
        return Err(format!(
            "is longer than {max} bytes ({what}; this one has {})",
            s.len()
        ));
    }
    let allowed = |c: char| kind == Kind::Long && matches!(c, '\t' | '\n' | '\r');
    if s.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(match kind {
            Kind::Long => "has a control character (only tab and line breaks are allowed)".into(),
            _ => "has a control character".into(),
        });
    }
    if matches!(kind, Kind::Id | Kind::CompositeId) && s.trim().is_empty() {
        return Err("must not be blank".into());
    }
    Ok(())
}

/// At most `max` bytes of `text`, cut on a character boundary, with a mark of
/// how much was cut: what bounds every error and log line.
pub fn bounded(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    std::borrow::Cow::Owned(format!(
        "{}… ({} bytes cut)",
        &text[..end],
        text.len() - end
    ))
}

/// A serde error's message without the value it quotes: serde writes
/// ``invalid type: integer `75011`, expected a string`` or
/// `invalid value: string "someone@example.org", expected ...`; the reason
/// kept is "invalid type: expected a string, found an integer". Messages of
/// another shape have their quoted parts removed.
pub fn value_free(msg: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            let found = rest
                .split(['`', '"', '\'', ','])
                .next()
                .unwrap_or("")
                .trim();
            let expected = rest
                .rfind(", expected ")
                .map(|i| &rest[i + ", expected ".len()..])
                .unwrap_or("another value");
            let kind = prefix.trim_end_matches(": ");
            return if found.is_empty() {
                format!("{kind}: expected {expected}")
            } else {
                format!("{kind}: expected {expected}, found {}", article(found))
            };
        }
    }
    if msg.starts_with("unknown variant ") {
        let tail = msg
            .rfind(", expected ")
            .or_else(|| msg.rfind(", there are no variants"))
            .map(|i| &msg[i..])
            .unwrap_or("");
        return format!("unknown variant{tail}");
    }
    if msg.starts_with("unknown field ")
        || msg.starts_with("missing field ")
        || msg.starts_with("duplicate field ")
        || msg.starts_with("invalid length ")
    {
        // Field names (bounded by the pass above) and counts, no values.
        return bounded(msg, MAX_REASON_BYTES).into_owned();
    }
    bounded(&unquoted(msg), MAX_REASON_BYTES).into_owned()
}

fn article(kind: &str) -> String {
    let kind = match kind {
        "floating point" => "float",
        "unit value" | "unit" => "null",
        k => k,
    };
    if kind == "null" {
        return kind.to_string();
    }
    let an = kind.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {kind}", if an { "an" } else { "a" })
}

/// `msg` with every `...`, "..." and '...' part replaced by `…`.
fn unquoted(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut open: Option<char> = None;
    for c in msg.chars() {
        match open {
            Some(q) if c == q => open = None,
            Some(_) => {}
            None if matches!(c, '`' | '"') => {
                open = Some(c);
                out.push('…');
            }
            None => out.push(c),
        }
    }
    out
}

/// A BCP 47 language tag ("fr-FR", "pt-BR", "en"), kept in its canonical
/// form ("FR-fr" is stored "fr-FR"). The error never repeats the value.
pub fn canonical_locale(raw: &str) -> Result<String, String> {
    if raw.len() > MAX_SHORT_TEXT_BYTES {
        return Err(format!("is longer than {MAX_SHORT_TEXT_BYTES} bytes"));
    }
    icu_locale_core::Locale::try_from_str(raw.trim())
        .map(|l| l.to_string())
        .map_err(|_| "is not a BCP 47 language tag (like \"fr-FR\" or \"en\")".to_string())
}
