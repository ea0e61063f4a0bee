//! `refunds`: a buyer's refund request gets a decision under the buyer
//! protection programme and the buyer's statutory rights (SPEC 2), stored with
//! the rules that made it, and the buyer and each seller are emailed in their
//! languages; a warehouse's `return_checked` settles a decided request whose
//! refund waited for the return, and the buyer gets the confirmation.
//!
//! The use case reads the order's partition (the order, its decisions, its
//! label, which of their emails went out), the listings and their measures,
//! the buyer's labels of the month when the decision wants a new one, and the
//! sellers; the domain decides (`refunds::request`) and renders the emails as
//! outbox items (`refunds::effects`); one transaction writes the decision,
//! its label and the month's count, and the items, leased to this delivery;
//! then the outbox sends them and marks each sent on the decision.
//!
//! Idempotent without a message marker: the decision is written once per
//! request id, and its items once per recipient. A redelivery finds the
//! decision in the partition it reads anyway; when every email went out it
//! stops there, otherwise it sends what is still pending (claiming items an
//! interrupted delivery left) and writes the seller items that waited for
//! their seller. Two requests decided at once can't both take the month's
//! third label or refund one item twice: the one whose transaction is
//! refused reads again and is decided again.

use crate::outbox::{self, lease_until, Dispatched, Sorted};
use crate::ports::{Mail, OrderRefunds, Outbox, PortError, Queues, Refunds};
use chrono::{DateTime, Utc};
use safety_domain::catalog::Order;
use safety_domain::messages::{envelope, MessageError};
use safety_domain::outbox::Effects;
use safety_domain::refunds::effects::{
    self as emails, decision_emails, settlement_emails, EmailFailed, BUYER, SETTLED,
};
use safety_domain::refunds::request::{
    check_request, decide_request, month_key, order_label, recalled_listings, CheckOutcome,
    RefundRecord, RefundRequested, RefundsMessage, RequestContext, RequestProblem, ReturnChecked,
};
use safety_domain::refunds::{LabelDecision, RefundConfig};
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "refunds";

/// How many times a request is decided again after a concurrent request of
/// the same buyer or order changed what it read (labels, the order's label).
const ATTEMPTS: usize = 4;

/// How many times a check is read again after another delivery settled the
/// request in between.
const SETTLE_ATTEMPTS: usize = 2;

/// How many times a decision's missing items are written when another
/// delivery wrote one of them in between (each time after reading them again).
const WRITE_ATTEMPTS: usize = 3;

/// What one message did, for the log and the tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Decided {
        request_id: String,
        /// `granted`, `partly_granted` or `refused`.
        outcome: &'static str,
        label: LabelDecision,
        emails_sent: usize,
    },
    /// Decided before (a redelivery): only emails that had not gone out were sent.
    AlreadyDecided {
        request_id: String,
        emails_sent: usize,
    },
    /// The warehouse's check settled the request (this delivery or an
    /// earlier one of the same check): refund paid when `passed`.
    Settled {
        request_id: String,
        passed: bool,
        emails_sent: usize,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum RefundError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("order {order_id}: {source}")]
    Port {
        order_id: String,
        #[source]
        source: PortError,
    },
    /// A fact the decision needs has not arrived yet; retried until it does.
    #[error("{what} is not known yet; retried until it arrives")]
    NotYet { what: String },
    #[error("order {order_id}: rendering the {to} email: {reason}")]
    Render {
        order_id: String,
        to: String,
        reason: String,
    },
    #[error("order {order_id}: still changing under concurrent requests after {attempts} attempts; retried")]
    Contention { order_id: String, attempts: usize },
    /// Some of the decision's emails did not go out (SES refused them, or
    /// another delivery holds them now); the message is retried for them.
    #[error("order {order_id}: {reason}; retried for them")]
    Unsent { order_id: String, reason: String },
}

/// The adapters a refund needs: the store (reads, the decisions' writes, the
/// outbox), mail and the bus (`refund_decided`); and the programme's
/// configuration.
pub struct Ports<'a, S, M, Q> {
    pub store: &'a S,
    pub mail: &'a M,
    pub queues: &'a Q,
    pub config: &'a RefundConfig,
}

