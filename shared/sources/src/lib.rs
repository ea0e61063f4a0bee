//! One adapter per regulator feed: the record exactly as the regulator
//! publishes it -> the domain [`Recall`].
//!
//! [`parse`] is the only entry point: it dispatches on the message's `source`
//! (`cpsc`, `rappelconso`, `safety_gate`, or `platform` for the normalised
//! form sent by NGOs, the supply chain and the platform's inspections).
//!
//! Every refusal is a [`SourceError`] that names the source, the record (the
//! regulator's own id when it could be read, else the message id) and the
//! field, with the regulator's exact field name (`ProductUPCs[0].UPC`,
//! `identification_produits`, `barcode`, `recall.gtins[1]`...).
//!
//! The adapters never panic on input data: a record that can't be read is an
//! error, never a guess and never a silent drop. Identifiers are normalised
//! here (GTINs to GTIN-14 with their check digit verified); text is trimmed but
//! otherwise kept verbatim (escaping is the job of whoever renders it).

use safety_domain::Recall;
use serde_json::Value;
use std::fmt;

mod common;
pub mod cpsc;
pub mod platform;
pub mod rappelconso;
pub mod safety_gate;

/// The sources [`parse`] knows, as named in the `recall_received` message.
pub const SOURCES: &[&str] = &["cpsc", "rappelconso", "safety_gate", "platform"];

/// Why a record was refused: which source, which record, which field, what is
/// wrong.
///
/// (`Display` and `Error` are written by hand: `thiserror` would take the
/// field named `source` for the error's cause.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The adapter: one of [`SOURCES`], or the unknown name that was given.
    pub source: String,
    /// The regulator's own id (RecallNumber/RecallID, reference_fiche/
    /// numero_fiche, caseNumber, the platform `reference`) when it could be
    /// read, otherwise the message id.
    pub record_id: String,
    /// The field, named as the regulator names it (`ProductUPCs[0].UPC`,
    /// `identification_produits`, `barcode`...), or `source`, `channel`,
    /// `record`, `recall` for the message itself.
    pub field: String,
    pub reason: String,
}

impl SourceError {
    pub fn new(
        source: impl Into<String>,
        record_id: impl Into<String>,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        SourceError {
            source: source.into(),
            record_id: record_id.into(),
            field: field.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "source {}, record {}: field `{}`: {}",
            self.source, self.record_id, self.field, self.reason
        )
    }
}

impl std::error::Error for SourceError {}

