//! US CPSC, saferproducts.gov Recall REST API (`?format=json`): one recall
//! object, or the API's array holding one.
//!
//! The record has no brand, lot or batch field: brand and model usually sit in
//! `Title` ("Brightpaw Recalls BP-12 Chew Toys Due to ...") and
//! `Products[].Name`. They are read from there (see `prose`) and marked
//! `from_prose`, so their matches wait for the desk; `Products[].Model`, when
//! given, is a real field and its models are taken instead of the prose
//! ones. `product.name` is `Products[0].Name`, whose words the matcher
//! compares with a listing's title.

use crate::common::{
    dedupe_folded, fold_text, gtin_reason, iso_datetime, join_sentences, kind_of, opt_scalar,
    split_list, Ctx,
};
use crate::error::SourceError;
use crate::prose::{category_in_prose, prose_ids, risk_in_prose};
use safety_domain::kernel::ids::countries;
use safety_domain::{Channel, Gtin, ProductIds, Recall, Remedy, SourceRef};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub const SOURCE: &str = "cpsc";

/// Parses a CPSC recall (an object, or a one-element array of it).
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let record = match record {
        Value::Array(items) if items.len() == 1 => &items[0],
        Value::Array(items) => {
            return Err(msg.err(
                "record",
                format!(
                    "an array must hold exactly one recall, found {}",
                    items.len()
                ),
            ))
        }
        other => other,
    };
    let Value::Object(obj) = record else {
        return Err(msg.err(
            "record",
            format!("must be a CPSC recall object, found {}", kind_of(record)),
        ));
    };

    let recall_id = opt_scalar(&msg, obj, "RecallID", "RecallID")?;
    let title = opt_scalar(&msg, obj, "Title", "Title")?;
    if let Some(t) = title
        .as_deref()
        .filter(|t| t.starts_with("Error retrieving Recalls"))
    {
        return Err(msg.err(
            "RecallID",
            format!("the API answered with its error body: {t}"),
        ));
    }
    if recall_id.as_deref() == Some("0") {
        return Err(msg.err("RecallID", "is 0: the API's answer when it found no recall"));
    }

    let number = opt_scalar(&msg, obj, "RecallNumber", "RecallNumber")?;
    let Some(reference) = number.or(recall_id) else {
        return Err(msg.err("RecallNumber", "is missing, and so is RecallID"));
    };
    let ctx = Ctx::new(SOURCE, reference.clone());

    let products = objects(&ctx, obj, "Products")?;
    let mut names = Vec::new();
    let mut models = Vec::new();
    let mut types = Vec::new();
    for (i, p) in products.iter().enumerate() {
        if let Some(n) = opt_scalar(&ctx, p, "Name", &format!("Products[{i}].Name"))? {
            names.push(n);
        }
        if let Some(m) = opt_scalar(&ctx, p, "Model", &format!("Products[{i}].Model"))? {
            models.extend(split_list(&m, &[',', ';']));
        }
        if let Some(t) = opt_scalar(&ctx, p, "Type", &format!("Products[{i}].Type"))? {
            types.push(t);
        }
    }

    let mut gtins = BTreeSet::new();
    for (i, u) in objects(&ctx, obj, "ProductUPCs")?.iter().enumerate() {
        let path = format!("ProductUPCs[{i}].UPC");
        if let Some(upc) = opt_scalar(&ctx, u, "UPC", &path)? {
            let gtin = Gtin::parse(&upc).map_err(|e| ctx.err(&path, gtin_reason(&e)))?;
            gtins.insert(gtin);
        }
    }

    let hazards = texts(&ctx, obj, "Hazards", "Name")?;
    let instructions = texts(&ctx, obj, "Remedies", "Name")?;
    let options = texts(&ctx, obj, "RemedyOptions", "Option")?;
    let image_url = texts(&ctx, obj, "Images", "URL")?.into_iter().next();

    let title = match title.or_else(|| names.first().cloned()) {
        Some(t) => t,
        None => return Err(ctx.err("Title", "is missing, and no Products[].Name to use instead")),
    };
    let hazard = if hazards.is_empty() {
        title.clone()
    } else {
        join_sentences(hazards.iter().map(String::as_str))
    };
    let consumer_instructions = join_sentences(instructions.iter().map(String::as_str));

    let published_at = match opt_scalar(&ctx, obj, "RecallDate", "RecallDate")? {
        None => None,
        Some(d) => Some(iso_datetime(&d).ok_or_else(|| {
            ctx.err(
                "RecallDate",
                format!("'{d}' is not a date (expected YYYY-MM-DDT00:00:00)"),
            )
        })?),
    };

    // No brand field: brand and models from the prose; models from
    // `Products[].Model` when the record gives them.
    let prose = prose_ids(&title, &names, &company_names(obj));
    let models_from_prose = models.is_empty() && !prose.models.is_empty();
    let models = if models.is_empty() {
        prose.models
    } else {
        dedupe_folded(models)
    };
    let from_prose = prose.brand.is_some() || models_from_prose;

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url: opt_scalar(&ctx, obj, "URL", "URL")?,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        risk: risk_in_prose(&[&title, &hazard]),
        category: category_in_prose(&[&types.join(" "), &names.join(" "), &title]),
        product: ProductIds {
            gtins,
            brand: prose.brand,
            models,
            batches: Vec::new(),
            name: names.first().cloned(),
            from_prose,
            prose_gtins: Default::default(),
        },
        markets: countries(&["US"]).into_iter().collect(),
        remedies: remedies(&options, &consumer_instructions),
        consumer_instructions,
        image_url,
        published_at,
        timing: None,
        sources: vec![source_ref],
        title,
        hazard,
    })
}

