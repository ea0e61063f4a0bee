//! EU Safety Gate (ex RAPEX), the weekly-report XML export.
//!
//! The record is a JSON string holding one `<notifications>` element, or a
//! whole `<Safety-Gate>` report holding exactly one. Values often come in
//! CDATA; `barcode` may be empty or `xsi:nil="true"`; older exports put batch
//! and barcode in one field, `batchNumber_barcode`. The notifying country is a
//! full English name.

use crate::common::{
    barcodes, clean, dedupe_folded, gtin_field, is_placeholder, join_sentences, kind_of,
    split_list, Ctx, GtinField,
};
use crate::error::SourceError;
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use safety_domain::kernel::ids::{countries, country_from_english_name, EU_EEA};
use safety_domain::{
    fold, Category, Channel, Country, Gtin, ProductIds, Recall, Remedy, RiskLevel, SourceRef,
};
use serde_json::Value;
use std::collections::BTreeSet;

pub const SOURCE: &str = "safety_gate";

/// The child elements of one `<notifications>`, in order: name and text
/// (`None` when the element is `xsi:nil`).
#[derive(Debug, Default)]
struct Notification {
    fields: Vec<(String, Option<String>)>,
}

impl Notification {
    /// The first non-empty value of an element.
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .find_map(|(_, v)| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))
    }

    /// Every non-empty value of an element (an element may repeat).
    fn all(&self, name: &str) -> Vec<&str> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .filter_map(|(_, v)| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))
            .collect()
    }
}

/// What the XML held: the notifications, and the report's date when the
/// record is a whole report.
struct Document {
    notifications: Vec<Notification>,
    report_date: Option<String>,
}

/// Parses a Safety Gate notification (the XML in a JSON string).
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let Value::String(xml) = record else {
        return Err(msg.err(
            "record",
            format!(
                "must be a string of XML (a <notifications> element), found {}",
                kind_of(record)
            ),
        ));
    };
    let doc = read_xml(&msg, xml)?;
    let report_date = doc.report_date;
    let mut notifications = doc.notifications;
    let n = match notifications.len() {
        1 => notifications.remove(0),
        0 => return Err(msg.err("notifications", "the document holds no <notifications>")),
        many => {
            return Err(msg.err(
                "notifications",
                format!("the document holds {many} <notifications>; send one per message"),
            ))
        }
    };

    let Some(case_number) = n.get("caseNumber").map(str::to_string) else {
        return Err(msg.err("caseNumber", "is missing or empty: it names the alert"));
    };
    let ctx = Ctx::new(SOURCE, case_number.clone());

    let mut gtins = BTreeSet::new();
    for value in n.all("barcode") {
        gtins.extend(barcodes(&ctx, "barcode", value)?);
    }
    let mut batches: Vec<String> = n
        .all("batchNumber")
        .into_iter()
        .flat_map(|b| split_list(b, &[',', ';', '\n']))
        .filter(|b| !is_placeholder(b))
        .collect();
    for value in n.all("batchNumber_barcode") {
        let (g, b) = batch_and_barcode(value);
        gtins.extend(g);
        batches.extend(b);
    }
    let models: Vec<String> = n
        .all("type_numberOfModel")
        .into_iter()
        .flat_map(|m| split_list(m, &[',', ';', '\n']))
        .filter(|m| !is_placeholder(m))
        .collect();
    let brand = n
        .get("brand")
        .filter(|b| !is_placeholder(b))
        .map(str::to_string);

    let product = n.get("product");
    let name = n.get("name");
    let title = match (product, name) {
        (Some(p), Some(nm)) => format!("{p} - {nm}"),
        (Some(t), None) | (None, Some(t)) => t.to_string(),
        (None, None) => match &brand {
            Some(b) => b.clone(),
            None => return Err(ctx.err("product", "is missing, and so are name and brand")),
        },
    };

    let hazard = match (n.get("riskType"), n.get("danger")) {
        (Some(r), Some(d)) => format!("{r}: {d}"),
        (Some(t), None) | (None, Some(t)) => t.to_string(),
        (None, None) => join_sentences(n.get("description")),
    };

    let risk = match n.get("level").map(fold) {
        Some(l) if l.starts_with("serious") => RiskLevel::Serious,
        Some(l) if l.starts_with("high") => RiskLevel::High,
        _ => RiskLevel::Other,
    };

    let mut markets: BTreeSet<Country> = countries(EU_EEA).into_iter().collect();
    if let Some(c) = n
        .get("notifyingCountry")
        .and_then(country_from_english_name)
    {
        markets.insert(c);
    }

    let published_at = report_date
        .as_deref()
        .map(str::trim)
        .and_then(|d| NaiveDate::parse_from_str(d, "%d/%m/%Y").ok())
        .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)));

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference: case_number,
        url: n.get("reference").map(str::to_string),
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        title,
        hazard,
        risk,
        category: n.get("category").and_then(category),
        product: ProductIds {
            gtins,
            brand,
            models: dedupe_folded(models),
            batches: dedupe_folded(batches),
            name: name.or(product).map(str::to_string),
            from_prose: false,
            prose_gtins: Default::default(),
        },
        markets,
        remedies: remedies(n.get("measures")),
        consumer_instructions: String::new(),
        image_url: None,
        published_at,
        timing: None,
    })
}

