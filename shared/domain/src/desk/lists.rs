//! The platform's public recall product lists (seed 000: "Recall Product
//! List", one per category, "Click here to view"; SPEC 3): for each of the
//! 14 categories of SPEC 1.1 and each market, every active recall of that
//! category with its product, identifiers, hazard, remedy and authority.
//! Public pages, readable without signing in: a [`PublicRecall`] holds
//! nothing about sellers, listings, buyers, orders or cases, so no page or
//! JSON built from it can show them.
//!
//! Pure: the store keeps one [`PublicRecall`] per (category, market) entry
//! ([`list_entries`]); the function reads a list's entries and renders
//! them here ([`RecallList`], [`ListIndex`]).
//!
//! The paths, under [`LISTS_ROOT`] (`/lists/`):
//!
//! | path | what |
//! |---|---|
//! | `/lists/` | the index page (HTML): 14 categories × the markets |
//! | `/lists/index.json` | the same index as JSON |
//! | `/lists/<category>/<MARKET>` | one list (HTML), e.g. `/lists/toys/FR` |
//! | `/lists/<category>/<MARKET>.json` | the same list as JSON |
//!
//! `<category>` is the category's slug ([`category_slug`], its serde name:
//! `skin_care_cosmetics`), `<MARKET>` the ISO 3166-1 alpha-2 code in upper
//! case. [`route`] reads these paths back.

use crate::catalog::Category;
use crate::kernel::format::{country_name as table_country_name, format_date};
use crate::kernel::ids::{Country, Gtin};
use crate::kernel::language::Language;
use crate::kernel::text::safe_url;
use crate::notices::consumer::authority;
use crate::notices::render::source_label;
use crate::recall::normalised::{Channel, Recall, Remedy, RiskLevel, SourceRef};
use chrono::{DateTime, Utc};
use minijinja::context;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeSet;

use super::page::{render, PageError};

/// Where the lists are served; every link of the lists' pages starts here.
pub const LISTS_ROOT: &str = "/lists/";

/// The slug of a category in paths and JSON: its serde name
/// (`radio_equipment`, `skin_care_cosmetics`, ...).
pub fn category_slug(category: Category) -> &'static str {
    category.slug()
}

/// The category of a slug ([`category_slug`]); ASCII case is ignored.
pub fn category_from_slug(slug: &str) -> Option<Category> {
    Category::ALL
        .into_iter()
        .find(|c| c.slug().eq_ignore_ascii_case(slug.trim()))
}

/// The category's name on the lists, as SPEC 1.1 writes it ("Skin care /
/// cosmetics", "Mother & kids", ...).
pub fn category_name(category: Category) -> &'static str {
    category.label()
}

/// A country's English name: the short name the notices use ("United
/// Kingdom", "South Korea") where they have one, else the ISO 3166 name of
/// the `isocountry` crate, else the code.
pub fn country_name(country: &Country) -> String {
    let short = table_country_name(Language::En, country);
    if short != country.as_str() {
        return short;
    }
    isocountry::CountryCode::for_alpha2(country.as_str())
        .map(|c| c.name().to_string())
        .unwrap_or(short)
}

/// The path of one list's page: `/lists/toys/FR`.
pub fn list_path(category: Category, market: &Country) -> String {
    format!(
        "{LISTS_ROOT}{}/{}",
        category_slug(category),
        market.as_str()
    )
}

/// The path of one list's JSON: `/lists/toys/FR.json`.
pub fn list_json_path(category: Category, market: &Country) -> String {
    format!("{}.json", list_path(category, market))
}

/// The path of the index as JSON: `/lists/index.json`.
pub fn index_json_path() -> String {
    format!("{LISTS_ROOT}index.json")
}

/// A GTIN as printed under a barcode: the 13-digit EAN when the GTIN-14
/// starts with 0 (`03760289220694` -> `3760289220694`), else the 14 digits.
pub fn gtin_display(gtin: &Gtin) -> String {
    let digits = gtin.as_str();
    digits.strip_prefix('0').unwrap_or(digits).to_string()
}