/// Parses one `recall_received` message's payload into a normalised [`Recall`].
///
/// - `source`: the adapter, one of [`SOURCES`]; anything else is an error on
///   the field `source`.
/// - `channel`: for the regulators' adapters absent or `regulator`; for
///   `platform` one of `ngo`, `supply_chain`, `inspection`.
/// - `record`: the message's `record` field verbatim: a JSON object (or a
///   one-element array) for `cpsc` and `rappelconso`; for `safety_gate` a JSON
///   string holding the XML `<notifications>` element, or a whole
///   `<Safety-Gate>` document with exactly one notification.
/// - `recall`: the normalised form, for `platform` only.
/// - `message_id`: names the record in errors when its own id can't be read.
pub fn parse(
    source: &str,
    channel: Option<&str>,
    record: Option<&Value>,
    recall: Option<&Value>,
    message_id: &str,
) -> Result<Recall, SourceError> {
    match source {
        "cpsc" | "rappelconso" | "safety_gate" => {
            regulator_channel(source, channel, message_id)?;
            let Some(record) = record else {
                return Err(SourceError::new(
                    source,
                    message_id,
                    "record",
                    "is missing: a regulator's message carries the regulator's record",
                ));
            };
            match source {
                "cpsc" => cpsc::parse(record, message_id),
                "rappelconso" => rappelconso::parse(record, message_id),
                _ => safety_gate::parse(record, message_id),
            }
        }
        "platform" => platform::parse(channel, recall, message_id),
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
            format!("is '{other}', but the {source} adapter only takes `regulator` records (other channels use the `platform` source)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn an_unknown_source_is_refused_and_the_known_ones_are_listed() {
        let e = parse("opss", None, Some(&json!({})), None, "msg-1").unwrap_err();
        assert_eq!(e.field, "source");
        assert_eq!(e.source, "opss");
        assert_eq!(e.record_id, "msg-1");
        for known in SOURCES {
            assert!(e.reason.contains(known), "{e}");
        }
    }

    #[test]
    fn a_regulator_message_without_its_record_is_refused() {
        let e = parse("cpsc", Some("regulator"), None, None, "msg-2").unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.record_id.as_str()),
            ("record", "msg-2")
        );
    }

    #[test]
    fn a_regulator_source_on_another_channel_is_refused() {
        let e = parse("cpsc", Some("ngo"), Some(&json!({})), None, "msg-3").unwrap_err();
        assert_eq!(e.field, "channel");
    }

    #[test]
    fn the_error_message_names_source_record_and_field() {
        let e = SourceError::new("cpsc", "26645", "ProductUPCs[0].UPC", "bad check digit");
        assert_eq!(
            e.to_string(),
            "source cpsc, record 26645: field `ProductUPCs[0].UPC`: bad check digit"
        );
    }

    /// JSON values of every shape, nested a few levels, with strings that
    /// sometimes look like the feeds' identifiers and dates.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            any::<f64>().prop_map(|f| json!(f)),
            any::<String>().prop_map(Value::String),
            "[0-9]{0,15}".prop_map(Value::String),
            "[0-9]{8,14}(\\$[a-z0-9]{0,4}){0,4}(\\|[0-9 ]{0,14}\\$?)*".prop_map(Value::String),
            "(lundi )?[0-9]{1,2}(er)? (janvier|juillet|août|mois) [0-9]{1,5}"
                .prop_map(Value::String),
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\+00:00|Z)?)?"
                .prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((field_name(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    /// The feeds' own field names, so that random records reach the adapters'
    /// inner paths, plus some arbitrary ones.
    fn field_name() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "RecallID",
                "RecallNumber",
                "RecallDate",
                "Title",
                "URL",
                "Products",
                "Name",
                "Model",
                "Type",
                "ProductUPCs",
                "UPC",
                "Hazards",
                "Remedies",
                "RemedyOptions",
                "Option",
                "Images",
                "fields",
                "reference_fiche",
                "numero_fiche",
                "gtin",
                "identification_produits",
                "identification_des_produits",
                "libelle",
                "marque_produit",
                "modeles_ou_references",
                "date_publication",
                "date_de_fin_de_la_procedure_de_rappel",
                "nature_juridique_rappel",
                "liens_vers_les_images",
                "modalites_de_compensation",
                "categorie_produit",
                "reference",
                "title",
                "hazard",
                "risk",
                "markets",
                "gtins",
                "timing",
                "kind",
                "deadline",
                "remedies",
                "category",
            ])
            .prop_map(str::to_string),
            "[a-z_]{1,12}",
        ]
    }

    /// Strings that are sometimes XML of the Safety Gate shape.
    fn xml_ish() -> impl Strategy<Value = String> {
        let field = prop::sample::select(vec![
            "caseNumber",
            "barcode",
            "batchNumber_barcode",
            "brand",
            "level",
            "category",
            "notifyingCountry",
            "product",
            "notifications",
            "type_numberOfModel",
            "measures",
        ]);
        let content = prop_oneof![
            "[0-9]{0,14}",
            any::<String>().prop_map(|s| s.replace(['<', '&'], "")),
            "<!\\[CDATA\\[[^\\]]{0,10}\\]\\]>",
            "[<>/&;a-z!\\[\\]]{0,10}",
        ];
        let element = (field, content, any::<bool>()).prop_map(|(f, c, nil)| {
            if nil {
                format!("<{f} xsi:nil=\"true\"/>")
            } else {
                format!("<{f}>{c}</{f}>")
            }
        });
        prop_oneof![
            any::<String>(),
            prop::collection::vec(element.clone(), 0..8)
                .prop_map(|els| format!("<notifications>{}</notifications>", els.concat())),
            (prop::collection::vec(element, 0..6), 0usize..3).prop_map(|(els, n)| {
                let one = format!("<notifications>{}</notifications>", els.concat());
                format!("<Safety-Gate>{}</Safety-Gate>", one.repeat(n))
            }),
        ]
    }

    fn channel() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            Just(None),
            prop::sample::select(vec!["regulator", "ngo", "supply_chain", "inspection", ""])
                .prop_map(|c| Some(c.to_string())),
            any::<String>().prop_map(Some),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn parse_never_panics_on_arbitrary_json(
            source in prop::sample::select(SOURCES.to_vec()),
            channel in channel(),
            record in prop::option::of(json_value()),
            recall in prop::option::of(json_value()),
        ) {
            let _ = parse(source, channel.as_deref(), record.as_ref(), recall.as_ref(), "msg-p");
        }

        #[test]
        fn parse_never_panics_on_arbitrary_strings(
            source in prop::sample::select(SOURCES.to_vec()),
            raw in prop_oneof![any::<String>(), xml_ish()],
        ) {
            let record = Value::String(raw);
            let _ = parse(source, None, Some(&record), Some(&record), "msg-s");
            let _ = parse(source, Some("ngo"), Some(&record), Some(&record), "msg-s");
        }

        #[test]
        fn safety_gate_never_panics_on_xml_ish_strings(raw in xml_ish()) {
            let record = Value::String(raw);
            if let Err(e) = parse("safety_gate", None, Some(&record), None, "msg-x") {
                prop_assert!(!e.field.is_empty());
            }
        }

        #[test]
        fn an_unknown_source_is_always_an_error_on_source(source in "[a-z_]{0,12}") {
            prop_assume!(!SOURCES.contains(&source.as_str()));
            let e = parse(&source, None, None, None, "msg-u").unwrap_err();
            prop_assert_eq!(e.field, "source");
        }
    }
}
