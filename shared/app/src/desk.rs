//! `recall-desk`: the desk's questions answered (SPEC 3). Each query reads
//! what it needs through the ports, by key or index (never a scan), and the
//! domain's read model makes the view; the function renders it as JSON, a
//! page or CSV.
//!
//! Reads per query (DynamoDB calls): a recall, 1 `Query` of its partition +
//! 1 `BatchGetItem` of its measures per 100 cases + 1 `Query` of each
//! case's outbox; a case, the same for its one case; a listing, 1
//! `GetItem` + 1 `Query` of its measures + 1 `BatchGetItem` of its cases; a
//! seller, 1 `BatchGetItem` + 1 `BatchGetItem` of the standing + 1 `Query`
//! of the ledger + 1 `Query` of the cases index; the review queue, 1 index
//! `Query` a page; a search, 1 `Query` (or `GetItem`) + 1 `BatchGetItem`;
//! a list, 1 `Query`; the lists' index, 1 `Query` of keys.

use crate::ports::{Desk, Ledger, PortError, Recalls, Reviews, Sellers};
use chrono::{DateTime, Utc};
use safety_domain::desk::answer::DeskAnswer;
use safety_domain::desk::lists::{list_index, RecallList};
use safety_domain::desk::query::{DeskError, DeskQuery, REVIEW_PAGE};
use safety_domain::desk::views::{
    case_page, listing_view, recall_view, review_queue, search_view, seller_view, NoticeRead,
    RecallReads,
};
use safety_domain::kernel::ids::{fold, Gtin};
use safety_domain::recall::matching::{IdentityKey, Lookup};
use safety_domain::recall::SourceRef;
use std::collections::BTreeSet;

pub const FUNCTION: &str = "recall-desk";

fn unavailable(e: PortError) -> DeskError {
    DeskError::Unavailable(e.to_string())
}

/// Answers one query at `now`.
pub async fn answer<S>(
    store: &S,
    query: &DeskQuery,
    now: DateTime<Utc>,
) -> Result<DeskAnswer, DeskError>
where
    S: Desk + Recalls + Reviews + Sellers + Ledger,
{
    match query {
        DeskQuery::Recall { recall_id } => {
            let reads = recall_reads(store, recall_id, None).await?;
            recall_view(reads)
                .map(|v| DeskAnswer::Recall(Box::new(v)))
                .ok_or_else(|| not_found("recall", recall_id))
        }
        DeskQuery::Case { case_id } => {
            let recall_id = case_id.split_once('/').map(|(r, _)| r).unwrap_or_default();
            let reads = recall_reads(store, recall_id, Some(case_id)).await?;
            case_page(&reads, case_id)
                .map(|v| DeskAnswer::Case(Box::new(v)))
                .ok_or_else(|| not_found("case", case_id))
        }
        DeskQuery::Listing { listing_id } => {
            let listing = store
                .listing(listing_id)
                .await
                .map_err(unavailable)?
                .ok_or_else(|| not_found("listing", listing_id))?;
            let measures = store
                .listing_measures(listing_id)
                .await
                .map_err(unavailable)?;
            let case_ids: Vec<String> = measures
                .iter()
                .filter(|(m, _)| m.is_recall())
                .map(|(m, _)| format!("{}/{listing_id}", m.recall_id))
                .collect();
            let cases = if case_ids.is_empty() {
                Vec::new()
            } else {
                store.cases_by_id(&case_ids).await.map_err(unavailable)?
            };
            Ok(DeskAnswer::Listing(listing_view(
                listing, &measures, &cases,
            )))
        }
        DeskQuery::Seller { seller_id } => {
            let ids = BTreeSet::from([seller_id.clone()]);
            let seller = store
                .sellers(&ids)
                .await
                .map_err(unavailable)?
                .remove(seller_id);
            let standing = store
                .standings(&ids)
                .await
                .map_err(unavailable)?
                .remove(seller_id)
                .unwrap_or_default();
            let ledger = store.ledger(seller_id).await.map_err(unavailable)?;
            let cases = store
                .cases_of_seller(seller_id)
                .await
                .map_err(unavailable)?;
            seller_view(seller_id, seller, standing, ledger, cases)
                .map(DeskAnswer::Seller)
                .ok_or_else(|| not_found("seller", seller_id))
        }
        DeskQuery::ReviewQueue { limit, after } => {
            let (cases, next) = store
                .review_queue(limit.unwrap_or(REVIEW_PAGE), after.as_deref())
                .await
                .map_err(unavailable)?;
            Ok(DeskAnswer::ReviewQueue(review_queue(cases, next, now)))
        }
        DeskQuery::Search {
            gtin,
            brand,
            model,
            source,
            reference,
        } => {
            let (by, ids) = match (gtin, brand, source.as_ref().zip(reference.as_ref())) {
                (Some(g), _, _) => {
                    let gtin = Gtin::parse(g).map_err(|e| DeskError::bad("gtin", e.to_string()))?;
                    let lookup = Lookup {
                        key: IdentityKey::Gtin(gtin.to_string()),
                        sort_prefix: String::new(),
                    };
                    (format!("GTIN {gtin}"), hits(store, &lookup).await?)
                }
                (None, Some(b), _) => {
                    let lookup = Lookup {
                        key: IdentityKey::Brand(fold(b)),
                        sort_prefix: model.as_deref().map(fold).unwrap_or_default(),
                    };
                    let by = match model {
                        Some(m) => format!("brand {b}, model {m}"),
                        None => format!("brand {b}"),
                    };
                    (by, hits(store, &lookup).await?)
                }
                (None, None, Some((s, r))) => {
                    let src = SourceRef {
                        source: s.clone(),
                        reference: r.clone(),
                        url: None,
                    };
                    let id = store.recall_for_source(&src).await.map_err(unavailable)?;
                    (format!("{s} {r}"), id.into_iter().collect())
                }
                _ => {
                    return Err(DeskError::bad(
                        "search",
                        "give gtin, brand or source with reference",
                    ))
                }
            };
            let recalls = if ids.is_empty() {
                Vec::new()
            } else {
                store.recalls_by_id(&ids).await.map_err(unavailable)?
            };
            Ok(DeskAnswer::Search(search_view(by, recalls)))
        }
        DeskQuery::ComplianceReport { .. } => Err(DeskError::bad(
            "query",
            "the compliance report is not built yet",
        )),
        DeskQuery::RecallList { category, market } => {
            let recalls = store
                .recall_list(*category, market)
                .await
                .map_err(unavailable)?;
            Ok(DeskAnswer::RecallList(RecallList::new(
                *category,
                market.clone(),
                recalls,
            )))
        }
        DeskQuery::RecallLists {} => {
            let counts = store.list_counts().await.map_err(unavailable)?;
            let markets: BTreeSet<_> = counts.iter().map(|(_, m, _)| m.clone()).collect();
            let markets: Vec<_> = markets.into_iter().collect();
            Ok(DeskAnswer::RecallLists(list_index(&counts, &markets)))
        }
    }
}

