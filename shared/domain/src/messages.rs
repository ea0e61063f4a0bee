//! The queue messages of ARCHITECTURE.md 2: the product's public contract.
//!
//! A message is parsed in two steps: its envelope (`type`, `id`) first, so
//! that every later error can name the message; then the body of its type,
//! with the path of the offending field (`lines[0].unit_price.amount`).

use crate::carrier::{CarrierReport, CarrierStatus};
use crate::catalog::{Listing, Order, Seller};
use crate::kernel::limits;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Why a message was refused: which message, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("message {message_id}: field `{field}`: {reason}")]
pub struct MessageError {
    pub message_id: String,
    pub field: String,
    pub reason: String,
}

impl MessageError {
    pub fn new(
        message_id: impl Into<String>,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        // Bounded (a log line carries it) and never longer than a value the
        // bounds allow: an error cannot become the 1 MB field it refuses.
        let field: String = field.into();
        let reason: String = reason.into();
        MessageError {
            message_id: message_id.into(),
            field: limits::bounded(&field, limits::MAX_SHORT_TEXT_BYTES).into_owned(),
            reason: limits::bounded(&reason, limits::MAX_REASON_BYTES).into_owned(),
        }
    }
}

/// `type` and `id`, read before anything else.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub kind: String,
    pub id: String,
    pub body: serde_json::Map<String, Value>,
}

/// Reads a message's envelope. `fallback_id` (the SQS message id) names the
/// message in the error when the body has no usable `id`.
pub fn envelope(raw: &str, fallback_id: &str) -> Result<Envelope, MessageError> {
    if raw.len() > limits::MAX_MESSAGE_BYTES {
        return Err(MessageError::new(
            fallback_id,
            "(body)",
            format!("is larger than {} bytes", limits::MAX_MESSAGE_BYTES),
        ));
    }
    // serde_json's syntax errors name a line and column, never a value.
    let value: Value = serde_json::from_str(raw).map_err(|e| {
        MessageError::new(
            fallback_id,
            "(body)",
            format!("not valid JSON: {}", limits::value_free(&e.to_string())),
        )
    })?;
    let Value::Object(mut body) = value else {
        return Err(MessageError::new(
            fallback_id,
            "(body)",
            "must be a JSON object",
        ));
    };
    let id = match body.remove("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => {
            limits::check_id(&s).map_err(|reason| MessageError::new(fallback_id, "id", reason))?;
            s
        }
        Some(_) => {
            return Err(MessageError::new(
                fallback_id,
                "id",
                "must be a non-empty string",
            ))
        }
        None => return Err(MessageError::new(fallback_id, "id", "is missing")),
    };
    let kind = match body.remove("type") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(MessageError::new(&id, "type", "must be a string")),
        None => return Err(MessageError::new(&id, "type", "is missing")),
    };
    Ok(Envelope { kind, id, body })
}

/// Deserialises a message body into `T`, naming the field path on error,
/// once its strings, lists and field names are within the bounds of
/// [`limits`]. The reason never repeats the value (see [`limits::value_free`]).
pub fn body<T: DeserializeOwned>(
    message_id: &str,
    body: serde_json::Map<String, Value>,
) -> Result<T, MessageError> {
    limits::check_body(&body).map_err(|b| MessageError::new(message_id, b.field, b.reason))?;
    serde_path_to_error::deserialize(Value::Object(body)).map_err(|e| {
        let path = e.path().to_string();
        let inner = limits::value_free(&e.into_inner().to_string());
        // serde names a missing or unknown field in its message; the path then is ".".
        let field = if path == "." || path.is_empty() {
            field_in_message(&inner).unwrap_or_else(|| "(body)".to_string())
        } else {
            match field_in_message(&inner) {
                Some(f) if inner.starts_with("missing field") => format!("{path}.{f}"),
                _ => path,
            }
        };
        MessageError::new(message_id, field, inner)
    })
}

