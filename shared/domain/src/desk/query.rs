//! What the desk can be asked (SPEC 3): a JSON query when the function is
//! invoked directly, or a page's path over its Function URL; both become
//! one [`DeskQuery`]. Errors name the field; an id that names nothing is a
//! clear "not found".

use crate::catalog::Category;
use crate::kernel::ids::Country;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The review queue's page size when the query gives none, and its bound.
pub const REVIEW_PAGE: usize = 50;
pub const REVIEW_PAGE_MAX: usize = 200;
/// The longest compliance period one query reads (its months are one index
/// query each).
pub const MAX_PERIOD_DAYS: i64 = 400;

/// One question to the desk.
///
/// As JSON, `{"query": "<kind>", ...its fields}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum DeskQuery {
    /// A recall's page: sources, matches, measures, cases, notices,
    /// consumers told, events, timeline.
    Recall { recall_id: String },
    /// One case (`<recall id>/<listing id>`).
    Case { case_id: String },
    /// A listing and its recall history.
    Listing { listing_id: String },
    /// A seller's standing, ledger and cases.
    Seller { seller_id: String },
    /// The cases awaiting review, oldest first, a page at a time.
    ReviewQueue {
        #[serde(default)]
        limit: Option<usize>,
        /// The cursor the previous page answered with.
        #[serde(default)]
        after: Option<String>,
    },
    /// Recalls by GTIN, by brand (+ model), or by source reference.
    Search {
        #[serde(default)]
        gtin: Option<String>,
        #[serde(default)]
        brand: Option<String>,
        #[serde(default)]
        model: Option<String>,
        #[serde(default)]
        source: Option<String>,
        #[serde(default)]
        reference: Option<String>,
    },
    /// The compliance report of the authority recalls received in a period
    /// (both days included).
    ComplianceReport { from: NaiveDate, to: NaiveDate },
    /// The public recall product list of a category in a market.
    RecallList { category: Category, market: Country },
    /// The index of the public recall product lists.
    RecallLists {},
}

/// How the answer is wanted: JSON (a direct invocation, or a `.json` path),
/// a page, or CSV (the compliance report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Html,
    Csv,
}

/// Why the desk did not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeskError {
    /// The query is malformed: which field, what is wrong.
    #[error("query field `{field}`: {reason}")]
    BadQuery { field: String, reason: String },
    /// The query is well formed but names nothing we hold.
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },
    /// A read failed (the store): retry.
    #[error("the desk could not read the store: {0}")]
    Unavailable(String),
}

impl DeskError {
    pub fn bad(field: &str, reason: impl Into<String>) -> DeskError {
        DeskError::BadQuery {
            field: field.to_string(),
            reason: reason.into(),
        }
    }

    /// The error as a direct query's JSON answer (`kind`, the `field` of a
    /// bad query, the message).
    pub fn to_json(&self) -> serde_json::Value {
        let (kind, field) = match self {
            DeskError::BadQuery { field, .. } => ("bad_query", Some(field.clone())),
            DeskError::NotFound { .. } => ("not_found", None),
            DeskError::Unavailable(_) => ("unavailable", None),
        };
        serde_json::json!({"error": {"kind": kind, "field": field, "message": self.to_string()}})
    }

    /// The HTTP status of the error on a page.
    pub fn status(&self) -> u16 {
        match self {
            DeskError::BadQuery { .. } => 400,
            DeskError::NotFound { .. } => 404,
            DeskError::Unavailable(_) => 503,
        }
    }
}

