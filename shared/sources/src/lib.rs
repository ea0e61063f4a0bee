//! One adapter per regulator feed: the record exactly as the regulator
//! publishes it -> the domain [`Recall`].
//!
//! [`parse`] is the only entry point: it dispatches on the message's `source`:
//! a regulator with a feed ([`FEEDS`]), whose record is read by its adapter;
//! `platform`, the normalised form sent by NGOs, the supply chain and the
//! platform's inspections; or an authority without a feed
//! ([`platform::AUTHORITIES`]: KATS, Consumer24, METI, CAA), whose notice
//! comes in the same normalised form on the `regulator` channel.
//!
//! Every refusal is a [`SourceError`] that names the source, the record (the
//! regulator's own id when it could be read, else the message id) and the
//! field, with the regulator's exact field name (`ProductUPCs[0].UPC`,
//! `identification_produits`, `barcode`, `recall_number`, `NID`,
//! `details.body.Barcode`, `link`, `recall.gtins[1]`...). The splitters of
//! whole feeds ([`health_canada_records`], [`accc_items`]) name the feed's
//! file as the record.
//!
//! The adapters never panic on input data: a record that can't be read is an
//! error, never a guess and never a silent drop. Identifiers are normalised
//! here (GTINs to GTIN-14 with their check digit verified); text is trimmed but
//! otherwise kept verbatim (escaping is the job of whoever renders it).

use safety_domain::Recall;
use serde_json::Value;

pub mod accc;
mod common;
mod error;
pub use error::{SourceError, FEEDS};
pub mod cpsc;
pub mod fda;
pub mod feeds;
pub mod health_canada;
pub mod opss;
pub mod platform;
mod prose;
pub mod rappelconso;
pub mod safety_gate;

/// The feeds that come as one file of many records: split before parsing.
pub use accc::accc_items;
pub use health_canada::health_canada_records;

/// The sources [`parse`] knows, as named in the `recall_received` message:
/// the [`FEEDS`], `platform`, and the authorities without a feed
/// ([`platform::AUTHORITIES`]).
pub const SOURCES: &[&str] = &[
    "cpsc",
    "rappelconso",
    "safety_gate",
    "fda",
    "health_canada",
    "opss",
    "accc",
    "platform",
    "kats",
    "consumer24",
    "meti",
    "caa",
];

/// Parses one `recall_received` message's payload into a normalised [`Recall`].
///
/// - `source`: the adapter, one of [`SOURCES`]; anything else is an error on
///   the field `source`.
/// - `channel`: for the regulators (feeds and authorities) absent or
///   `regulator`; for `platform` one of `ngo`, `supply_chain`, `inspection`.
/// - `record`: the message's `record` field verbatim: a JSON object (or a
///   one-element array) for `cpsc` and `rappelconso`; for `safety_gate` a JSON
///   string holding the XML `<notifications>` element, or a whole
///   `<Safety-Gate>` document with exactly one notification; for `fda` one
///   element of openFDA's `results`; for `health_canada` one record of its
///   open-data file; for `opss` a GOV.UK content item; for `accc` a JSON
///   string holding one RSS `<item>`.
/// - `recall`: the normalised form, for `platform` and the authorities
///   without a feed (`kats`, `consumer24`, `meti`, `caa`).
/// - `message_id`: names the record in errors when its own id can't be read.
pub fn parse(
    source: &str,
    channel: Option<&str>,
    record: Option<&Value>,
    recall: Option<&Value>,
    message_id: &str,
) -> Result<Recall, SourceError> {
    match source {
        feed if FEEDS.contains(&feed) => {
            regulator_channel(source, channel, message_id)?;
            let Some(record) = record else {
                return Err(SourceError::new(
                    source,
                    message_id,
                    "record",
                    "is missing: a regulator's message carries the regulator's record",
                ));
            };
            match feed {
                "cpsc" => cpsc::parse(record, message_id),
                "rappelconso" => rappelconso::parse(record, message_id),
                "safety_gate" => safety_gate::parse(record, message_id),
                "fda" => fda::parse(record, message_id),
                "health_canada" => health_canada::parse(record, message_id),
                "opss" => opss::parse(record, message_id),
                "accc" => accc::parse(record, message_id),
                _ => Err(SourceError::new(
                    feed,
                    message_id,
                    "source",
                    "is a feed without an adapter",
                )),
            }
        }
        "platform" => platform::parse(channel, recall, message_id),
        authority if platform::AUTHORITIES.contains(&authority) => {
            regulator_channel(authority, channel, message_id)?;
            platform::parse_authority(authority, recall, message_id)
        }
        other => Err(SourceError::new(
            other,
            message_id,
            "source",
            format!(
                "unknown source '{other}' (known sources: {})",
                SOURCES.join(", ")
            ),
        )),
    }
}

/// The regulators' adapters only produce `regulator` recalls.
fn regulator_channel(
    source: &str,
    channel: Option<&str>,
    message_id: &str,
) -> Result<(), SourceError> {
    match channel.map(str::trim) {
        None | Some("regulator") => Ok(()),
        Some(other) => Err(SourceError::new(
            source,
            message_id,
            "channel",
            format!("is '{other}', but {source} is a regulator: its recalls are on the `regulator` channel (other channels use the `platform` source)"),
        )),
    }
}

#[cfg(test)]
#[path = "lib_test.rs"]
mod tests;
