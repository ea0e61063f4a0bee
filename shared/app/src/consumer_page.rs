//! `consumer-notices`: one page of a case's consumer recall (one market), of
//! a block's order stop (one market) or of a compliance reminder (every
//! market) at a time. Reads the page's context in one read and a page of
//! the listing's order lines in one query; the domain plans the page (one
//! shipped order per buyer told, unshipped orders stopped, cancelled orders
//! skipped, the seller's liability for the others) and returns its effects:
//! each buyer told once per recall or report, in their language, each
//! stopped order's `order_stop_requested` and cancellation email once, and
//! the next page. The use case writes the liabilities and the new outbox items
//! (leased to it), then the outbox sends them, bulk 50 a call; a delivery
//! again finds them sent.

use crate::outbox::{self, lease_until, Dispatched, Sorted};
use crate::ports::{ConsumerRecalls, Idempotency, Mail, Outbox, PortError, Queues};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Listing;
use safety_domain::ledger::violations::{NoticePage, ReminderPage};
use safety_domain::messages::{envelope, ConsumerRecallPage, MessageError, PageKind};
use safety_domain::notices::consumer::{
    plan_recall_page, plan_reminder_page, plan_stop_page, Liability, ProductView,
};
use safety_domain::notices::pages::{
    recall_page_effects, reminder_page_effects, stop_page_effects,
};
use safety_domain::outbox::{Effect, Effects, OutboxKey};

pub const FUNCTION: &str = "consumer-notices";

/// Order lines read per page: two bulk calls of 50 at most.
pub const PAGE_SIZE: usize = 100;

/// How many times a page's write is tried when another delivery wrote one
/// of its items in between (each time after reading them again).
const WRITE_ATTEMPTS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub duplicate: bool,
    /// Consumers emailed by this delivery (recall notices and reminders).
    pub sent: usize,
    /// Unshipped orders stopped by this delivery (each its event and its
    /// buyer's cancellation email).
    pub stopped: usize,
    /// Buyers of this page told before (another order, listing, page or delivery).
    pub already_told: usize,
    /// SES bulk calls made.
    pub bulk_calls: usize,
    /// The page has a next page (queued by this delivery or an earlier one).
    pub next_page: bool,
}

/// Why a page failed. A message error names its message; the others name
/// what they are about: the message's id is on the per-message span
/// (`safety_runtime::process_batch`), on every line logged for it.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("{about}: {source}")]
    Port {
        about: String,
        #[source]
        source: PortError,
    },
    #[error("{about}: {reason}")]
    Failed { about: String, reason: String },
}

pub use crate::ports::Ports;

/// Handles one message of the consumer-notices queue at `now`.
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
) -> Result<Outcome, PageError>
where
    S: ConsumerRecalls + Outbox + Idempotency,
    M: Mail,
    Q: Queues,
{
    let (id, page) = NoticePage::parse(envelope(body, fallback_id)?)?;
    let about = match &page {
        NoticePage::Recall(p) => format!("case {}", p.case_id),
        NoticePage::Reminder(p) => format!("report {}", p.report_id),
    };
    let port = |source| PageError::Port {
        about: about.clone(),
        source,
    };
    if ports.store.done(FUNCTION, &id).await.map_err(port)? {
        return Ok(Outcome {
            duplicate: true,
            ..Outcome::default()
        });
    }
    let decided = match page {
        NoticePage::Recall(page) => recall_page(ports.store, &id, &about, page, now).await?,
        NoticePage::Reminder(page) => reminder_page(ports.store, &id, &about, page).await?,
    };
    let next_page = decided
        .effects
        .items
        .iter()
        .any(|i| matches!(i.effect, Effect::Message { .. }));
    let (sorted, dispatched) = write_and_send(ports, &decided.liabilities, decided.effects, now)
        .await
        .map_err(port)?;
    let buyers = |keys: &[OutboxKey]| {
        keys.iter()
            .filter(|k| k.to.starts_with("buyer:") && !k.about.starts_with("order:"))
            .count()
    };
    let stopped = dispatched
        .sent
        .iter()
        .filter(|k| k.about.starts_with("order:") && k.to.starts_with("event:"))
        .count();
    let outcome = Outcome {
        duplicate: false,
        sent: buyers(&dispatched.sent),
        stopped,
        already_told: buyers(&sorted.sent_before),
        bulk_calls: dispatched.bulk_calls,
        next_page,
    };
    let waiting = dispatched.refused.len() + dispatched.lost.len() + sorted.busy.len();
    if waiting > 0 {
        return Err(PageError::Failed {
            about,
            reason: format!(
                "{} of this page's items were not sent ({} refused by SES, {} held by another \
                 delivery); the page is retried for them",
                waiting,
                dispatched.refused.len(),
                dispatched.lost.len() + sorted.busy.len()
            ),
        });
    }
    ports
        .store
        .mark_done(FUNCTION, &id, Utc::now())
        .await
        .map_err(port)?;
    Ok(outcome)
}

