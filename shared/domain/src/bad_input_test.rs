//! The bad-input corpus, parsing only: every field of every sample message
//! of every queue (`events/`), broken every way (see [`crate::corpus`]),
//! is refused naming the field and the message id, and no error repeats a
//! personal value.

use crate::corpus::{cases, megabyte_title, BadCase, PERSONAL};
use crate::ledger::violations::{NoticePage, ViolationReported};
use crate::messages::{envelope, AppealsMessage, CatalogMessage, MessageError, RecallReceived};
use crate::refunds::request::RefundsMessage;
use serde_json::Value;
use std::path::Path;

type Parse = fn(&str, &str) -> Result<(), MessageError>;

fn parser(queue: &str) -> Option<Parse> {
    Some(match queue {
        "catalog-sync" => |b, s| CatalogMessage::parse(envelope(b, s)?).map(|_| ()),
        "recall-intake" => |b, s| RecallReceived::parse(envelope(b, s)?).map(|_| ()),
        "appeals" => |b, s| AppealsMessage::parse(envelope(b, s)?).map(|_| ()),
        "refunds" => |b, s| RefundsMessage::parse(envelope(b, s)?).map(|_| ()),
        "violations" => |b, s| ViolationReported::parse(envelope(b, s)?).map(|_| ()),
        "consumer-notices" => |b, s| NoticePage::parse(envelope(b, s)?).map(|_| ()),
        _ => return None,
    })
}

/// (queue, good body) of every sample but the broken ones.
fn samples() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../events");
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().collect();
    dirs.sort_by_key(|d| d.file_name());
    for dir in dirs {
        let queue = dir.file_name().to_string_lossy().to_string();
        if parser(&queue).is_none() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        files.sort_by_key(|f| f.file_name());
        for f in files {
            if f.file_name().to_string_lossy().starts_with("broken") {
                continue;
            }
            let event: Value =
                serde_json::from_str(&std::fs::read_to_string(f.path()).unwrap()).unwrap();
            for r in event["Records"].as_array().unwrap() {
                let body: Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap();
                out.push((queue.clone(), body));
            }
        }
    }
    out
}

fn assert_refused(parse: Parse, case: &BadCase) {
    let e = match parse(&case.body, &case.sqs_id) {
        Ok(()) => panic!("{}: accepted", case.label),
        Err(e) => e,
    };
    assert_eq!(
        (e.message_id.as_str(), e.field.as_str()),
        (case.message_id.as_str(), case.field.as_str()),
        "{}: {e}",
        case.label
    );
    let text = e.to_string();
    for value in PERSONAL {
        assert!(
            !text.contains(value),
            "{}: repeats {value}: {text}",
            case.label
        );
    }
    assert!(text.len() < 2048, "{}: {} bytes", case.label, text.len());
}

#[test]
fn every_field_of_every_sample_broken_every_way_is_refused_naming_the_field_and_the_message() {
    let mut types = std::collections::BTreeSet::new();
    let mut count = 0;
    for (queue, good) in samples() {
        let parse = parser(&queue).unwrap();
        parse(&good.to_string(), "sqs-good").unwrap_or_else(|e| panic!("{queue}: {e}"));
        types.insert(format!("{queue}/{}", good["type"].as_str().unwrap()));
        for case in cases(&good, "sqs") {
            assert_refused(parse, &case);
            count += 1;
        }
    }
    // Every message type of every queue has a sample, so is in the corpus.
    let expected = CatalogMessage::TYPES.len()
        + 1
        + AppealsMessage::TYPES.len()
        + RefundsMessage::TYPES.len()
        + 1
        + NoticePage::TYPES.len();
    assert_eq!(types.len(), expected, "{types:?}");
    assert!(count > 500, "{count} cases");
}

#[test]
fn a_one_megabyte_title_is_a_named_error() {
    let good = samples()
        .into_iter()
        .find(|(_, b)| b["type"] == "listing_upserted")
        .unwrap()
        .1;
    assert_refused(
        parser("catalog-sync").unwrap(),
        &megabyte_title(&good, "sqs-1"),
    );
}

fn seller(locale: &str) -> Result<CatalogMessage, MessageError> {
    let raw = serde_json::json!({"type":"seller_upserted","id":"evt-1","seller_id":"S-1",
        "name":"Joy Toys","email":"ops@joy.example","locale":locale})
    .to_string();
    CatalogMessage::parse(envelope(&raw, "sqs-1")?).map(|(_, m)| m)
}

#[test]
fn a_locale_is_stored_in_its_canonical_bcp47_form_and_free_text_refused() {
    for (given, stored) in [
        ("fr-FR", "fr-FR"),
        ("FR-fr", "fr-FR"),
        ("pt-br", "pt-BR"),
        ("en", "en"),
    ] {
        match seller(given).unwrap() {
            CatalogMessage::SellerUpserted(s) => assert_eq!(s.locale.as_deref(), Some(stored)),
            other => panic!("{other:?}"),
        }
    }
    for bad in ["someone@example.org", "French please", "", "fr_FR"] {
        let e = seller(bad).unwrap_err();
        assert_eq!(
            (e.message_id.as_str(), e.field.as_str()),
            ("evt-1", "locale"),
            "{bad}"
        );
        assert!(e.reason.contains("BCP 47"), "{e}");
        assert!(bad.is_empty() || !e.to_string().contains(bad), "{e}");
    }
}

#[test]
fn serde_messages_lose_their_values() {
    use crate::kernel::limits::value_free;
    assert_eq!(
        value_free("invalid type: integer `75011`, expected a string"),
        "invalid type: expected a string, found an integer"
    );
    assert_eq!(
        value_free("invalid value: string \"someone@example.org\", expected u32"),
        "invalid value: expected u32, found a string"
    );
    assert_eq!(
        value_free("unknown variant `someone@example.org`, expected `upheld` or `rejected`"),
        "unknown variant, expected `upheld` or `rejected`"
    );
    assert_eq!(
        value_free("something about `Anna Lindqvist` and \"75011\""),
        "something about … and …"
    );
}
