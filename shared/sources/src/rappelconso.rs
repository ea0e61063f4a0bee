//! France, RappelConso (data.economie.gouv.fr).
//!
//! Two record formats:
//! - v1, the legacy dataset `rappelconso0`: `{datasetid, recordid, fields:{...}}`,
//!   id `reference_fiche`, products in the free text `identification_des_produits`;
//! - v2 (`rappelconso-v2-gtin-espaces` / `-gtin-trie`): a flat object, id
//!   `numero_fiche`, products in `identification_produits`
//!   ("GTIN$lot$date-type$start$end" per product, products joined by `|`).
//!   The gtin-trie dataset has one row per GTIN (with a `gtin` column): an
//!   array of rows of the same `numero_fiche` is one recall.

use crate::common::{
    clean, dedupe_folded, end_of_day, fold_text, gtin_field, gtin_reason, gtins_in_text,
    iso_datetime, join_sentences, kind_of, split_list, words, Ctx, GtinField,
};
use crate::error::SourceError;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use safety_domain::kernel::ids::countries;
use safety_domain::{
    fold, Category, Channel, Gtin, ProductIds, Recall, Remedy, RiskLevel, SourceRef, TimingOverride,
};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

pub const SOURCE: &str = "rappelconso";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Version {
    V1,
    V2,
}

/// The fields that are named differently in v1 and v2.
struct Names {
    id: &'static str,
    brand: &'static str,
    models: &'static str,
    category: &'static str,
    subcategory: &'static str,
    motif: &'static str,
    risks: &'static str,
    legal_nature: &'static str,
    published: &'static str,
}

const V1: Names = Names {
    id: "reference_fiche",
    brand: "nom_de_la_marque_du_produit",
    models: "noms_des_modeles_ou_references",
    category: "categorie_de_produit",
    subcategory: "sous_categorie_de_produit",
    motif: "motif_du_rappel",
    risks: "risques_encourus_par_le_consommateur",
    legal_nature: "nature_juridique_du_rappel",
    published: "date_de_publication",
};

const V2: Names = Names {
    id: "numero_fiche",
    brand: "marque_produit",
    models: "modeles_ou_references",
    category: "categorie_produit",
    subcategory: "sous_categorie_produit",
    motif: "motif_rappel",
    risks: "risques_encourus",
    legal_nature: "nature_juridique_rappel",
    published: "date_publication",
};

impl Version {
    fn names(self) -> &'static Names {
        match self {
            Version::V1 => &V1,
            Version::V2 => &V2,
        }
    }
}