/// An array of objects (`Products`, `ProductUPCs`...); absent or null is empty.
fn objects<'a>(
    ctx: &Ctx,
    obj: &'a Map<String, Value>,
    key: &str,
) -> Result<Vec<&'a Map<String, Value>>, SourceError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Object(o) => Ok(o),
                other => Err(ctx.err(
                    format!("{key}[{i}]"),
                    format!("must be an object, found {}", kind_of(other)),
                )),
            })
            .collect(),
        Some(other) => Err(ctx.err(key, format!("must be an array, found {}", kind_of(other)))),
    }
}

/// The names of the record's makers and sellers (`Manufacturers`,
/// `Importers`, `Distributors`), which confirm a brand read from a product
/// name. Only a confirmation: entries of another shape are passed over.
fn company_names(obj: &Map<String, Value>) -> Vec<String> {
    ["Manufacturers", "Importers", "Distributors"]
        .iter()
        .filter_map(|key| obj.get(*key).and_then(Value::as_array))
        .flatten()
        .filter_map(|c| c.get("Name").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

/// The non-empty `inner` texts of an array of objects (`Hazards[].Name`).
fn texts(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    inner: &str,
) -> Result<Vec<String>, SourceError> {
    let mut out = Vec::new();
    for (i, o) in objects(ctx, obj, key)?.iter().enumerate() {
        if let Some(t) = opt_scalar(ctx, o, inner, &format!("{key}[{i}].{inner}"))? {
            out.push(t);
        }
    }
    Ok(out)
}

fn remedies(options: &[String], instructions: &str) -> BTreeSet<Remedy> {
    let mut out = BTreeSet::new();
    for o in options {
        let o = fold_text(o);
        for (word, remedy) in [
            ("refund", Remedy::Refund),
            ("repair", Remedy::Repair),
            ("replace", Remedy::Replace),
            ("dispos", Remedy::Dispose),
            ("stop using", Remedy::StopUsing),
        ] {
            if o.contains(word) {
                out.insert(remedy);
            }
        }
    }
    let text = fold_text(instructions);
    if text.contains("stop using") {
        out.insert(Remedy::StopUsing);
    }
    if text.contains("dispose") {
        out.insert(Remedy::Dispose);
    }
    out
}

#[cfg(test)]
#[path = "cpsc_test.rs"]
mod tests;
