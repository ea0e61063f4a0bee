//! The carrier's word on an order's parcel (SPEC 2, "Lost in transit"):
//! `carrier_status` and `carrier_status_at` on `order_placed` and
//! `order_updated`.
//!
//! The carrier reports in order of its own clock, and the marketplace may
//! deliver its updates late or twice: the report with the later
//! `carrier_status_at` wins, and an older one never overwrites it
//! ([`CarrierReport::newest`]). The time is part of the report: a status
//! without a time, or a time without a status, is refused.

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where the carrier says the parcel is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CarrierStatus {
    /// On its way.
    InTransit,
    /// Handed over at the delivery address.
    Delivered,
    /// The carrier declared the parcel lost: it will not be delivered.
    Lost,
    /// The parcel went back to the sender.
    ReturnedToSender,
}

impl CarrierStatus {
    pub const ALL: [CarrierStatus; 4] = [
        CarrierStatus::InTransit,
        CarrierStatus::Delivered,
        CarrierStatus::Lost,
        CarrierStatus::ReturnedToSender,
    ];

    /// The name on the wire (`in_transit`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            CarrierStatus::InTransit => "in_transit",
            CarrierStatus::Delivered => "delivered",
            CarrierStatus::Lost => "lost",
            CarrierStatus::ReturnedToSender => "returned_to_sender",
        }
    }
}

/// What the error says about a value that is not a carrier status. It never
/// repeats the value: a producer's mistake may put anything in the field.
const EXPECTED: &str = "must be one of in_transit, delivered, lost, returned_to_sender";

impl<'de> Deserialize<'de> for CarrierStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CarrierStatus;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<CarrierStatus, E> {
                CarrierStatus::ALL
                    .into_iter()
                    .find(|s| s.as_str() == v)
                    .ok_or_else(|| E::custom(EXPECTED))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<CarrierStatus, E> {
                Err(E::custom(EXPECTED))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<CarrierStatus, E> {
                Err(E::custom(EXPECTED))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<CarrierStatus, E> {
                Err(E::custom(EXPECTED))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<CarrierStatus, E> {
                Err(E::custom(EXPECTED))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<CarrierStatus, A::Error> {
                Err(de::Error::custom(EXPECTED))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<CarrierStatus, A::Error> {
                Err(de::Error::custom(EXPECTED))
            }
        }
        d.deserialize_any(V)
    }
}

/// The carrier's status and when the carrier reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarrierReport {
    pub status: CarrierStatus,
    pub at: DateTime<Utc>,
}

impl CarrierReport {
    /// The report a message carries: none, or a status with its time. A
    /// status without `carrier_status_at`, or a time without
    /// `carrier_status`, is refused as `(field, reason)`.
    pub fn of(
        status: Option<CarrierStatus>,
        at: Option<DateTime<Utc>>,
    ) -> Result<Option<CarrierReport>, (String, String)> {
        match (status, at) {
            (None, None) => Ok(None),
            (Some(status), Some(at)) => Ok(Some(CarrierReport { status, at })),
            (Some(_), None) => Err((
                "carrier_status_at".into(),
                "is required when carrier_status is given".into(),
            )),
            (None, Some(_)) => Err((
                "carrier_status".into(),
                "is missing: carrier_status_at is given without a carrier_status".into(),
            )),
        }
    }

    /// The newer of the stored report and an update: the later `at` wins; at
    /// the same instant the stored one stays (a redelivery changes nothing).
    pub fn newest(
        stored: Option<CarrierReport>,
        update: Option<CarrierReport>,
    ) -> Option<CarrierReport> {
        match (stored, update) {
            (Some(s), Some(u)) if u.at > s.at => Some(u),
            (Some(s), _) => Some(s),
            (None, u) => u,
        }
    }
}