/// The error for a message whose `type` this queue does not take.
/// The type is quoted only when it looks like one (a short snake_case word).
pub(crate) fn unknown_type(message_id: &str, kind: &str, expected: &[&str]) -> MessageError {
    let shaped = !kind.is_empty()
        && kind.len() <= limits::MAX_FIELD_NAME_BYTES
        && kind
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let named = if shaped {
        format!("unknown type '{kind}'")
    } else {
        "unknown type".to_string()
    };
    MessageError::new(
        message_id,
        "type",
        format!(
            "{named} for this queue (expected {}{})",
            if expected.len() > 1 { "one of " } else { "" },
            expected.join(", ")
        ),
    )
}

fn field_in_message(msg: &str) -> Option<String> {
    let start = msg.find('`')? + 1;
    let end = start + msg[start..].find('`')?;
    Some(msg[start..end].to_string())
}

/// A message's locale in its canonical BCP 47 form (checked here, not when
/// a stored seller or order is read back, so an item stored before the check
/// still reads).
fn canonical_locale(
    id: &str,
    field: &str,
    locale: Option<String>,
) -> Result<Option<String>, MessageError> {
    locale
        .map(|l| limits::canonical_locale(&l).map_err(|r| MessageError::new(id, field, r)))
        .transpose()
}

/// Marketplace -> `catalog-sync`.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogMessage {
    SellerUpserted(Seller),
    ListingUpserted(Listing),
    ListingRemoved(ListingRemoved),
    OrderPlaced(Order),
    OrderUpdated(OrderUpdated),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingRemoved {
    pub listing_id: String,
    pub removed_at: DateTime<Utc>,
}

/// Shipping, delivery or cancellation of a known order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderUpdated {
    pub order_id: String,
    #[serde(default)]
    pub shipped_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub delivered_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub cancelled_at: Option<DateTime<Utc>>,
    /// The carrier's status of the parcel, with `carrier_status_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_status: Option<CarrierStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_status_at: Option<DateTime<Utc>>,
}

impl OrderUpdated {
    /// The carrier's report the update carries, if any (the message parser
    /// refused a status without its time and a time without its status).
    pub fn carrier_report(&self) -> Option<crate::carrier::CarrierReport> {
        match (self.carrier_status, self.carrier_status_at) {
            (Some(status), Some(at)) => Some(crate::carrier::CarrierReport { status, at }),
            _ => None,
        }
    }

    /// The stored order with this update: the shipping, delivery and
    /// cancellation times it gives (a time it leaves out stays as stored),
    /// and the carrier's report when it is newer than the order's.
    pub fn apply_to(&self, order: &mut Order) {
        order.shipped_at = self.shipped_at.or(order.shipped_at);
        order.delivered_at = self.delivered_at.or(order.delivered_at);
        order.cancelled_at = self.cancelled_at.or(order.cancelled_at);
        order.apply_carrier_report(self.carrier_report());
    }
}

impl ListingRemoved {
    /// True when the removal is newer than the stored listing's version (a
    /// removal counts as a version at `removed_at`); an edit stamped at or
    /// after it was made later, and the removal is stale.
    pub fn removes(&self, stored: &Listing) -> bool {
        stored.updated_at < self.removed_at
    }
}

