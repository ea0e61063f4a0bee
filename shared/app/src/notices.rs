//! Sending sellers' recall notices, through the outbox: the items each
//! notice's decision wrote with it (leased to the delivery that wrote them,
//! which sends them as they are; any other claims them once no lease holds
//! them), or, for a notice written
//! while its seller was not known, its email rendered now and written first.
//! Once a notice goes out its cases' window starts (`OnSent::SellerTold`).

use crate::outbox;
use crate::ports::{Mail, Outbox, OutboxWrites, PortError, Queues, Sellers};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Seller;
use safety_domain::marketplace::notice_events;
use safety_domain::notices::pages::order_stop_pages;
use safety_domain::notices::seller::notice_item;
use safety_domain::outbox::{Effects, OutboxItem};
use safety_domain::recall::intake::SellerNotice;
use safety_domain::recall::Recall;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error(transparent)]
    Port(#[from] PortError),
    #[error("rendering an email: {0}")]
    Render(String),
    #[error("seller(s) {0} unknown: their listings are blocked and their notices wait, retried until the seller arrives")]
    SellersMissing(String),
    #[error("{0} email(s) not sent yet (held by another delivery, or refused by SES): retried")]
    Waiting(usize),
}

/// What a delivery wrote and read before sending its notices
/// (`plans::write`'s answer).
#[derive(Debug, Default)]
pub struct Written {
    /// The notices this delivery wrote, each with the outbox items written
    /// with it (leased to this delivery, so sent without a read or a claim):
    /// only those, and notices stored pending, may be sent (a notice whose
    /// write lost a race names cases another writer holds).
    pub held: BTreeMap<String, Vec<OutboxItem>>,
    /// The sellers of its notices, as read for their emails (the send
    /// reuses them; only the others are read).
    pub sellers: BTreeMap<String, Seller>,
}

impl Written {
    /// The ids of the notices this delivery wrote.
    pub fn notices(&self) -> BTreeSet<String> {
        self.held.keys().cloned().collect()
    }
}

/// Sends these notices, each once, with the events of their measures;
/// `written` is what this delivery wrote and read before (nothing, for a
/// delivery that only sends what is pending).
/// Returns how many notices went out in this call;
/// a notice another delivery holds, that SES refused, or whose seller is
/// unknown, is an error (the message is retried).
pub async fn send<S, M, Q>(
    store: &S,
    mail: &M,
    queues: &Q,
    recall: &Recall,
    notices: &[SellerNotice],
    written: &Written,
    now: DateTime<Utc>,
) -> Result<usize, NoticeError>
where
    S: Sellers + Outbox + OutboxWrites,
    M: Mail,
    Q: Queues,
{
    if notices.is_empty() {
        return Ok(0);
    }
    let (known, held) = (&written.sellers, &written.held);
    // A notice this delivery wrote is sent as written; the others' sellers
    // not read yet are read now.
    let unread: BTreeSet<String> = notices
        .iter()
        .filter(|n| !held.contains_key(&n.notice_id) && !known.contains_key(&n.seller_id))
        .map(|n| n.seller_id.clone())
        .collect();
    let mut sellers = known.clone();
    if !unread.is_empty() {
        sellers.extend(store.sellers(&unread).await?);
    }
    let mut effects = Effects::default();
    let mut holding = Vec::new();
    let mut missing = Vec::new();
    for notice in notices {
        // Its measures' events go out whether or not the seller is known;
        // a notice whose seller is not, waits for its email (retried).
        if let Some(items) = held.get(&notice.notice_id) {
            if !known.contains_key(&notice.seller_id) {
                missing.push(notice.seller_id.clone());
            }
            holding.extend(items.iter().cloned());
            continue;
        }
        let seller = sellers.get(&notice.seller_id);
        if seller.is_none() {
            missing.push(notice.seller_id.clone());
        }
        effects.items.extend(notice_items(notice, recall, seller)?);
    }
    // Notices written before their seller was known get their email now.
    let (sent, waiting) = outbox::deliver_held(store, mail, queues, holding, effects, now).await?;
    // The notices' emails (the rest are their measures' events).
    let emails: Vec<_> = sent
        .sent
        .iter()
        .filter(|k| k.to.starts_with("seller:"))
        .collect();
    for key in &emails {
        tracing::info!(recall_id = %recall.id, notice = %key.about, to = %key.to, "seller notice sent");
    }
    if waiting > 0 {
        return Err(NoticeError::Waiting(waiting));
    }
    if !missing.is_empty() {
        return Err(NoticeError::SellersMissing(missing.join(", ")));
    }
    Ok(emails.len())
}

/// What a notice puts in the outbox with it: its email to the seller (when
/// known), the events that tell the marketplace to apply its measures, and
/// the first page of each measure's order stop (its unshipped orders).
pub fn notice_items(
    notice: &SellerNotice,
    recall: &Recall,
    seller: Option<&Seller>,
) -> Result<Vec<OutboxItem>, NoticeError> {
    let mut items = notice_events(notice, notice.queued_at);
    items.extend(order_stop_pages(notice));
    if let Some(seller) = seller {
        items.push(
            notice_item(notice, recall, seller).map_err(|e| NoticeError::Render(e.to_string()))?,
        );
    }
    Ok(items)
}
