//! Reassessing sellers' standings (SPEC 1.5): each seller's ledger at `now`
//! over the standing as stored (`decisions::standing_reassessed`); a change
//! is stored with its email as an outbox item in one transaction, then the
//! emails are sent, each once. Safe to repeat: an unchanged ledger writes
//! nothing, and an email a crash left unsent is sent by the next call that
//! finds it (this seller's next assessment, or the message's retry).

use crate::notices::NoticeError;
use crate::outbox;
use crate::ports::{Ledger, Mail, Outbox, PortError, Queues, Sellers};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Seller;
use safety_domain::decisions::standing_reassessed;
use safety_domain::ledger::{Standing, Thresholds};
use safety_domain::outbox::Effects;
use std::collections::{BTreeMap, BTreeSet};

/// How many times a seller is reassessed when concurrent assessments keep
/// writing first.
const ATTEMPTS: usize = 3;

/// `known` are sellers the caller read already. Returns the sellers whose
/// standing changed in this call (from, to).
pub async fn refresh<S, M, Q>(
    store: &S,
    mail: &M,
    queues: &Q,
    seller_ids: &BTreeSet<String>,
    known: &BTreeMap<String, Seller>,
    now: DateTime<Utc>,
    thresholds: &Thresholds,
) -> Result<Vec<(String, Standing, Standing)>, NoticeError>
where
    S: Ledger + Sellers + Outbox,
    M: Mail,
    Q: Queues,
{
    if seller_ids.is_empty() {
        return Ok(Vec::new());
    }
    let render = |e: safety_domain::notices::RenderError| NoticeError::Render(e.to_string());
    // One read of every standing, then each seller's ledger. The standing is
    // read before the ledger: a ledger read after it includes every entry
    // of the assessment that wrote it, so a stale ledger never overwrites a
    // newer standing.
    let mut standings = store.standings(seller_ids).await?;
    let mut ledgers = BTreeMap::new();
    let mut want_seller = BTreeSet::new();
    for seller_id in seller_ids {
        let entries = store.ledger(seller_id).await?;
        let stored = standings.get(seller_id).cloned().unwrap_or_default();
        let decided = standing_reassessed(seller_id, &stored, &entries, None, now, thresholds)
            .map_err(render)?;
        if stored.email_pending || decided.store.as_ref().is_some_and(|s| s.email_pending) {
            want_seller.insert(seller_id.clone());
        }
        ledgers.insert(seller_id.clone(), entries);
    }
    // Sellers the caller read already (`known`) are not read again.
    want_seller.retain(|id| !known.contains_key(id));
    let mut sellers = known.clone();
    if !want_seller.is_empty() {
        sellers.extend(store.sellers(&want_seller).await?);
    }
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
            let decided = standing_reassessed(
                seller_id,
                &stored,
                entries,
                sellers.get(seller_id),
                now,
                thresholds,
            )
            .map_err(render)?;
            let Some(next) = &decided.store else {
                break;
            };
            if next.email_pending {
                missing.push(seller_id.clone());
            }
            let items: Vec<_> = decided
                .email
                .iter()
                .chain(decided.event.iter())
                .cloned()
                .collect();
            if store
                .save_standing(seller_id, next, stored.version, &items)
                .await?
            {
                if let Some((from, to)) = decided.changed {
                    changed.push((seller_id.clone(), from, to));
                    tracing::info!(seller_id = %seller_id, from = ?from, to = ?to,
                        points = next.points, "standing changed");
                }
                emails.items.extend(items);
                break;
            }
            if attempts >= ATTEMPTS {
                return Err(NoticeError::Port(PortError::conflict(format!(
                    "the standing of seller {seller_id} kept changing under concurrent assessments"
                ))));
            }
            // Another assessment wrote first: read again.
            let one = BTreeSet::from([seller_id.clone()]);
            standings.extend(store.standings(&one).await?);
            ledgers.insert(seller_id.clone(), store.ledger(seller_id).await?);
        }
    }
    if !emails.is_empty() {
        let sorted = outbox::sort(store, emails, now).await?;
        let sent = outbox::send(store, mail, queues, sorted, now).await?;
        let waiting = sent.lost.len() + sent.refused.len();
        if waiting > 0 {
            return Err(NoticeError::Waiting(waiting));
        }
    }
    if !missing.is_empty() {
        return Err(NoticeError::SellersMissing(missing.join(", ")));
    }
    Ok(changed)
}