impl CatalogMessage {
    pub const TYPES: &'static [&'static str] = &[
        "seller_upserted",
        "listing_upserted",
        "listing_removed",
        "order_placed",
        "order_updated",
    ];

    pub fn parse(env: Envelope) -> Result<(String, CatalogMessage), MessageError> {
        let id = env.id;
        let msg = match env.kind.as_str() {
            "seller_upserted" => {
                let mut s: Seller = body(&id, env.body)?;
                s.locale = canonical_locale(&id, "locale", s.locale)?;
                if let Some(z) = &s.time_zone {
                    if crate::kernel::format::zone(Some(z)).is_none() {
                        return Err(MessageError::new(
                            &id,
                            "time_zone",
                            "is not a time zone of the IANA database (such as \"Europe/Paris\")",
                        ));
                    }
                }
                if !s.email.contains('@') {
                    return Err(MessageError::new(&id, "email", "is not an email address"));
                }
                if let Some(a) = &s.safety_email {
                    if !a.contains('@') {
                        return Err(MessageError::new(
                            &id,
                            "safety_email",
                            "is not an email address",
                        ));
                    }
                }
                CatalogMessage::SellerUpserted(s)
            }
            "listing_upserted" => {
                let l: Listing = body(&id, env.body)?;
                if l.markets.is_empty() {
                    return Err(MessageError::new(
                        &id,
                        "markets",
                        "must name at least one market",
                    ));
                }
                if l.gtins.len() + l.batches.len() > 40 {
                    return Err(MessageError::new(
                        &id,
                        "gtins",
                        "more than 40 GTINs and batches on one listing",
                    ));
                }
                CatalogMessage::ListingUpserted(l)
            }
            "listing_removed" => CatalogMessage::ListingRemoved(body(&id, env.body)?),
            "order_placed" => {
                let mut o: Order = body(&id, env.body)?;
                o.buyer.locale = canonical_locale(&id, "buyer.locale", o.buyer.locale)?;
                o.validate()
                    .map_err(|(field, reason)| MessageError::new(&id, field, reason))?;
                CarrierReport::of(o.carrier_status, o.carrier_status_at)
                    .map_err(|(field, reason)| MessageError::new(&id, field, reason))?;
                CatalogMessage::OrderPlaced(o)
            }
            "order_updated" => {
                let u: OrderUpdated = body(&id, env.body)?;
                CarrierReport::of(u.carrier_status, u.carrier_status_at)
                    .map_err(|(field, reason)| MessageError::new(&id, field, reason))?;
                CatalogMessage::OrderUpdated(u)
            }
            other => return Err(unknown_type(&id, other, Self::TYPES)),
        };
        Ok((id, msg))
    }
}

/// Sources -> `recall-intake`: the record is kept verbatim for the source adapter.
#[derive(Debug, Clone, PartialEq)]
pub struct RecallReceived {
    pub id: String,
    pub source: String,
    /// `regulator` for the regulators' adapters; `ngo`, `supply_chain` or
    /// `inspection` with the `platform` source.
    pub channel: Option<String>,
    pub received_at: Option<DateTime<Utc>>,
    /// The regulator's record, verbatim (a JSON value, or a string of XML).
    pub record: Option<Value>,
    /// The normalised form, for the `platform` source.
    pub recall: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecallReceivedBody {
    source: String,
    #[serde(default)]
    channel: Option<String>,
    #[serde(default)]
    received_at: Option<DateTime<Utc>>,
    #[serde(default)]
    record: Option<Value>,
    #[serde(default)]
    recall: Option<Value>,
}

impl RecallReceived {
    pub fn parse(env: Envelope) -> Result<RecallReceived, MessageError> {
        if env.kind != "recall_received" {
            return Err(unknown_type(&env.id, &env.kind, &["recall_received"]));
        }
        let b: RecallReceivedBody = body(&env.id, env.body)?;
        Ok(RecallReceived {
            id: env.id,
            source: b.source,
            channel: b.channel,
            received_at: b.received_at,
            record: b.record,
            recall: b.recall,
        })
    }
}

#[cfg(test)]
#[path = "messages_test.rs"]
mod tests;

#[cfg(test)]
#[path = "bad_input_test.rs"]
mod bad_input;

/// Sellers and the desk -> `appeals`.
#[derive(Debug, Clone, PartialEq)]
pub enum AppealsMessage {
    AppealFiled(AppealFiled),
    AppealDecided(AppealDecided),
    MatchReviewed(MatchReviewed),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppealFiled {
    pub case_id: String,
    pub seller_id: String,
    pub filed_at: DateTime<Utc>,
    pub grounds: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealOutcome {
    Upheld,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppealDecided {
    pub case_id: String,
    pub reviewer: String,
    pub decision: AppealOutcome,
    pub reason: String,
    pub decided_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    Confirmed,
    Dismissed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchReviewed {
    pub case_id: String,
    pub reviewer: String,
    pub decision: ReviewOutcome,
    pub decided_at: DateTime<Utc>,
}

impl AppealsMessage {
    pub const TYPES: &'static [&'static str] =
        &["appeal_filed", "appeal_decided", "match_reviewed"];

    pub fn parse(env: Envelope) -> Result<(String, AppealsMessage), MessageError> {
        let id = env.id;
        let msg = match env.kind.as_str() {
            "appeal_filed" => AppealsMessage::AppealFiled(body(&id, env.body)?),
            "appeal_decided" => AppealsMessage::AppealDecided(body(&id, env.body)?),
            "match_reviewed" => AppealsMessage::MatchReviewed(body(&id, env.body)?),
            other => return Err(unknown_type(&id, other, Self::TYPES)),
        };
        Ok((id, msg))
    }

    pub fn case_id(&self) -> &str {
        match self {
            AppealsMessage::AppealFiled(m) => &m.case_id,
            AppealsMessage::AppealDecided(m) => &m.case_id,
            AppealsMessage::MatchReviewed(m) => &m.case_id,
        }
    }
}

/// What a page of a case's order lines is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// The consumer recall (SPEC 1.4.5): the buyers of shipped orders told,
    /// the unshipped ones stopped.
    #[default]
    Recall,
    /// The block's order stop (SPEC 1.8), queued with the measures: the
    /// unshipped orders stopped at once, nobody else told.
    OrderStop,
}

/// The system itself -> `consumer-notices`: one page of a case's order lines
/// in one market, for its consumer recall (`consumer_recall_page`) or for
/// the order stop of its block (`order_stop_page`). `cursor` is the sort key
/// of the last order line of the previous page (none for the first page).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsumerRecallPage {
    pub case_id: String,
    pub market: crate::kernel::ids::Country,
    #[serde(default)]
    pub cursor: Option<String>,
    /// Set from the message's type, never from its body.
    #[serde(skip)]
    pub kind: PageKind,
}

impl ConsumerRecallPage {
    pub const TYPE: &'static str = "consumer_recall_page";
    pub const STOP_TYPE: &'static str = "order_stop_page";

