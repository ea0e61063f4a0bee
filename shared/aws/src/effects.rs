//! Side effects more than one function carries out, each safe to repeat:
//! writing an intake plan with its notices' emails, sending seller notices
//! (through the outbox) and case emails at most once, and starting a case's
//! consumer recall.

use crate::ports::QueueSet;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use safety_app::notices::NoticeError;
use safety_app::ports::Mail;
use safety_app::PortError;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::notices::seller::notice_item;
use safety_domain::recall::intake::{IntakePlan, SellerNotice};
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, thiserror::Error)]
pub enum EffectError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rendering an email: {0}")]
    Render(String),
    #[error("seller(s) {0} unknown: their listings are blocked and their notices wait, retried until the seller arrives")]
    SellersMissing(String),
    #[error("{0} email(s) not sent yet (held by another delivery, or refused by SES): retried")]
    Waiting(usize),
    #[error(transparent)]
    Port(#[from] PortError),
}

impl From<NoticeError> for EffectError {
    fn from(e: NoticeError) -> EffectError {
        match e {
            NoticeError::Port(p) => EffectError::Port(p),
            NoticeError::Render(r) => EffectError::Render(r),
            NoticeError::SellersMissing(s) => EffectError::SellersMissing(s),
            NoticeError::Waiting(n) => EffectError::Waiting(n),
        }
    }
}

/// Sends these seller notices, each once (see `safety_app::notices::send`).
pub async fn send_seller_notices(
    store: &Store,
    mailer: &impl Mail,
    recall: &Recall,
    notices: &[SellerNotice],
) -> Result<usize, EffectError> {
    safety_app::notices::send(
        store,
        mailer,
        &QueueSet::default(),
        recall,
        notices,
        Utc::now(),
    )
    .await
    .map_err(EffectError::from)
}

/// Reassesses these sellers' standings at `now` (see
/// `safety_app::standings::refresh`). Returns the sellers whose standing
/// changed in this call.
pub async fn refresh_standings(
    store: &Store,
    mailer: &impl Mail,
    seller_ids: &BTreeSet<String>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Vec<(String, Standing, Standing)>, EffectError> {
    safety_app::standings::refresh(
        store,
        mailer,
        &QueueSet::default(),
        seller_ids,
        now,
        thresholds,
    )
    .await
    .map_err(EffectError::from)
}

/// Writes an intake plan (recall intake, or the reverse check of a listing):
/// the candidates it ruled out with their reasons, then cases awaiting
/// review (no notice), then per notice its new cases —
/// each with its measures and the penalty it books — or the cases it extends
/// (with the rest of a raised penalty). Each write is conditional: what
/// another delivery wrote first is left as it is. Returns the ids of the
/// notices this call wrote: only those, and notices stored pending, may be
/// sent (a notice whose write lost a race names cases another writer holds).
pub async fn write_plan(
    store: &Store,
    plan: &IntakePlan,
    recall: &Recall,
) -> Result<BTreeSet<String>, EffectError> {
    if !plan.ruled_out.is_empty() {
        store.record_ruled_out(&plan.ruled_out).await?;
    }
    for case in plan.new_cases.iter().filter(|(c, _)| c.notice_id.is_none()) {
        ignore_conflict(
            store
                .open_cases(std::slice::from_ref(case), None, None)
                .await,
        )?;
    }
    // Each notice's email is written with it (leased to this delivery, which
    // sends it next); a seller not known yet gets it when they arrive.
    let seller_ids: BTreeSet<String> = plan.notices.iter().map(|n| n.seller_id.clone()).collect();
    let sellers = if seller_ids.is_empty() {
        BTreeMap::new()
    } else {
        store.get_sellers(&seller_ids).await?
    };
    let mut written = BTreeSet::new();
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
        let email = sellers
            .get(&notice.seller_id)
            .map(|seller| notice_item(notice, recall, seller))
            .transpose()
            .map_err(|e| EffectError::Render(e.to_string()))?;
        let mut ok = true;
        if !cases.is_empty() {
            ok &= ignore_conflict(store.open_cases(&cases, Some(notice), email.as_ref()).await)?;
        }
        if !extended.is_empty() {
            let (with_notice, email) = if cases.is_empty() {
                (Some(notice), email.as_ref())
            } else {
                (None, None)
            };
            ok &= ignore_conflict(
                store
                    .extend_cases(&extended, with_notice, email, &plan.penalty_raises)
                    .await,
            )?;
        }
        if ok {
            written.insert(notice.notice_id.clone());
        }
    }
    Ok(written)
}

/// True when written; false when another delivery wrote these first (they
/// exist, which is what we want).
fn ignore_conflict(res: Result<(), StoreError>) -> Result<bool, StoreError> {
    match res {
        Ok(()) => Ok(true),
        Err(StoreError::Conflict(_)) => Ok(false),
        Err(e) => Err(e),
    }
}
