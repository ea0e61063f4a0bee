//! The bad-input corpus: from one good message, every way to break each of
//! its fields (truncated JSON, wrong type, impossible value, unknown country,
//! bad locale, control characters, oversized), each with the message id and
//! the field its error must name. Used by the domain's parsing tests and by
//! the integration test that runs them through the real handlers (feature
//! `corpus`; never in a Lambda build).
//!
//! The broken values carry the personal values of [`PERSONAL`]: an error or
//! a log line that repeats one of them fails the tests.

use crate::kernel::limits::{MAX_LIST_ITEMS, MAX_LONG_TEXT_BYTES, MAX_MARKETS};
use serde_json::{json, Value};

/// An email address, a postal code and free text the broken values carry:
/// none may reach an error or a log line.
pub const PERSONAL: &[&str] = &[
    "someone@example.org",
    "75011",
    "Anna Lindqvist",
    "Rue de la Roquette",
];

/// What a broken field is put in the place of a string (a postal code that
/// serde would quote as ``integer `75011` ``).
pub const WRONG_FOR_A_STRING: i64 = 75011;
/// What a broken field is put in the place of a number, a boolean, a list
/// or an object.
pub const WRONG_FOR_THE_REST: &str = "someone@example.org";

/// One broken message and the error it must get.
#[derive(Debug, Clone)]
pub struct BadCase {
    /// What was broken, for a failing assertion ("wrong type at lines[0].quantity").
    pub label: String,
    /// The SQS message id to send it under.
    pub sqs_id: String,
    pub body: String,
    /// The id the error must name: the body's, or the SQS id when the body
    /// has no usable one.
    pub message_id: String,
    /// The field the error must name.
    pub field: String,
}

/// The broken variants of `good` (a JSON object with `type` and `id`), each
/// under its own message id (`<id>~<n>`) and SQS id (`<sqs_prefix>-<n>`).
/// The subtrees of `record` and `recall` (a regulator's record, verbatim,
/// read by the source adapters) are left whole.
pub fn cases(good: &Value, sqs_prefix: &str) -> Vec<BadCase> {
    let Some(obj) = good.as_object() else {
        return Vec::new();
    };
    let base_id = obj.get("id").and_then(Value::as_str).unwrap_or("msg");
    let mut out: Vec<(String, Value, Option<String>, String)> = Vec::new();
    let mut leaves = Vec::new();
    for (k, v) in obj {
        if k == "type" || k == "id" {
            continue;
        }
        collect(v, vec![Seg::Key(k.clone())], &mut leaves);
    }
    for (path, value) in &leaves {
        let name = path_str(path);
        let key = last_key(path);
        let mut push = |label: &str, v: Value| {
            out.push((
                format!("{label} at {name}"),
                set(good, path, v),
                None,
                name.clone(),
            ));
        };
        match value {
            Value::String(s) => {
                push("wrong type", json!(WRONG_FOR_A_STRING));
                push("a NUL", Value::String(format!("{s}\u{0}")));
                push("a C1 control", Value::String(format!("{s}\u{85}")));
                push("DEL", Value::String(format!("{s}\u{7f}")));
                push(
                    "oversized",
                    Value::String(format!(
                        "{} {}",
                        PERSONAL[2],
                        "x".repeat(MAX_LONG_TEXT_BYTES)
                    )),
                );
                if matches!(key, "country" | "market" | "markets") {
                    for code in ["ZZ", "XX", "UK", "someone@example.org"] {
                        push("unknown country", json!(code));
                    }
                }
                if key == "locale" {
                    for tag in ["someone@example.org", "Anna Lindqvist", "fr_FR_x!"] {
                        push("bad locale", json!(tag));
                    }
                }
                if key.ends_with("_at") {
                    push("impossible date", json!("2026-02-30T10:00:00Z"));
                    push("a date without offset", json!("2026-02-03T10:00:00"));
                }
                if key == "gtins" {
                    push("bad check digit", json!("3760289220695"));
                }
                if key == "amount" {
                    push("impossible amount", json!("24.9.0"));
                }
                if key == "currency" {
                    push("impossible currency", json!("euros"));
                }
            }
            Value::Number(_) => {
                push("wrong type", json!(WRONG_FOR_THE_REST));
                if key == "quantity" {
                    push("impossible quantity", json!(-1));
                    push("impossible quantity", json!(0));
                }
            }
            Value::Bool(_) | Value::Object(_) => push("wrong type", json!(WRONG_FOR_THE_REST)),
            Value::Array(items) => {
                push("wrong type", json!(WRONG_FOR_THE_REST));
                if let Some(first) = items.first() {
                    let max = if key == "markets" {
                        MAX_MARKETS
                    } else {
                        MAX_LIST_ITEMS
                    };
                    push("too many items", Value::Array(vec![first.clone(); max + 1]));
                }
            }
            Value::Null => {}
        }
    }
    // The message id itself: the error names the SQS message.
    for (label, id) in [
        ("a NUL in the id", json!(format!("{base_id}\u{0}"))),
        (
            "an oversized id",
            json!("i".repeat(crate::kernel::limits::MAX_COMPOSITE_ID_BYTES + 1)),
        ),
        ("an id of the wrong type", json!(WRONG_FOR_A_STRING)),
        ("a blank id", json!(" ")),
    ] {
        let mut v = good.clone();
        v["id"] = id;
        out.push((label.to_string(), v, Some(String::new()), "id".to_string()));
    }
    if obj.contains_key("record") {
        let mut v = good.clone();
        v["record"] = json!(format!(
            "<notifications>{} {}</notifications>",
            PERSONAL[3],
            "r".repeat(crate::kernel::limits::MAX_RECORD_BYTES)
        ));
        out.push(("an oversized record".into(), v, None, "record".into()));
    }
    let mut v = good.clone();
    v["type"] = json!("someone@example.org");
    out.push(("an unknown type".into(), v, None, "type".into()));

    let mut cases: Vec<BadCase> = out
        .into_iter()
        .enumerate()
        .map(|(n, (label, mut v, sqs_named, field))| {
            let sqs_id = format!("{sqs_prefix}-{n}");
            let message_id = match sqs_named {
                Some(_) => sqs_id.clone(),
                None => {
                    let id = format!("{base_id}~{n}");
                    v["id"] = json!(id);
                    id
                }
            };
            BadCase {
                label,
                sqs_id,
                body: v.to_string(),
                message_id,
                field,
            }
        })
        .collect();
    let text = good.to_string();
    let n = cases.len();
    cases.push(BadCase {
        label: "truncated JSON".into(),
        sqs_id: format!("{sqs_prefix}-{n}"),
        body: text[..text.len() / 2].to_string(),
        message_id: format!("{sqs_prefix}-{n}"),
        field: "(body)".into(),
    });
    cases
}