/// Parses a RappelConso record: a v1 record, a v2 record, or an array of v2
/// rows of one fiche (the gtin-trie dataset, one row per GTIN).
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let rows: Vec<&Map<String, Value>> = match record {
        Value::Object(o) => vec![o],
        Value::Array(items) if items.is_empty() => {
            return Err(msg.err("record", "is an empty array: no RappelConso record in it"))
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Object(o) => Ok(o),
                other => Err(msg.err(
                    format!("record[{i}]"),
                    format!(
                        "must be a RappelConso record object, found {}",
                        kind_of(other)
                    ),
                )),
            })
            .collect::<Result<_, _>>()?,
        other => {
            return Err(msg.err(
                "record",
                format!(
                    "must be a RappelConso record object, found {}",
                    kind_of(other)
                ),
            ))
        }
    };

    // The v1 record keeps its fields under `fields`.
    let mut versioned = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let at = |f: &str| {
            if rows.len() > 1 {
                format!("record[{i}].{f}")
            } else {
                f.to_string()
            }
        };
        match row.get("fields") {
            Some(Value::Object(fields)) => versioned.push((Version::V1, fields)),
            Some(other) if !other.is_null() => {
                return Err(msg.err(
                    at("fields"),
                    format!("must be an object, found {}", kind_of(other)),
                ))
            }
            _ => versioned.push((Version::V2, *row)),
        }
    }
    let (version, first) = versioned[0];
    let n = version.names();

    let reference = match text(&msg, first, n.id, "|")? {
        Some(id) => id,
        None => {
            return Err(msg.err(
                n.id,
                format!(
                    "is missing: a RappelConso {} record is named by its `{}`",
                    if version == Version::V1 { "v1" } else { "v2" },
                    n.id
                ),
            ))
        }
    };
    let ctx = Ctx::new(SOURCE, reference.clone());

    // Rows after the first must be v2 rows of the same fiche.
    for (i, (v, row)) in versioned.iter().enumerate().skip(1) {
        if *v != Version::V2 || version != Version::V2 {
            return Err(ctx.err(
                "record",
                "an array of rows is only read for the v2 gtin-trie dataset (one row per GTIN)",
            ));
        }
        let other = text(&ctx, row, "numero_fiche", "|")?;
        if other.as_deref() != Some(reference.as_str()) {
            return Err(ctx.err(
                format!("record[{i}].numero_fiche"),
                format!(
                    "is {}, but the rows of one record must all be fiche {reference}",
                    other.map_or_else(|| "missing".to_string(), |o| format!("'{o}'"))
                ),
            ));
        }
    }

    let mut gtins = BTreeSet::new();
    let mut batches = Vec::new();
    let mut free_text = None;
    for (_, row) in &versioned {
        match version {
            Version::V2 => v2_identifiers(&ctx, row, &mut gtins, &mut batches)?,
            Version::V1 => {
                if let Some(raw) = text(&ctx, row, "identification_des_produits", " ")? {
                    v1_identifiers(&raw, &mut gtins, &mut batches);
                    free_text = Some(raw);
                }
            }
        }
    }

    let brand = text(&ctx, first, n.brand, " ")?;
    let models = match text(&ctx, first, n.models, "¤¤")? {
        Some(m) => dedupe_folded(split_list(&m, &['¤', '|'])),
        None => Vec::new(),
    };
    let libelle = text(&ctx, first, "libelle", " ")?;
    let title = match (&libelle, &brand, models.is_empty()) {
        (Some(l), _, _) => l.clone(),
        (None, Some(b), false) => format!("{b} {}", models.join(", ")),
        (None, Some(b), true) => b.clone(),
        (None, None, false) => models.join(", "),
        (None, None, true) => {
            return Err(ctx.err(
                "libelle",
                format!("is missing, and so are {} and {}", n.brand, n.models),
            ))
        }
    };

    let motif = text(&ctx, first, n.motif, " ")?;
    let risks = text(&ctx, first, n.risks, " ")?;
    let more_risk = text(&ctx, first, "description_complementaire_risque", " ")?;
    let advice = text(&ctx, first, "preconisations_sanitaires", " ")?;
    let hazard = join_sentences(
        [&motif, &risks, &more_risk]
            .into_iter()
            .filter_map(|t| t.as_deref()),
    );
    let risk = risk(&[&motif, &risks, &more_risk, &advice]);

    let sub = text(&ctx, first, n.subcategory, " ")?;
    let cat = text(&ctx, first, n.category, " ")?;
    let category = sub
        .as_deref()
        .and_then(subcategory)
        .or_else(|| cat.as_deref().and_then(category));

    let compensation = text(&ctx, first, "modalites_de_compensation", "|")?;
    let conduct = text(&ctx, first, "conduites_a_tenir_par_le_consommateur", "|")?;
    let remedies = remedies(compensation.as_deref(), conduct.as_deref());
    let mut consumer_instructions = conduct
        .as_deref()
        .map(|c| split_list(c, &['|']).join("; "))
        .unwrap_or_default();
    if let Some(raw) = free_text {
        // v1 names the lots and dates only in prose: keep it for the consumer.
        if !consumer_instructions.is_empty() {
            consumer_instructions.push_str(". ");
        }
        consumer_instructions.push_str("Produits concernés : ");
        consumer_instructions.push_str(&raw);
    }

    let image_url = text(&ctx, first, "liens_vers_les_images", "|")?.and_then(|l| {
        l.split(|c: char| c == '|' || c.is_whitespace())
            .find_map(clean)
    });

    let published_at = match text(&ctx, first, n.published, " ")? {
        None => None,
        Some(d) => Some(
            iso_datetime(&d)
                .ok_or_else(|| ctx.err(n.published, format!("'{d}' is not an ISO 8601 date")))?,
        ),
    };

    // Only a prefectoral order (arrêté) is an order on timing: consumers are
    // told at once. The end of the recall procedure is when the campaign
    // closes, not an order to tell consumers by then: it goes to the
    // consumers as information.
    let timing = match text(&ctx, first, n.legal_nature, " ")? {
        Some(nature) if ordered_by_decree(&nature) => Some(TimingOverride::Immediately),
        _ => None,
    };
    if let Some(end) = text(&ctx, first, "date_de_fin_de_la_procedure_de_rappel", " ")?
        .as_deref()
        .and_then(deadline)
    {
        if !consumer_instructions.is_empty() {
            consumer_instructions.push_str(". ");
        }
        consumer_instructions.push_str(&format!(
            "Fin de la procédure de rappel : {}",
            end.format("%Y-%m-%d")
        ));
    }

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url: text(&ctx, first, "lien_vers_la_fiche_rappel", " ")?,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        title,
        hazard,
        risk,
        category,
        product: ProductIds {
            gtins,
            brand,
            name: libelle.or_else(|| models.first().cloned()),
            from_prose: false,
            prose_gtins: Default::default(),
            models,
            batches: dedupe_folded(batches),
        },
        markets: countries(&["FR"]).into_iter().collect(),
        remedies,
        consumer_instructions,
        image_url,
        published_at,
        timing,
    })
}