impl DeskQuery {
    /// A query from a direct invocation's JSON: a named error for a missing
    /// or unknown `query`, field or value.
    pub fn parse(value: &serde_json::Value) -> Result<DeskQuery, DeskError> {
        let kind = value
            .get("query")
            .ok_or_else(|| DeskError::bad("query", "missing: one of recall, case, listing, seller, review_queue, search, compliance_report, recall_list, recall_lists"))?;
        if !kind.is_string() {
            return Err(DeskError::bad("query", "is not a string"));
        }
        // `{"query": k, ...fields}` read as `{k: {...fields}}`, so that the
        // error of a field names it (an internally tagged enum loses the path).
        let mut fields = value
            .as_object()
            .cloned()
            .ok_or_else(|| DeskError::bad("query", "the query is not a JSON object"))?;
        fields.remove("query");
        let tagged = serde_json::json!({ kind.as_str().unwrap_or_default(): fields });
        let query: DeskQuery = serde_path_to_error::deserialize(&tagged).map_err(|e| {
            let path = e.path().to_string();
            let message = e.inner().to_string();
            let missing = message
                .strip_prefix("missing field `")
                .and_then(|m| m.split('`').next());
            let field = match (missing, path.split_once('.')) {
                (Some(m), _) => m.to_string(),
                (None, Some((_, f))) if !f.is_empty() => f.to_string(),
                _ => "query".to_string(),
            };
            DeskError::bad(&field, bounded(&message))
        })?;
        query.validate()?;
        Ok(query)
    }

    /// The checks serde does not make: ids not blank, a search with one
    /// way to search, a period in order and not too long, a page size in
    /// bounds.
    fn validate(&self) -> Result<(), DeskError> {
        let id = |field: &str, v: &str| {
            if v.trim().is_empty() {
                Err(DeskError::bad(field, "is empty"))
            } else if v.len() > crate::kernel::limits::MAX_ID_BYTES * 3 {
                Err(DeskError::bad(field, "is longer than any id we issue"))
            } else {
                Ok(())
            }
        };
        match self {
            DeskQuery::Recall { recall_id } => id("recall_id", recall_id),
            DeskQuery::Case { case_id } => {
                id("case_id", case_id)?;
                if !case_id.contains('/') {
                    return Err(DeskError::bad(
                        "case_id",
                        "is not a case id (<recall id>/<listing id>)",
                    ));
                }
                Ok(())
            }
            DeskQuery::Listing { listing_id } => id("listing_id", listing_id),
            DeskQuery::Seller { seller_id } => id("seller_id", seller_id),
            DeskQuery::ReviewQueue { limit, .. } => match limit {
                Some(0) => Err(DeskError::bad("limit", "must be at least 1")),
                Some(n) if *n > REVIEW_PAGE_MAX => Err(DeskError::bad(
                    "limit",
                    format!("must be at most {REVIEW_PAGE_MAX}"),
                )),
                _ => Ok(()),
            },
            DeskQuery::Search {
                gtin,
                brand,
                model,
                source,
                reference,
            } => {
                let ways = [gtin.is_some(), brand.is_some(), source.is_some()]
                    .iter()
                    .filter(|w| **w)
                    .count();
                if ways != 1 {
                    return Err(DeskError::bad(
                        "search",
                        "give exactly one of gtin, brand (with model or not), source with reference",
                    ));
                }
                if model.is_some() && brand.is_none() {
                    return Err(DeskError::bad("model", "needs a brand"));
                }
                if source.is_some() != reference.is_some() {
                    return Err(DeskError::bad(
                        if source.is_some() {
                            "reference"
                        } else {
                            "source"
                        },
                        "a source reference needs both source and reference",
                    ));
                }
                if let Some(g) = gtin {
                    crate::kernel::ids::Gtin::parse(g)
                        .map_err(|e| DeskError::bad("gtin", e.to_string()))?;
                }
                for (field, v) in [
                    ("brand", brand),
                    ("source", source),
                    ("reference", reference),
                ] {
                    if let Some(v) = v {
                        id(field, v)?;
                    }
                }
                Ok(())
            }
            DeskQuery::ComplianceReport { from, to } => {
                if to < from {
                    return Err(DeskError::bad("to", "is before from"));
                }
                if (*to - *from).num_days() > MAX_PERIOD_DAYS {
                    return Err(DeskError::bad(
                        "to",
                        format!("a period is at most {MAX_PERIOD_DAYS} days"),
                    ));
                }
                Ok(())
            }
            DeskQuery::RecallList { .. } | DeskQuery::RecallLists {} => Ok(()),
        }
    }

