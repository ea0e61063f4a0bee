//! The normalised form, for recalls that don't come from a regulator's feed:
//! consumer organisations (`ngo`), manufacturers, importers and sellers
//! (`supply_chain`), and the platform's own inspections (`inspection`), all
//! under the source `platform`; and the authorities that publish no
//! machine-readable feed (SPEC 1.1: `kats`, `consumer24`, `meti`, `caa`),
//! whose notices a person enters in the same form, on the `regulator`
//! channel under the authority's own source name.
//!
//! ```json
//! {"reference": "INSP-77", "title": "...", "hazard": "...", "risk": "serious",
//!  "category": "toys", "gtins": ["3760289220694"], "brand": "...",
//!  "models": ["JB-100"], "batches": ["L1"], "product_name": "...",
//!  "markets": ["FR", "DE"], "remedies": ["refund", "replace"],
//!  "consumer_instructions": "...", "image_url": "...", "url": "...",
//!  "published_at": "2026-11-03T08:00:00Z",
//!  "timing": {"kind": "by", "deadline": "2026-11-10T00:00:00Z"},
//!  "reporting_seller_id": "S-1001"}
//! ```
//! `reporting_seller_id` (`supply_chain` only): the seller recalling its own
//! product; no penalty is booked on its listings for this recall. `url`: where
//! the notice is published (an authority's page). `markets` may be left out
//! for an authority: its own country (`authority_country`) is the market.
//! Unknown fields are refused; errors name the path (`recall.gtins[1]`).

use crate::common::{clean, dedupe_folded, Ctx};
use crate::error::SourceError;
use chrono::{DateTime, Utc};
use safety_domain::desk::compliance::authority_country;
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

/// The authorities without a machine-readable feed (SPEC 1.1): their notices
/// come in through this form, on the `regulator` channel, under their own
/// source name.
pub const AUTHORITIES: &[&str] = &["kats", "consumer24", "meti", "caa"];

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
    #[serde(default)]
    markets: Vec<Country>,
    #[serde(default)]
    remedies: BTreeSet<Remedy>,
    #[serde(default)]
    consumer_instructions: Option<String>,
    #[serde(default)]
    image_url: Option<String>,
    /// Where the notice is published (an authority's page, an NGO's alert).
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    timing: Option<TimingOverride>,
    /// A seller recalling its own product (`supply_chain` only): the
    /// marketplace's seller id. No penalty on that seller's listings.
    #[serde(default)]
    reporting_seller_id: Option<String>,
}

/// Parses the normalised form sent with `source: platform`.
pub fn parse(
    channel: Option<&str>,
    recall: Option<&Value>,
    message_id: &str,
) -> Result<Recall, SourceError> {
    let ctx = Ctx::new(SOURCE, form_reference(recall, message_id));
    let channel = match channel.map(str::trim) {
        Some("ngo") => Channel::Ngo,
        Some("supply_chain") => Channel::SupplyChain,
        Some("inspection") => Channel::Inspection,
        Some("regulator") => {
            return Err(ctx.err(
                "channel",
                format!(
                    "is 'regulator': a regulator's recall comes under its own source ({}, {})",
                    crate::error::FEEDS.join(", "),
                    AUTHORITIES.join(", ")
                ),
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
                format!(
                    "is missing: a platform recall comes from one of {}",
                    CHANNELS.join(", ")
                ),
            ))
        }
    };
    from_form(&ctx, channel, recall)
}

/// Parses the normalised form of an authority without a feed (one of
/// [`AUTHORITIES`]): a `regulator` recall under the authority's own source
/// name. The channel has been checked by the caller.
pub fn parse_authority(
    source: &str,
    recall: Option<&Value>,
    message_id: &str,
) -> Result<Recall, SourceError> {
    let Some(authority) = AUTHORITIES.iter().copied().find(|a| *a == source) else {
        return Err(SourceError::new(
            source,
            message_id,
            "source",
            format!(
                "is not an authority without a feed (those are {})",
                AUTHORITIES.join(", ")
            ),
        ));
    };
    let ctx = Ctx::new(authority, form_reference(recall, message_id));
    from_form(&ctx, Channel::Regulator, recall)
}

/// The form's own reference names it in errors, when it can be read.
fn form_reference(recall: Option<&Value>, message_id: &str) -> String {
    recall
        .and_then(|r| r.get("reference"))
        .and_then(Value::as_str)
        .and_then(clean)
        .unwrap_or_else(|| message_id.to_string())
}

/// The one reading of the form, for every source that sends it: the recall
/// under `ctx.source`, on `channel`.
fn from_form(ctx: &Ctx, channel: Channel, recall: Option<&Value>) -> Result<Recall, SourceError> {
    let Some(recall) = recall else {
        return Err(ctx.err(
            "recall",
            format!(
                "is missing: the {} source carries the normalised form",
                ctx.source
            ),
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
    let mut markets: BTreeSet<Country> = form.markets.into_iter().collect();
    if markets.is_empty() {
        // An authority's notice applies in its own country when it names none.
        match authority_country(ctx.source).filter(|_| channel == Channel::Regulator) {
            Some(country) => {
                markets.insert(country);
            }
            None => return Err(ctx.err("recall.markets", "must name at least one market")),
        }
    }
    let mut recalled_by_sellers = BTreeSet::new();
    if let Some(raw) = &form.reporting_seller_id {
        if channel != Channel::SupplyChain {
            return Err(ctx.err(
                "recall.reporting_seller_id",
                "names the seller recalling its own product: only a supply_chain recall has one",
            ));
        }
        let Some(seller_id) = clean(raw) else {
            return Err(ctx.err("recall.reporting_seller_id", "must not be empty"));
        };
        recalled_by_sellers.insert(seller_id);
    }
    let mut gtins = BTreeSet::new();
    for (i, raw) in form.gtins.iter().enumerate() {
        let g =
            Gtin::parse(raw).map_err(|e| ctx.err(format!("recall.gtins[{i}]"), e.to_string()))?;
        gtins.insert(g);
    }

    let source_ref = SourceRef {
        source: ctx.source.to_string(),
        reference,
        url: form.url.as_deref().and_then(clean),
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
            from_prose: false,
            prose_gtins: Default::default(),
        },
        markets,
        remedies: form.remedies,
        consumer_instructions: form
            .consumer_instructions
            .as_deref()
            .and_then(clean)
            .unwrap_or_default(),
        image_url: form.image_url.as_deref().and_then(clean),
        published_at: form.published_at,
        timing: form.timing,
        recalled_by_sellers,
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
#[path = "platform_test.rs"]
mod tests;
