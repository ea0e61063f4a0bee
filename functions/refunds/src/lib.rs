//! `refunds`: a buyer's refund request gets a decision under the buyer
//! protection programme and the buyer's statutory rights (SPEC 2), stored with
//! the rules that made it, and the buyer and each seller are emailed in their
//! languages.
//!
//! Idempotent: the decision is stored once per request id (a conditional
//! write); a redelivered request finds it and only sends the emails that did
//! not go out. A new pre-paid label is counted in the same transaction as the
//! decision, and only while the buyer's month has labels left, so two requests
//! decided at once can't both take the third label: the one that loses reads
//! again and is decided again.
//!
//! `return_checked` (the warehouse) settles a decided request whose refund
//! waited for the return: the refund is paid (or not, when the items failed
//! the check), recorded once on the decision, and the buyer gets the
//! confirmation.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use chrono::Utc;
use safety_aws::effects::send_email_once;
use safety_aws::store::{keys, OrderPartition};
use safety_aws::{Mailer, Store, StoreError};
use safety_domain::catalog::{Listing, Order};
use safety_domain::kernel::ids::Country;
use safety_domain::messages::{envelope, MessageError};
use safety_domain::refunds::email::{buyer_email, seller_email, settlement_email};
use safety_domain::refunds::request::{
    decide_request, month_key, settle, RefundRecord, RefundRequested, RefundsMessage,
    RequestContext, RequestProblem, ReturnChecked,
};
use safety_domain::refunds::{LabelDecision, OrderLabel, RefundConfig, DEFAULT_PROTECTION_DAYS};
use safety_runtime::{process_batch, Record};
use std::collections::{BTreeMap, BTreeSet};

pub const FUNCTION: &str = "refunds";

/// How many times a request is decided again after a concurrent request of
/// the same buyer or order changed what it read (labels, the order's label).
const ATTEMPTS: usize = 4;

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
    #[error("message {message_id}, order {order_id}: {source}")]
    Store {
        message_id: String,
        order_id: String,
        #[source]
        source: StoreError,
    },
    /// A fact the decision needs has not arrived yet; retried until it does.
    #[error("message {message_id}: {what} is not known yet; retried until it arrives")]
    NotYet { message_id: String, what: String },
    #[error("message {message_id}, order {order_id}: rendering the {to} email: {reason}")]
    Render {
        message_id: String,
        order_id: String,
        to: String,
        reason: String,
    },
    #[error("message {message_id}, order {order_id}: still changing under concurrent requests after {ATTEMPTS} attempts; retried")]
    Contention {
        message_id: String,
        order_id: String,
    },
}

/// Reads the programme's configuration from the environment:
/// `FREE_RETURN_COUNTRIES` (comma-separated ISO codes; the default list when
/// unset) and `PROTECTION_DAYS` (15 when unset).
pub fn config_from_env() -> Result<RefundConfig, String> {
    let mut config = RefundConfig::default();
    if let Ok(raw) = std::env::var("FREE_RETURN_COUNTRIES") {
        if !raw.trim().is_empty() {
            config.free_return_countries = raw
                .split(',')
                .map(|c| {
                    Country::parse(c.trim())
                        .map_err(|e| format!("FREE_RETURN_COUNTRIES: '{}': {e}", c.trim()))
                })
                .collect::<Result<_, _>>()?;
        }
    }
    if let Ok(raw) = std::env::var("PROTECTION_DAYS") {
        if !raw.trim().is_empty() {
            config.protection_days_after_receipt = raw.trim().parse().map_err(|_| {
                format!(
                    "PROTECTION_DAYS: '{raw}' is not a number of days (default {DEFAULT_PROTECTION_DAYS})"
                )
            })?;
        }
    }
    Ok(config)
}

pub struct Refunds {
    store: Store,
    mailer: Mailer,
    config: RefundConfig,
}

impl Refunds {
    pub fn new(store: Store, mailer: Mailer, config: RefundConfig) -> Refunds {
        Refunds {
            store,
            mailer,
            config,
        }
    }

    pub async fn handle_event(&self, event: SqsEvent) -> SqsBatchResponse {
        process_batch(event, FUNCTION, |r| self.handle(r)).await
    }

