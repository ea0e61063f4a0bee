//! UK OPSS, "Product Safety Alerts, Reports and Recalls": one GOV.UK content
//! item (`https://www.gov.uk/api/content/product-safety-alerts-reports-recalls/<slug>`,
//! `document_type` `product_safety_alert_report_recall`).
//!
//! - The reference is the PSD notification number the title carries
//!   ("... (2609-0229)"), else the slug of `base_path`; the URL is the page's.
//! - `details.metadata` holds the finder's facets: `product_risk_level` (the
//!   risk: serious, high; medium, low and not-provided are other),
//!   `product_measure_type[]` (remedies where a measure gives the consumer
//!   one), `product_category` (one of the 14 lists where it maps),
//!   `product_recall_alert_date` (the publication date).
//! - Model, batch and barcode are only in `details.body`, an HTML table of
//!   the product's details (rows `<tr><th>Model</th><td>…</td></tr>`, or a
//!   header row over one row per product): these are the record's fields,
//!   not prose. A barcode with a wrong check digit is an error on
//!   `details.body.<row>`. The "Hazard" and "Corrective action" sections of
//!   the body are the hazard and the consumer instructions.
//! - Markets: GB.

use crate::common::{
    barcodes, clean, dedupe_folded, html_text, is_placeholder, iso_datetime, kind_of, opt_scalar,
    split_list, tidy, Ctx,
};
use crate::error::SourceError;
use crate::prose::{category_in_prose, remedies_in_prose};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use safety_domain::kernel::ids::countries;
use safety_domain::kernel::limits::bounded;
use safety_domain::{
    fold, Category, Channel, Gtin, ProductIds, Recall, Remedy, RiskLevel, SourceRef,
};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub const SOURCE: &str = "opss";

/// Where the items' `base_path`s are.
pub const SITE: &str = "https://www.gov.uk";

/// Parses one GOV.UK content item of a product safety alert, report or recall.
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let Value::Object(obj) = record else {
        return Err(msg.err(
            "record",
            format!(
                "must be a GOV.UK content item (an object), found {}",
                kind_of(record)
            ),
        ));
    };
    let Some(title) = opt_scalar(&msg, obj, "title", "title")?.map(|t| tidy(&t)) else {
        return Err(msg.err(
            "title",
            "is missing: it names the product and carries the PSD number",
        ));
    };
    let base_path = opt_scalar(&msg, obj, "base_path", "base_path")?;
    let slug = base_path
        .as_deref()
        .and_then(|p| p.trim_end_matches('/').rsplit('/').next())
        .and_then(clean);
    let Some(reference) = psd_number(&title).or(slug) else {
        return Err(msg.err(
            "base_path",
            "is missing, and the title carries no PSD number \"(NNNN-NNNN)\": nothing names the item",
        ));
    };
    let ctx = Ctx::new(SOURCE, reference.clone());

    let details = object(&ctx, obj, "details", "details")?;
    let metadata = match details {
        Some(d) => object(&ctx, d, "metadata", "details.metadata")?,
        None => None,
    };
    let facet =
        |key: &str| -> Result<Vec<String>, SourceError> { facet_values(&ctx, metadata, key) };

    let risk = match facet("product_risk_level")?
        .first()
        .map(|r| fold(r))
        .as_deref()
    {
        None => RiskLevel::Other,
        Some("serious") => RiskLevel::Serious,
        Some("high") => RiskLevel::High,
        Some("medium" | "low" | "notprovided") => RiskLevel::Other,
        Some(other) => {
            return Err(ctx.err(
                "details.metadata.product_risk_level",
                format!(
                    "'{}' is not serious, high, medium, low or not-provided",
                    bounded(other, 32)
                ),
            ))
        }
    };

    let body = match details {
        Some(d) => opt_scalar(&ctx, d, "body", "details.body")?.unwrap_or_default(),
        None => String::new(),
    };
    let body = read_body(&body);

    let mut gtins: BTreeSet<Gtin> = BTreeSet::new();
    let mut models = Vec::new();
    let mut batches = Vec::new();
    let mut brand = None;
    let mut name = None;
    let mut product_type = None;
    let mut hazard_row = None;
    for (label, value) in &body.rows {
        let values = || -> Vec<String> {
            split_list(value, &[',', ';', '\n'])
                .into_iter()
                .filter(|v| !is_placeholder(v))
                .collect()
        };
        match Row::of(label) {
            Some(Row::Barcode) => {
                let field = format!("details.body.{}", bounded(label, 48));
                gtins.extend(barcodes(&ctx, &field, value)?);
            }
            Some(Row::Model) => models.extend(values()),
            Some(Row::Batch) => batches.extend(values()),
            Some(Row::Brand) => {
                let b = tidy(value);
                if brand.is_none() && !is_placeholder(&b) && !is_unbranded(&b) {
                    brand = Some(b);
                }
            }
            Some(Row::Name) => {
                name = name.or_else(|| clean(&tidy(value)).filter(|n| !is_placeholder(n)))
            }
            Some(Row::Type) => product_type = product_type.or_else(|| clean(&tidy(value))),
            Some(Row::Hazard) => hazard_row = hazard_row.or_else(|| clean(&tidy(value))),
            None => {}
        }
    }

    let description = opt_scalar(&ctx, obj, "description", "description")?.map(|d| tidy(&d));
    let hazard = body
        .section(&["hazard", "hazards", "risk", "therisk"])
        .or(hazard_row)
        .or(description)
        .unwrap_or_else(|| title.clone());
    let action = body
        .section(&[
            "correctiveaction",
            "correctiveactions",
            "action",
            "whattodo",
        ])
        .unwrap_or_default();

    let mut remedies = remedies_in_prose(&action);
    for measure in facet("product_measure_type")? {
        remedies.extend(measure_remedy(&measure));
    }

    let category = facet("product_category")?
        .iter()
        .find_map(|c| category(c))
        .or_else(|| {
            let name_text = name.clone().unwrap_or_default();
            category_in_prose(&[product_type.as_deref().unwrap_or(""), &name_text, &title])
        });

    let published_at = match facet("product_recall_alert_date")?.first() {
        Some(d) => Some(
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)))
                .map_err(|_| {
                    ctx.err(
                        "details.metadata.product_recall_alert_date",
                        format!("'{}' is not a date (expected YYYY-MM-DD)", bounded(d, 32)),
                    )
                })?,
        ),
        None => match opt_scalar(&ctx, obj, "public_updated_at", "public_updated_at")? {
            None => None,
            Some(d) => Some(iso_datetime(&d).ok_or_else(|| {
                ctx.err(
                    "public_updated_at",
                    format!("'{}' is not an ISO 8601 time", bounded(&d, 40)),
                )
            })?),
        },
    };

    let url = base_path
        .filter(|p| p.starts_with('/') && !p.starts_with("//"))
        .map(|p| format!("{SITE}{p}"));
    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        product: ProductIds {
            gtins,
            brand,
            models: dedupe_folded(models),
            batches: dedupe_folded(batches),
            name: name.or_else(|| Some(name_from_title(&title))),
            from_prose: false,
            prose_gtins: Default::default(),
        },
        title,
        hazard,
        risk,
        category,
        markets: countries(&["GB"]).into_iter().collect(),
        remedies,
        consumer_instructions: action,
        image_url: None,
        published_at,
        timing: None,
    })
}

