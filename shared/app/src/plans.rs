//! Writing an intake plan (a recall's intake, or the reverse check of one
//! listing): the candidates it ruled out with their reasons, then cases
//! awaiting review (no notice), then per notice its new cases — each with
//! its measures and the penalty it books — or the cases it extends (with the
//! rest of a raised penalty), the notice and its email (an outbox item, when
//! the seller is known) in the first transaction of its cases. Each write is
//! conditional: what another delivery wrote first is left as it is. A
//! notice's items are leased to the delivery at `now` that wrote them: it
//! sends them next, without reading or claiming them again.

use crate::notices::{notice_items, NoticeError, Written};
use crate::outbox::lease_until;
use crate::ports::{PortError, Recalls, Sellers};
use chrono::{DateTime, Utc};
use safety_domain::outbox::OutboxItem;
use safety_domain::recall::intake::IntakePlan;
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};

pub async fn write(
    store: &(impl Recalls + Sellers),
    plan: &IntakePlan,
    recall: &Recall,
    now: DateTime<Utc>,
) -> Result<Written, NoticeError> {
    let leased_until = lease_until(now);
    if !plan.ruled_out.is_empty() {
        store.record_ruled_out(&plan.ruled_out).await?;
    }
    for case in plan.new_cases.iter().filter(|(c, _)| c.notice_id.is_none()) {
        written(
            store
                .open_cases(std::slice::from_ref(case), None, &[], leased_until)
                .await,
        )?;
    }
    let seller_ids: BTreeSet<String> = plan.notices.iter().map(|n| n.seller_id.clone()).collect();
    let sellers = if seller_ids.is_empty() {
        BTreeMap::new()
    } else {
        store.sellers(&seller_ids).await?
    };
    let mut held = BTreeMap::new();
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
            ok &= written(
                store
                    .open_cases(&cases, Some(notice), &items, leased_until)
                    .await,
            )?;
        }
        if !extended.is_empty() {
            let (with_notice, items): (_, &[OutboxItem]) = if cases.is_empty() {
                (Some(notice), &items)
            } else {
                (None, &[])
            };
            ok &= written(
                store
                    .extend_cases(
                        &extended,
                        with_notice,
                        items,
                        &plan.penalty_raises,
                        leased_until,
                    )
                    .await,
            )?;
        }
        if ok {
            held.insert(notice.notice_id.clone(), items);
        }
    }
    Ok(Written { held, sellers })
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
