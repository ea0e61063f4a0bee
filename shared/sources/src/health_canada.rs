//! Health Canada, Recalls and Safety Alerts open data
//! (`HCRSAMOpenData.json`, one file for every organisation, rebuilt daily):
//! one of its records.
//!
//! The record names the product in words only (`Product`, `Title`): no
//! GTIN, brand, model or lot field (those are in the "Affected products"
//! table of the page at `URL`). Its matches are therefore by product name,
//! weak, and the recall is marked `from_prose`. `NID` names it; `URL` is
//! absolute or a path of recalls-rappels.canada.ca; `Recall class` ("Type
//! I|II|III" for health products, "Class 1|2|3" for CFIA food, often empty)
//! is the risk; `Issue` the hazard; `What you should do` (HTML, `&nbsp;`)
//! the consumer instructions; `Last updated` the publication date. Markets:
//! Canada.
//!
//! [`health_canada_records`] splits the file (a bare array, or wrapped in
//! `{"data": [...]}`: both are seen) into records, and names a truncated or
//! garbled file as an error.

use crate::common::{clean, html_text, kind_of, opt_scalar, tidy, Ctx};
use crate::error::SourceError;
use crate::prose::{remedies_in_prose, risk_in_prose};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use safety_domain::kernel::ids::countries;
use safety_domain::kernel::limits::bounded;
use safety_domain::{fold, Category, Channel, ProductIds, Recall, RiskLevel, SourceRef};
use serde_json::Value;

pub const SOURCE: &str = "health_canada";

/// The site the records' paths are on.
pub const SITE: &str = "https://recalls-rappels.canada.ca";

/// The name of the file, which names it in the errors of
/// [`health_canada_records`].
pub const FILE: &str = "HCRSAMOpenData.json";

/// Parses one record of the open-data file.
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let Value::Object(obj) = record else {
        return Err(msg.err(
            "record",
            format!(
                "must be one record of {FILE} (an object), found {}",
                kind_of(record)
            ),
        ));
    };
    let Some(nid) = opt_scalar(&msg, obj, "NID", "NID")? else {
        return Err(msg.err("NID", "is missing: it names the recall"));
    };
    let ctx = Ctx::new(SOURCE, nid.clone());

    let Some(title) = opt_scalar(&ctx, obj, "Title", "Title")?.map(|t| tidy(&t)) else {
        return Err(ctx.err(
            "Title",
            "is missing: it is all the record says of the recall",
        ));
    };
    let product = opt_scalar(&ctx, obj, "Product", "Product")?.map(|p| html_text(&p));
    let issue = opt_scalar(&ctx, obj, "Issue", "Issue")?.map(|i| html_text(&i));
    let todo = opt_scalar(&ctx, obj, "What you should do", "What you should do")?
        .map(|t| html_text(&t))
        .unwrap_or_default();
    let url = match opt_scalar(&ctx, obj, "URL", "URL")? {
        None => None,
        Some(u) => Some(absolute(&u).ok_or_else(|| {
            ctx.err(
                "URL",
                format!(
                    "'{}' is neither an http(s) address nor a path of {SITE}",
                    bounded(&u, 64)
                ),
            )
        })?),
    };
    let hazard = issue
        .clone()
        .filter(|i| !i.is_empty())
        .unwrap_or_else(|| title.clone());
    let risk = match opt_scalar(&ctx, obj, "Recall class", "Recall class")? {
        Some(class) => class_risk(&class).ok_or_else(|| {
            ctx.err(
                "Recall class",
                format!(
                    "'{}' is not Type I, II, III nor Class 1, 2, 3",
                    bounded(&class, 32)
                ),
            )
        })?,
        None => risk_in_prose(&[&title, &hazard]),
    };
    let published_at = match opt_scalar(&ctx, obj, "Last updated", "Last updated")? {
        None => None,
        Some(d) => Some(
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)))
                .map_err(|_| {
                    ctx.err(
                        "Last updated",
                        format!("'{}' is not a date (expected YYYY-MM-DD)", bounded(&d, 32)),
                    )
                })?,
        ),
    };
    let category = category(
        opt_scalar(&ctx, obj, "Category", "Category")?.as_deref(),
        opt_scalar(&ctx, obj, "Organization", "Organization")?.as_deref(),
    );

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference: nid,
        url,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        product: ProductIds {
            name: product
                .filter(|p| !p.is_empty())
                .or_else(|| Some(title.clone())),
            // Nothing but words: matches by name, weak (SPEC 1.1).
            from_prose: true,
            prose_gtins: Default::default(),
            ..ProductIds::default()
        },
        title,
        hazard,
        risk,
        category,
        markets: countries(&["CA"]).into_iter().collect(),
        remedies: remedies_in_prose(&todo),
        consumer_instructions: todo,
        image_url: None,
        published_at,
        timing: None,
    })
}