/// Handles one message of the refunds queue at `now`.
pub async fn handle<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    body: &str,
    fallback_id: &str,
    now: DateTime<Utc>,
) -> Result<Outcome, RefundError>
where
    S: Refunds + Outbox,
    M: Mail,
    Q: Queues,
{
    let (id, msg) = RefundsMessage::parse(envelope(body, fallback_id)?)?;
    match msg {
        RefundsMessage::Requested(req) => request(ports, &id, &req, now).await,
        RefundsMessage::ReturnChecked(check) => return_checked(ports, &id, &check, now).await,
    }
}

/// The order an error names (the message's id is on the per-message span,
/// `safety_runtime::process_batch`), and the message id that keys the
/// decision and names a message error.
struct At<'a> {
    message_id: &'a str,
    order_id: &'a str,
}

impl At<'_> {
    fn port(&self, source: PortError) -> RefundError {
        RefundError::Port {
            order_id: self.order_id.to_string(),
            source,
        }
    }

    fn not_yet(&self, what: String) -> RefundError {
        RefundError::NotYet { what }
    }

    fn render(&self, e: EmailFailed) -> RefundError {
        RefundError::Render {
            order_id: self.order_id.to_string(),
            to: e.to,
            reason: e.error.to_string(),
        }
    }

    fn contention(&self, attempts: usize) -> RefundError {
        RefundError::Contention {
            order_id: self.order_id.to_string(),
            attempts,
        }
    }

    fn problem(&self, p: RequestProblem) -> RefundError {
        if p.retry {
            self.not_yet(format!("{} ({})", p.reason, p.field))
        } else {
            RefundError::Message(MessageError::new(self.message_id, p.field, p.reason))
        }
    }

    /// Ok when everything the delivery was to send went out; else the error
    /// that has the message retried for the rest.
    fn all_out(
        &self,
        sorted: &Sorted,
        dispatched: &Dispatched,
        sellers_missing: &[String],
    ) -> Result<(), RefundError> {
        let held = dispatched.lost.len() + sorted.busy.len();
        if held + dispatched.refused.len() > 0 {
            return Err(RefundError::Unsent {
                order_id: self.order_id.to_string(),
                reason: format!(
                    "{} email(s) not sent ({} refused by SES, {} held by another delivery)",
                    held + dispatched.refused.len(),
                    dispatched.refused.len(),
                    held
                ),
            });
        }
        if !sellers_missing.is_empty() {
            return Err(self.not_yet(format!(
                "seller(s) {} (the decision is stored; their email waits)",
                sellers_missing.join(", ")
            )));
        }
        Ok(())
    }
}

/// Sends the items a write just stored (new, leased to this delivery: no
/// read, no claim).
async fn send_new<S: Outbox, M: Mail, Q: Queues>(
    ports: &Ports<'_, S, M, Q>,
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<Dispatched, PortError> {
    let sorted = Sorted {
        new: effects,
        ..Sorted::default()
    };
    outbox::send(ports.store, ports.mail, ports.queues, sorted, now).await
}

/// A refund request: decide once, then email the buyer and the sellers once.
async fn request<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    id: &str,
    req: &RefundRequested,
    now: DateTime<Utc>,
) -> Result<Outcome, RefundError>
where
    S: Refunds + Outbox,
    M: Mail,
    Q: Queues,
{
    let at = At {
        message_id: id,
        order_id: &req.order_id,
    };
    for _attempt in 0..ATTEMPTS {
        let part = ports
            .store
            .order_refunds(&req.order_id)
            .await
            .map_err(|e| at.port(e))?;
        let Some(order) = &part.order else {
            return Err(at.not_yet(format!("order {}", req.order_id)));
        };
        if let Some(done) = part.refund(id) {
            let emails_sent = finish_decision(ports, &at, done, order, &part, now).await?;
            return Ok(Outcome::AlreadyDecided {
                request_id: id.to_string(),
                emails_sent,
            });
        }
        let record = decide(ports, &at, req, order, &part, now).await?;
        let sellers = ports
            .store
            .sellers(&record.seller_ids())
            .await
            .map_err(|e| at.port(e))?;
        let planned = decision_emails(&record, &order.buyer, &sellers, &BTreeSet::new())
            .map_err(|e| at.render(e))?;
        match ports
            .store
            .record_refund(
                &record,
                part.refunds_version,
                &planned.effects,
                lease_until(now),
            )
            .await
        {
            Ok(()) => {
                tracing::info!(request_id = %id, order_id = %req.order_id,
                    reason = ?req.reason, explanation = %record.decision.explanation,
                    "refund request decided");
                metrics::counter!("refunds_decided").increment(1);
                // The decision's items did not exist before its transaction
                // (they are written with it): all new, leased to us.
                let dispatched = send_new(ports, planned.effects, now)
                    .await
                    .map_err(|e| at.port(e))?;
                at.all_out(&Sorted::default(), &dispatched, &planned.sellers_missing)?;
                return Ok(Outcome::Decided {
                    request_id: id.to_string(),
                    outcome: record.outcome(),
                    label: record.decision.prepaid_label,
                    emails_sent: emails_in(&dispatched),
                });
            }
            // Decided meanwhile, the month's labels ran out, or the order
            // had another decision or got its label: read again.
            Err(e) if e.conflict => continue,
            Err(e) => return Err(at.port(e)),
        }
    }
    Err(at.contention(ATTEMPTS))
}