/// A field as text. ODS delivers multi-valued fields as JSON arrays: their
/// items are joined with `sep` (empty items kept, so that the `$`-separated
/// product codes keep their slots). Numbers are written out.
fn text(
    ctx: &Ctx,
    obj: &Map<String, Value>,
    key: &str,
    sep: &str,
) -> Result<Option<String>, SourceError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(clean(s)),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(Value::Array(items)) => {
            let mut parts = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => parts.push(s.trim().to_string()),
                    Value::Number(n) => parts.push(n.to_string()),
                    Value::Null => parts.push(String::new()),
                    other => {
                        return Err(ctx.err(
                            format!("{key}[{i}]"),
                            format!("must be text, found {}", kind_of(other)),
                        ))
                    }
                }
            }
            Ok(clean(&parts.join(sep)))
        }
        Some(other) => Err(ctx.err(key, format!("must be text, found {}", kind_of(other)))),
    }
}

/// v2: the `gtin` column (gtin-trie) and `identification_produits`.
fn v2_identifiers(
    ctx: &Ctx,
    row: &Map<String, Value>,
    gtins: &mut BTreeSet<Gtin>,
    batches: &mut Vec<String>,
) -> Result<(), SourceError> {
    let column = match row.get("gtin") {
        // A number has lost its leading zeros: they don't change a GTIN.
        Some(Value::Number(n)) => n.as_u64().map(|n| format!("{n:014}")),
        _ => text(ctx, row, "gtin", " ")?,
    };
    if let Some(raw) = column {
        if !raw.chars().all(|c| c == '0') {
            let g = Gtin::parse(&raw).map_err(|e| ctx.err("gtin", gtin_reason(&e)))?;
            gtins.insert(g);
        }
    }

    let Some(ident) = text(ctx, row, "identification_produits", "$")? else {
        return Ok(());
    };
    for (i, product) in ident.split('|').enumerate() {
        let mut slots = product.split('$');
        let code = slots.next().unwrap_or_default().trim();
        match gtin_field(code) {
            GtinField::Gtin(g) => {
                gtins.insert(g);
            }
            GtinField::Bad(e) => {
                return Err(ctx.err(
                    "identification_produits",
                    format!("product {}: {}", i + 1, gtin_reason(&e)),
                ))
            }
            GtinField::NotGtin => {}
            GtinField::Text => gtins.extend(gtins_in_text(code).into_iter().map(|(g, _, _)| g)),
        }
        if let Some(lot) = slots.next() {
            batches.extend(
                split_list(lot, &[',', ';'])
                    .iter()
                    .map(|l| strip_lot_label(l))
                    .filter(|l| is_batch(l)),
            );
        }
    }
    Ok(())
}

