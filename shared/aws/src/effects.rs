//! Side effects more than one function carries out, each safe to repeat:
//! sending seller notices (through the outbox) and case emails at most once,
//! starting a case's consumer recall, and reassessing standings.

use crate::ports::QueueSet;
use crate::{Mailer, Queue, Store, StoreError};
use chrono::{DateTime, Utc};
use safety_app::notices::NoticeError;
use safety_app::ports::Mail;
use safety_app::PortError;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::notices::pages::first_page_effects;
use safety_domain::notices::render::Email;
use safety_domain::recall::intake::{Case, CaseState, SellerNotice};
use safety_domain::recall::Recall;
use std::collections::BTreeSet;

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

/// Sends an email at most once, recorded under `key` (what, to whom: see
/// `keys::case_email`, `keys::seller_email`) before it is sent. Returns false
/// when it went out before.
pub async fn send_email_once(
    store: &Store,
    mailer: &Mailer,
    key: (String, String),
    email: &Email,
) -> Result<bool, StoreError> {
    if !store.claim_email(key.clone(), Utc::now()).await? {
        return Ok(false);
    }
    match mailer.send(email).await {
        Ok(ses_id) => {
            store
                .mark_email_sent(key.clone(), &ses_id, Utc::now())
                .await?;
            tracing::info!(email = %key.1, "email sent");
            Ok(true)
        }
        Err(e) => {
            store.release_email(key).await?;
            Err(e)
        }
    }
}

/// Starts a case's consumer recall: the case saved started over its state
/// as read (still due now in the index), with its first pages as outbox
/// items in the same transaction, then the pages queued (see
/// `safety_app::consumer_recall`). False when another writer changed the
/// case first.
pub async fn start_consumer_recall(
    store: &Store,
    queue: &Queue,
    case: &Case,
    expected: CaseState,
    recall: &Recall,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let effects = first_page_effects(case, recall);
    if !store.save_case(case, expected, Some(now), &effects).await? {
        return Ok(false);
    }
    send_first_pages(store, queue, case, recall, now).await?;
    Ok(true)
}

/// Queues the first pages of a case saved started with them (each once).
pub async fn send_first_pages(
    store: &Store,
    queue: &Queue,
    case: &Case,
    recall: &Recall,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let queues = QueueSet {
        consumer_notices: Some(queue.clone()),
    };
    safety_app::consumer_recall::send_first_pages(store, &queues, case, recall, now)
        .await
        .map_err(|e| StoreError::Aws {
            op: "starting a consumer recall",
            detail: e.to_string(),
            source: Some(Box::new(e)),
        })
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