/// A page's decision: the liabilities it records and its effects.
struct Decided {
    liabilities: Vec<(String, Liability)>,
    effects: Effects,
}

async fn recall_page(
    store: &impl ConsumerRecalls,
    id: &str,
    about: &str,
    page: ConsumerRecallPage,
    now: DateTime<Utc>,
) -> Result<Decided, PageError> {
    let port = |source| PageError::Port {
        about: about.to_string(),
        source,
    };
    let failed = |reason: String| PageError::Failed {
        about: about.to_string(),
        reason,
    };
    // A page names its case, one of the case's markets and a cursor we
    // issued; anything else is a message error, never a page of 0 sent.
    let wrong =
        |field: &str, reason: &str| PageError::Message(MessageError::new(id, field, reason));
    let ctx = store.page_context(&page.case_id).await.map_err(port)?;
    let Some(case) = ctx.case else {
        return Err(wrong("case_id", "names no case"));
    };
    if !case.markets.contains(&page.market) {
        return Err(wrong("market", "is not one of the case's markets"));
    }
    if let Some(cursor) = &page.cursor {
        if !store.cursor_is_ours(&case.listing_id, Some(&page.market), cursor) {
            return Err(wrong(
                "cursor",
                "is not a cursor we issued for this case's order lines in this market",
            ));
        }
    }
    if page.kind == PageKind::OrderStop && !case.state.blocks() {
        // Lifted (upheld), dismissed or never blocked: nothing to stop.
        tracing::info!(case_id = %case.case_id, state = case.state.as_str(), "no order stop: the case blocks nothing");
        return Ok(Decided {
            liabilities: Vec::new(),
            effects: Effects::default(),
        });
    }
    if page.kind == PageKind::Recall && case.consumer_recall.is_none() {
        return Err(failed("the case's consumer recall has not started".into()));
    }
    let recall = ctx
        .recall
        .ok_or_else(|| failed(format!("recall {} is missing", case.recall_id)))?;
    let listing = ctx
        .listing
        .ok_or_else(|| failed(format!("listing {} is missing", case.listing_id)))?;
    let cursor = page.cursor.as_deref();
    let (lines, next) = match page.kind {
        PageKind::Recall => {
            store
                .order_lines(&case.listing_id, Some(&page.market), cursor, PAGE_SIZE)
                .await
        }
        PageKind::OrderStop => {
            store
                .unshipped_lines(&case.listing_id, &page.market, cursor, PAGE_SIZE)
                .await
        }
    }
    .map_err(port)?;
    let next = next.map(|cursor| page.next(cursor));
    let product = product_of(&listing);
    let (plan, effects) = match page.kind {
        PageKind::Recall => {
            let plan = plan_recall_page(&case, &lines);
            let effects =
                recall_page_effects(&recall, &product, &case, &page, &plan, next.as_ref(), now);
            (plan, effects)
        }
        PageKind::OrderStop => {
            let plan = plan_stop_page(&case, &lines);
            let effects = stop_page_effects(&recall, &product, &case, &plan, next.as_ref(), now);
            (plan, effects)
        }
    };
    let effects = effects.map_err(|e| failed(e.to_string()))?;
    // The seller bears the remedies of every order of the page.
    let liabilities = plan
        .liabilities
        .into_iter()
        .map(|l| (case.seller_id.clone(), l))
        .collect();
    Ok(Decided {
        liabilities,
        effects,
    })
}

