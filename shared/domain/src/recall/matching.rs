//! Finding the listings a recall affects (SPEC 1.2), and the index keys that
//! find them without a scan.
//!
//! Listings and recalls are both written under the same identity keys, so one
//! `Query` per key finds the listings a recall affects *and* an earlier recall
//! of the same product (to merge into), and — the other way round — the
//! active recalls that a newly published listing falls under.

use super::normalised::Recall;
use crate::catalog::Listing;
use crate::kernel::ids::{fold, name_tokens, Gtin};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One identity key: the partition of the index that holds every listing and
/// recall carrying this identifier.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdentityKey {
    /// A GTIN-14.
    Gtin(String),
    /// A folded brand; the sort key of its items starts with the folded model.
    Brand(String),
    /// A folded batch / lot number.
    Batch(String),
}

impl IdentityKey {
    /// The partition key value.
    pub fn partition(&self) -> String {
        match self {
            IdentityKey::Gtin(g) => format!("ID#GTIN#{g}"),
            IdentityKey::Brand(b) => format!("ID#BRAND#{b}"),
            IdentityKey::Batch(b) => format!("ID#BATCH#{b}"),
        }
    }
}

/// A lookup: a partition, and (for brands) the model prefix the sort key must start with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lookup {
    pub key: IdentityKey,
    pub sort_prefix: String,
}

/// The sort-key prefix under a brand partition: the folded model, then `#`.
pub fn brand_sort_key(model: Option<&str>, kind: &str, id: &str) -> String {
    format!("{}#{kind}#{id}", model.unwrap_or(""))
}

/// The identity keys a listing is written under.
pub fn listing_keys(listing: &Listing) -> Vec<(IdentityKey, String)> {
    let sk = format!("LISTING#{}", listing.listing_id);
    let mut keys: Vec<(IdentityKey, String)> = listing
        .gtins
        .iter()
        .map(|g| (IdentityKey::Gtin(g.to_string()), sk.clone()))
        .collect();
    if let Some(brand) = listing.folded_brand() {
        keys.push((
            IdentityKey::Brand(brand),
            brand_sort_key(
                listing.folded_model().as_deref(),
                "LISTING",
                &listing.listing_id,
            ),
        ));
    }
    for b in listing.folded_batches() {
        keys.push((IdentityKey::Batch(b), sk.clone()));
    }
    keys
}

/// The identity keys a recall is written under (for merging and the reverse check).
pub fn recall_keys(recall: &Recall) -> Vec<(IdentityKey, String)> {
    let sk = format!("RECALL#{}", recall.id);
    let mut keys: Vec<(IdentityKey, String)> = recall
        .product
        .gtins
        .iter()
        .map(|g| (IdentityKey::Gtin(g.to_string()), sk.clone()))
        .collect();
    if let Some(brand) = recall.product.folded_brand() {
        let models = recall.product.folded_models();
        if models.is_empty() {
            keys.push((
                IdentityKey::Brand(brand.clone()),
                brand_sort_key(None, "RECALL", &recall.id),
            ));
        }
        for m in models {
            keys.push((
                IdentityKey::Brand(brand.clone()),
                brand_sort_key(Some(&m), "RECALL", &recall.id),
            ));
        }
    }
    keys
}

/// An earlier recall found under one of this recall's identity keys: the same
/// product only when they share a GTIN, or the same brand and the exact same
/// model. A brand alone, a model prefix ("JB-100" under "jb100" also finds
/// "JB-1000") or a batch never merges two recalls: each stays its own case.
pub fn same_product(recall: &Recall, key: &IdentityKey, sort_key: &str) -> bool {
    match key {
        IdentityKey::Gtin(g) => recall.product.gtins.iter().any(|x| x.as_str() == g),
        IdentityKey::Brand(brand) => {
            let model = sort_key.split('#').next().unwrap_or("");
            !model.is_empty()
                && recall.product.folded_brand().as_deref() == Some(brand.as_str())
                && recall.product.folded_models().contains(model)
        }
        IdentityKey::Batch(_) => false,
    }
}

