//! Side effects more than one function carries out, each safe to repeat:
//! sending seller notices (through the outbox) and case emails at most once,
//! starting a case's consumer recall, and reassessing standings.

use crate::ports::QueueSet;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use safety_app::notices::NoticeError;
use safety_app::ports::Mail;
use safety_app::PortError;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::recall::intake::SellerNotice;
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