/// v1: `identification_des_produits` is free text, e.g. "21151-4509 Date
/// limite de consommation 08/06/2021". GTINs are the digit runs of GTIN
/// length with a valid check digit; the batch is what comes before the date
/// ("Date limite", "DLC", "DDM"), or the whole text when there is no date.
fn v1_identifiers(raw: &str, gtins: &mut BTreeSet<Gtin>, batches: &mut Vec<String>) {
    let found = gtins_in_text(raw);
    // ASCII lower case keeps byte offsets, so they are valid in `raw`.
    let lower = raw.to_ascii_lowercase();
    let cut = ["date limite", "dlc", "ddm"]
        .iter()
        .filter_map(|k| lower.find(k))
        .min()
        .unwrap_or(raw.len());
    let mut before = String::new();
    let mut pos = 0;
    for (_, start, end) in found.iter().filter(|(_, s, _)| *s < cut) {
        before.push_str(&raw[pos..*start]);
        before.push(' ');
        pos = (*end).min(cut);
    }
    if pos < cut {
        before.push_str(&raw[pos..cut]);
    }
    batches.extend(
        split_list(&before, &[',', ';', '\n'])
            .iter()
            .map(|b| strip_lot_label(b))
            .filter(|b| is_batch(b)),
    );
    gtins.extend(found.into_iter().map(|(g, _, _)| g));
}

/// "Lot : 21151-4509" and "LOT N° 21151" -> "21151-4509", "21151".
fn strip_lot_label(raw: &str) -> String {
    let mut t = raw.trim();
    let lower = t.to_ascii_lowercase();
    for label in ["lots", "lot"] {
        if lower.starts_with(label) && !t[label.len()..].starts_with(|c: char| c.is_alphanumeric())
        {
            t = &t[label.len()..];
            break;
        }
    }
    t = t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.'));
    for number in ["n°", "N°", "no ", "No "] {
        if let Some(rest) = t.strip_prefix(number) {
            t = rest;
        }
    }
    let t = t.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '.' | ',' | ';' | '-' | '/')
    });
    // Labels left around a removed GTIN: "EAN", "code barre", "GTIN :".
    const LABELS: &[&str] = &[
        "ean",
        "ean13",
        "gtin",
        "upc",
        "code",
        "codes",
        "barre",
        "barres",
        "codebarre",
        "codebarres",
    ];
    let words: Vec<&str> = t.split_whitespace().collect();
    let is_label = |w: &&str| LABELS.contains(&fold(w).as_str()) || fold(w).is_empty();
    let start = words
        .iter()
        .position(|w| !is_label(w))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !is_label(w))
        .map_or(start, |e| e + 1);
    words
        .get(start..end)
        .map(|w| w.join(" "))
        .unwrap_or_default()
}

/// Not a placeholder ("non concerné", "tous les lots") and not prose.
fn is_batch(candidate: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "nonconcerne",
        "nc",
        "na",
        "nd",
        "aucun",
        "aucune",
        "sansobjet",
        "inconnu",
        "unknown",
        "none",
        "0",
    ];
    let f = fold(candidate);
    !f.is_empty()
        && !PLACEHOLDERS.contains(&f.as_str())
        && !f.starts_with("tous")
        && candidate.split_whitespace().count() <= 5
}

/// Serious for the pathogens and the hazards that kill or maim.
fn risk(texts: &[&Option<String>]) -> RiskLevel {
    let all: Vec<&str> = texts.iter().filter_map(|t| t.as_deref()).collect();
    let folded = fold_text(&all.join(" "));
    let ws = words(&folded);
    let serious = [
        "listeria",
        "salmonell",
        "botul",
        "blessure",
        "deces",
        "electrocution",
        "choc electrique",
        "incendie",
        "etouffement",
        "e. coli",
        "e.coli",
        "escherichia coli",
    ]
    .iter()
    .any(|k| folded.contains(k))
        || ws
            .iter()
            .any(|w| matches!(*w, "mort" | "morts" | "mortel" | "mortelle" | "mortels"));
    if serious {
        RiskLevel::Serious
    } else {
        RiskLevel::High
    }
}

