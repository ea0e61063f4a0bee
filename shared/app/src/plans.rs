//! Writing an intake plan (a recall's intake, or the reverse check of one
//! listing): the candidates it ruled out with their reasons, then cases
//! awaiting review (no notice), then per notice its new cases — each with
//! its measures and the penalty it books — or the cases it extends (with the
//! rest of a raised penalty), the notice and its email (an outbox item, when
//! the seller is known) in the first transaction of its cases. Each write is
//! conditional: what another delivery wrote first is left as it is.

use crate::notices::{notice_items, NoticeError};
use crate::ports::{PortError, Recalls, Sellers};
use safety_domain::catalog::Seller;
use safety_domain::outbox::OutboxItem;
use safety_domain::recall::intake::IntakePlan;
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};

/// What a plan's write did.
#[derive(Debug, Default)]
pub struct Written {
    /// The ids of the notices this call wrote: only those, and notices
    /// stored pending, may be sent (a notice whose write lost a race names
    /// cases another writer holds).
    pub notices: BTreeSet<String>,
    /// The sellers of the plan's notices, as read for their emails (the
    /// send reuses them).
    pub sellers: BTreeMap<String, Seller>,
}

pub async fn write(
    store: &(impl Recalls + Sellers),
    plan: &IntakePlan,
    recall: &Recall,
) -> Result<Written, NoticeError> {
    if !plan.ruled_out.is_empty() {
        store.record_ruled_out(&plan.ruled_out).await?;
    }
    for case in plan.new_cases.iter().filter(|(c, _)| c.notice_id.is_none()) {
        written(
            store
                .open_cases(std::slice::from_ref(case), None, &[])
                .await,
        )?;
    }
    let seller_ids: BTreeSet<String> = plan.notices.iter().map(|n| n.seller_id.clone()).collect();
    let sellers = if seller_ids.is_empty() {
        BTreeMap::new()
    } else {
        store.sellers(&seller_ids).await?
    };
    let mut out = BTreeSet::new();
    for notice in &plan.notices {
        let cases: Vec<_> = plan
            .new_cases
            .iter()
            .filter(|(c, _)| c.notice_id.as_deref() == Some(notice.notice_id.as_str()))
            .cloned()
            .collect();
        let extended: Vec<_> = plan
            .extended
            .iter()
            .filter(|(c, _)| c.seller_id == notice.seller_id)
            .cloned()
            .collect();
        // The notice's items: its email (a seller not known yet gets it
        // when they arrive) and the marketplace events of its measures.
        let items = notice_items(notice, recall, sellers.get(&notice.seller_id))?;
        let mut ok = true;
        if !cases.is_empty() {
            ok &= written(store.open_cases(&cases, Some(notice), &items).await)?;
        }
        if !extended.is_empty() {
            let (with_notice, items): (_, &[OutboxItem]) = if cases.is_empty() {
                (Some(notice), &items)
            } else {
                (None, &[])
            };
            ok &= written(
                store
                    .extend_cases(&extended, with_notice, items, &plan.penalty_raises)
                    .await,
            )?;
        }
        if ok {
            out.insert(notice.notice_id.clone());
        }
    }
    Ok(Written {
        notices: out,
        sellers,
    })
}

/// True when written; false when another delivery wrote these first (they
/// exist, which is what we want).
fn written(res: Result<(), PortError>) -> Result<bool, PortError> {
    match res {
        Ok(()) => Ok(true),
        Err(e) if e.conflict => Ok(false),
        Err(e) => Err(e),
    }
}
