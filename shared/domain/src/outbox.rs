//! The outbox (ARCHITECTURE, "The outbox"): every effect that leaves the back
//! office is an item a decision returns, written in the same transaction as
//! the state change that decided it and sent after the commit.
//!
//! An item is keyed by what it is about and who receives it, so the same
//! decision made twice is the same item, and a recipient told once of a
//! thing is told once however many deliveries decide it. Pure data: the use
//! cases write and dispatch it through their ports. At the ground with the
//! kernel: it knows what an email is, not what one says.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A rendered email, ready for SES (rendered by `notices::render`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// An SES bulk template: subject, text and HTML with SES placeholders
/// (`{{name}}`) for the per-destination replacement data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkTemplate {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Where an item is (what, to whom): the identity that makes a decision made
/// twice one item.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OutboxKey {
    /// What it is about: `recall:<id>`, `refund:<order>/<request>`, ...
    pub about: String,
    /// Who receives it: `buyer:<id>`, `seller:<id>`, `queue:<name>#<message id>`, ...
    pub to: String,
}

impl OutboxKey {
    pub fn new(about: impl Into<String>, to: impl Into<String>) -> OutboxKey {
        OutboxKey {
            about: about.into(),
            to: to.into(),
        }
    }
}

/// The queues an outbox item can put a message on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueName {
    /// `consumer-notices`: the pages of a consumer recall or of a reminder.
    ConsumerNotices,
    /// `recall-intake`: the records the feeds hand on.
    RecallIntake,
}

/// What an item does when it is dispatched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum Effect {
    /// One email (`SendEmail`).
    Email { email: Email },
    /// One destination of a bulk send (`SendBulkEmail`, 50 a call): the
    /// address, the template's id ([`template_id`]) and the per-destination
    /// replacement data (JSON).
    Bulk {
        template: String,
        address: String,
        data: String,
    },
    /// A message on one of our queues.
    Message { queue: QueueName, body: String },
    /// An event for the marketplace on the `product-safety` bus: its
    /// `detail-type` and its `detail` (JSON, with its own `event_id`).
    Event { detail_type: String, detail: String },
}

/// What the state records once an item went out (written with its `sent`
/// mark, in the same transaction).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "then", rename_all = "snake_case")]
pub enum OnSent {
    /// A point of a recall's timeline (SPEC 1.2), the first time only.
    Timeline { recall_id: String, field: String },
    /// A seller's recall notice went out: the notice is sent, and each of its
    /// cases records when the seller was told and starts its appeal window
    /// of `window_secs` from then, due for the scheduled check at the
    /// window's end or at `due_cap` when sooner (a regulator's date); the
    /// recall's `sellers_notified_at`, the first time.
    SellerTold {
        recall_id: String,
        notice_id: String,
        /// (case id, listing id) of each case the notice is about.
        cases: Vec<(String, String)>,
        window_secs: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due_cap: Option<DateTime<Utc>>,
        /// Due the moment the seller is told (a regulator's order to tell
        /// consumers at once).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        due_when_told: bool,
    },
    /// A started consumer recall's first pages are queued: the case leaves
    /// the index of cases waiting on their window, or waits in it until
    /// `due` (its seller's window still open).
    CaseDue {
        recall_id: String,
        listing_id: String,
        case_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<DateTime<Utc>>,
    },
    /// An email about a refund decision went out to `to` (the item key's
    /// recipient): recorded on the decision, so the order's partition that
    /// every refunds message reads says which of its emails went out.
    RefundEmailed {
        order_id: String,
        request_id: String,
        to: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub key: OutboxKey,
    pub effect: Effect,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_sent: Option<OnSent>,
}

/// Where a stored item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    /// Written, not sent: claimable once its lease (if any) has run out.
    Pending {
        leased_until: Option<DateTime<Utc>>,
    },
    Sent {
        at: DateTime<Utc>,
    },
}

impl OutboxStatus {
    /// True when a delivery at `now` may claim it and send it.
    pub fn claimable(&self, now: DateTime<Utc>) -> bool {
        match self {
            OutboxStatus::Pending { leased_until } => leased_until.is_none_or(|u| u <= now),
            OutboxStatus::Sent { .. } => false,
        }
    }
}

/// An item as stored, with its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredItem {
    pub item: OutboxItem,
    pub status: OutboxStatus,
}

/// How long a delivery holds the items it writes or claims before another
/// delivery may take them over (it crashed): longer than any send, shorter
/// than the queues' visibility timeout, so a retried message finds them free.
pub const LEASE_SECS: i64 = 120;

/// The id of a bulk template: its content's digest, so the same template
/// written by two deliveries is one item and a changed one is another.
pub fn template_id(template: &BulkTemplate) -> String {
    let mut h = Sha256::new();
    for part in [&template.subject, &template.text, &template.html] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    let digest = h.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// A decision's effects: the items to write (and send), and the bulk
/// templates their bulk destinations name (written with them, never sent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    pub items: Vec<OutboxItem>,
    pub templates: Vec<(String, BulkTemplate)>,
}

impl Effects {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn keys(&self) -> Vec<OutboxKey> {
        self.items.iter().map(|i| i.key.clone()).collect()
    }

    /// Adds `other`'s items and templates to these.
    pub fn extend(&mut self, other: Effects) {
        self.items.extend(other.items);
        self.templates.extend(other.templates);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_item_is_claimable_when_pending_and_its_lease_ran_out() -> Result<(), String> {
        let now = Utc
            .with_ymd_and_hms(2026, 11, 3, 8, 0, 0)
            .single()
            .ok_or("time")?;
        let later = now + chrono::Duration::seconds(LEASE_SECS);
        assert!(OutboxStatus::Pending { leased_until: None }.claimable(now));
        assert!(!OutboxStatus::Pending {
            leased_until: Some(later)
        }
        .claimable(now));
        assert!(OutboxStatus::Pending {
            leased_until: Some(later)
        }
        .claimable(later));
        assert!(!OutboxStatus::Sent { at: now }.claimable(later));
        Ok(())
    }

    #[test]
    fn a_template_s_id_follows_its_content() {
        let t = |s: &str| BulkTemplate {
            subject: s.into(),
            text: "t".into(),
            html: "h".into(),
        };
        assert_eq!(template_id(&t("a")), template_id(&t("a")));
        assert_ne!(template_id(&t("a")), template_id(&t("b")));
        assert_eq!(template_id(&t("a")).len(), 32);
    }
}