/// A remedy in English, as the lists print it.
pub fn remedy_label(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::Refund => "Refund",
        Remedy::Repair => "Repair",
        Remedy::Replace => "Replacement",
        Remedy::Dispose => "Dispose of it",
        Remedy::StopUsing => "Stop using it",
    }
}

/// A risk level in English, as the lists print it.
pub fn risk_label(risk: RiskLevel) -> &'static str {
    match risk {
        RiskLevel::Serious => "Serious risk",
        RiskLevel::High => "High risk",
        RiskLevel::Other => "Other risk",
    }
}

/// One remedy the recall offers: its code and its English label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicRemedy {
    pub kind: Remedy,
    pub label: String,
}

/// One authority (or other source) that published the recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSource {
    /// Who published it: the authority's name ("EU Safety Gate", "US
    /// CPSC"), "Platform inspection" for the platform's own inspection.
    pub authority: String,
    /// The source's own reference (a Safety Gate case number, a CPSC
    /// recall number...).
    pub reference: String,
    /// The source's page about the recall: http(s) only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a public list shows of one recall. Built only by
/// [`PublicRecall::of`]: nothing about sellers (not even the sellers who
/// recall their own product), listings, buyers, orders or cases.
///
/// Stored as-is in the lists' index items and returned as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicRecall {
    /// The recall's id (`R-<source>-<reference>`).
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub product_name: Option<String>,
    #[serde(default)]
    pub brand: Option<String>,
    #[serde(default)]
    pub models: Vec<String>,
    /// As printed under a barcode ([`gtin_display`]).
    #[serde(default)]
    pub gtins: Vec<String>,
    /// Batch / lot numbers as published.
    #[serde(default)]
    pub batches: Vec<String>,
    /// The product's picture: http(s) only ([`safe_url`]).
    #[serde(default)]
    pub picture_url: Option<String>,
    pub hazard: String,
    pub risk: RiskLevel,
    pub risk_label: String,
    /// As the sources published them (not the platform's own offer to its
    /// buyers, which the consumer notice tells).
    #[serde(default)]
    pub remedies: Vec<PublicRemedy>,
    /// What consumers are told to do; empty when the sources said nothing.
    #[serde(default)]
    pub consumer_instructions: String,
    /// Every source that published it, the first that reported it first.
    pub authorities: Vec<PublicSource>,
    /// The recall's publication date, else the time it was received.
    pub date: DateTime<Utc>,
    pub category: Option<Category>,
    pub markets: BTreeSet<Country>,
}

impl PublicRecall {
    /// The public view of `recall`; `received_at` dates it when the sources
    /// gave no publication date.
    pub fn of(recall: &Recall, received_at: DateTime<Utc>) -> PublicRecall {
        PublicRecall {
            id: recall.id.clone(),
            title: recall.title.trim().to_string(),
            product_name: non_blank(recall.product.name.as_deref()),
            brand: non_blank(recall.product.brand.as_deref()),
            models: non_blank_all(&recall.product.models),
            gtins: recall.product.gtins.iter().map(gtin_display).collect(),
            batches: non_blank_all(&recall.product.batches),
            picture_url: recall.image_url.as_deref().and_then(safe_url),
            hazard: recall.hazard.trim().to_string(),
            risk: recall.risk,
            risk_label: risk_label(recall.risk).to_string(),
            remedies: recall
                .remedies
                .iter()
                .map(|r| PublicRemedy {
                    kind: *r,
                    label: remedy_label(*r).to_string(),
                })
                .collect(),
            consumer_instructions: recall.consumer_instructions.trim().to_string(),
            authorities: recall
                .sources
                .iter()
                .map(|s| public_source(s, recall.channel))
                .collect(),
            date: recall.published_at.unwrap_or(received_at),
            category: recall.category,
            markets: recall.markets.clone(),
        }
    }
}

