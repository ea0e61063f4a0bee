//! The normalised form, for recalls that don't come from a regulator's feed:
//! consumer organisations (`ngo`), manufacturers, importers and sellers
//! (`supply_chain`), and the platform's own inspections (`inspection`).
//!
//! ```json
//! {"reference": "INSP-77", "title": "...", "hazard": "...", "risk": "serious",
//!  "category": "toys", "gtins": ["3760289220694"], "brand": "...",
//!  "models": ["JB-100"], "batches": ["L1"], "product_name": "...",
//!  "markets": ["FR", "DE"], "remedies": ["refund", "replace"],
//!  "consumer_instructions": "...", "image_url": "...",
//!  "published_at": "2026-11-03T08:00:00Z",
//!  "timing": {"kind": "by", "deadline": "2026-11-10T00:00:00Z"}}
//! ```
//! Unknown fields are refused; errors name the path (`recall.gtins[1]`).

use crate::common::{clean, dedupe_folded, Ctx};
use crate::SourceError;
use chrono::{DateTime, Utc};
use safety_domain::{
    Category, Channel, Country, Gtin, ProductIds, Recall, Remedy, RiskLevel, SourceRef,
    TimingOverride,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;

pub const SOURCE: &str = "platform";

/// The channels the normalised form is for; regulators have their adapters.
pub const CHANNELS: &[&str] = &["ngo", "supply_chain", "inspection"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Form {
    reference: String,
    title: String,
    hazard: String,
    risk: RiskLevel,
    #[serde(default)]
    category: Option<Category>,
    #[serde(default)]
    gtins: Vec<String>,
    #[serde(default)]
    brand: Option<String>,
    #[serde(default)]
    models: Vec<String>,
    #[serde(default)]
    batches: Vec<String>,
    #[serde(default)]
    product_name: Option<String>,
    markets: Vec<Country>,
    #[serde(default)]
    remedies: BTreeSet<Remedy>,
    #[serde(default)]
    consumer_instructions: Option<String>,
    #[serde(default)]
    image_url: Option<String>,
    #[serde(default)]
    published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    timing: Option<TimingOverride>,
}

/// Parses the normalised form sent with `source: platform`.
pub fn parse(
    channel: Option<&str>,
    recall: Option<&Value>,
    message_id: &str,
) -> Result<Recall, SourceError> {
    // The form's own reference names it, when it can be read.
    let record_id = recall
        .and_then(|r| r.get("reference"))
        .and_then(Value::as_str)
        .and_then(clean)
        .unwrap_or_else(|| message_id.to_string());
    let ctx = Ctx::new(SOURCE, record_id);

    let channel = match channel.map(str::trim) {
        Some("ngo") => Channel::Ngo,
        Some("supply_chain") => Channel::SupplyChain,
        Some("inspection") => Channel::Inspection,
        Some("regulator") => {
            return Err(ctx.err(
                "channel",
                "is 'regulator': a regulator's recall comes through its own adapter (cpsc, rappelconso, safety_gate)",
            ))
        }
        Some(other) => {
            return Err(ctx.err(
                "channel",
                format!("is '{other}', expected one of {}", CHANNELS.join(", ")),
            ))
        }
        None => {
            return Err(ctx.err(
                "channel",
                format!("is missing: a platform recall comes from one of {}", CHANNELS.join(", ")),
            ))
        }
    };
    let Some(recall) = recall else {
        return Err(ctx.err(
            "recall",
            "is missing: the platform source carries the normalised form",
        ));
    };

    let form: Form = serde_path_to_error::deserialize(recall).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.into_inner().to_string();
        ctx.err(field_of(&path, &reason), reason)
    })?;

    let required = |field: &str, value: &str| -> Result<String, SourceError> {
        clean(value).ok_or_else(|| ctx.err(format!("recall.{field}"), "must not be empty"))
    };
    let reference = required("reference", &form.reference)?;
    let title = required("title", &form.title)?;
    let hazard = required("hazard", &form.hazard)?;
    if form.markets.is_empty() {
        return Err(ctx.err("recall.markets", "must name at least one market"));
    }
    let mut gtins = BTreeSet::new();
    for (i, raw) in form.gtins.iter().enumerate() {
        let g =
            Gtin::parse(raw).map_err(|e| ctx.err(format!("recall.gtins[{i}]"), e.to_string()))?;
        gtins.insert(g);
    }

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url: None,
    };
    Ok(Recall {
        id: Recall::id_for(&source_ref),
        channel,
        sources: vec![source_ref],
        title,
        hazard,
        risk: form.risk,
        category: form.category,
        product: ProductIds {
            gtins,
            brand: form.brand.as_deref().and_then(clean),
            models: dedupe_folded(form.models.iter().filter_map(|m| clean(m))),
            batches: dedupe_folded(form.batches.iter().filter_map(|b| clean(b))),
            name: form.product_name.as_deref().and_then(clean),
        },
        markets: form.markets.into_iter().collect(),
        remedies: form.remedies,
        consumer_instructions: form
            .consumer_instructions
            .as_deref()
            .and_then(clean)
            .unwrap_or_default(),
        image_url: form.image_url.as_deref().and_then(clean),
        published_at: form.published_at,
        timing: form.timing,
    })
}

