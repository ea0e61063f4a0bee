//! Carrying a decision's effects out (ARCHITECTURE, "The outbox").
//!
//! A use case asks [`sort`] which of its decision's items are new (to write
//! in its transaction, leased to this delivery so it sends them without a
//! claim), which are stored and free (an interrupted delivery's: claim and
//! send them), which another delivery holds right now (leave them: the
//! message is retried after the lease) and which went out before. After its
//! transaction it calls [`send`], which claims the free ones, sends all it
//! holds (bulk destinations 50 a call, one template each; queue messages in
//! batches) and marks each call's items sent, with what the state records
//! once they went out.

use crate::ports::{Mail, Outbox, OutboxWrites, PortError, Queues, SentItem, BULK_MAX, EVENTS_MAX};
use chrono::{DateTime, Duration, Utc};
use safety_domain::delivery::recipient_key;
use safety_domain::notices::consumer::BulkTemplate;
use safety_domain::outbox::{
    Effect, Effects, OnSent, OutboxItem, OutboxKey, OutboxStatus, QueueName, LEASE_SECS,
};
use std::collections::{BTreeMap, BTreeSet};

/// Single emails sent between two sent marks.
pub const EMAILS_PER_MARK: usize = 25;

/// A decision's items, sorted by where they stand.
#[derive(Debug, Clone, Default)]
pub struct Sorted {
    /// Not stored yet: the use case writes these (and their templates) in
    /// its transaction, leased until [`lease_until`].
    pub new: Effects,
    /// Stored, not sent, free to claim (an interrupted delivery's).
    pub unsent: Vec<OutboxItem>,
    /// Stored, held by another delivery now.
    pub busy: Vec<OutboxKey>,
    /// Sent before.
    pub sent_before: Vec<OutboxKey>,
}

/// The lease a delivery at `now` holds on what it writes or claims.
pub fn lease_until(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::seconds(LEASE_SECS)
}

/// Sorts a decision's effects against what the outbox holds (one read of
/// their keys). A stored item is taken as stored: the decision that wrote it
/// was committed, and what it said is what goes out.
pub async fn sort(
    outbox: &impl Outbox,
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<Sorted, PortError> {
    if effects.items.is_empty() {
        return Ok(Sorted::default());
    }
    let stored = outbox.load(&effects.keys()).await?;
    let by_key: BTreeMap<&OutboxKey, _> = stored.iter().map(|s| (&s.item.key, s)).collect();
    let mut sorted = Sorted::default();
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for item in effects.items {
        match by_key.get(&item.key) {
            None => {
                if let Effect::Bulk { template, .. } = &item.effect {
                    wanted.insert(template.clone());
                }
                sorted.new.items.push(item);
            }
            Some(s) => match s.status {
                OutboxStatus::Sent { .. } => sorted.sent_before.push(item.key),
                status if status.claimable(now) => sorted.unsent.push(s.item.clone()),
                _ => sorted.busy.push(item.key),
            },
        }
    }
    sorted.new.templates = effects
        .templates
        .into_iter()
        .filter(|(id, _)| wanted.contains(id))
        .collect();
    Ok(sorted)
}

/// What [`send`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dispatched {
    /// Items sent by this call.
    pub sent: Vec<OutboxKey>,
    /// Items SES refused one by one (given back: the message is retried for them).
    pub refused: Vec<OutboxKey>,
    /// Unsent items another delivery claimed first.
    pub lost: Vec<OutboxKey>,
    /// Bulk calls made.
    pub bulk_calls: usize,
    /// Items not sent because their address hard-bounced or complained
    /// (marked sent, receipt [`SUPPRESSED`]).
    pub suppressed: Vec<OutboxKey>,
}

/// The receipt of an item not sent because its address is suppressed.
pub const SUPPRESSED: &str = "suppressed";