    /// A URL path's segments, each percent-decoded (`/recalls/R%2F1` ->
    /// `["", "recalls", "R/1"]`), for [`DeskQuery::route`].
    pub fn path_segments(raw_path: &str) -> Vec<String> {
        raw_path
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect()
    }

    /// A page's query from its path, as decoded segments, and its query
    /// string (the Function URL): `/recalls/<id>`, `/cases/<recall
    /// id>/<listing id>`, `/listings/<id>`, `/sellers/<id>`,
    /// `/review-queue?after=`, `/search?gtin=` (or `brand=&model=`,
    /// `source=&reference=`), `/compliance?from=&to=` (and
    /// `/compliance.csv`), `/lists/`, `/lists/<category>/<MARKET>`; a `.json`
    /// suffix on the last segment answers JSON. `today` is the default
    /// period's end (the 30 days up to it).
    pub fn route(
        segments: &[String],
        params: &BTreeMap<String, String>,
        today: NaiveDate,
    ) -> Result<(DeskQuery, Format), DeskError> {
        let mut segments: Vec<String> =
            segments.iter().filter(|s| !s.is_empty()).cloned().collect();
        let mut format = Format::Html;
        if let Some(last) = segments.last_mut() {
            for (suffix, f) in [(".json", Format::Json), (".csv", Format::Csv)] {
                if let Some(stem) = last.strip_suffix(suffix) {
                    *last = stem.to_string();
                    format = f;
                }
            }
        }
        let path = segments.join("/");
        let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
        let param = |k: &str| params.get(k).cloned();
        let query = match segs.as_slice() {
            ["recalls", id] => DeskQuery::Recall {
                recall_id: id.to_string(),
            },
            ["cases", recall, listing] => DeskQuery::Case {
                case_id: format!("{recall}/{listing}"),
            },
            ["listings", id] => DeskQuery::Listing {
                listing_id: id.to_string(),
            },
            ["sellers", id] => DeskQuery::Seller {
                seller_id: id.to_string(),
            },
            ["review-queue"] => DeskQuery::ReviewQueue {
                limit: match param("limit") {
                    Some(l) => Some(
                        l.parse()
                            .map_err(|_| DeskError::bad("limit", "is not a number"))?,
                    ),
                    None => None,
                },
                after: param("after"),
            },
            ["search"] => DeskQuery::Search {
                gtin: param("gtin"),
                brand: param("brand"),
                model: param("model"),
                source: param("source"),
                reference: param("reference"),
            },
            ["compliance"] => {
                let date = |k: &str, default: NaiveDate| match param(k) {
                    Some(v) => NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|_| DeskError::bad(k, "is not a date (YYYY-MM-DD)")),
                    None => Ok(default),
                };
                let to = date("to", today)?;
                DeskQuery::ComplianceReport {
                    from: date("from", to - chrono::Duration::days(29))?,
                    to,
                }
            }
            ["lists"] | ["lists", "index"] => DeskQuery::RecallLists {},
            ["lists", category, market] => DeskQuery::RecallList {
                category: crate::desk::lists::category_from_slug(category).ok_or_else(|| {
                    DeskError::bad("category", "is not one of the 14 recall product lists")
                })?,
                market: Country::parse(market).map_err(|_| {
                    DeskError::bad("market", "is not a country code (ISO 3166-1 alpha-2)")
                })?,
            },
            _ => {
                return Err(DeskError::NotFound {
                    what: "page",
                    id: format!("/{}", bounded(&path)),
                })
            }
        };
        if format == Format::Csv && !matches!(query, DeskQuery::ComplianceReport { .. }) {
            return Err(DeskError::bad(
                "format",
                "only the compliance report has a CSV",
            ));
        }
        query.validate()?;
        Ok((query, format))
    }
}

fn bounded(s: &str) -> std::borrow::Cow<'_, str> {
    crate::kernel::limits::bounded(s, crate::kernel::limits::MAX_REASON_BYTES)
}

#[cfg(test)]
#[path = "query_test.rs"]
mod tests;