fn not_found(what: &'static str, id: &str) -> DeskError {
    DeskError::NotFound {
        what,
        id: id.to_string(),
    }
}

/// The recalls under an identity key.
async fn hits(store: &impl Recalls, lookup: &Lookup) -> Result<BTreeSet<String>, DeskError> {
    Ok(store
        .lookup(lookup)
        .await
        .map_err(unavailable)?
        .recalls
        .into_iter()
        .map(|h| h.recall_id)
        .collect())
}

/// What a recall's page (or one of its cases', `only`) reads.
async fn recall_reads<S>(
    store: &S,
    recall_id: &str,
    only: Option<&str>,
) -> Result<RecallReads, DeskError>
where
    S: Desk + Recalls,
{
    let part = store
        .recall_partition(recall_id)
        .await
        .map_err(unavailable)?;
    if part.recall.is_none() {
        return Ok(RecallReads::default());
    }
    let cases: Vec<_> = part
        .cases
        .iter()
        .filter(|c| only.is_none_or(|id| c.case_id == id))
        .collect();
    let listing_ids: Vec<String> = cases.iter().map(|c| c.listing_id.clone()).collect();
    let measures = if listing_ids.is_empty() {
        Vec::new()
    } else {
        store
            .recall_measures(recall_id, &listing_ids)
            .await
            .map_err(unavailable)?
    };
    let mut outbox = Vec::new();
    for c in &cases {
        outbox.extend(
            store
                .outbox_about(&format!("case:{}", c.case_id))
                .await
                .map_err(unavailable)?,
        );
    }
    Ok(RecallReads {
        recall: part.recall,
        timeline: part.timeline,
        cases: part.cases,
        notices: part
            .notices
            .into_iter()
            .map(|n| NoticeRead {
                notice: n.notice,
                status: n.status.as_str().to_string(),
                sent_at: n.sent_at,
            })
            .collect(),
        ruled_out: part.ruled_out,
        measures,
        outbox,
    })
}

#[cfg(test)]
#[path = "desk_test.rs"]
mod tests;
