//! US FDA, openFDA enforcement reports (`food/enforcement.json`,
//! `drug/enforcement.json`, `device/enforcement.json`: one schema): one
//! element of the answer's `results[]`, as openFDA gives it.
//!
//! - `recall_number` ("F-0438-2025", "D-...", "Z-...") names the recall; a
//!   record without it is refused (older records have only `event_id`, which
//!   several recalls share: no stable reference).
//! - `classification` is the risk: Class I serious, Class II high, Class III
//!   other. `report_date` (`YYYYMMDD`; older documentation shows ISO dates,
//!   both are read) is the publication date. `reason_for_recall` is the hazard.
//! - The product is named only in `product_description` (free text): the
//!   title and the product name are its first sentence. There is no brand or
//!   model field; `openfda.brand_name` (drugs only) is taken when it names one
//!   brand.
//! - GTINs: `openfda.upc[]` (drugs only) is a field; the UPCs that
//!   `product_description`, `code_info` and `more_code_info` label as such
//!   ("UPC 0 41498 12345 1", "UPC code: 300676382302") are read from prose
//!   and mark the recall `from_prose`. Lots are the codes `code_info` labels
//!   as lots.
//! - Markets: the US. `distribution_pattern` is free text ("Nationwide and
//!   Puerto Rico"): it goes, with the codes and the recalling firm, to the
//!   consumer instructions, never to the markets.
//! - `voluntary_mandated` "FDA Mandated" (an order, not the firm's choice)
//!   is a timing order: consumers are told at once.

use crate::common::{
    bounded_line, dedupe_folded, gtin_reason, join_sentences, kind_of, opt_scalar, tidy, Ctx,
};
use crate::error::SourceError;
use crate::prose::{labelled_gtins, labelled_lots};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use safety_domain::kernel::ids::countries;
use safety_domain::kernel::limits::bounded;
use safety_domain::{
    fold, Category, Channel, Gtin, ProductIds, Recall, RiskLevel, SourceRef, TimingOverride,
};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub const SOURCE: &str = "fda";

/// The most characters of `product_description` a title keeps.
pub const MAX_TITLE_CHARS: usize = 120;

/// Parses one openFDA enforcement report record.
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let Value::Object(obj) = record else {
        return Err(msg.err(
            "record",
            format!(
                "must be an openFDA enforcement record (an object), found {}",
                kind_of(record)
            ),
        ));
    };
    if obj.contains_key("results") && !obj.contains_key("recall_number") {
        return Err(msg.err(
            "record",
            "is the API's answer ({meta, results}): a message carries one element of `results`",
        ));
    }
    let Some(reference) = opt_scalar(&msg, obj, "recall_number", "recall_number")? else {
        let event = opt_scalar(&msg, obj, "event_id", "event_id")?
            .map(|e| format!(" (event_id {})", bounded(&e, 32)))
            .unwrap_or_default();
        return Err(msg.err(
            "recall_number",
            format!(
                "is missing{event}: it names the recall (records before June 2012 have none, \
                 and an event_id is shared by the recalls of one event)"
            ),
        ));
    };
    let ctx = Ctx::new(SOURCE, reference.clone());

    let risk = risk(
        &ctx,
        opt_scalar(&ctx, obj, "classification", "classification")?,
    )?;
    let Some(description) = opt_scalar(&ctx, obj, "product_description", "product_description")?
    else {
        return Err(ctx.err(
            "product_description",
            "is missing: it is the only place openFDA names the product",
        ));
    };
    let Some(hazard) = opt_scalar(&ctx, obj, "reason_for_recall", "reason_for_recall")? else {
        return Err(ctx.err("reason_for_recall", "is missing: it is the recall's hazard"));
    };
    let published_at = match opt_scalar(&ctx, obj, "report_date", "report_date")? {
        None => None,
        Some(d) => Some(date(&d).ok_or_else(|| {
            ctx.err(
                "report_date",
                format!("'{}' is not a date (expected YYYYMMDD)", bounded(&d, 32)),
            )
        })?),
    };

    let code_info = opt_scalar(&ctx, obj, "code_info", "code_info")?;
    let more_code_info = opt_scalar(&ctx, obj, "more_code_info", "more_code_info")?;
    let openfda = openfda(&ctx, obj)?;

    // GTINs: the openfda field, then the UPCs labelled in the prose.
    let mut gtins = BTreeSet::new();
    for (i, raw) in strings(&ctx, openfda, "upc")?.iter().enumerate() {
        let g =
            Gtin::parse(raw).map_err(|e| ctx.err(format!("openfda.upc[{i}]"), gtin_reason(&e)))?;
        gtins.insert(g);
    }
    let prose = [
        Some(&description),
        code_info.as_ref(),
        more_code_info.as_ref(),
    ];
    let mut prose_gtins = BTreeSet::new();
    for text in prose.into_iter().flatten() {
        for g in labelled_gtins(text) {
            if gtins.insert(g.clone()) {
                prose_gtins.insert(g);
            }
        }
    }
    let from_prose = !prose_gtins.is_empty();
    let batches = dedupe_folded(
        [code_info.as_ref(), more_code_info.as_ref()]
            .into_iter()
            .flatten()
            .flat_map(|t| labelled_lots(t)),
    );
    let brands = strings(&ctx, openfda, "brand_name")?;
    let distinct: BTreeSet<String> = brands.iter().map(|b| fold(b)).collect();
    let brand = (distinct.len() == 1)
        .then(|| brands.first().cloned())
        .flatten();

    let title = title_of(&description);
    let firm = opt_scalar(&ctx, obj, "recalling_firm", "recalling_firm")?;
    let distribution = opt_scalar(&ctx, obj, "distribution_pattern", "distribution_pattern")?;
    let codes = [code_info.as_deref(), more_code_info.as_deref()]
        .into_iter()
        .flatten()
        .map(tidy)
        .collect::<Vec<_>>()
        .join(" ");
    let consumer_instructions = join_sentences([
        firm.map(|f| format!("Recalling firm: {}", tidy(&f)))
            .as_deref()
            .unwrap_or(""),
        (!codes.is_empty())
            .then(|| format!("Affected codes: {codes}"))
            .as_deref()
            .unwrap_or(""),
        distribution
            .map(|d| format!("Distribution: {}", tidy(&d)))
            .as_deref()
            .unwrap_or(""),
    ]);

    let timing = match opt_scalar(&ctx, obj, "voluntary_mandated", "voluntary_mandated")? {
        Some(v) if mandated(&v) => Some(TimingOverride::Immediately),
        _ => None,
    };
    let category =
        opt_scalar(&ctx, obj, "product_type", "product_type")?.and_then(|t| {
            match fold(&t).as_str() {
                "food" | "foods" => Some(Category::Foods),
                "device" | "devices" => Some(Category::MedicalDevices),
                _ => None,
            }
        });

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url: None,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        hazard: tidy(&hazard),
        risk,
        category,
        product: ProductIds {
            gtins,
            brand,
            models: Vec::new(),
            batches,
            name: Some(title.clone()),
            from_prose,
            prose_gtins,
        },
        title,
        markets: countries(&["US"]).into_iter().collect(),
        remedies: BTreeSet::new(),
        consumer_instructions,
        image_url: None,
        published_at,
        timing,
    })
}

