//! The normalised recall (SPEC 1.1): what every source adapter produces.

use crate::kernel::ids::{fold, name_tokens, Country, Gtin};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where a recall came from (SPEC 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Regulator,
    Ngo,
    SupplyChain,
    Inspection,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Regulator => "regulator",
            Channel::Ngo => "ngo",
            Channel::SupplyChain => "supply_chain",
            Channel::Inspection => "inspection",
        }
    }
}

/// Risk level, ordered: `Serious > High > Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Other,
    High,
    Serious,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Other => "other",
            RiskLevel::High => "high",
            RiskLevel::Serious => "serious",
        }
    }
}

pub use crate::catalog::{Category, MARKETPLACE_CATEGORY_WORDS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    Refund,
    Repair,
    Replace,
    Dispose,
    StopUsing,
}

/// A regulator's order on when consumers must be told (SPEC 1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimingOverride {
    /// Consumers are told at once, without waiting for the seller's appeal window.
    Immediately,
    /// Consumers are told no later than this time.
    By { deadline: DateTime<Utc> },
}

/// Where one source published the recall.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceRef {
    /// The source's name (SPEC 1.1): a feed's adapter (`cpsc`, `rappelconso`,
    /// `safety_gate`, `fda`, `health_canada`, `opss`, `accc`), `platform`, or
    /// an authority without a feed (`kats`, `consumer24`, `meti`, `caa`).
    pub source: String,
    /// The source's own id (CPSC RecallNumber, RappelConso numero_fiche, Safety Gate caseNumber...).
    pub reference: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The product a recall is about, with its identifiers already normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductIds {
    #[serde(default)]
    pub gtins: BTreeSet<Gtin>,
    #[serde(default)]
    pub brand: Option<String>,
    /// Model numbers as published; compare with `fold`.
    #[serde(default)]
    pub models: Vec<String>,
    /// Batch / lot numbers as published; compare with `fold`.
    #[serde(default)]
    pub batches: Vec<String>,
    #[serde(default)]
    pub name: Option<String>,
    /// Identifiers were read from prose, not from fields of their own: the
    /// brand or the model numbers (a CPSC `Title`, `Products[].Name`, an
    /// ACCC item), or GTINs a text labels as such (openFDA's
    /// `product_description`). A brand + model match on them is weak and
    /// waits for the desk (SPEC 1.1, 1.2); a GTIN read from prose is in
    /// `prose_gtins`. Stored recalls without it read as false.
    #[serde(default)]
    pub from_prose: bool,
    /// The GTINs among `gtins` read from prose (a UPC in openFDA's
    /// `product_description`), not from a field of their own: a match on
    /// one of them alone waits for the desk (SPEC 1.1: "marked as from
    /// prose, so their matches wait for review").
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub prose_gtins: BTreeSet<Gtin>,
}

impl ProductIds {
    pub fn folded_brand(&self) -> Option<String> {
        self.brand.as_deref().map(fold).filter(|b| !b.is_empty())
    }
    pub fn folded_models(&self) -> BTreeSet<String> {
        self.models
            .iter()
            .map(|m| fold(m))
            .filter(|m| !m.is_empty())
            .collect()
    }
    pub fn folded_batches(&self) -> BTreeSet<String> {
        self.batches
            .iter()
            .map(|b| fold(b))
            .filter(|b| !b.is_empty())
            .collect()
    }
    pub fn name_tokens(&self) -> Vec<String> {
        self.name.as_deref().map(name_tokens).unwrap_or_default()
    }
}

/// The normalised recall of SPEC 1.1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recall {
    /// Our id, stable across merges: taken from the first source that reported it.
    pub id: String,
    pub channel: Channel,
    /// Every source that reported this product; the first is the one that opened it.
    pub sources: Vec<SourceRef>,
    pub title: String,
    pub hazard: String,
    pub risk: RiskLevel,
    #[serde(default)]
    pub category: Option<Category>,
    pub product: ProductIds,
    /// Where the recall applies (ISO codes); never empty.
    pub markets: BTreeSet<Country>,
    #[serde(default)]
    pub remedies: BTreeSet<Remedy>,
    #[serde(default)]
    pub consumer_instructions: String,
    #[serde(default)]
    pub image_url: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub timing: Option<TimingOverride>,
    /// Sellers recalling their own product (a `supply_chain` recall the
    /// seller reported, seed 000: "decide to recall a product at your own
    /// discretion"): they are doing what the rule asks, so no penalty is
    /// booked on their listings for this recall. Other sellers of the
    /// product are treated as for any recall.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub recalled_by_sellers: BTreeSet<String>,
}

impl Recall {
    /// The id a new recall gets from its first source: `R-<source>-<reference>`,
    /// folded so that it is safe in keys and URLs.
    pub fn id_for(source: &SourceRef) -> String {
        let reference: String = source
            .reference
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("R-{}-{}", source.source, reference)
    }