/// The specific sub-categories that name one of our lists.
fn subcategory(raw: &str) -> Option<Category> {
    let f = fold_text(raw);
    if f.contains("jouet") {
        Some(Category::Toys)
    } else if f.contains("cosmetique") || f.contains("maquillage") {
        Some(Category::SkinCareCosmetics)
    } else if f.contains("bijou") {
        Some(Category::JewelryAndAccessories)
    } else if f.contains("equipement de protection")
        || f.contains("equipements de protection")
        || words(&f).contains(&"epi")
    {
        Some(Category::ProtectiveEquipment)
    } else if f.contains("laser") {
        Some(Category::LaserProducts)
    } else {
        None
    }
}

/// RappelConso's categories (v1 capitalised, v2 lower case).
fn category(raw: &str) -> Option<Category> {
    let f = fold_text(raw);
    let table: &[(&[&str], Category)] = &[
        (&["jouet"], Category::Toys),
        (&["bebe", "enfant"], Category::MotherAndKids),
        (&["alimentation"], Category::Foods),
        (
            &["hygiene", "beaute", "cosmetique"],
            Category::SkinCareCosmetics,
        ),
        (
            &["electrique", "electromenager"],
            Category::DigitalElectronicsAndAppliances,
        ),
        (&["vetement", "textile"], Category::ClothingAndTextiles),
        (&["communication"], Category::RadioEquipment),
        (&["maison", "habitat"], Category::HouseholdProducts),
        (&["sport"], Category::OutdoorSportsEquipment),
    ];
    table
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| f.contains(k)))
        .map(|(_, c)| *c)
}

/// `modalites_de_compensation` ("remboursement|echange"), and what the
/// consumer is told to do ("ne plus consommer" is to stop using it).
fn remedies(compensation: Option<&str>, conduct: Option<&str>) -> BTreeSet<Remedy> {
    let mut out = BTreeSet::new();
    if let Some(c) = compensation.map(fold_text) {
        if c.contains("rembourse") {
            out.insert(Remedy::Refund);
        }
        if c.contains("echange") {
            out.insert(Remedy::Replace);
        }
        if c.contains("reparation") {
            out.insert(Remedy::Repair);
        }
    }
    if let Some(c) = conduct.map(fold_text) {
        if c.contains("ne plus consommer") || c.contains("ne plus utiliser") {
            out.insert(Remedy::StopUsing);
        }
        if c.contains("detruire") {
            out.insert(Remedy::Dispose);
        }
    }
    out
}

/// "Imposé (avec arrêté préfectoral)": an authority's order, to be carried out
/// at once. "Volontaire (sans arrêté préfectoral)" is not.
fn ordered_by_decree(nature: &str) -> bool {
    let f = fold_text(nature);
    f.contains("arrete") && !words(&f).contains(&"sans")
}

/// `date_de_fin_de_la_procedure_de_rappel` -> the end of that day, UTC (told
/// to consumers; not a timing order). The
/// field is a date: v1 writes it in French ("mercredi 7 juillet 2021"), v2
/// as an ISO timestamp at midnight; both name the same day. `dd/mm/yyyy` is
/// accepted too. `None` when it is none of these.
pub(crate) fn deadline(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    let day = DateTime::parse_from_rfc3339(s)
        .map(|d| d.date_naive())
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|d| d.date())
                .ok()
        })
        .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%d/%m/%Y").ok())
        .or_else(|| french_long_date(s))?;
    end_of_day(day)
}

/// "mercredi 7 juillet 2021", "1er août 2021", "7 juillet 2021".
fn french_long_date(raw: &str) -> Option<NaiveDate> {
    const MONTHS: [&str; 12] = [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    let folded = fold_text(raw);
    let ws = words(&folded);
    let (i, month) = ws
        .iter()
        .enumerate()
        .find_map(|(i, w)| MONTHS.iter().position(|m| m == w).map(|m| (i, m)))?;
    let day_word = ws.get(i.checked_sub(1)?)?;
    let day: u32 = day_word
        .strip_suffix("er")
        .unwrap_or(day_word)
        .parse()
        .ok()?;
    let year: i32 = ws.get(i + 1)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()? + 1, day)
}

#[cfg(test)]
#[path = "rappelconso_test.rs"]
mod tests;