/// The model's stem: its trailing letters dropped ("jb100b" -> "jb100"), so a
/// prefix query finds both the model and its suffixed variants.
pub fn model_stem(folded_model: &str) -> &str {
    let stem = folded_model.trim_end_matches(|c: char| c.is_alphabetic());
    if stem.chars().any(|c| c.is_ascii_digit()) {
        stem
    } else {
        folded_model
    }
}

/// The queries that find every candidate listing of a recall: one per GTIN,
/// one per brand + model stem, the whole brand when the recall names no model
/// or read its brand and models from prose, and one per batch when nothing
/// else identifies the product.
pub fn recall_lookups(recall: &Recall) -> BTreeSet<Lookup> {
    let mut out = BTreeSet::new();
    for g in &recall.product.gtins {
        out.insert(Lookup {
            key: IdentityKey::Gtin(g.to_string()),
            sort_prefix: String::new(),
        });
    }
    let models = recall.product.folded_models();
    let brands: Vec<String> = match recall.product.folded_brand() {
        Some(b) => vec![b],
        // A recall without a brand (CPSC prose): its product name's first word is
        // the usual place of the brand ("EnHomee 15-Drawer 51\" Dressers").
        None => recall
            .product
            .name
            .as_deref()
            .and_then(|n| n.split_whitespace().next())
            .map(fold)
            .filter(|w| w.len() >= 3)
            .into_iter()
            .collect(),
    };
    for brand in brands {
        // Models read from prose: the whole brand, so that its other models
        // are found and ruled out with their reason, never missed in silence
        // (its cost grows with the brand's listings, not the catalogue's).
        if models.is_empty() || recall.product.from_prose {
            out.insert(Lookup {
                key: IdentityKey::Brand(brand),
                sort_prefix: String::new(),
            });
        } else {
            for m in &models {
                out.insert(Lookup {
                    key: IdentityKey::Brand(brand.clone()),
                    sort_prefix: model_stem(m).to_string(),
                });
            }
        }
    }
    if recall.product.gtins.is_empty() && recall.product.folded_brand().is_none() {
        for b in recall.product.folded_batches() {
            out.insert(Lookup {
                key: IdentityKey::Batch(b),
                sort_prefix: String::new(),
            });
        }
    }
    out
}

/// The queries that find the recalls a listing may be covered by (the
/// reverse check of SPEC 1.2, when a listing is published or edited): the
/// recalls under each of its GTINs; under its brand, those whose model shares
/// the listing's model stem and those that name no model. Recalls are not
/// indexed by batch (a batch alone never makes a confident match).
pub fn listing_lookups(listing: &Listing) -> BTreeSet<Lookup> {
    let mut out = BTreeSet::new();
    for g in &listing.gtins {
        out.insert(Lookup {
            key: IdentityKey::Gtin(g.to_string()),
            sort_prefix: "RECALL#".into(),
        });
    }
    if let Some(brand) = listing.folded_brand() {
        out.insert(Lookup {
            key: IdentityKey::Brand(brand.clone()),
            sort_prefix: brand_sort_key(None, "RECALL", ""),
        });
        if let Some(model) = listing.folded_model() {
            out.insert(Lookup {
                key: IdentityKey::Brand(brand),
                sort_prefix: model_stem(&model).to_string(),
            });
        }
    }
    out
}

/// How sure a match is (SPEC 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Only a batch / lot number is shared (lot codes are not unique across
    /// makers): a person must look.
    BatchOnly,
    /// Only the product name resembles the recall's: a person must look.
    NameOnly,
    /// Same brand, a model that differs by a suffix or prefix, or a model with
    /// no brand to confirm it: a person must look.
    PartialModel,
    /// Same brand and same model number.
    BrandModel,
    /// The same GTIN (and the same batch, where both give batches).
    ExactIdentifier,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::BatchOnly => "batch_only",
            Confidence::NameOnly => "name_only",
            Confidence::PartialModel => "partial_model",
            Confidence::BrandModel => "brand_model",
            Confidence::ExactIdentifier => "exact_identifier",
        }
    }
}