/// Reads the facts the decision needs beyond the order, and decides. The
/// buyer's label count is read only when the decision wants a new label.
async fn decide<S: Refunds, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    at: &At<'_>,
    req: &RefundRequested,
    order: &Order,
    part: &OrderRefunds,
    now: DateTime<Utc>,
) -> Result<RefundRecord, RefundError> {
    let ids: BTreeSet<String> = req.lines.iter().map(|l| l.listing_id.clone()).collect();
    let listings = ports.store.listings(&ids).await.map_err(|e| at.port(e))?;
    let mut measures = BTreeMap::new();
    for listing_id in listings.keys() {
        let m = ports
            .store
            .measures(listing_id)
            .await
            .map_err(|e| at.port(e))?;
        measures.insert(listing_id.clone(), m);
    }
    let mut ctx = RequestContext {
        listings: listings.iter().map(|(k, v)| (k.clone(), v)).collect(),
        recalled: recalled_listings(&listings, &measures, order.market()),
        earlier: part.refunds.iter().collect(),
        labels_used_this_month: 0,
        order_label: order_label(part.label_request.as_deref()),
    };
    let config = ports.config;
    let record =
        decide_request(at.message_id, req, order, &ctx, config, now).map_err(|p| at.problem(p))?;
    if record.decision.prepaid_label != LabelDecision::Granted {
        return Ok(record);
    }
    ctx.labels_used_this_month = ports
        .store
        .labels_used(&req.buyer_id, &month_key(req.requested_at))
        .await
        .map_err(|e| at.port(e))?;
    decide_request(at.message_id, req, order, &ctx, config, now).map_err(|p| at.problem(p))
}

/// A stored decision's emails that have not gone out: rendered again (the
/// sellers read for those still to tell), the items it lacks written, then
/// everything pending sent. Nothing to do (no further read) when the
/// partition says every email went out.
async fn finish_decision<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    at: &At<'_>,
    record: &RefundRecord,
    order: &Order,
    part: &OrderRefunds,
    now: DateTime<Utc>,
) -> Result<usize, RefundError>
where
    S: Refunds + Outbox,
    M: Mail,
    Q: Queues,
{
    let sent = part.sent_to(&emails::about(&record.order_id, &record.request_id));
    let sellers_left: BTreeSet<String> = record
        .seller_ids()
        .into_iter()
        .filter(|s| !sent.contains(&emails::seller(s)))
        .collect();
    if sent.contains(BUYER) && sellers_left.is_empty() {
        return Ok(0);
    }
    let sellers = if sellers_left.is_empty() {
        BTreeMap::new()
    } else {
        ports
            .store
            .sellers(&sellers_left)
            .await
            .map_err(|e| at.port(e))?
    };
    let planned =
        decision_emails(record, &order.buyer, &sellers, &sent).map_err(|e| at.render(e))?;
    let (sorted, dispatched) = write_and_send(ports, planned.effects, now)
        .await
        .map_err(|e| at.port(e))?;
    at.all_out(&sorted, &dispatched, &planned.sellers_missing)?;
    Ok(emails_in(&dispatched))
}