/// The records of the open-data file: a bare array of records, or an object
/// whose `data` is that array. A truncated file (it happened once, per a
/// consumer of the feed), an HTML page or any other shape is an error naming
/// the file ([`FILE`]) and the place.
pub fn health_canada_records(body: &str) -> Result<Vec<Value>, SourceError> {
    let file = Ctx::new(SOURCE, FILE);
    let value: Value = serde_json::from_str(body).map_err(|e| {
        let at = format!("line {} column {}", e.line(), e.column());
        let reason = if e.is_eof() {
            format!("is truncated: the JSON ends at {at} before it is complete")
        } else if body.trim_start().starts_with('<') {
            "is HTML, not the JSON file (an error page?)".to_string()
        } else {
            format!("is not JSON: {} at {at}", json_fault(&e))
        };
        file.err("body", reason)
    })?;
    let (items, prefix) = match value {
        Value::Array(items) => (items, ""),
        Value::Object(mut o) => match o.remove("data") {
            Some(Value::Array(items)) => (items, "data"),
            Some(other) => {
                return Err(file.err(
                    "data",
                    format!("must be the array of records, found {}", kind_of(&other)),
                ))
            }
            None => return Err(file.err(
                "data",
                "is missing: the file is an array of records, or an object holding one in `data`",
            )),
        },
        other => {
            return Err(file.err(
                "body",
                format!("must be an array of records, found {}", kind_of(&other)),
            ))
        }
    };
    for (i, item) in items.iter().enumerate() {
        if !item.is_object() {
            return Err(file.err(
                format!("{prefix}[{i}]"),
                format!("must be a record (an object), found {}", kind_of(item)),
            ));
        }
    }
    Ok(items)
}

/// What a serde error says is wrong, without its position or any value.
fn json_fault(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Syntax => "a syntax error",
        serde_json::error::Category::Data => "an unexpected value",
        serde_json::error::Category::Eof => "an early end",
        serde_json::error::Category::Io => "a read error",
    }
}

/// An http(s) address as given, a path on [`SITE`].
fn absolute(raw: &str) -> Option<String> {
    let u = clean(raw)?;
    let lower = u.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(u);
    }
    let path = u.trim_start_matches('/');
    let is_path = !path.is_empty()
        && !path.contains(':')
        && !path.contains("//")
        && !path.chars().any(char::is_whitespace);
    is_path.then(|| format!("{SITE}/{path}"))
}

/// "Type I" / "Class 1" serious, "Type II" / "Class 2" high, "Type III" /
/// "Class 3" other.
fn class_risk(raw: &str) -> Option<RiskLevel> {
    Some(match fold(raw).as_str() {
        "typei" | "type1" | "classi" | "class1" => RiskLevel::Serious,
        "typeii" | "type2" | "classii" | "class2" => RiskLevel::High,
        "typeiii" | "type3" | "classiii" | "class3" => RiskLevel::Other,
        _ => return None,
    })
}

/// `Category` ("Multiple food items", "Beauty and personal care", ...), else
/// the organisation (CFIA recalls food, "Medical devices" devices).
fn category(category: Option<&str>, organization: Option<&str>) -> Option<Category> {
    let table: &[(&[&str], Category)] = &[
        (&["medical device"], Category::MedicalDevices),
        (&["toy"], Category::Toys),
        (
            &["child", "baby", "infant", "nursery"],
            Category::MotherAndKids,
        ),
        (
            &["cosmetic", "beauty", "personal care"],
            Category::SkinCareCosmetics,
        ),
        (
            &[
                "food",
                "fruit",
                "vegetable",
                "meat",
                "fish",
                "seafood",
                "dairy",
                "nut",
                "beverage",
                "bakery",
                "spice",
                "confection",
            ],
            Category::Foods,
        ),
        (&["clothing", "textile"], Category::ClothingAndTextiles),
        (&["jewel"], Category::JewelryAndAccessories),
        (
            &["electrical", "electronic", "appliance"],
            Category::DigitalElectronicsAndAppliances,
        ),
        (
            &["sport", "bicycle", "outdoor"],
            Category::OutdoorSportsEquipment,
        ),
        (
            &["household", "furniture", "kitchen", "home"],
            Category::HouseholdProducts,
        ),
        (&["protective"], Category::ProtectiveEquipment),
        (&["laser"], Category::LaserProducts),
    ];
    let lookup = |raw: &str| {
        let text = raw.to_lowercase();
        table
            .iter()
            .find(|(keys, _)| keys.iter().any(|k| text.contains(k)))
            .map(|(_, c)| *c)
    };
    category
        .and_then(lookup)
        .or_else(|| match organization.map(fold).as_deref() {
            Some("cfia") => Some(Category::Foods),
            Some("medicaldevices") => Some(Category::MedicalDevices),
            _ => None,
        })
}

#[cfg(test)]
#[path = "health_canada_test.rs"]
mod tests;