/// The PSD notification number of a title: "... (2609-0229)" -> "2609-0229".
fn psd_number(title: &str) -> Option<String> {
    title.match_indices('(').find_map(|(i, _)| {
        let inner = title.get(i + 1..i + 10)?;
        let closed = title.get(i + 10..i + 11) == Some(")");
        let shaped = inner
            .char_indices()
            .all(|(k, c)| if k == 4 { c == '-' } else { c.is_ascii_digit() });
        (closed && shaped).then(|| inner.to_string())
    })
}

/// The product's name from the title: without "Product Recall:" and the
/// like, the PSD number and where it was sold ("... sold via Amazon").
fn name_from_title(title: &str) -> String {
    let mut t = title.trim();
    if let Some((head, rest)) = t.split_once(':') {
        if head.trim().to_ascii_lowercase().starts_with("product") {
            t = rest.trim();
        }
    }
    if let Some(i) = t.rfind(" (") {
        if psd_number(&t[i + 1..]).is_some() {
            t = t[..i].trim();
        }
    }
    let lower = t.to_ascii_lowercase();
    if let Some(i) = lower.find(" sold ") {
        if i > 0 {
            t = t[..i].trim();
        }
    }
    t.to_string()
}

fn object<'a>(
    ctx: &Ctx,
    obj: &'a Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<Option<&'a Map<String, Value>>, SourceError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(other) => Err(ctx.err(path, format!("must be an object, found {}", kind_of(other)))),
    }
}

/// A facet of `details.metadata`: a string, or an array of strings.
fn facet_values(
    ctx: &Ctx,
    metadata: Option<&Map<String, Value>>,
    key: &str,
) -> Result<Vec<String>, SourceError> {
    let path = format!("details.metadata.{key}");
    let Some(m) = metadata else {
        return Ok(Vec::new());
    };
    match m.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(clean(s).into_iter().collect()),
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => out.extend(clean(s)),
                    other => {
                        return Err(ctx.err(
                            format!("{path}[{i}]"),
                            format!("must be a string, found {}", kind_of(other)),
                        ))
                    }
                }
            }
            Ok(out)
        }
        Some(other) => Err(ctx.err(
            path,
            format!(
                "must be a string or an array of strings, found {}",
                kind_of(other)
            ),
        )),
    }
}