    /// The page of a case's order lines in a market, from the start.
    pub fn first(case_id: &str, market: &crate::kernel::ids::Country, kind: PageKind) -> Self {
        ConsumerRecallPage {
            case_id: case_id.to_string(),
            market: market.clone(),
            cursor: None,
            kind,
        }
    }

    /// The page after this one, from `cursor`.
    pub fn next(&self, cursor: String) -> Self {
        ConsumerRecallPage {
            cursor: Some(cursor),
            ..self.clone()
        }
    }

    fn prefix(&self) -> &'static str {
        match self.kind {
            PageKind::Recall => "crp",
            PageKind::OrderStop => "osp",
        }
    }

    fn message_type(&self) -> &'static str {
        match self.kind {
            PageKind::Recall => Self::TYPE,
            PageKind::OrderStop => Self::STOP_TYPE,
        }
    }

    /// A stable message id: a page enqueued twice (a retried predecessor) is
    /// one message for the idempotency check.
    pub fn message_id(&self) -> String {
        format!(
            "{}:{}:{}:{}",
            self.prefix(),
            self.case_id,
            self.market,
            self.cursor.as_deref().unwrap_or("start")
        )
    }

    pub fn to_message(&self) -> String {
        serde_json::json!({
            "type": self.message_type(),
            "id": self.message_id(),
            "case_id": self.case_id,
            "market": self.market,
            "cursor": self.cursor,
        })
        .to_string()
    }

    pub fn parse(env: Envelope) -> Result<(String, ConsumerRecallPage), MessageError> {
        let kind = match env.kind.as_str() {
            Self::TYPE => PageKind::Recall,
            Self::STOP_TYPE => PageKind::OrderStop,
            other => return Err(unknown_type(&env.id, other, &[Self::TYPE, Self::STOP_TYPE])),
        };
        let id = env.id;
        let mut page: ConsumerRecallPage = body(&id, env.body)?;
        page.kind = kind;
        // Pages are ours: their id is built from what they carry.
        if id != page.message_id() {
            return Err(MessageError::new(
                &id,
                "id",
                format!(
                    "is not the id of a page we queued ({}:<case_id>:<market>:<cursor or start>)",
                    page.prefix()
                ),
            ));
        }
        Ok((id, page))
    }
}
