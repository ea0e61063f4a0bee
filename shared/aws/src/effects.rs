//! Side effects more than one function carries out, each safe to repeat:
//! sending seller notices and case emails at most once, and starting a
//! case's consumer recall.

use crate::{Mailer, Queue, Store, StoreError};
use chrono::{DateTime, Utc};
use safety_domain::email::Email;
use safety_domain::intake::{appeal_deadline, Case, SellerNotice};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::recall::{Recall, TimingOverride};
use std::collections::BTreeSet;

#[derive(Debug, thiserror::Error)]
pub enum EffectError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rendering an email: {0}")]
    Render(String),
    #[error("seller(s) {0} unknown: their listings are blocked and their notices wait, retried until the seller arrives")]
    SellersMissing(String),
}

/// Sends each seller notice at most once: claimed, rendered with the deadline
/// of the moment it goes out (7 days from then), sent, marked sent together
/// with its cases' deadlines. Returns how many went out.
pub async fn send_seller_notices(
    store: &Store,
    mailer: &Mailer,
    recall: &Recall,
    notices: &[SellerNotice],
) -> Result<usize, EffectError> {
    if notices.is_empty() {
        return Ok(0);
    }
    let seller_ids: BTreeSet<String> = notices.iter().map(|n| n.seller_id.clone()).collect();
    let sellers = store.get_sellers(&seller_ids).await?;
    // A regulator's order brings the consumer recall forward: to its date, or
    // to the moment the seller is told (the scheduled check then starts it if
    // the function that sent the notice did not).
    let due_cap = |sent_at: DateTime<Utc>| match &recall.timing {
        Some(TimingOverride::By { deadline }) => Some(*deadline),
        Some(TimingOverride::Immediately) => Some(sent_at),
        None => None,
    };
    let mut sent = 0;
    let mut missing = Vec::new();
    for notice in notices {
        let Some(seller) = sellers.get(&notice.seller_id) else {
            missing.push(notice.seller_id.clone());
            continue;
        };
        if !store.claim_notice(notice, Utc::now()).await? {
            continue;
        }
        let sent_at: DateTime<Utc> = Utc::now();
        let mut notice = notice.clone();
        notice.appeal_deadline = appeal_deadline(sent_at);
        let email = match safety_domain::email::seller_notice(&notice, recall, seller) {
            Ok(e) => e,
            Err(e) => {
                store.release_notice(&notice).await?;
                return Err(EffectError::Render(e.to_string()));
            }
        };
        match mailer.send(&email).await {
            Ok(ses_id) => {
                store
                    .mark_notice_sent(&notice, &email.to, &ses_id, sent_at, due_cap(sent_at))
                    .await?;
                tracing::info!(recall_id = %recall.id, notice_id = %notice.notice_id,
                    seller_id = %notice.seller_id, "seller notice sent");
                sent += 1;
            }
            Err(e) => {
                store.release_notice(&notice).await?;
                return Err(e.into());
            }
        }
    }
    if !missing.is_empty() {
        return Err(EffectError::SellersMissing(missing.join(", ")));
    }
    Ok(sent)
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

/// Starts a case's consumer recall once the case is stored with it started
/// (and still in the due index, so a crash here is finished by the next
/// scheduled check): the first page of each market is queued, then the case
/// leaves the index. Pages carry stable ids, so queuing twice is harmless.
pub async fn start_consumer_recall(
    store: &Store,
    queue: &Queue,
    case: &Case,
) -> Result<(), StoreError> {
    let pages: Vec<String> = case
        .markets
        .iter()
        .map(|m| {
            ConsumerRecallPage {
                case_id: case.case_id.clone(),
                market: m.clone(),
                cursor: None,
            }
            .to_message()
        })
        .collect();
    queue.send_all(&pages).await?;
    store.save_case(case, case.state, None).await?;
    tracing::info!(case_id = %case.case_id, markets = case.markets.len(), "consumer recall started");
    Ok(())
}