/// The measures that give the consumer a remedy.
fn measure_remedy(measure: &str) -> Option<Remedy> {
    match measure.trim() {
        "recall-of-product-from-end-users" => Some(Remedy::Refund),
        "destruction-of-the-product" => Some(Remedy::Dispose),
        "modification-programme" => Some(Remedy::Repair),
        _ => None,
    }
}

/// The finder's product categories -> the platform's lists (those with no
/// list of their own, such as motor vehicles or construction products, map
/// to none).
fn category(raw: &str) -> Option<Category> {
    Some(match raw.trim() {
        "toys" => Category::Toys,
        "childcare-articles-childrens-equipment" => Category::MotherAndKids,
        "clothing-textiles-fashion" => Category::ClothingAndTextiles,
        "cosmetics" => Category::SkinCareCosmetics,
        "communication-media-equipment" => Category::RadioEquipment,
        "adaptors-plugs-sockets"
        | "computers-and-accessories"
        | "electrical-appliances-equipment"
        | "lighting-products" => Category::DigitalElectronicsAndAppliances,
        "furniture"
        | "household-decorative-articles"
        | "kitchen-cooking-accessories"
        | "gas-appliances-and-components" => Category::HouseholdProducts,
        "hobby-sports-equipment"
        | "entertainment-leisure-products-outdoors"
        | "recreational-crafts" => Category::OutdoorSportsEquipment,
        "jewellery" => Category::JewelryAndAccessories,
        "machinery" | "lifts" => Category::Machinery,
        "personal-protective-equipment-ppe" => Category::ProtectiveEquipment,
        _ => return None,
    })
}

/// The rows of the product details table the adapter reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Barcode,
    Model,
    Batch,
    Brand,
    Name,
    Type,
    Hazard,
}

impl Row {
    /// "Barcode", "GTIN/EAN", "UPC code", "Model number", "Batch/lot number",
    /// "Brand name", "Product name", "Product type", "Hazard".
    fn of(label: &str) -> Option<Row> {
        let f = fold(label);
        Some(
            if f.contains("barcode") || ["gtin", "ean", "upc"].iter().any(|p| f.starts_with(p)) {
                Row::Barcode
            } else if f.starts_with("model") || f == "typemodel" {
                Row::Model
            } else if f.starts_with("batch") || f.starts_with("lot") {
                Row::Batch
            } else if f.starts_with("brand") {
                Row::Brand
            } else if f == "productname" || f == "product" || f == "name" {
                Row::Name
            } else if f == "producttype" || f == "type" {
                Row::Type
            } else if f == "hazard" || f == "risktype" || f == "risk" {
                Row::Hazard
            } else {
                return None;
            },
        )
    }
}

fn is_unbranded(brand: &str) -> bool {
    matches!(fold(brand).as_str(), "unbranded" | "nobrand" | "notbranded")
}

/// What the body says: the (label, value) pairs of its tables and the text
/// of its sections by heading.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub rows: Vec<(String, String)>,
    pub sections: Vec<(String, String)>,
}

impl Body {
    /// The text of the first section whose folded heading is one of `names`.
    fn section(&self, names: &[&str]) -> Option<String> {
        self.sections
            .iter()
            .find(|(h, t)| names.contains(&fold(h).as_str()) && !t.is_empty())
            .map(|(_, t)| t.clone())
    }
}

/// Reads the body's tables and sections. A tolerant reader of the HTML
/// GOV.UK renders (govspeak): tag names in any case, cells closed or not,
/// entities decoded, `<br>` and paragraphs inside a cell as line breaks.
/// It never fails: what it can't read, it passes over.
pub(crate) fn read_body(html: &str) -> Body {
    let lower = html.to_ascii_lowercase();
    let mut body = Body::default();
    let mut from = 0;
    while let Some(start) = find_tag(&lower, "table", from) {
        let end = lower[start..]
            .find("</table")
            .map_or(html.len(), |e| start + e);
        body.rows
            .extend(table_rows(&html[start..end], &lower[start..end]));
        from = end.max(start + 1);
    }
    // Sections: from an <h2> or <h3> to the next.
    let mut headings = Vec::new();
    let mut from = 0;
    loop {
        let next = ["h2", "h3"]
            .iter()
            .filter_map(|h| find_tag(&lower, h, from))
            .min();
        let Some(start) = next else { break };
        let level = &lower[start + 1..start + 3];
        let text_start = lower[start..]
            .find('>')
            .map_or(html.len(), |g| start + g + 1);
        let text_end = lower[text_start..]
            .find(&format!("</{level}"))
            .map_or(html.len(), |e| text_start + e);
        let after = lower[text_end..]
            .find('>')
            .map_or(html.len(), |g| text_end + g + 1);
        headings.push((start, html_text(&html[text_start..text_end]), after));
        from = after.max(start + 1);
    }
    for (i, (_, heading, content_start)) in headings.iter().enumerate() {
        let content_end = headings.get(i + 1).map_or(html.len(), |h| h.0);
        let content = html.get(*content_start..content_end).unwrap_or("");
        body.sections.push((heading.clone(), html_text(content)));
    }
    body
}

