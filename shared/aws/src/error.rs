//! The adapters' one error, at the ground floor.

/// An error an AWS call returned, kept as the cause of a [`StoreError`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An AWS call failed: which operation, what it said, and the SDK's own
    /// error as the cause (none where the cause would carry a recipient's
    /// address, as SES's errors may: then `detail` has them masked).
    #[error("{op} failed: {detail}")]
    Aws {
        op: &'static str,
        detail: String,
        #[source]
        source: Option<BoxError>,
    },
    /// A conditional write found the item already there or newer.
    #[error("conditional write refused: {0}")]
    Conflict(String),
    #[error("could not encode item: {0}")]
    Encode(String),
    #[error("could not decode item: {0}")]
    Decode(String),
    #[error("configuration: {0}")]
    Config(String),
}

impl StoreError {
    /// A failed call whose cause is not kept (see [`StoreError::Aws`]).
    pub fn aws(op: &'static str, detail: impl Into<String>) -> StoreError {
        StoreError::Aws {
            op,
            detail: detail.into(),
            source: None,
        }
    }
}
