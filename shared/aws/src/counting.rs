//! Counts the AWS calls a handler makes, per service and operation: cost per
//! event is a design figure, asserted in tests and printed by `make bench`.

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// A shared tally of calls, keyed `Service.Operation` (e.g. `DynamoDB.Query`).
#[derive(Debug, Clone, Default)]
pub struct CallCounter {
    calls: Arc<Mutex<BTreeMap<String, u64>>>,
}

impl CallCounter {
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.calls.lock().map(|m| m.clone()).unwrap_or_default()
    }
    pub fn reset(&self) {
        if let Ok(mut m) = self.calls.lock() {
            m.clear();
        }
    }
    /// Calls to one service (`DynamoDB`, `SESv2`, `SQS`).
    pub fn service_total(&self, service: &str) -> u64 {
        self.snapshot()
            .iter()
            .filter(|(k, _)| k.split('.').next() == Some(service))
            .map(|(_, v)| v)
            .sum()
    }
    pub fn get(&self, key: &str) -> u64 {
        self.snapshot().get(key).copied().unwrap_or(0)
    }
}

// Counted before serialisation: once per operation call, when the operation's
// own configuration (which holds its `Metadata`) is in the bag — it is not yet
// at `read_before_execution`.
impl Intercept for CallCounter {
    fn name(&self) -> &'static str {
        "CallCounter"
    }

    fn read_before_serialization(
        &self,
        _context: &BeforeSerializationInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if let Some(meta) = cfg.load::<Metadata>() {
            if let Ok(mut m) = self.calls.lock() {
                *m.entry(format!("{}.{}", meta.service(), meta.name()))
                    .or_default() += 1;
            }
        }
        Ok(())
    }
}
