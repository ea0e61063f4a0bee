//! The product's business metrics (recalls received, time to block, sellers
//! and consumers told, emails sent, suppressed and bounced, refunds decided,
//! messages dead-lettered), counted through the `metrics` facade by the use
//! cases and written after each batch in CloudWatch's embedded metric
//! format (namespace [`NAMESPACE`], dimension `Function`): one JSON line on
//! stdout, which CloudWatch Logs turns into metrics, no API call.
//!
//! Only inside Lambda (`AWS_LAMBDA_FUNCTION_NAME` set, as `cargo lambda
//! watch` sets it too): tests and tools print nothing.

use metrics_cloudwatch_embedded::{Builder, Collector};
use std::sync::OnceLock;

pub const NAMESPACE: &str = "ProductSafety";

static COLLECTOR: OnceLock<Option<&'static Collector>> = OnceLock::new();

fn collector(function: &str) -> Option<&'static Collector> {
    *COLLECTOR.get_or_init(|| {
        std::env::var("AWS_LAMBDA_FUNCTION_NAME").ok()?;
        Builder::new()
            .cloudwatch_namespace(NAMESPACE)
            .with_dimension("Function", function.to_string())
            .init()
            .ok()
    })
}

/// Installs the recorder (once; before the first metric is counted).
pub fn init(function: &str) {
    let _ = collector(function);
}

/// Writes what was counted since the last flush, as one EMF document.
pub fn flush(function: &str) {
    if let Some(c) = collector(function) {
        if let Err(e) = c.flush(std::io::stdout().lock()) {
            tracing::warn!(error = %e, "the metrics could not be written");
        }
    }
}