fn non_blank(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn non_blank_all(values: &[String]) -> Vec<String> {
    values.iter().filter_map(|v| non_blank(Some(v))).collect()
}

/// Who published a source. The normalised form (`platform`) serves three
/// channels; once merged with a regulator's report the recall's channel is
/// `regulator` and which of the three the form was is no longer known.
fn public_source(source: &SourceRef, channel: Channel) -> PublicSource {
    let authority = if source.source == "platform" {
        match channel {
            Channel::Inspection => "Platform inspection",
            Channel::Ngo => "Consumer organisation",
            Channel::SupplyChain => "Manufacturer or supplier",
            Channel::Regulator => "Reported to the platform",
        }
    } else {
        source_label(&source.source)
    };
    PublicSource {
        authority: authority.to_string(),
        reference: source.reference.trim().to_string(),
        url: source.url.as_deref().and_then(safe_url),
    }
}

/// The entries of a recall in the lists: one per market, in the list of its
/// category. A recall without a category is in no list (it still blocks
/// listings and tells buyers; the lists are per category, seed 000, and
/// guessing one would put it in the wrong list).
pub fn list_entries(
    recall: &Recall,
    received_at: DateTime<Utc>,
) -> Vec<(Category, Country, PublicRecall)> {
    let Some(category) = recall.category else {
        return Vec::new();
    };
    let public = PublicRecall::of(recall, received_at);
    recall
        .markets
        .iter()
        .map(|m| (category, m.clone(), public.clone()))
        .collect()
}

/// One recall product list: the active recalls of one category in one
/// market. [`RecallList::new`] orders them newest first; the pages and the
/// JSON show them in that order whatever order `recalls` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallList {
    pub category: Category,
    pub market: Country,
    pub recalls: Vec<PublicRecall>,
}

/// Newest first; the same date by id, so the order is stable.
fn newest_first(a: &PublicRecall, b: &PublicRecall) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
}

impl RecallList {
    pub fn new(category: Category, market: Country, mut recalls: Vec<PublicRecall>) -> RecallList {
        recalls.sort_by(newest_first);
        RecallList {
            category,
            market,
            recalls,
        }
    }

    fn ordered(&self) -> Vec<&PublicRecall> {
        let mut out: Vec<&PublicRecall> = self.recalls.iter().collect();
        out.sort_by(|a, b| newest_first(a, b));
        out
    }

    fn heading(&self) -> String {
        format!(
            "Product recalls: {} — {}",
            category_name(self.category),
            country_name(&self.market)
        )
    }

    /// The list as JSON (`/lists/<category>/<MARKET>.json`): the category,
    /// the market, the count, the recalls newest first and the authority to
    /// report a dangerous product to.
    pub fn to_json(&self) -> Value {
        let report_to = authority(&self.market);
        json!({
            "category": category_slug(self.category),
            "category_name": category_name(self.category),
            "market": self.market.as_str(),
            "market_name": country_name(&self.market),
            "count": self.recalls.len(),
            "recalls": self.ordered(),
            "report_to": {"name": report_to.name, "url": report_to.url},
            "html": list_path(self.category, &self.market),
        })
    }

    /// The list's page (`/lists/<category>/<MARKET>`).
    pub fn to_html(&self) -> Result<String, PageError> {
        let cards: Vec<Value> = self.ordered().into_iter().map(card).collect();
        let report_to = authority(&self.market);
        render(
            "desk/recall_list.html",
            context! {
                title => self.heading(),
                public => true,
                lists_root => LISTS_ROOT,
                category_name => category_name(self.category),
                country_name => country_name(&self.market),
                recalls => cards,
                report_to => context! {
                    name => report_to.name,
                    url => safe_url(report_to.url),
                },
                json_path => list_json_path(self.category, &self.market),
            },
        )
    }
}