/// A listing the recall may affect, with how sure we are and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    pub confidence: Confidence,
    /// Acted on at once (measures, notice) when true; a case awaiting review otherwise.
    pub confident: bool,
    /// What matched, in words, for the desk and the seller.
    pub evidence: String,
}

/// Compares a recall with one candidate listing.
pub fn evaluate(recall: &Recall, listing: &Listing) -> Option<Match> {
    assess(recall, listing).ok()
}

/// Compares a recall with one candidate listing: the match, or why the
/// listing is not affected ("other model KX-90 (the recall names KX40)"), so
/// that no candidate is dropped in silence (SPEC 1.2).
pub fn assess(recall: &Recall, listing: &Listing) -> Result<Match, String> {
    let recall_batches = recall.product.folded_batches();
    let listing_batches = listing.folded_batches();
    // A batch contradiction: both give lots and none is shared. The listing may
    // sell only unaffected lots, so a person decides.
    let batch_conflict = !recall_batches.is_empty()
        && !listing_batches.is_empty()
        && recall_batches.is_disjoint(&listing_batches);
    let batch_note = if batch_conflict {
        format!(
            "; but the listing's batches ({}) are not the recalled ones ({})",
            listing.batches.join(", "),
            recall.product.batches.join(", ")
        )
    } else if !recall_batches.is_disjoint(&listing_batches) {
        "; same batch".to_string()
    } else {
        String::new()
    };

    // A GTIN of a field of its own first; one read from the recall's prose
    // alone (openFDA's description) is the adapter's reading: a person confirms it.
    let shared: Vec<&Gtin> = recall.product.gtins.intersection(&listing.gtins).collect();
    let from_field = shared
        .iter()
        .find(|g| !recall.product.prose_gtins.contains(**g));
    if let Some(g) = from_field.or(shared.first()) {
        let prose = recall.product.prose_gtins.contains(*g);
        return Ok(Match {
            confidence: Confidence::ExactIdentifier,
            confident: !batch_conflict && !prose,
            evidence: if prose {
                format!("GTIN {g}, read from the recall's text{batch_note}: a person confirms it")
            } else {
                format!("GTIN {g}{batch_note}")
            },
        });
    }

    let recall_brand = recall.product.folded_brand();
    let listing_brand = listing.folded_brand();
    let same_brand = recall_brand.is_some() && recall_brand == listing_brand;
    let models = recall.product.folded_models();
    if let Some(lm) = listing.folded_model() {
        if models.contains(&lm) {
            let brand_text = listing.brand.as_deref().unwrap_or("");
            let model_text = listing.model.as_deref().unwrap_or("");
            if same_brand {
                // Read from prose, the pair is the adapter's reading of a
                // title: a person confirms it.
                let prose_note = if recall.product.from_prose {
                    "; the recall names them only in prose (title, product name), a person must confirm"
                } else {
                    ""
                };
                return Ok(Match {
                    confidence: Confidence::BrandModel,
                    confident: !batch_conflict && !recall.product.from_prose,
                    evidence: format!(
                        "brand {brand_text} and model {model_text}{batch_note}{prose_note}"
                    ),
                });
            }
            if recall_brand.is_none() {
                return Ok(Match {
                    confidence: Confidence::PartialModel,
                    confident: false,
                    evidence: format!(
                        "model {model_text}, but the recall names no brand to confirm it"
                    ),
                });
            }
            return Err(format!(
                "other brand {} (the recall names {})",
                listing.brand.as_deref().unwrap_or("none"),
                recall.product.brand.as_deref().unwrap_or("")
            ));
        }
        if same_brand {
            if let Some(rm) = models
                .iter()
                .find(|rm| variant_of(rm, &lm) && model_stem(rm) == model_stem(&lm))
            {
                return Ok(Match {
                    confidence: Confidence::PartialModel,
                    confident: false,
                    evidence: format!(
                        "brand {} and model {} differs from the recalled {} by a suffix",
                        listing.brand.as_deref().unwrap_or(""),
                        listing.model.as_deref().unwrap_or(""),
                        recall
                            .product
                            .models
                            .iter()
                            .find(|m| fold(m) == *rm)
                            .map(String::as_str)
                            .unwrap_or(rm)
                    ),
                });
            }
        }
    }

    // Name only: the recall names no model (or the listing has none) and the
    // words of the product name are in the listing's title.
    let brand_word = recall
        .product
        .name
        .as_deref()
        .and_then(|n| n.split_whitespace().next())
        .map(fold);
    let brand_in_title = match &recall_brand {
        Some(_) => same_brand,
        None => {
            let title = name_tokens(&listing.title);
            brand_word
                .as_ref()
                .is_some_and(|w| listing_brand.as_deref() == Some(w.as_str()) || title.contains(w))
        }
    };
    let shared_batches: Vec<&String> = recall_batches.intersection(&listing_batches).collect();
    let mut name_note = String::new();
    if brand_in_title && (models.is_empty() || listing.folded_model().is_none()) {
        let wanted: BTreeSet<String> = recall
            .product
            .name_tokens()
            .into_iter()
            .chain(name_tokens(&recall.title))
            .collect();
        let have: BTreeSet<String> = name_tokens(&listing.title).into_iter().collect();
        let shared: Vec<&String> = wanted.intersection(&have).collect();
        if shared.len() < 2 {
            name_note = format!(
                "the title shares {} of the recall's product words, two are needed",
                shared.len()
            );
        }
        if shared.len() >= 2 {
            return Ok(Match {
                confidence: Confidence::NameOnly,
                confident: false,
                evidence: format!(
                    "product name only: the title shares {}",
                    shared
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    // Batch only: the recall names the lot, and nothing else ties the listing to it.
    if !shared_batches.is_empty() {
        return Ok(Match {
            confidence: Confidence::BatchOnly,
            confident: false,
            evidence: format!(
                "batch {} only",
                listing
                    .batches
                    .iter()
                    .find(|b| recall_batches.contains(&fold(b)))
                    .map(String::as_str)
                    .unwrap_or("")
            ),
        });
    }
    Err(ruled_out_reason(
        recall,
        listing,
        same_brand,
        brand_word.as_deref(),
        &name_note,
    ))
}

/// Why a candidate that matched on nothing is not affected, in words for the desk.
fn ruled_out_reason(
    recall: &Recall,
    listing: &Listing,
    same_brand: bool,
    brand_word: Option<&str>,
    name_note: &str,
) -> String {
    let listing_model = listing.model.as_deref().unwrap_or("");
    if same_brand && listing.folded_model().is_some() && !recall.product.models.is_empty() {
        return format!(
            "other model {listing_model} (the recall names {})",
            recall.product.models.join(", ")
        );
    }
    match (&recall.product.brand, same_brand) {
        (Some(b), false) => {
            return format!(
                "other brand {} (the recall names {b})",
                listing.brand.as_deref().unwrap_or("none")
            )
        }
        (None, _) => {
            if let Some(w) = brand_word.filter(|_| name_note.is_empty()) {
                return format!("neither the listing's brand nor its title names {w}");
            }
        }
        _ => {}
    }
    if !name_note.is_empty() {
        return format!("product name only: {name_note}");
    }
    "no GTIN, brand + model, product name or batch in common".to_string()
}

fn variant_of(a: &str, b: &str) -> bool {
    a != b && (a.starts_with(b) || b.starts_with(a))
}