/// Sends what this delivery holds: the new items it wrote (leased to it)
/// and the unsent ones it can claim. `templates` are the bulk templates the
/// decision rendered; those of claimed items it lacks are read.
pub async fn send(
    outbox: &impl Outbox,
    mail: &impl Mail,
    queues: &impl Queues,
    sorted: Sorted,
    now: DateTime<Utc>,
) -> Result<Dispatched, PortError> {
    let mut out = Dispatched::default();
    let mut held: Vec<OutboxItem> = sorted.new.items;
    let mut templates: BTreeMap<String, BulkTemplate> = sorted.new.templates.into_iter().collect();
    if !sorted.unsent.is_empty() {
        let keys: Vec<OutboxKey> = sorted.unsent.iter().map(|i| i.key.clone()).collect();
        let got: BTreeSet<OutboxKey> = outbox
            .claim(&keys, now, lease_until(now))
            .await?
            .into_iter()
            .collect();
        for item in sorted.unsent {
            if got.contains(&item.key) {
                held.push(item);
            } else {
                out.lost.push(item.key);
            }
        }
        let missing: BTreeSet<(String, String)> = held
            .iter()
            .filter_map(|i| match &i.effect {
                Effect::Bulk { template, .. } if !templates.contains_key(template) => {
                    Some((i.key.about.clone(), template.clone()))
                }
                _ => None,
            })
            .collect();
        if !missing.is_empty() {
            let ids: Vec<(String, String)> = missing.into_iter().collect();
            templates.extend(outbox.templates(&ids).await?);
        }
    }

    // On a failure, everything this delivery holds and has not sent is given
    // back, so the message's retry sends it without waiting for the lease.
    let all: Vec<OutboxItem> = held.clone();
    match send_held(outbox, mail, queues, held, &templates, &mut out).await {
        Ok(()) => Ok(out),
        Err(e) => {
            let done: BTreeSet<&OutboxKey> = out.sent.iter().chain(&out.refused).collect();
            let unsent: Vec<OutboxItem> =
                all.into_iter().filter(|i| !done.contains(&i.key)).collect();
            if !unsent.is_empty() {
                release(outbox, &unsent).await?;
            }
            Err(e)
        }
    }
}