/// What a list's page shows of one recall.
fn card(r: &PublicRecall) -> Value {
    let product = r.product_name.clone().unwrap_or_else(|| r.title.clone());
    json!({
        "id": r.id,
        "title": r.title,
        "product": r.product_name,
        "brand": r.brand,
        "models": r.models,
        "gtins": r.gtins,
        "batches": r.batches,
        "picture_url": r.picture_url,
        "picture_alt": format!("Picture of the recalled product: {product}"),
        "hazard": r.hazard,
        "risk": r.risk.as_str(),
        "risk_label": r.risk_label,
        "remedies": r.remedies.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(),
        "instructions": r.consumer_instructions,
        "authorities": r.authorities,
        "date": r.date.format("%Y-%m-%d").to_string(),
        "date_text": format_date(Language::En, r.date),
    })
}

/// One cell of the index: a list and its count of active recalls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexCell {
    pub market: Country,
    pub count: usize,
}

/// One row of the index: a category and its list in every market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    pub category: Category,
    pub cells: Vec<IndexCell>,
}

/// The index of the lists: always the 14 categories, in the order of SPEC
/// 1.1, × the markets given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListIndex {
    pub markets: Vec<Country>,
    pub rows: Vec<IndexRow>,
}

/// The index of the lists over `markets` (in their order, each once), with
/// the count of active recalls of each list from `counts` (0 where it says
/// nothing; counts of the same list add up; counts of another market are
/// left out).
pub fn list_index(counts: &[(Category, Country, usize)], markets: &[Country]) -> ListIndex {
    let mut columns: Vec<Country> = Vec::new();
    for m in markets {
        if !columns.contains(m) {
            columns.push(m.clone());
        }
    }
    let rows = Category::ALL
        .into_iter()
        .map(|category| IndexRow {
            category,
            cells: columns
                .iter()
                .map(|market| IndexCell {
                    market: market.clone(),
                    count: counts
                        .iter()
                        .filter(|(c, m, _)| *c == category && m == market)
                        .map(|(_, _, n)| *n)
                        .sum(),
                })
                .collect(),
        })
        .collect();
    ListIndex {
        markets: columns,
        rows,
    }
}

impl ListIndex {
    /// The index as JSON (`/lists/index.json`): the markets, and per
    /// category its lists with their counts and paths.
    pub fn to_json(&self) -> Value {
        let markets: Vec<Value> = self
            .markets
            .iter()
            .map(|m| json!({"code": m.as_str(), "name": country_name(m)}))
            .collect();
        let categories: Vec<Value> = self
            .rows
            .iter()
            .map(|row| {
                let lists: Vec<Value> = row
                    .cells
                    .iter()
                    .map(|cell| {
                        json!({
                            "market": cell.market.as_str(),
                            "count": cell.count,
                            "html": list_path(row.category, &cell.market),
                            "json": list_json_path(row.category, &cell.market),
                        })
                    })
                    .collect();
                json!({
                    "category": category_slug(row.category),
                    "name": category_name(row.category),
                    "lists": lists,
                })
            })
            .collect();
        json!({"markets": markets, "categories": categories})
    }

    /// The index page (`/lists/`).
    pub fn to_html(&self) -> Result<String, PageError> {
        let markets: Vec<Value> = self
            .markets
            .iter()
            .map(|m| json!({"code": m.as_str(), "name": country_name(m)}))
            .collect();
        let rows: Vec<Value> = self
            .rows
            .iter()
            .map(|row| {
                let name = category_name(row.category);
                let cells: Vec<Value> = row
                    .cells
                    .iter()
                    .map(|cell| {
                        json!({
                            "count": cell.count,
                            "href": list_path(row.category, &cell.market),
                            "label": format!(
                                "{name} in {}: {} active recall{}",
                                country_name(&cell.market),
                                cell.count,
                                if cell.count == 1 { "" } else { "s" }
                            ),
                        })
                    })
                    .collect();
                json!({"name": name, "slug": category_slug(row.category), "cells": cells})
            })
            .collect();
        render(
            "desk/list_index.html",
            context! {
                title => "Product recall lists",
                public => true,
                lists_root => LISTS_ROOT,
                markets => markets,
                rows => rows,
                index_json => index_json_path(),
            },
        )
    }
}

#[cfg(test)]
#[path = "lists_test.rs"]
mod tests;