/// `good` with its `title` 1 MB long: a named error, not a success that
/// stored nothing.
pub fn megabyte_title(good: &Value, sqs_id: &str) -> BadCase {
    let mut v = good.clone();
    let id = format!(
        "{}~1mb",
        good.get("id").and_then(Value::as_str).unwrap_or("msg")
    );
    v["id"] = json!(id);
    v["title"] = json!(format!("{} {}", PERSONAL[2], "t".repeat(1_000_000)));
    BadCase {
        label: "a 1 MB title".into(),
        sqs_id: sqs_id.into(),
        body: v.to_string(),
        message_id: id,
        field: "title".into(),
    }
}

#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

fn collect(v: &Value, path: Vec<Seg>, out: &mut Vec<(Vec<Seg>, Value)>) {
    let key = last_key(&path).to_string();
    if path.len() == 1 && (key == "record" || key == "recall") {
        return;
    }
    out.push((path.clone(), v.clone()));
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let mut p = path.clone();
                p.push(Seg::Key(k.clone()));
                collect(child, p, out);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut p = path.clone();
                p.push(Seg::Index(0));
                collect(first, p, out);
            }
        }
        _ => {}
    }
}

/// The field name a value is under (an array's items: the array's).
fn last_key(path: &[Seg]) -> &str {
    path.iter()
        .rev()
        .find_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .unwrap_or("")
}

fn path_str(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if s.is_empty() => s.push_str(k),
            Seg::Key(k) => {
                s.push('.');
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn set(good: &Value, path: &[Seg], new: Value) -> Value {
    let mut v = good.clone();
    let mut at = &mut v;
    for seg in path {
        at = match seg {
            Seg::Key(k) => &mut at[k.as_str()],
            Seg::Index(i) => &mut at[*i],
        };
    }
    *at = new;
    v
}