/// Sorts a stored decision's items against the outbox, writes those it
/// lacks (leased to this delivery), then sends what it holds. A write that
/// loses an item to a concurrent delivery reads the items again.
async fn write_and_send<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    effects: Effects,
    now: DateTime<Utc>,
) -> Result<(Sorted, Dispatched), PortError>
where
    S: Refunds + Outbox,
    M: Mail,
    Q: Queues,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        let sorted = outbox::sort(ports.store, effects.clone(), now).await?;
        let written = if sorted.new.is_empty() {
            Ok(())
        } else {
            ports
                .store
                .record_refund_emails(&sorted.new, lease_until(now))
                .await
        };
        match written {
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

/// A warehouse check: settle once, then confirm to the buyer once.
async fn return_checked<S, M, Q>(
    ports: &Ports<'_, S, M, Q>,
    id: &str,
    check: &ReturnChecked,
    now: DateTime<Utc>,
) -> Result<Outcome, RefundError>
where
    S: Refunds + Outbox,
    M: Mail,
    Q: Queues,
{
    let at = At {
        message_id: id,
        order_id: &check.order_id,
    };
    for _attempt in 0..SETTLE_ATTEMPTS {
        let part = ports
            .store
            .order_refunds(&check.order_id)
            .await
            .map_err(|e| at.port(e))?;
        let (Some(order), Some(record)) = (&part.order, part.refund(&check.request_id)) else {
            return Err(at.not_yet(format!(
                "the decision on request {} of order {}",
                check.request_id, check.order_id
            )));
        };
        let outcome = check_request(record, id, check).map_err(|(field, reason)| {
            RefundError::Message(MessageError::new(id, field, reason))
        })?;
        let settled = |passed, emails_sent| Outcome::Settled {
            request_id: check.request_id.clone(),
            passed,
            emails_sent,
        };
        match outcome {
            CheckOutcome::Settles(s) => {
                let effects =
                    settlement_emails(record, &s, &order.buyer).map_err(|e| at.render(e))?;
                match ports
                    .store
                    .record_settlement(record, &s, &effects, lease_until(now))
                    .await
                {
                    Ok(()) => {
                        tracing::info!(request_id = %check.request_id, order_id = %check.order_id,
                            passed = s.passed, "refund settled");
                        let dispatched = send_new(ports, effects, now)
                            .await
                            .map_err(|e| at.port(e))?;
                        at.all_out(&Sorted::default(), &dispatched, &[])?;
                        return Ok(settled(s.passed, emails_in(&dispatched)));
                    }
                    // Settled meanwhile: read again.
                    Err(e) if e.conflict => continue,
                    Err(e) => return Err(at.port(e)),
                }
            }
            CheckOutcome::SettledBefore(s) => {
                let about = emails::about(&record.order_id, &record.request_id);
                if part.sent_to(&about).contains(SETTLED) {
                    return Ok(settled(s.passed, 0));
                }
                let effects =
                    settlement_emails(record, &s, &order.buyer).map_err(|e| at.render(e))?;
                let (sorted, dispatched) = write_and_send(ports, effects, now)
                    .await
                    .map_err(|e| at.port(e))?;
                at.all_out(&sorted, &dispatched, &[])?;
                return Ok(settled(s.passed, emails_in(&dispatched)));
            }
        }
    }
    Err(at.contention(SETTLE_ATTEMPTS))
}

/// The emails among what went out (the rest is the decision's event).
fn emails_in(dispatched: &Dispatched) -> usize {
    dispatched
        .sent
        .iter()
        .filter(|k| k.to != safety_domain::refunds::effects::DECIDED_EVENT)
        .count()
}

#[cfg(test)]
#[path = "refunds_test.rs"]
mod tests;