    /// True when the seller recalls this product itself: no penalty on its
    /// listings for this recall.
    pub fn recalled_by(&self, seller_id: &str) -> bool {
        self.recalled_by_sellers.contains(seller_id)
    }

    /// True when a regulator (an authority) reported the product: the GPSR's
    /// 2-working-day clock applies.
    pub fn from_authority(&self) -> bool {
        self.channel == Channel::Regulator
    }

    /// Folds another source's report of the same product into this recall: the
    /// union of sources, identifiers, markets and remedies; the higher risk; the
    /// stricter timing. Returns the markets that are new.
    pub fn merge(&mut self, other: &Recall) -> BTreeSet<Country> {
        for s in &other.sources {
            if !self.sources.contains(s) {
                self.sources.push(s.clone());
            }
        }
        if other.channel == Channel::Regulator {
            self.channel = Channel::Regulator;
        }
        self.risk = self.risk.max(other.risk);
        if self.category.is_none() {
            self.category = other.category;
        }
        // A GTIN either side gives in a field of its own is no longer only
        // from prose.
        let fields = |p: &ProductIds| -> BTreeSet<Gtin> {
            p.gtins.difference(&p.prose_gtins).cloned().collect()
        };
        let from_fields: BTreeSet<Gtin> = fields(&self.product)
            .union(&fields(&other.product))
            .cloned()
            .collect();
        self.product
            .prose_gtins
            .extend(other.product.prose_gtins.iter().cloned());
        self.product
            .prose_gtins
            .retain(|g| !from_fields.contains(g));
        self.product
            .gtins
            .extend(other.product.gtins.iter().cloned());
        self.merge_brand_and_models(&other.product);
        for b in &other.product.batches {
            if !self.product.folded_batches().contains(&fold(b)) {
                self.product.batches.push(b.clone());
            }
        }
        if self.product.name.is_none() {
            self.product.name = other.product.name.clone();
        }
        let new_markets: BTreeSet<Country> =
            other.markets.difference(&self.markets).cloned().collect();
        self.markets.extend(new_markets.iter().cloned());
        self.remedies.extend(other.remedies.iter().copied());
        if self.consumer_instructions.is_empty() {
            self.consumer_instructions = other.consumer_instructions.clone();
        }
        if self.image_url.is_none() {
            self.image_url = other.image_url.clone();
        }
        self.timing = stricter(self.timing.take(), other.timing.clone());
        self.recalled_by_sellers
            .extend(other.recalled_by_sellers.iter().cloned());
        new_markets
    }
}

impl Recall {
    /// Brand and models of two reports. Between reports of the same kind
    /// (both from fields, or both from prose) the first brand is kept and
    /// the models are united. Between a field-based report and a prose one,
    /// the field values win: the field brand replaces a prose brand, the
    /// field models replace prose models; a prose value is kept only where
    /// the field report has none (a field brand with no model keeps the
    /// models read from prose). `from_prose` stays true while any brand or
    /// model in use came from prose, so it is false only when every
    /// identifier the matcher pairs came from a field: a brand + model match
    /// must never turn confident on a value that a person read nowhere but
    /// in a title.
    fn merge_brand_and_models(&mut self, other: &ProductIds) {
        let me = &mut self.product;
        match (me.from_prose, other.from_prose) {
            (false, true) => {
                let mut prose_used = false;
                if me.brand.is_none() && other.brand.is_some() {
                    me.brand = other.brand.clone();
                    prose_used = true;
                }
                if me.models.is_empty() && !other.models.is_empty() {
                    me.models = other.models.clone();
                    prose_used = true;
                }
                me.from_prose = prose_used;
            }
            (true, false) => {
                let mut prose_left = false;
                match &other.brand {
                    Some(b) => me.brand = Some(b.clone()),
                    None => prose_left |= me.brand.is_some(),
                }
                if other.models.is_empty() {
                    prose_left |= !me.models.is_empty();
                } else {
                    me.models = other.models.clone();
                }
                me.from_prose = prose_left;
            }
            _ => {
                if me.brand.is_none() {
                    me.brand = other.brand.clone();
                }
                for m in &other.models {
                    if !me.folded_models().contains(&fold(m)) {
                        me.models.push(m.clone());
                    }
                }
            }
        }
    }
}

fn stricter(a: Option<TimingOverride>, b: Option<TimingOverride>) -> Option<TimingOverride> {
    use TimingOverride::*;
    match (a, b) {
        (Some(Immediately), _) | (_, Some(Immediately)) => Some(Immediately),
        (Some(By { deadline: x }), Some(By { deadline: y })) => Some(By { deadline: x.min(y) }),
        (x, None) => x,
        (None, y) => y,
    }
}