/// The byte offset of the next `<name` tag (not `<names...`) at or after `from`.
fn find_tag(lower: &str, name: &str, from: usize) -> Option<usize> {
    let needle = format!("<{name}");
    let mut at = from;
    while let Some(i) = lower.get(at..)?.find(&needle) {
        let start = at + i;
        let next = lower[start + needle.len()..].chars().next();
        if next.is_none_or(|c| c == '>' || c == '/' || c.is_whitespace()) {
            return Some(start);
        }
        at = start + needle.len();
    }
    None
}

/// The (label, value) pairs of one table: row by row (`<th>label</th><td>value</td>`,
/// or two `<td>`), or, when the first row is a header of two or more `<th>`
/// over rows of `<td>`, column by column (one pair per header and row).
fn table_rows(html: &str, lower: &str) -> Vec<(String, String)> {
    let mut rows: Vec<Vec<(bool, String)>> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(s) = find_tag(lower, "tr", from) {
        starts.push(s);
        from = s + 3;
    }
    for (i, start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(html.len());
        rows.push(cells(&html[*start..end], &lower[*start..end]));
    }
    let header = rows
        .first()
        .filter(|r| r.len() >= 2 && r.iter().all(|(th, _)| *th))
        .filter(|_| rows.len() > 1 && rows[1..].iter().all(|r| r.first().is_some_and(|c| !c.0)));
    let mut out = Vec::new();
    match header {
        Some(head) => {
            for row in &rows[1..] {
                for (h, (_, value)) in head.iter().zip(row) {
                    out.push((h.1.clone(), value.clone()));
                }
            }
        }
        None => {
            for row in &rows {
                if let [(_, label), values @ ..] = row.as_slice() {
                    if !values.is_empty() {
                        let value = values
                            .iter()
                            .map(|(_, v)| v.as_str())
                            .collect::<Vec<_>>()
                            .join("\n");
                        out.push((label.clone(), value));
                    }
                }
            }
        }
    }
    out
}

/// The cells of one row: whether each is a header cell, and its text (line
/// breaks kept between its paragraphs, `<br>` and list items).
fn cells(html: &str, lower: &str) -> Vec<(bool, String)> {
    let mut starts: Vec<(usize, bool)> = Vec::new();
    for (name, th) in [("th", true), ("td", false)] {
        let mut from = 0;
        while let Some(s) = find_tag(lower, name, from) {
            starts.push((s, th));
            from = s + 3;
        }
    }
    starts.sort_unstable();
    let mut out = Vec::new();
    for (i, (start, th)) in starts.iter().enumerate() {
        let content_start = lower[*start..]
            .find('>')
            .map_or(html.len(), |g| start + g + 1);
        let next = starts.get(i + 1).map_or(html.len(), |n| n.0);
        let content_end = ["</th", "</td", "</tr"]
            .iter()
            .filter_map(|close| lower.get(content_start..next)?.find(close))
            .min()
            .map_or(next, |e| content_start + e);
        let content = html
            .get(content_start..content_end.max(content_start))
            .unwrap_or("");
        out.push((*th, cell_text(content)));
    }
    out
}

/// A cell's text: its lines (split at `<br>`, `</p>`, `</li>` and line
/// breaks), each as plain text, empty ones dropped.
fn cell_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut marked = String::with_capacity(html.len());
    let mut last = 0;
    let mut at = 0;
    while let Some(i) = lower[at..].find('<') {
        let start = at + i;
        let tag_end = lower[start..]
            .find('>')
            .map_or(lower.len(), |g| start + g + 1);
        let tag = &lower[start..tag_end];
        let breaks = tag.starts_with("<br")
            || tag.starts_with("</p")
            || tag.starts_with("</li")
            || tag.starts_with("</div");
        if breaks {
            marked.push_str(&html[last..start]);
            marked.push('\n');
            last = tag_end;
        }
        at = tag_end.max(start + 1);
        if at >= lower.len() {
            break;
        }
    }
    marked.push_str(html.get(last..).unwrap_or(""));
    marked
        .lines()
        .map(html_text)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
#[path = "opss_test.rs"]
mod tests;
