//! One answer of the desk, whichever the query: as JSON (a direct
//! invocation, a `.json` path), as a page, or as CSV (the compliance
//! report for the regulator).

use crate::desk::compliance::ComplianceReport;
use crate::desk::lists::{ListIndex, RecallList};
use crate::desk::page::PageError;
use crate::desk::views::{
    CaseOnlyView, ListingView, RecallView, ReviewQueueView, SearchView, SellerView,
};

#[derive(Debug, Clone, PartialEq)]
pub enum DeskAnswer {
    Recall(Box<RecallView>),
    Case(Box<CaseOnlyView>),
    Listing(ListingView),
    Seller(SellerView),
    ReviewQueue(ReviewQueueView),
    Search(SearchView),
    Compliance(Box<ComplianceReport>),
    RecallList(RecallList),
    RecallLists(ListIndex),
}

impl DeskAnswer {
    /// The answer as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        let value = match self {
            DeskAnswer::Recall(v) => serde_json::to_value(v),
            DeskAnswer::Case(v) => serde_json::to_value(v),
            DeskAnswer::Listing(v) => serde_json::to_value(v),
            DeskAnswer::Seller(v) => serde_json::to_value(v),
            DeskAnswer::ReviewQueue(v) => serde_json::to_value(v),
            DeskAnswer::Search(v) => serde_json::to_value(v),
            DeskAnswer::Compliance(v) => serde_json::to_value(v),
            DeskAnswer::RecallList(v) => Ok(v.to_json()),
            DeskAnswer::RecallLists(v) => Ok(v.to_json()),
        };
        // The views hold strings, numbers, dates and maps with string keys:
        // they always serialise.
        value.unwrap_or_default()
    }

    /// The answer as its page.
    pub fn to_html(&self) -> Result<String, PageError> {
        match self {
            DeskAnswer::Recall(v) => v.to_html(),
            DeskAnswer::Case(v) => v.to_html(),
            DeskAnswer::Listing(v) => v.to_html(),
            DeskAnswer::Seller(v) => v.to_html(),
            DeskAnswer::ReviewQueue(v) => v.to_html(),
            DeskAnswer::Search(v) => v.to_html(),
            DeskAnswer::Compliance(v) => v.to_html(),
            DeskAnswer::RecallList(v) => v.to_html(),
            DeskAnswer::RecallLists(v) => v.to_html(),
        }
    }

    /// The answer as CSV, when it has one (the compliance report).
    pub fn to_csv(&self) -> Option<Result<String, String>> {
        match self {
            DeskAnswer::Compliance(r) => Some(r.to_csv().map_err(|e| e.to_string())),
            _ => None,
        }
    }

    /// True for the public recall product lists (readable without signing in).
    pub fn is_public(&self) -> bool {
        matches!(self, DeskAnswer::RecallList(_) | DeskAnswer::RecallLists(_))
    }
}