    pub async fn handle(&self, record: Record) -> Result<Outcome, RefundError> {
        let (id, msg) = RefundsMessage::parse(envelope(&record.body, &record.sqs_message_id)?)?;
        match msg {
            RefundsMessage::Requested(req) => self.request(id, req).await,
            RefundsMessage::ReturnChecked(check) => self.return_checked(id, check).await,
        }
    }

    /// A warehouse check: settle once, then confirm to the buyer once.
    async fn return_checked(
        &self,
        id: String,
        check: ReturnChecked,
    ) -> Result<Outcome, RefundError> {
        let st = |source| RefundError::Store {
            message_id: id.clone(),
            order_id: check.order_id.clone(),
            source,
        };
        for _attempt in 0..2 {
            let part = self
                .store
                .order_partition(&check.order_id)
                .await
                .map_err(st)?;
            let (Some(order), Some(record)) = (&part.order, part.refund(&check.request_id)) else {
                return Err(RefundError::NotYet {
                    message_id: id.clone(),
                    what: format!(
                        "the decision on request {} of order {}",
                        check.request_id, check.order_id
                    ),
                });
            };
            let settlement = match &record.settlement {
                Some(s) if s.check_id == id => s.clone(),
                _ => {
                    let s = settle(record, &id, &check).map_err(|(field, reason)| {
                        RefundError::Message(MessageError::new(&id, field, reason))
                    })?;
                    if !self.store.settle_refund(record, &s).await.map_err(st)? {
                        continue; // settled meanwhile: read again
                    }
                    tracing::info!(request_id = %check.request_id, order_id = %check.order_id,
                        passed = s.passed, "refund settled");
                    s
                }
            };
            let key = keys::refund_email(&order.order_id, &check.request_id, "settled");
            let mut emails_sent = 0;
            if !part.emails_sent.contains(&key.1) {
                let email = settlement_email(record, &settlement, &order.buyer).map_err(|e| {
                    RefundError::Render {
                        message_id: id.clone(),
                        order_id: order.order_id.clone(),
                        to: "buyer".into(),
                        reason: e.to_string(),
                    }
                })?;
                if send_email_once(&self.store, &self.mailer, key, &email)
                    .await
                    .map_err(st)?
                {
                    emails_sent += 1;
                }
            }
            return Ok(Outcome::Settled {
                request_id: check.request_id,
                passed: settlement.passed,
                emails_sent,
            });
        }
        Err(RefundError::Contention {
            message_id: id,
            order_id: check.order_id,
        })
    }

    /// A refund request: decide once, then email the buyer and the sellers once.
    async fn request(&self, id: String, req: RefundRequested) -> Result<Outcome, RefundError> {
        let st = |source| RefundError::Store {
            message_id: id.clone(),
            order_id: req.order_id.clone(),
            source,
        };
        for _attempt in 0..ATTEMPTS {
            let part = self
                .store
                .order_partition(&req.order_id)
                .await
                .map_err(st)?;
            let Some(order) = &part.order else {
                return Err(RefundError::NotYet {
                    message_id: id.clone(),
                    what: format!("order {}", req.order_id),
                });
            };
            if let Some(done) = part.refund(&id) {
                let emails_sent = self.send_emails(&id, done, order, &part).await?;
                return Ok(Outcome::AlreadyDecided {
                    request_id: id,
                    emails_sent,
                });
            }
            let record = self.decide(&id, &req, order, &part).await?;
            match self
                .store
                .record_refund(&record, part.refunds_version)
                .await
            {
                Ok(()) => {
                    tracing::info!(request_id = %id, order_id = %req.order_id,
                        reason = ?req.reason, explanation = %record.decision.explanation,
                        "refund request decided");
                    let emails_sent = self.send_emails(&id, &record, order, &part).await?;
                    return Ok(Outcome::Decided {
                        request_id: id,
                        outcome: record.outcome(),
                        label: record.decision.prepaid_label,
                        emails_sent,
                    });
                }
                // Decided meanwhile, the month's labels ran out, or the order
                // had another decision or got its label: read again.
                Err(StoreError::Conflict(_)) => continue,
                Err(e) => return Err(st(e)),
            }
        }
        Err(RefundError::Contention {
            message_id: id,
            order_id: req.order_id,
        })
    }

