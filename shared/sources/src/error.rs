//! What every adapter shares at the ground floor: the refusal of a record
//! ([`SourceError`]) and the names of the regulators that have a feed.

use std::fmt;

/// The regulators with a machine-readable feed, each read by its adapter
/// from the record as the feed gives it (SPEC 1.1, 1.7).
pub const FEEDS: &[&str] = &[
    "cpsc",
    "rappelconso",
    "safety_gate",
    "fda",
    "health_canada",
    "opss",
    "accc",
];

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
    /// numero_fiche, caseNumber, recall_number, NID, the PSD number or slug,
    /// the RSS link's slug, the form's `reference`) when it could be read,
    /// otherwise the message id; for an error of a whole feed, its file
    /// (`HCRSAMOpenData.json`, `recalls.xml`).
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

/// The most of a record id or field name, and of a reason, an error shows:
/// a regulator's reason may quote its own (public) value, briefly.
pub const MAX_ERROR_NAME_BYTES: usize = 128;
pub const MAX_ERROR_REASON_BYTES: usize = 512;

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use safety_domain::kernel::limits::bounded;
        write!(
            f,
            "source {}, record {}: field `{}`: {}",
            bounded(&self.source, MAX_ERROR_NAME_BYTES),
            bounded(&self.record_id, MAX_ERROR_NAME_BYTES),
            bounded(&self.field, MAX_ERROR_NAME_BYTES),
            bounded(&self.reason, MAX_ERROR_REASON_BYTES)
        )
    }
}

impl std::error::Error for SourceError {}
