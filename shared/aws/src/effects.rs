//! Side effects more than one function carries out, each safe to repeat:
//! writing an intake plan with its notices' emails, sending seller notices
//! (through the outbox) and case emails at most once, and starting a case's
//! consumer recall.

use crate::ports::QueueSet;
use crate::{Mailer, Queue, Store, StoreError};
use chrono::{DateTime, Utc};
use safety_app::outbox;
use safety_app::ports::Mail;
use safety_app::PortError;
use safety_domain::decisions::standing_reassessed;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::notices::render::Email;
use safety_domain::notices::seller::notice_item;
use safety_domain::outbox::Effects;
use safety_domain::recall::intake::{Case, IntakePlan, SellerNotice};
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

/// Sends each seller notice once, through the outbox: the item its
/// decision wrote (leased to that delivery, or free after a crash), or, for
/// a notice written while its seller was not known, the item rendered now
/// and written first. Once a notice goes out its cases' window starts (see
/// `OnSent::SellerTold`). Returns how many went out in this call; a notice
/// another delivery holds, or that SES refused, is an error (retried).
pub async fn send_seller_notices(
    store: &Store,
    mailer: &impl Mail,
    recall: &Recall,
    notices: &[SellerNotice],
) -> Result<usize, EffectError> {
    if notices.is_empty() {
        return Ok(0);
    }
    let seller_ids: BTreeSet<String> = notices.iter().map(|n| n.seller_id.clone()).collect();
    let sellers = store.get_sellers(&seller_ids).await?;
    let mut effects = Effects::default();
    let mut missing = Vec::new();
    for notice in notices {
        match sellers.get(&notice.seller_id) {
            Some(seller) => effects.items.push(
                notice_item(notice, recall, seller)
                    .map_err(|e| EffectError::Render(e.to_string()))?,
            ),
            None => missing.push(notice.seller_id.clone()),
        }
    }
    let now = Utc::now();
    let sorted = outbox::sort(store, effects, now).await?;
    if !sorted.new.is_empty() {
        // Notices written before their seller was known: their email now.
        store
            .write_outbox(&sorted.new, outbox::lease_until(now))
            .await?;
    }
    let busy = sorted.busy.len();
    let sent = outbox::send(store, mailer, &QueueSet::default(), sorted, now).await?;
    for key in &sent.sent {
        tracing::info!(recall_id = %recall.id, notice = %key.about, to = %key.to, "seller notice sent");
    }
    let waiting = busy + sent.lost.len() + sent.refused.len();
    if waiting > 0 {
        return Err(EffectError::Waiting(waiting));
    }
    if !missing.is_empty() {
        return Err(EffectError::SellersMissing(missing.join(", ")));
    }
    Ok(sent.sent.len())
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
/// changed, with the email of a change of standing as an outbox item in the
/// same transaction (`decisions::standing_reassessed`); then sends those
/// emails, each once. Safe to repeat: an unchanged ledger writes nothing,
/// and an email a crash left unsent is sent by the next call that finds it
/// (for this seller's next assessment, or the message's retry). Returns the
/// sellers whose standing changed in this call.
pub async fn refresh_standings(
    store: &Store,
    mailer: &impl Mail,
    seller_ids: &BTreeSet<String>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Vec<(String, Standing, Standing)>, EffectError> {
    if seller_ids.is_empty() {
        return Ok(Vec::new());
    }
    // One read of every standing; then each seller's ledger. The standing is
    // read before the ledger: a ledger read after it includes every entry of
    // the assessment that wrote it, so a stale ledger never overwrites a
    // newer standing.
    let mut standings = store.standings(seller_ids).await?;
    let mut ledgers = BTreeMap::new();
    let mut want_seller = BTreeSet::new();
    for seller_id in seller_ids {
        let entries = store.ledger(seller_id).await?;
        let stored = standings.get(seller_id).cloned().unwrap_or_default();
        let decided = standing_reassessed(&stored, &entries, None, now, thresholds)
            .map_err(|e| EffectError::Render(e.to_string()))?;
        if stored.email_pending || decided.store.as_ref().is_some_and(|s| s.email_pending) {
            want_seller.insert(seller_id.clone());
        }
        ledgers.insert(seller_id.clone(), entries);
    }
    let sellers = if want_seller.is_empty() {
        BTreeMap::new()
    } else {
        store.get_sellers(&want_seller).await?
    };
    let mut changed = Vec::new();
    let mut emails = Effects::default();
    let mut missing = Vec::new();
    for seller_id in seller_ids {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let stored = standings.get(seller_id).cloned().unwrap_or_default();
            let entries = ledgers
                .get(seller_id)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let decided =
                standing_reassessed(&stored, entries, sellers.get(seller_id), now, thresholds)
                    .map_err(|e| EffectError::Render(e.to_string()))?;
            let Some(next) = &decided.store else {
                break;
            };
            if next.email_pending {
                missing.push(seller_id.clone());
            }
            if store
                .save_standing(seller_id, next, stored.version, decided.email.as_ref())
                .await?
            {
                if let Some((from, to)) = decided.changed {
                    changed.push((seller_id.clone(), from, to));
                    tracing::info!(seller_id = %seller_id, from = ?from, to = ?to,
                        points = next.points, "standing changed");
                }
                emails.items.extend(decided.email);
                break;
            }
            if attempts >= 3 {
                return Err(EffectError::Store(StoreError::Conflict(format!(
                    "the standing of seller {seller_id} kept changing under concurrent assessments"
                ))));
            }
            // Another assessment wrote first: read again.
            standings.insert(seller_id.clone(), store.standing(seller_id).await?);
            ledgers.insert(seller_id.clone(), store.ledger(seller_id).await?);
        }
    }
    if !emails.is_empty() {
        let sorted = outbox::sort(store, emails, now).await?;
        let sent = outbox::send(store, mailer, &QueueSet::default(), sorted, now).await?;
        let waiting = sent.lost.len() + sent.refused.len();
        if waiting > 0 {
            return Err(EffectError::Waiting(waiting));
        }
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
