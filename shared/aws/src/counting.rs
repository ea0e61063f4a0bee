//! Counts the AWS calls a handler makes, per service and operation: cost per
//! event is a design figure, asserted in tests and printed by `make bench`;
//! and the time spent in them, from the call to its outcome (where a bench's
//! time goes).

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeSerializationInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::{ConfigBag, Storable, StoreReplace};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A shared tally of calls, keyed `Service.Operation` (e.g. `DynamoDB.Query`).
#[derive(Debug, Clone, Default)]
pub struct CallCounter {
    calls: Arc<Mutex<BTreeMap<String, u64>>>,
    time: Arc<Mutex<BTreeMap<String, Duration>>>,
}

/// When the operation in this bag was called.
#[derive(Debug, Clone, Copy)]
struct CalledAt(Instant);

impl Storable for CalledAt {
    type Storer = StoreReplace<Self>;
}

/// The sum of one service's entries (keys `Service.Operation`).
fn of_service<T: Copy + std::iter::Sum<T>>(map: &BTreeMap<String, T>, service: &str) -> T {
    map.iter()
        .filter(|(k, _)| k.split('.').next() == Some(service))
        .map(|(_, v)| *v)
        .sum()
}

fn key(meta: &Metadata) -> String {
    format!("{}.{}", meta.service(), meta.name())
}

impl CallCounter {
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.calls.lock().map(|m| m.clone()).unwrap_or_default()
    }
    pub fn reset(&self) {
        if let Ok(mut m) = self.calls.lock() {
            m.clear();
        }
        if let Ok(mut m) = self.time.lock() {
            m.clear();
        }
    }
    /// The time spent in each operation's calls, keyed as [`Self::snapshot`].
    pub fn time_snapshot(&self) -> BTreeMap<String, Duration> {
        self.time.lock().map(|m| m.clone()).unwrap_or_default()
    }
    /// The time spent in calls to one service, from each call to its
    /// outcome (retries included); concurrent calls add up.
    pub fn service_time(&self, service: &str) -> Duration {
        of_service(&self.time_snapshot(), service)
    }
    /// Calls to one service (`DynamoDB`, `SESv2`, `SQS`).
    pub fn service_total(&self, service: &str) -> u64 {
        of_service(&self.snapshot(), service)
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
                *m.entry(key(meta)).or_default() += 1;
            }
        }
        cfg.interceptor_state().store_put(CalledAt(Instant::now()));
        Ok(())
    }

    fn read_after_execution(
        &self,
        _context: &FinalizerInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if let (Some(meta), Some(at)) = (cfg.load::<Metadata>(), cfg.load::<CalledAt>()) {
            if let Ok(mut m) = self.time.lock() {
                *m.entry(key(meta)).or_default() += at.0.elapsed();
            }
        }
        Ok(())
    }
}