    /// Reads the facts the decision needs beyond the order, and decides. The
    /// buyer's label count is read only when the decision wants a new label.
    async fn decide(
        &self,
        id: &str,
        req: &RefundRequested,
        order: &Order,
        part: &OrderPartition,
    ) -> Result<RefundRecord, RefundError> {
        let st = |source| RefundError::Store {
            message_id: id.to_string(),
            order_id: req.order_id.clone(),
            source,
        };
        let problem = |p: RequestProblem| {
            if p.retry {
                RefundError::NotYet {
                    message_id: id.to_string(),
                    what: format!("{} ({})", p.reason, p.field),
                }
            } else {
                RefundError::Message(MessageError::new(id, p.field, p.reason))
            }
        };
        let ids: BTreeSet<String> = req.lines.iter().map(|l| l.listing_id.clone()).collect();
        let listings = self.store.get_listings(&ids).await.map_err(st)?;
        let recalled = self
            .recalled_in(&listings, order.market())
            .await
            .map_err(st)?;
        let mut ctx = RequestContext {
            listings: listings.iter().map(|(k, v)| (k.clone(), v)).collect(),
            recalled,
            earlier: part.refunds.iter().collect(),
            labels_used_this_month: 0,
            order_label: if part.label_request.is_some() {
                OrderLabel::IssuedUnused
            } else {
                OrderLabel::None
            },
        };
        let now = Utc::now();
        let record = decide_request(id, req, order, &ctx, &self.config, now).map_err(problem)?;
        if record.decision.prepaid_label != LabelDecision::Granted {
            return Ok(record);
        }
        ctx.labels_used_this_month = self
            .store
            .labels_used(&req.buyer_id, &month_key(req.requested_at))
            .await
            .map_err(st)?;
        decide_request(id, req, order, &ctx, &self.config, now).map_err(problem)
    }

    /// The listings under an active recall measure in the order's market.
    async fn recalled_in(
        &self,
        listings: &BTreeMap<String, Listing>,
        market: &Country,
    ) -> Result<BTreeSet<String>, StoreError> {
        let mut out = BTreeSet::new();
        for (id, listing) in listings {
            let measures = self.store.get_measures(id).await?;
            if measures.iter().any(|(m, reversed)| {
                !reversed && m.is_recall() && m.blocked_markets(&listing.markets).contains(market)
            }) {
                out.insert(id.clone());
            }
        }
        Ok(out)
    }

    /// Emails the buyer and each seller of the request's lines, each once.
    async fn send_emails(
        &self,
        id: &str,
        record: &RefundRecord,
        order: &Order,
        part: &OrderPartition,
    ) -> Result<usize, RefundError> {
        let st = |source| RefundError::Store {
            message_id: id.to_string(),
            order_id: order.order_id.clone(),
            source,
        };
        let render =
            |to: &str, e: safety_domain::notices::render::RenderError| RefundError::Render {
                message_id: id.to_string(),
                order_id: order.order_id.clone(),
                to: to.to_string(),
                reason: e.to_string(),
            };
        let mut sent = 0;
        let key = keys::refund_email(&order.order_id, id, "buyer");
        if !part.emails_sent.contains(&key.1) {
            let email = buyer_email(record, &order.buyer).map_err(|e| render("buyer", e))?;
            if send_email_once(&self.store, &self.mailer, key, &email)
                .await
                .map_err(st)?
            {
                sent += 1;
            }
        }
        let pending: BTreeSet<String> = record
            .seller_ids()
            .into_iter()
            .filter(|s| {
                let key = keys::refund_email(&order.order_id, id, &format!("seller#{s}"));
                !part.emails_sent.contains(&key.1)
            })
            .collect();
        if pending.is_empty() {
            return Ok(sent);
        }
        let sellers = self.store.get_sellers(&pending).await.map_err(st)?;
        let mut missing = Vec::new();
        for seller_id in &pending {
            let Some(seller) = sellers.get(seller_id) else {
                missing.push(seller_id.clone());
                continue;
            };
            let email = seller_email(record, seller).map_err(|e| render("seller", e))?;
            let key = keys::refund_email(&order.order_id, id, &format!("seller#{seller_id}"));
            if send_email_once(&self.store, &self.mailer, key, &email)
                .await
                .map_err(st)?
            {
                sent += 1;
            }
        }
        if !missing.is_empty() {
            return Err(RefundError::NotYet {
                message_id: id.to_string(),
                what: format!(
                    "seller(s) {} (the decision is stored; their email waits)",
                    missing.join(", ")
                ),
            });
        }
        Ok(sent)
    }
}
