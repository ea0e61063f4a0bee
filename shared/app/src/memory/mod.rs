//! In-memory implementations of the ports, for the use cases' fast tests
//! (the same use cases run against moto in the integration tests). They keep
//! the adapters' contracts: the due index holds what `save_case` put there,
//! a save over a changed state is refused, a queued page is recorded once per
//! message id. Each can be told to fail its next call, to inject a crash
//! between two steps.

use crate::ports::{Cases, Pages, PortError};
use chrono::{DateTime, Utc};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::Recall;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

fn poisoned() -> PortError {
    PortError::new("in-memory port: a lock was poisoned")
}

/// A stored case and its place in the due index (none: not in it).
pub type IndexedCase = (Case, Option<DateTime<Utc>>);

/// Cases (each with its place in the due index) and recalls.
#[derive(Default)]
pub struct MemoryCases {
    cases: Mutex<BTreeMap<String, IndexedCase>>,
    recalls: Mutex<BTreeMap<String, Recall>>,
    fail_next_save: AtomicBool,
}

impl MemoryCases {
    pub fn with(recalls: Vec<Recall>, cases: Vec<IndexedCase>) -> MemoryCases {
        let store = MemoryCases::default();
        if let (Ok(mut r), Ok(mut c)) = (store.recalls.lock(), store.cases.lock()) {
            r.extend(recalls.into_iter().map(|x| (x.id.clone(), x)));
            c.extend(cases.into_iter().map(|x| (x.0.case_id.clone(), x)));
        }
        store
    }

    /// The case as stored, and its due time in the index.
    pub fn stored(&self, case_id: &str) -> Option<IndexedCase> {
        self.cases.lock().ok()?.get(case_id).cloned()
    }

    /// Changes a case behind the use case's back (a concurrent writer).
    pub fn put(&self, case: Case, due: Option<DateTime<Utc>>) {
        if let Ok(mut c) = self.cases.lock() {
            c.insert(case.case_id.clone(), (case, due));
        }
    }

    /// The next `save_case` fails, as a crash or an outage would.
    pub fn fail_next_save(&self) {
        self.fail_next_save.store(true, Ordering::SeqCst);
    }
}

impl Cases for MemoryCases {
    async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, PortError> {
        let cases = self.cases.lock().map_err(|_| poisoned())?;
        let mut due: Vec<(DateTime<Utc>, Case)> = cases
            .values()
            .filter_map(|(c, d)| d.filter(|d| *d <= now).map(|d| (d, c.clone())))
            .collect();
        due.sort_by(|a, b| (a.0, &a.1.case_id).cmp(&(b.0, &b.1.case_id)));
        Ok(due.into_iter().map(|(_, c)| c).collect())
    }

    async fn get_case(&self, case_id: &str) -> Result<Option<Case>, PortError> {
        Ok(self.stored(case_id).map(|(c, _)| c))
    }

    async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, PortError> {
        Ok(self
            .recalls
            .lock()
            .map_err(|_| poisoned())?
            .get(recall_id)
            .cloned())
    }

    async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
    ) -> Result<bool, PortError> {
        if self.fail_next_save.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: save_case"));
        }
        let mut cases = self.cases.lock().map_err(|_| poisoned())?;
        match cases.get(&case.case_id) {
            Some((stored, _)) if stored.state != expected => Ok(false),
            _ => {
                cases.insert(case.case_id.clone(), (case.clone(), due));
                Ok(true)
            }
        }
    }
}

/// The consumer-notices queue: every page queued, and the distinct ones (a
/// page queued twice carries the same message id: one page for its consumer).
#[derive(Default)]
pub struct MemoryPages {
    queued: Mutex<Vec<ConsumerRecallPage>>,
    fail_next: AtomicBool,
}

impl MemoryPages {
    /// Every page queued, repeats included, in order.
    pub fn queued(&self) -> Vec<ConsumerRecallPage> {
        self.queued.lock().map(|q| q.clone()).unwrap_or_default()
    }

    /// The distinct message ids queued: what the consumer processes.
    pub fn distinct_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.queued().iter().map(|p| p.message_id()).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The next `queue_pages` fails.
    pub fn fail_next(&self) {
        self.fail_next.store(true, Ordering::SeqCst);
    }
}

impl Pages for MemoryPages {
    async fn queue_pages(&self, pages: &[ConsumerRecallPage]) -> Result<(), PortError> {
        if self.fail_next.swap(false, Ordering::SeqCst) {
            return Err(PortError::new("injected failure: queue_pages"));
        }
        self.queued
            .lock()
            .map_err(|_| poisoned())?
            .extend(pages.iter().cloned());
        Ok(())
    }
}

mod store;
pub use store::{Delivered, MemoryMail, MemoryQueues, MemoryStore};
mod crash;
pub use crash::{CrashAfterWrite, MailFailingOnce};
mod violations;