async fn send_held(
    outbox: &impl Outbox,
    mail: &impl Mail,
    queues: &impl Queues,
    held: Vec<OutboxItem>,
    templates: &BTreeMap<String, BulkTemplate>,
    out: &mut Dispatched,
) -> Result<(), PortError> {
    let mut emails = Vec::new();
    let mut bulk: BTreeMap<String, Vec<OutboxItem>> = BTreeMap::new();
    let mut messages: BTreeMap<QueueName, Vec<OutboxItem>> = BTreeMap::new();
    let mut events: Vec<OutboxItem> = Vec::new();
    for item in held {
        match &item.effect {
            Effect::Email { .. } => emails.push(item),
            Effect::Bulk { template, .. } => bulk.entry(template.clone()).or_default().push(item),
            Effect::Message { queue, .. } => messages.entry(*queue).or_default().push(item),
            Effect::Event { .. } => events.push(item),
        }
    }

    // Events for the marketplace, 10 a call, marked sent together once all
    // are published (a consumer keys on `event_id`, so an event published
    // again after a crash is the same event); an event the bus refused is
    // given back, and the message retried for it.
    let mut published = Vec::new();
    let mut refused = Vec::new();
    for chunk in events.chunks(EVENTS_MAX) {
        let entries: Vec<(String, String)> = chunk
            .iter()
            .filter_map(|i| match &i.effect {
                Effect::Event {
                    detail_type,
                    detail,
                } => Some((detail_type.clone(), detail.clone())),
                _ => None,
            })
            .collect();
        let results = match queues.publish(&entries).await {
            Ok(r) => r,
            Err(e) => {
                mark(outbox, out, published, Utc::now()).await?;
                return Err(e);
            }
        };
        for (i, r) in chunk.iter().zip(results) {
            match r {
                Ok(()) => published.push((i, None)),
                Err(reason) => {
                    tracing::warn!(about = %i.key.about, to = %i.key.to, %reason,
                        "the bus refused an event");
                    refused.push(i.clone());
                }
            }
        }
    }
    if !refused.is_empty() {
        release(outbox, &refused).await?;
        out.refused.extend(refused.into_iter().map(|i| i.key));
    }
    // The published events' sent marks ride with the next mark written (or
    // go alone at the end): one transaction fewer per decision.
    let mut carried = published;

    // Queue messages first: they carry the rest of the work (a next page).
    // Their marks ride with the next mark too: a message queued again after
    // a crash has the same id, which its consumer's marker holds.
    for (queue, items) in &messages {
        let bodies: Vec<String> = items
            .iter()
            .filter_map(|i| match &i.effect {
                Effect::Message { body, .. } => Some(body.clone()),
                _ => None,
            })
            .collect();
        if let Err(e) = queues.send(*queue, &bodies).await {
            mark(outbox, out, carried, Utc::now()).await?;
            return Err(e);
        }
        carried.extend(items.iter().map(|i| (i, None)));
    }

    // The addresses that hard-bounced or complained are not emailed again:
    // one read for every email and destination this delivery holds. Their
    // items are marked sent with the receipt `suppressed` (what they decide,
    // a window starting, goes on; the desk's recall page shows the bounce).
    let addresses: Vec<String> = emails
        .iter()
        .chain(bulk.values().flatten())
        .filter_map(|i| match &i.effect {
            Effect::Email { email } => Some(recipient_key(&email.to)),
            Effect::Bulk { address, .. } => Some(recipient_key(address)),
            _ => None,
        })
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    let suppressed = if addresses.is_empty() {
        BTreeSet::new()
    } else {
        match outbox.suppressed(&addresses).await {
            Ok(s) => s,
            Err(e) => {
                mark(outbox, out, std::mem::take(&mut carried), Utc::now()).await?;
                return Err(e);
            }
        }
    };
    let is_suppressed = |i: &OutboxItem| match &i.effect {
        Effect::Email { email } => suppressed.contains(&recipient_key(&email.to)),
        Effect::Bulk { address, .. } => suppressed.contains(&recipient_key(address)),
        _ => false,
    };

    // Single emails are marked sent EMAILS_PER_MARK at a time (one
    // transaction each): a crash between a send and its mark re-sends at most
    // those.
    for group in emails.chunks(EMAILS_PER_MARK) {
        let mut sent = std::mem::take(&mut carried);
        for item in group {
            let Effect::Email { email } = &item.effect else {
                continue;
            };
            if is_suppressed(item) {
                tracing::warn!(about = %item.key.about, to = %item.key.to,
                    "not sent: the address hard-bounced or complained");
                out.suppressed.push(item.key.clone());
                sent.push((item, Some(SUPPRESSED.to_string())));
                continue;
            }
            match mail.send(email, &item.key).await {
                Ok(receipt) => sent.push((item, Some(receipt))),
                Err(e) => {
                    mark(outbox, out, sent, Utc::now()).await?;
                    return Err(e);
                }
            }
        }
        mark(outbox, out, sent, Utc::now()).await?;
    }

    for (id, items) in bulk {
        let Some(template) = templates.get(&id) else {
            return Err(PortError::new(format!(
                "bulk template {id} is not stored: its destinations wait"
            )));
        };
        let (quiet, items): (Vec<OutboxItem>, Vec<OutboxItem>) =
            items.into_iter().partition(|i| is_suppressed(i));
        if !quiet.is_empty() {
            for i in &quiet {
                tracing::warn!(about = %i.key.about, to = %i.key.to,
                    "not sent: the address hard-bounced or complained");
                out.suppressed.push(i.key.clone());
            }
            let quiet_marks = quiet.iter().map(|i| (i, Some(SUPPRESSED.to_string())));
            mark(outbox, out, quiet_marks, Utc::now()).await?;
        }
        for chunk in items.chunks(BULK_MAX) {
            let entries: Vec<(String, String, OutboxKey)> = chunk
                .iter()
                .filter_map(|i| match &i.effect {
                    Effect::Bulk { address, data, .. } => {
                        Some((address.clone(), data.clone(), i.key.clone()))
                    }
                    _ => None,
                })
                .collect();
            out.bulk_calls += 1;
            let results = match mail.send_bulk(template, &entries).await {
                Ok(r) => r,
                Err(e) => {
                    mark(outbox, out, std::mem::take(&mut carried), Utc::now()).await?;
                    return Err(e);
                }
            };
            let mut sent = std::mem::take(&mut carried);
            let mut refused = Vec::new();
            for (i, r) in chunk.iter().zip(results) {
                match r {
                    Ok(receipt) => sent.push((i, Some(receipt))),
                    Err(reason) => {
                        // Logged by the item's key only: never the address.
                        tracing::warn!(about = %i.key.about, to = %i.key.to, %reason,
                            "SES refused a destination");
                        refused.push(i.clone());
                    }
                }
            }
            // Marked after each call: a crash here re-sends at most its 50.
            mark(outbox, out, sent, Utc::now()).await?;
            if !refused.is_empty() {
                release(outbox, &refused).await?;
                out.refused.extend(refused.into_iter().map(|i| i.key));
            }
        }
    }
    mark(outbox, out, carried, Utc::now()).await?;
    Ok(())
}