/// "Class I" serious, "Class II" high, "Class III" other (roman or arabic,
/// any case); anything else is an error on `classification`.
fn risk(ctx: &Ctx, raw: Option<String>) -> Result<RiskLevel, SourceError> {
    let Some(raw) = raw else {
        return Err(ctx.err(
            "classification",
            "is missing: an enforcement report is Class I, II or III",
        ));
    };
    match fold(&raw).as_str() {
        "classi" | "class1" => Ok(RiskLevel::Serious),
        "classii" | "class2" => Ok(RiskLevel::High),
        "classiii" | "class3" => Ok(RiskLevel::Other),
        _ => Err(ctx.err(
            "classification",
            format!("'{}' is not Class I, II or III", bounded(&raw, 32)),
        )),
    }
}

/// openFDA's `YYYYMMDD`, or ISO `YYYY-MM-DD` (older documentation): midnight UTC.
fn date(raw: &str) -> Option<chrono::DateTime<Utc>> {
    let s = raw.trim();
    NaiveDate::parse_from_str(s, "%Y%m%d")
        .ok()
        .filter(|_| s.len() == 8)
        .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)))
}

/// The `openfda` object (drugs only; `{}` or absent elsewhere).
fn openfda<'a>(
    ctx: &Ctx,
    obj: &'a Map<String, Value>,
) -> Result<Option<&'a Map<String, Value>>, SourceError> {
    match obj.get("openfda") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(other) => Err(ctx.err(
            "openfda",
            format!("must be an object, found {}", kind_of(other)),
        )),
    }
}

/// An array of strings of `openfda` (`upc`, `brand_name`): trimmed, empty
/// ones dropped; a lone string is taken as one.
fn strings(
    ctx: &Ctx,
    openfda: Option<&Map<String, Value>>,
    key: &str,
) -> Result<Vec<String>, SourceError> {
    let Some(o) = openfda else {
        return Ok(Vec::new());
    };
    let items: Vec<&Value> = match o.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items.iter().collect(),
        Some(v @ Value::String(_)) => vec![v],
        Some(other) => {
            return Err(ctx.err(
                format!("openfda.{key}"),
                format!("must be an array of strings, found {}", kind_of(other)),
            ))
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
            Value::String(_) | Value::Null => {}
            other => {
                return Err(ctx.err(
                    format!("openfda.{key}[{i}]"),
                    format!("must be a string, found {}", kind_of(other)),
                ))
            }
        }
    }
    Ok(out)
}

/// Abbreviations a sentence does not end at ("16 oz. jar", "Co. Inc.").
const ABBREVIATIONS: &[&str] = &[
    "oz", "fl", "no", "nos", "co", "inc", "corp", "ltd", "llc", "st", "approx", "ct", "pk", "lb",
    "lbs", "mg", "ml", "g", "kg", "l", "vs", "dr", "mr", "mrs", "ms", "jr", "sr", "dept", "u.s",
];

/// The first sentence of the description's first line, without its full
/// stop, at most [`MAX_TITLE_CHARS`] characters.
pub(crate) fn title_of(description: &str) -> String {
    let line = description
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(description);
    let mut end = line.len();
    for (i, _) in line.match_indices(". ") {
        let before = &line[..i];
        let word = before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        let is_abbreviation = ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
            || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()));
        if !is_abbreviation && before.chars().count() >= 12 {
            end = i;
            break;
        }
    }
    let sentence = line[..end].trim().trim_end_matches('.');
    bounded_line(sentence, MAX_TITLE_CHARS)
}

/// "FDA Mandated", "Court Ordered": not the firm's own choice.
fn mandated(raw: &str) -> bool {
    let f = raw.to_ascii_lowercase();
    !f.contains("voluntary") && (f.contains("mandated") || f.contains("ordered"))
}

#[cfg(test)]
#[path = "fda_test.rs"]
mod tests;