/// Reads the XML: a `<notifications>` element, or a `<Safety-Gate>` report
/// whose `<notifications>` children are collected.
fn read_xml(msg: &Ctx, xml: &str) -> Result<Document, SourceError> {
    // Text is not trimmed here: a value may mix text and CDATA ("Foo <![CDATA[bar]]>");
    // values are trimmed when read.
    let mut reader = Reader::from_str(xml);
    let mut doc = Document {
        notifications: Vec::new(),
        report_date: None,
    };
    // Open elements, outermost first.
    let mut stack: Vec<String> = Vec::new();
    // Whether the root is a bare <notifications> (depth of notifications 0) or a
    // report (depth 1).
    let mut notif_depth: Option<usize> = None;
    let mut current: Option<Notification> = None;
    // The child of <notifications> being read: its text so far, or None if nil.
    let mut field: Option<(String, Option<String>)> = None;
    let mut report_date: Option<String> = None;
    let mut reading_report_date = false;
    let mut root_seen = false;

    let innermost = |stack: &[String]| {
        stack
            .last()
            .cloned()
            .unwrap_or_else(|| "record".to_string())
    };

    loop {
        let event = reader.read_event().map_err(|e| {
            msg.err(
                innermost(&stack),
                format!("malformed XML at byte {}: {e}", reader.error_position()),
            )
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local_name(e);
                if name.is_empty() {
                    return Err(msg.err(
                        innermost(&stack),
                        format!(
                            "malformed XML at byte {}: an element without a name",
                            reader.buffer_position()
                        ),
                    ));
                }
                let depth = stack.len();
                if depth == 0 {
                    if root_seen {
                        return Err(msg.err(
                            "record",
                            format!("a second root element <{name}> after the first"),
                        ));
                    }
                    root_seen = true;
                    match name.as_str() {
                        "notifications" => notif_depth = Some(0),
                        "Safety-Gate" => notif_depth = Some(1),
                        other => {
                            return Err(msg.err(
                                "record",
                                format!(
                                    "expected <notifications> or <Safety-Gate>, found <{other}>"
                                ),
                            ))
                        }
                    }
                }
                let nd = notif_depth.unwrap_or(0);
                if depth == nd && name == "notifications" {
                    current = Some(Notification::default());
                } else if current.is_some() && depth == nd + 1 {
                    let nil = is_nil(msg, &name, e)?;
                    field = Some((name.clone(), if nil { None } else { Some(String::new()) }));
                } else if nd == 1 && depth == 1 && name == "report_date" {
                    reading_report_date = true;
                }
                if empty {
                    close(depth, nd, &name, &mut current, &mut field, &mut doc);
                    reading_report_date = false;
                } else {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                let Some(name) = stack.pop() else {
                    return Err(msg.err("record", "a closing tag without its opening tag"));
                };
                let nd = notif_depth.unwrap_or(0);
                close(stack.len(), nd, &name, &mut current, &mut field, &mut doc);
                if reading_report_date && stack.len() == 1 {
                    reading_report_date = false;
                }
            }
            Event::Text(t) => {
                let text = t
                    .unescape()
                    .map_err(|e| msg.err(innermost(&stack), format!("malformed XML text: {e}")))?;
                append(&mut field, &mut report_date, reading_report_date, &text);
            }
            Event::CData(c) => {
                let text = c
                    .decode()
                    .map_err(|e| msg.err(innermost(&stack), format!("malformed CDATA: {e}")))?;
                append(&mut field, &mut report_date, reading_report_date, &text);
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(msg.err(
            open.clone(),
            format!("malformed XML: <{open}> is not closed at the end of the record"),
        ));
    }
    if !root_seen {
        return Err(msg.err(
            "record",
            "holds no XML element (expected <notifications> or <Safety-Gate>)",
        ));
    }
    doc.report_date = report_date;
    Ok(doc)
}

/// An element ends at `depth` (its parent's depth + 1 = its own): a field of
/// the current notification, or the notification itself.
fn close(
    depth: usize,
    notif_depth: usize,
    name: &str,
    current: &mut Option<Notification>,
    field: &mut Option<(String, Option<String>)>,
    doc: &mut Document,
) {
    if depth == notif_depth + 1 && current.is_some() {
        if let (Some(n), Some(f)) = (current.as_mut(), field.take()) {
            n.fields.push(f);
        }
    } else if depth == notif_depth && name == "notifications" {
        if let Some(n) = current.take() {
            doc.notifications.push(n);
        }
    }
}

fn append(
    field: &mut Option<(String, Option<String>)>,
    report_date: &mut Option<String>,
    reading_report_date: bool,
    text: &str,
) {
    if let Some((_, Some(value))) = field {
        value.push_str(text);
    } else if reading_report_date {
        report_date.get_or_insert_with(String::new).push_str(text);
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// `xsi:nil="true"` (any prefix).
fn is_nil(msg: &Ctx, element: &str, e: &BytesStart<'_>) -> Result<bool, SourceError> {
    for attr in e.attributes() {
        let attr =
            attr.map_err(|err| msg.err(element, format!("malformed XML attribute: {err}")))?;
        if attr.key.local_name().as_ref() == b"nil" {
            let value = attr
                .unescape_value()
                .map_err(|err| msg.err(element, format!("malformed XML attribute: {err}")))?;
            return Ok(value.trim() == "true" || value.trim() == "1");
        }
    }
    Ok(false)
}

/// Older exports' `batchNumber_barcode`: the words that are valid GTINs are
/// barcodes, the rest (without labels such as "Batch number:" or "EAN") are
/// batches. A number that fails the check digit is taken for a batch number.
fn batch_and_barcode(raw: &str) -> (Vec<Gtin>, Vec<String>) {
    const LABELS: &[&str] = &[
        "barcode",
        "bar",
        "code",
        "ean",
        "ean13",
        "ean8",
        "gtin",
        "upc",
        "batch",
        "batchnumber",
        "number",
        "numbers",
        "no",
        "nr",
        "lot",
        "lots",
    ];
    let mut gtins = Vec::new();
    let mut batches = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let flush = |current: &mut Vec<&str>, batches: &mut Vec<String>| {
        let b = current.join(" ");
        current.clear();
        if let Some(b) = clean(&b) {
            if !is_placeholder(&b) {
                batches.push(b);
            }
        }
    };
    for piece in raw.split([',', ';', '|', '\n']) {
        for word in piece.split(|c: char| c.is_whitespace() || c == ':') {
            let w = word.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '-' | '#'));
            if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
                if let GtinField::Gtin(g) = gtin_field(w) {
                    gtins.push(g);
                    flush(&mut current, &mut batches);
                    continue;
                }
            }
            let f = fold(w);
            if f.is_empty() || LABELS.contains(&f.as_str()) {
                flush(&mut current, &mut batches);
            } else {
                current.push(w);
            }
        }
        flush(&mut current, &mut batches);
    }
    (gtins, batches)
}

/// Safety Gate's product categories -> the platform's lists.
fn category(raw: &str) -> Option<Category> {
    Some(match fold(raw).as_str() {
        "toys" => Category::Toys,
        "electricalappliances"
        | "electricalappliancesandequipment"
        | "lightingequipment"
        | "lightingchains" => Category::DigitalElectronicsAndAppliances,
        "cosmetics" => Category::SkinCareCosmetics,
        "clothingtextilesandfashionitems" => Category::ClothingAndTextiles,
        "childcarearticlesandchildrensequipment" => Category::MotherAndKids,
        "jewellery" | "jewelry" => Category::JewelryAndAccessories,
        "foodimitatingproducts" | "food" => Category::Foods,
        "laserpointers" => Category::LaserProducts,
        "protectiveequipment" => Category::ProtectiveEquipment,
        "machinery" => Category::Machinery,
        "radioequipment" | "communicationandmediaequipment" => Category::RadioEquipment,
        "hobbysportsequipment" => Category::OutdoorSportsEquipment,
        "medicaldevices" => Category::MedicalDevices,
        "furniture" | "decorativearticles" | "kitchencookingaccessories" => {
            Category::HouseholdProducts
        }
        _ => return None,
    })
}

/// From `measures` ("Withdrawal of the product from the market", "Recall of
/// the product from end users", "Destruction of the product"); without
/// measures, a refund and stop using it.
fn remedies(measures: Option<&str>) -> BTreeSet<Remedy> {
    let mut out = BTreeSet::new();
    if let Some(m) = measures.map(str::to_lowercase) {
        if m.contains("withdraw") || m.contains("recall") {
            out.insert(Remedy::Refund);
        }
        if m.contains("destruction") || m.contains("destroy") {
            out.insert(Remedy::Dispose);
        }
    }
    if out.is_empty() {
        out.extend([Remedy::Refund, Remedy::StopUsing]);
    }
    out
}

#[cfg(test)]
#[path = "safety_gate_test.rs"]
mod tests;
