//! Side effects more than one function carries out, each safe to repeat:
//! sending seller notices and case emails at most once, and starting a
//! case's consumer recall.

use crate::store::keys;
use crate::{Mailer, Queue, Store, StoreError};
use chrono::{DateTime, Utc};
use safety_domain::ledger::{assess, Standing, Thresholds};
use safety_domain::notices::ledger_email::standing_changed;
use safety_domain::notices::render::Email;
use safety_domain::recall::intake::{appeal_deadline, Case, IntakePlan, SellerNotice};
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
        let email = match safety_domain::notices::seller::seller_notice(&notice, recall, seller) {
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

/// Starts a case's consumer recall (see `safety_app::consumer_recall`).
pub async fn start_consumer_recall(
    store: &Store,
    queue: &Queue,
    case: &Case,
    recall: &Recall,
) -> Result<(), StoreError> {
    safety_app::consumer_recall::start(store, queue, case, recall)
        .await
        .map_err(|e| StoreError::Aws {
            op: "starting a consumer recall",
            detail: e.to_string(),
            source: Some(Box::new(e)),
        })
}

/// Assesses each seller's ledger at `now` and stores the standing when it
/// changed; a change of standing is emailed to the seller once, with the
/// entries behind it. Safe to repeat: an unchanged ledger writes nothing, and
/// a change whose email did not go out (a crash, an SES error) is emailed by
/// the next call. Returns the sellers whose standing changed in this call.
pub async fn refresh_standings(
    store: &Store,
    mailer: &Mailer,
    seller_ids: &BTreeSet<String>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Vec<(String, Standing, Standing)>, EffectError> {
    let mut changed = Vec::new();
    let mut to_email = Vec::new();
    for seller_id in seller_ids {
        let mut attempts = 0;
        let (stored, entries, assessment) = loop {
            attempts += 1;
            // The standing (and its version) first: a ledger read after it
            // includes every entry of the assessment that wrote it, so a
            // stale ledger can never overwrite a newer standing.
            let stored = store.standing(seller_id).await?;
            let entries = store.ledger(seller_id).await?;
            let assessment = assess(&entries, now, thresholds);
            let Some(next) = stored.after(&assessment, now) else {
                break (stored, entries, assessment);
            };
            if store
                .save_standing(seller_id, &next, stored.version)
                .await?
            {
                if next.changed_version != stored.changed_version {
                    changed.push((seller_id.clone(), stored.standing, next.standing));
                    tracing::info!(seller_id = %seller_id, from = ?stored.standing,
                        to = ?next.standing, points = next.points, "standing changed");
                }
                break (next, entries, assessment);
            }
            if attempts >= 3 {
                return Err(EffectError::Store(StoreError::Conflict(format!(
                    "the standing of seller {seller_id} kept changing under concurrent assessments"
                ))));
            }
        };
        if stored.email_pending {
            to_email.push((seller_id.clone(), stored, entries, assessment));
        }
    }
    if to_email.is_empty() {
        return Ok(changed);
    }
    let ids: BTreeSet<String> = to_email.iter().map(|(id, ..)| id.clone()).collect();
    let sellers = store.get_sellers(&ids).await?;
    let mut missing = Vec::new();
    for (seller_id, stored, entries, assessment) in to_email {
        let Some(seller) = sellers.get(&seller_id) else {
            missing.push(seller_id);
            continue;
        };
        let email = standing_changed(
            seller,
            stored.previous,
            &assessment,
            &entries,
            thresholds,
            now,
        )
        .map_err(|e| EffectError::Render(e.to_string()))?;
        let key = keys::seller_email(&seller_id, &format!("standing#{}", stored.changed_version));
        send_email_once(store, mailer, key, &email).await?;
        store
            .standing_emailed(&seller_id, stored.changed_version, Utc::now())
            .await?;
    }
    if !missing.is_empty() {
        return Err(EffectError::SellersMissing(missing.join(", ")));
    }
    Ok(changed)
}

/// Writes an intake plan (recall intake, or the reverse check of a listing):
/// the candidates it ruled out with their reasons, then cases awaiting
/// review (no notice), then per notice its new cases —
/// each with its measures and the penalty it books — or the cases it extends
/// (with the rest of a raised penalty). Each write is conditional: what
/// another delivery wrote first is left as it is. Returns the ids of the
/// notices this call wrote: only those, and notices stored pending, may be
/// sent (a notice whose write lost a race names cases another writer holds).
pub async fn write_plan(store: &Store, plan: &IntakePlan) -> Result<BTreeSet<String>, StoreError> {
    if !plan.ruled_out.is_empty() {
        store.record_ruled_out(&plan.ruled_out).await?;
    }
    for case in plan.new_cases.iter().filter(|(c, _)| c.notice_id.is_none()) {
        ignore_conflict(store.open_cases(std::slice::from_ref(case), None).await)?;
    }
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
        let mut ok = true;
        if !cases.is_empty() {
            ok &= ignore_conflict(store.open_cases(&cases, Some(notice)).await)?;
        }
        if !extended.is_empty() {
            let with_notice = if cases.is_empty() { Some(notice) } else { None };
            ok &= ignore_conflict(
                store
                    .extend_cases(&extended, with_notice, &plan.penalty_raises)
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
