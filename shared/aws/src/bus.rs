//! EventBridge: the marketplace's events on the `product-safety` bus,
//! `PutEvents` of up to 10 entries a call, each entry's outcome read from the
//! response (a failed entry is retried by the outbox, never dropped).

use crate::error::StoreError;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use safety_domain::marketplace::SOURCE;

#[derive(Debug, Clone)]
pub struct Bus {
    client: aws_sdk_eventbridge::Client,
    name: String,
}

impl Bus {
    pub fn new(client: aws_sdk_eventbridge::Client, name: impl Into<String>) -> Bus {
        Bus {
            client,
            name: name.into(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Puts up to 10 events (detail-type, detail); per event, Ok or why the
    /// bus refused it (its error code and message).
    pub async fn put(
        &self,
        events: &[(String, String)],
    ) -> Result<Vec<Result<(), String>>, StoreError> {
        if events.len() > 10 {
            return Err(StoreError::Encode(format!(
                "{} events in one PutEvents; EventBridge takes at most 10",
                events.len()
            )));
        }
        let entries: Vec<PutEventsRequestEntry> = events
            .iter()
            .map(|(detail_type, detail)| {
                PutEventsRequestEntry::builder()
                    .event_bus_name(&self.name)
                    .source(SOURCE)
                    .detail_type(detail_type)
                    .detail(detail)
                    .build()
            })
            .collect();
        let out = self
            .client
            .put_events()
            .set_entries(Some(entries))
            .send()
            .await
            .map_err(|e| StoreError::Aws {
                op: "EventBridge PutEvents",
                detail: aws_sdk_eventbridge::error::DisplayErrorContext(&e).to_string(),
                source: Some(Box::new(e)),
            })?;
        let results = out.entries();
        Ok((0..events.len())
            .map(|i| match results.get(i) {
                Some(r) if r.error_code().is_none() => Ok(()),
                Some(r) => Err(format!(
                    "{}: {}",
                    r.error_code().unwrap_or("failed"),
                    r.error_message().unwrap_or("no reason given")
                )),
                None => Err("EventBridge returned no result for this event".to_string()),
            })
            .collect())
    }
}

/// The bus named by `EVENT_BUS_NAME`, when it is set (its EventBridge client
/// is built only then).
pub fn bus_from_env(aws: &crate::clients::Aws) -> Option<Bus> {
    crate::clients::env_var("EVENT_BUS_NAME")
        .ok()
        .map(|name| Bus::new(aws.eventbridge(), name))
}
