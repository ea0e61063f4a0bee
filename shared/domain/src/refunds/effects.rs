//! What a refund decision and a settlement send (SPEC 2), as outbox items
//! ([`crate::outbox`]): the decision's email to the buyer and to each seller
//! of its lines, and the buyer's confirmation once the warehouse checked the
//! return. Each is keyed by the request and its recipient
//! (`refund:<order>/<request>` / `buyer`, `seller:<id>`, `settled`), so a
//! request decided twice is the same items, and carries what the decision
//! records once it went out ([`OnSent::RefundEmailed`]). Pure: the use case
//! writes them with the decision (or the settlement) and the outbox sends
//! them.

use super::email::{buyer_email, seller_email, settlement_email};
use super::request::{RefundRecord, Settlement};
use super::rules::LabelDecision;
use crate::catalog::{Buyer, Seller};
use crate::marketplace::SCHEMA_VERSION;
use crate::notices::render::RenderError;
use crate::outbox::{Effect, Effects, OnSent, OutboxItem, OutboxKey};
use std::collections::{BTreeMap, BTreeSet};

/// The recipient of the buyer's email about the decision.
pub const BUYER: &str = "buyer";
/// The recipient of the buyer's confirmation of a settlement.
pub const SETTLED: &str = "settled";

/// What a request's items are about.
pub fn about(order_id: &str, request_id: &str) -> String {
    format!("refund:{order_id}/{request_id}")
}

/// The recipient of a seller's email about the decision.
pub fn seller(seller_id: &str) -> String {
    format!("seller:{seller_id}")
}

/// The outbox key of a request's email to `to`.
pub fn key(order_id: &str, request_id: &str, to: &str) -> OutboxKey {
    OutboxKey::new(about(order_id, request_id), to)
}

/// The recipient of the decision's `refund_decided` event (the
/// marketplace's orders and payments systems, through the bus).
pub const DECIDED_EVENT: &str = "event:refund_decided";

/// Who the decision's items go to: the buyer, each seller whose lines the
/// request names, and the marketplace (its `refund_decided` event).
pub fn recipients(record: &RefundRecord) -> BTreeSet<String> {
    std::iter::once(BUYER.to_string())
        .chain(record.seller_ids().iter().map(|s| seller(s)))
        .chain(std::iter::once(DECIDED_EVENT.to_string()))
        .collect()
}

/// `refund_decided`: the payments system pays the buyer (from the platform's
/// account, or the seller's for a refund charged to the seller, as a
/// recall's is), the orders system records it.
pub fn decided_event(record: &RefundRecord) -> Option<OutboxItem> {
    let d = &record.decision;
    let payer = match (d.charged_to_seller, record.seller_ids().into_iter().next()) {
        (true, Some(seller_id)) => serde_json::json!({"kind": "seller", "seller_id": seller_id}),
        _ => serde_json::json!({"kind": "platform"}),
    };
    let detail = serde_json::json!({
        "event_id": format!("{}:refund_decided", about(&record.order_id, &record.request_id)),
        "occurred_at": record.decided_at,
        "schema_version": SCHEMA_VERSION,
        "order_id": record.order_id,
        "request_id": record.request_id,
        "buyer_id": record.buyer_id,
        "outcome": record.outcome(),
        "payer": payer,
        "amount": d.refund_amount,
        "payout_method": record.payout,
        "prepaid_label": d.prepaid_label == LabelDecision::Granted,
        "remedy": d.remedy,
        "basis": d.best,
    });
    Some(OutboxItem {
        key: key(&record.order_id, &record.request_id, DECIDED_EVENT),
        effect: Effect::Event {
            detail_type: "refund_decided".to_string(),
            detail: serde_json::to_string(&detail).ok()?,
        },
        on_sent: Some(OnSent::RefundEmailed {
            order_id: record.order_id.clone(),
            request_id: record.request_id.clone(),
            to: DECIDED_EVENT.to_string(),
        }),
    })
}

/// An email that could not be rendered: to whom, and why.
#[derive(Debug)]
pub struct EmailFailed {
    pub to: String,
    pub error: RenderError,
}

/// A decision's emails: the items to write and send, and the sellers whose
/// email waits because the seller is not known yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionEmails {
    pub effects: Effects,
    pub sellers_missing: Vec<String>,
}

/// The decision's emails to its recipients but those in `sent` (recipients
/// whose email went out already): the buyer's, in the buyer's language, and
/// each seller's that `sellers` holds, in the seller's.
pub fn decision_emails(
    record: &RefundRecord,
    buyer: &Buyer,
    sellers: &BTreeMap<String, Seller>,
    sent: &BTreeSet<String>,
) -> Result<DecisionEmails, EmailFailed> {
    let mut out = DecisionEmails::default();
    if !sent.contains(DECIDED_EVENT) {
        out.effects.items.extend(decided_event(record));
    }
    if !sent.contains(BUYER) {
        let email = buyer_email(record, buyer).map_err(|error| EmailFailed {
            to: BUYER.into(),
            error,
        })?;
        out.effects.items.push(item(record, BUYER, email));
    }
    for seller_id in record.seller_ids() {
        let to = seller(&seller_id);
        if sent.contains(&to) {
            continue;
        }
        let Some(s) = sellers.get(&seller_id) else {
            out.sellers_missing.push(seller_id);
            continue;
        };
        let email = seller_email(record, s).map_err(|error| EmailFailed {
            to: to.clone(),
            error,
        })?;
        out.effects.items.push(item(record, &to, email));
    }
    Ok(out)
}

/// The buyer's confirmation of a settlement, as one item.
pub fn settlement_emails(
    record: &RefundRecord,
    settlement: &Settlement,
    buyer: &Buyer,
) -> Result<Effects, EmailFailed> {
    let email = settlement_email(record, settlement, buyer).map_err(|error| EmailFailed {
        to: SETTLED.into(),
        error,
    })?;
    Ok(Effects {
        items: vec![item(record, SETTLED, email)],
        templates: Vec::new(),
    })
}

fn item(record: &RefundRecord, to: &str, email: crate::outbox::Email) -> OutboxItem {
    OutboxItem {
        key: key(&record.order_id, &record.request_id, to),
        effect: Effect::Email { email },
        on_sent: Some(OnSent::RefundEmailed {
            order_id: record.order_id.clone(),
            request_id: record.request_id.clone(),
            to: to.to_string(),
        }),
    }
}

#[cfg(test)]
#[path = "effects_test.rs"]
mod tests;