async fn mark<'a>(
    outbox: &impl Outbox,
    out: &mut Dispatched,
    items: impl IntoIterator<Item = (&'a OutboxItem, Option<String>)>,
    at: DateTime<Utc>,
) -> Result<(), PortError> {
    let sent: Vec<SentItem> = items
        .into_iter()
        .map(|(i, receipt)| SentItem {
            key: i.key.clone(),
            at,
            receipt,
            on_sent: i.on_sent.clone(),
        })
        .collect();
    if sent.is_empty() {
        return Ok(());
    }
    outbox.mark_sent(&sent).await?;
    count_sent(&sent);
    out.sent.extend(sent.into_iter().map(|s| s.key));
    Ok(())
}

/// The business metrics of what went out (`safety_runtime::metrics`):
/// emails sent or suppressed, sellers told, consumers told.
fn count_sent(sent: &[SentItem]) {
    for s in sent {
        let suppressed = s.receipt.as_deref() == Some(SUPPRESSED);
        if s.key.about.starts_with("queue:") || s.key.to.starts_with("queue:") {
            continue;
        }
        if suppressed {
            metrics::counter!("emails_suppressed").increment(1);
        } else if s.key.to.starts_with("buyer:") || s.key.to.starts_with("seller:") {
            metrics::counter!("emails_sent").increment(1);
        }
        if suppressed {
            continue;
        }
        if matches!(s.on_sent, Some(OnSent::SellerTold { .. })) {
            metrics::counter!("sellers_told").increment(1);
        }
        if s.key.about.starts_with("recall:") && s.key.to.starts_with("buyer:") {
            metrics::counter!("consumers_told").increment(1);
        }
    }
}

async fn release(outbox: &impl Outbox, items: &[OutboxItem]) -> Result<(), PortError> {
    let keys: Vec<OutboxKey> = items.iter().map(|i| i.key.clone()).collect();
    outbox.release(&keys).await
}

/// Carries out a decision's effects whose state is already written: the
/// items not stored yet are written first (their decision was written before
/// they could be: a seller not known then), then everything still to send
/// is sent. Returns what was sent, and how many items wait (held by another
/// delivery, lost to one, refused by SES): the caller fails its message for
/// those, so its retry sends them.
pub async fn deliver(
    store: &(impl Outbox + OutboxWrites),
    mail: &impl Mail,
    queues: &impl Queues,
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<(Dispatched, usize), PortError> {
    deliver_held(store, mail, queues, Vec::new(), effects, now).await
}

/// As [`deliver`], and also sends `held`: items this delivery wrote with
/// its decision, leased to it (so neither read nor claimed again).
pub async fn deliver_held(
    store: &(impl Outbox + OutboxWrites),
    mail: &impl Mail,
    queues: &impl Queues,
    held: Vec<OutboxItem>,
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<(Dispatched, usize), PortError> {
    let mut sorted = sort(store, effects, now).await?;
    if !sorted.new.is_empty() {
        store.write_outbox(&sorted.new, lease_until(now)).await?;
    }
    sorted.new.items.extend(held);
    let busy = sorted.busy.len();
    let sent = send(store, mail, queues, sorted, now).await?;
    let waiting = busy + sent.lost.len() + sent.refused.len();
    Ok((sent, waiting))
}