/// The field an error is about, under `recall.`: serde names a missing or
/// unknown field in its message, at the path of the object that holds it.
fn field_of(path: &str, reason: &str) -> String {
    let named = reason.find('`').and_then(|start| {
        let rest = &reason[start + 1..];
        rest.find('`').map(|end| &rest[..end])
    });
    let holder = if path == "." || path.is_empty() {
        None
    } else {
        Some(path)
    };
    match (holder, named) {
        (None, Some(f))
            if reason.starts_with("missing field") || reason.starts_with("unknown field") =>
        {
            format!("recall.{f}")
        }
        (Some(p), Some(f)) if reason.starts_with("missing field") => format!("recall.{p}.{f}"),
        (Some(p), _) => format!("recall.{p}"),
        (None, _) => "recall".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse as parse_message;
    use serde_json::json;

    fn form() -> Value {
        json!({
            "reference": " INSP-77 ",
            "title": "Wooden rattle with loose beads",
            "hazard": "Small parts can detach: choking hazard.",
            "risk": "serious",
            "category": "toys",
            "gtins": ["96385074", "3760289220694"],
            "brand": "Joujou",
            "models": ["R-1", "r 1", " R-2 ", ""],
            "batches": ["L2026-09"],
            "product_name": "Joujou wooden rattle",
            "markets": ["FR", "de"],
            "remedies": ["refund", "replace"],
            "consumer_instructions": "Stop using the rattle.",
            "image_url": "https://example.org/rattle.jpg",
            "published_at": "2026-11-03T08:00:00Z",
            "timing": {"kind": "by", "deadline": "2026-11-10T00:00:00Z"}
        })
    }

    #[test]
    fn an_inspection_form_becomes_a_recall_on_the_inspection_channel() {
        let r = parse(Some("inspection"), Some(&form()), "msg-1").unwrap();
        assert_eq!(r.id, "R-platform-INSP-77");
        assert_eq!(r.channel, Channel::Inspection);
        assert_eq!(
            r.sources,
            vec![SourceRef {
                source: "platform".into(),
                reference: "INSP-77".into(),
                url: None
            }]
        );
        assert_eq!(r.risk, RiskLevel::Serious);
        assert_eq!(r.category, Some(Category::Toys));
        assert_eq!(
            r.product
                .gtins
                .iter()
                .map(|g| g.as_str())
                .collect::<Vec<_>>(),
            ["00000096385074", "03760289220694"]
        );
        assert_eq!(r.product.models, ["R-1", "R-2"]);
        assert_eq!(
            r.markets.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            ["DE", "FR"]
        );
        assert_eq!(
            r.remedies,
            BTreeSet::from([Remedy::Refund, Remedy::Replace])
        );
        assert_eq!(
            r.timing,
            Some(TimingOverride::By {
                deadline: "2026-11-10T00:00:00Z".parse().unwrap()
            })
        );
    }

    #[test]
    fn a_minimal_form_is_enough() {
        let minimal = json!({"reference": "NGO-1", "title": "t", "hazard": "h", "risk": "other",
            "markets": ["IT"], "timing": {"kind": "immediately"}});
        let r = parse_message("platform", Some("ngo"), None, Some(&minimal), "msg-1").unwrap();
        assert_eq!(r.channel, Channel::Ngo);
        assert_eq!(r.timing, Some(TimingOverride::Immediately));
        assert!(r.product.gtins.is_empty() && r.remedies.is_empty());
    }

    #[test]
    fn a_bad_gtin_names_its_index() {
        let mut f = form();
        f["gtins"] = json!(["96385074", "3760289220695"]);
        let e = parse(Some("supply_chain"), Some(&f), "msg-1").unwrap_err();
        assert_eq!(e.field, "recall.gtins[1]");
        assert_eq!(e.record_id, "INSP-77");
        assert!(e.reason.contains("check digit"), "{e}");
    }

    #[test]
    fn the_regulator_channel_and_unknown_channels_are_refused() {
        for channel in [Some("regulator"), Some("press"), None] {
            let e = parse(channel, Some(&form()), "msg-1").unwrap_err();
            assert_eq!(e.field, "channel", "{channel:?}");
        }
    }

    #[test]
    fn unknown_and_missing_fields_are_named() {
        let mut f = form();
        f["fax"] = json!("1");
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.fax"
        );

        let mut f = form();
        f.as_object_mut().unwrap().remove("title");
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.title"
        );

        let mut f = form();
        f["markets"] = json!(["FR", "France"]);
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.markets[1]"
        );

        let mut f = form();
        f["risk"] = json!("catastrophic");
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.risk"
        );
    }

    #[test]
    fn empty_markets_or_title_are_refused() {
        let mut f = form();
        f["markets"] = json!([]);
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.markets"
        );
        let mut f = form();
        f["title"] = json!("  ");
        assert_eq!(
            parse(Some("ngo"), Some(&f), "m").unwrap_err().field,
            "recall.title"
        );
    }

    #[test]
    fn a_missing_form_or_reference_names_the_message() {
        let e = parse(Some("ngo"), None, "msg-9").unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.record_id.as_str()),
            ("recall", "msg-9")
        );
        let mut f = form();
        f.as_object_mut().unwrap().remove("reference");
        let e = parse(Some("ngo"), Some(&f), "msg-9").unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.record_id.as_str()),
            ("recall.reference", "msg-9")
        );
        let e = parse(Some("ngo"), Some(&json!("a string")), "msg-9").unwrap_err();
        assert_eq!(e.field, "recall");
    }
}