async fn reminder_page(
    store: &impl ConsumerRecalls,
    id: &str,
    about: &str,
    page: ReminderPage,
) -> Result<Decided, PageError> {
    let port = |source| PageError::Port {
        about: about.to_string(),
        source,
    };
    let failed = |reason: String| PageError::Failed {
        about: about.to_string(),
        reason,
    };
    let wrong =
        |field: &str, reason: &str| PageError::Message(MessageError::new(id, field, reason));
    let (report, listing) = store
        .report_context(&page.report_id, &page.listing_id)
        .await
        .map_err(port)?;
    let Some(report) = report else {
        return Err(wrong("report_id", "names no report"));
    };
    if report.listing_id.as_deref() != Some(page.listing_id.as_str()) {
        return Err(wrong("listing_id", "is not the report's listing"));
    }
    if let Some(cursor) = &page.cursor {
        if !store.cursor_is_ours(&page.listing_id, None, cursor) {
            return Err(wrong(
                "cursor",
                "is not a cursor we issued for this listing's order lines",
            ));
        }
    }
    let reminder = report
        .compliance_reminder
        .as_ref()
        .ok_or_else(|| failed("the report asks for no compliance reminder".into()))?;
    let listing =
        listing.ok_or_else(|| failed(format!("listing {} is missing", page.listing_id)))?;
    let (lines, next) = store
        .order_lines(&page.listing_id, None, page.cursor.as_deref(), PAGE_SIZE)
        .await
        .map_err(port)?;
    let plan = plan_reminder_page(&lines);
    let next = next.map(|cursor| ReminderPage {
        report_id: page.report_id.clone(),
        listing_id: page.listing_id.clone(),
        cursor: Some(cursor),
    });
    let effects = reminder_page_effects(
        &page.report_id,
        reminder,
        &product_of(&listing),
        &plan,
        next.as_ref(),
    )
    .map_err(|e| failed(e.to_string()))?;
    Ok(Decided {
        liabilities: Vec::new(),
        effects,
    })
}

/// Writes the page's decision (its new items leased to this delivery), then
/// sends what it holds. A write that loses an item to a concurrent delivery
/// reads the items again and writes what is still new.
async fn write_and_send<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    liabilities: &[(String, Liability)],
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<(Sorted, Dispatched), PortError>
where
    S: ConsumerRecalls + Outbox,
    M: Mail,
    Q: Queues,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        let sorted = outbox::sort(ports.store, effects.clone(), now).await?;
        match ports
            .store
            .record_page(liabilities, &sorted.new, lease_until(now))
            .await
        {
            Ok(()) => {
                let report = Sorted {
                    new: Effects::default(),
                    ..sorted.clone()
                };
                let dispatched =
                    outbox::send(ports.store, ports.mail, ports.queues, sorted, now).await?;
                return Ok((report, dispatched));
            }
            Err(e) if e.conflict && attempt < WRITE_ATTEMPTS => continue,
            Err(e) => return Err(e),
        }
    }
}

fn product_of(listing: &Listing) -> ProductView {
    ProductView {
        listing_id: listing.listing_id.clone(),
        listing_title: listing.title.clone(),
        brand: listing.brand.clone(),
        model: listing.model.clone(),
        batches: listing.batches.clone(),
        image_url: listing.image_url.clone(),
    }
}

#[cfg(test)]
#[path = "consumer_page_test.rs"]
mod tests;
