//! What became of an email we sent: SES's bounce and complaint events (a
//! configuration set publishes them to SNS, SNS to the `email-events`
//! queue), recorded per recall and recipient, and the addresses that must
//! not be emailed again (a hard bounce, a complaint).
//!
//! An email carries its outbox key as two SES tags ([`tags`]); the event
//! gives them back, so a bounce is tied to what was sent (a seller's notice,
//! a buyer's recall notice) and to its recall. Addresses are personal data:
//! what is stored and shown is a hash of the address ([`recipient_key`]),
//! never the address.

use crate::kernel::limits;
use crate::messages::MessageError;
use crate::outbox::OutboxKey;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The SES tag names of an email's outbox key.
pub const TAG_ABOUT: &str = "about";
pub const TAG_TO: &str = "to";

/// An outbox key as SES tags. A tag value may hold only ASCII letters,
/// digits, `_` and `-`: every other byte, and `_`, is written `_XX` (hex).
pub fn tags(key: &OutboxKey) -> [(&'static str, String); 2] {
    [(TAG_ABOUT, encode(&key.about)), (TAG_TO, encode(&key.to))]
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("_{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        if b == b'_' {
            let hex = [it.next()?, it.next()?];
            let hex = std::str::from_utf8(&hex).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

/// The recall an email was about, from its outbox key: a seller's notice
/// (`notice:<recall>/<seller>/<n>`), a case email (`case:<recall>/<listing>`)
/// or a buyer's recall notice (`recall:<recall>`).
pub fn recall_of(key: &OutboxKey) -> Option<&str> {
    let (kind, rest) = key.about.split_once(':')?;
    match kind {
        "recall" => Some(rest),
        "notice" | "case" => rest.split('/').next().filter(|r| !r.is_empty()),
        _ => None,
    }
}

/// Who an email went to, from its outbox key: "seller", "buyer" or another
/// role; never an address.
pub fn recipient_role(key: &OutboxKey) -> &str {
    key.to.split([':', '#']).next().unwrap_or_default()
}

/// The key an address is known by: the SHA-256 of its trimmed, lower-cased
/// form, hex. The same address always has the same key; the key does not
/// give the address back.
pub fn recipient_key(address: &str) -> String {
    let digest = Sha256::digest(address.trim().to_lowercase().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What SES reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A permanent bounce: the address does not exist or refuses us.
    HardBounce,
    /// A transient bounce (a full mailbox, a server down): SES gave up this
    /// time; the address may work again.
    SoftBounce,
    /// The recipient marked the email as spam.
    Complaint,
}

impl Outcome {
    /// Whether the address is never emailed again.
    pub fn suppresses(self) -> bool {
        matches!(self, Outcome::HardBounce | Outcome::Complaint)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::HardBounce => "hard bounce",
            Outcome::SoftBounce => "soft bounce",
            Outcome::Complaint => "complaint",
        }
    }
}

/// One recipient's bounce or complaint, as it is recorded: under its recall
/// when the email was about one. No address: its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryNote {
    /// SES's message id of the email.
    pub ses_message_id: String,
    pub recall_id: Option<String>,
    /// The outbox key of the email (what it was, to whom), when tagged.
    pub about: Option<String>,
    pub to: Option<String>,
    /// "seller", "buyer", … (never an address).
    pub role: String,
    pub recipient: String,
    pub outcome: Outcome,
    /// SES's subtype ("General", "NoEmail", "MailboxFull", "abuse"...).
    pub subtype: String,
    pub at: DateTime<Utc>,
}

/// What one SES event decides: the notes to record and the recipients not
/// to email again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeliveryDecision {
    pub notes: Vec<DeliveryNote>,
    /// Recipient keys never emailed again.
    pub suppress: Vec<String>,
}

// --- SES's event, as SNS delivers it --------------------------------------

#[derive(Debug, Deserialize)]
struct SnsEnvelope {
    #[serde(rename = "Type")]
    kind: String,
    #[serde(rename = "Message")]
    message: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SesEvent {
    event_type: Option<String>,
    notification_type: Option<String>,
    mail: SesMail,
    bounce: Option<SesBounce>,
    complaint: Option<SesComplaint>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SesMail {
    message_id: String,
    #[serde(default)]
    tags: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SesBounce {
    bounce_type: String,
    #[serde(default)]
    bounce_sub_type: String,
    bounced_recipients: Vec<SesRecipient>,
    timestamp: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SesComplaint {
    complained_recipients: Vec<SesRecipient>,
    #[serde(default)]
    complaint_feedback_type: Option<String>,
    timestamp: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SesRecipient {
    email_address: String,
}

/// Reads one message of the `email-events` queue (an SNS notification
/// wrapping SES's event, or SES's event itself when the subscription
/// delivers raw messages) and decides what to record. An event of another
/// type (a delivery, an open) decides nothing. Errors name the field and
/// `message_id`, never a value.
pub fn decide(raw: &str, message_id: &str) -> Result<DeliveryDecision, MessageError> {
    if raw.len() > limits::MAX_MESSAGE_BYTES {
        return Err(MessageError::new(message_id, "(body)", "is too large"));
    }
    let inner = match serde_json::from_str::<SnsEnvelope>(raw) {
        Ok(sns) if sns.kind == "Notification" => sns.message,
        Ok(sns) => {
            return Err(MessageError::new(
                message_id,
                "Type",
                format!(
                    "is not an SNS notification ({})",
                    limits::bounded(&sns.kind, 40)
                ),
            ))
        }
        Err(_) => raw.to_string(),
    };
    let event: SesEvent = serde_path_to_error::deserialize(
        &mut serde_json::Deserializer::from_str(&inner),
    )
    .map_err(|e| {
        let path = e.path().to_string();
        // serde names a missing field in its message (a name, never a value).
        let inner = e.inner().to_string();
        let missing = inner
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next());
        let field = match (path.as_str(), missing) {
            (".", Some(m)) => m.to_string(),
            (p, Some(m)) => format!("{p}.{m}"),
            (".", None) => "(body)".to_string(),
            (p, None) => p.to_string(),
        };
        MessageError::new(
            message_id,
            field,
            "is missing or not what an SES event holds",
        )
    })?;
    let kind = event
        .event_type
        .or(event.notification_type)
        .unwrap_or_default();
    let key = tag(&event.mail.tags, TAG_ABOUT)
        .zip(tag(&event.mail.tags, TAG_TO))
        .map(|(about, to)| OutboxKey::new(about, to));
    let (outcome, subtype, recipients, at) = match kind.as_str() {
        "Bounce" => {
            let b = event
                .bounce
                .ok_or_else(|| MessageError::new(message_id, "bounce", "is missing"))?;
            let outcome = if b.bounce_type == "Permanent" {
                Outcome::HardBounce
            } else {
                Outcome::SoftBounce
            };
            (
                outcome,
                b.bounce_sub_type,
                b.bounced_recipients,
                b.timestamp,
            )
        }
        "Complaint" => {
            let c = event
                .complaint
                .ok_or_else(|| MessageError::new(message_id, "complaint", "is missing"))?;
            (
                Outcome::Complaint,
                c.complaint_feedback_type.unwrap_or_default(),
                c.complained_recipients,
                c.timestamp,
            )
        }
        _ => return Ok(DeliveryDecision::default()),
    };
    let subtype = limits::bounded(&subtype, 60).into_owned();
    let mut decision = DeliveryDecision::default();
    for r in recipients {
        let recipient = recipient_key(&r.email_address);
        if outcome.suppresses() && !decision.suppress.contains(&recipient) {
            decision.suppress.push(recipient.clone());
        }
        decision.notes.push(DeliveryNote {
            ses_message_id: limits::bounded(&event.mail.message_id, 200).into_owned(),
            recall_id: key.as_ref().and_then(recall_of).map(str::to_string),
            about: key.as_ref().map(|k| k.about.clone()),
            to: key.as_ref().map(|k| k.to.clone()),
            role: key
                .as_ref()
                .map(|k| recipient_role(k).to_string())
                .unwrap_or_default(),
            recipient,
            outcome,
            subtype: subtype.clone(),
            at,
        });
    }
    Ok(decision)
}

fn tag(tags: &std::collections::BTreeMap<String, Vec<String>>, name: &str) -> Option<String> {
    tags.get(name)?.first().and_then(|v| decode(v))
}

#[cfg(test)]
#[path = "delivery_test.rs"]
mod tests;
