//! What every SQS-driven function shares: the batch loop that reports partial
//! batch failures, and the tracing set-up (JSON logs in Lambda).

use aws_lambda_events::event::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent, SqsMessage};
use std::fmt::Display;
use std::future::Future;

/// Logs as JSON lines (what CloudWatch expects), filtered by `RUST_LOG`
/// (default `info`). Call once, in `main`.
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(false)
        .with_target(false)
        .without_time()
        .try_init();
}

/// The most of a handler's error (or outcome) one log line carries: a
/// CloudWatch event holds 256 KB, and an error must never become the field
/// it refuses.
pub const MAX_LOGGED_BYTES: usize = 2048;

/// At most [`MAX_LOGGED_BYTES`] of `text`, cut on a character boundary.
pub fn bounded_for_log(text: &str) -> String {
    safety_domain::kernel::limits::bounded(text, MAX_LOGGED_BYTES).into_owned()
}

/// The parts of an SQS record a handler needs.
#[derive(Debug, Clone)]
pub struct Record {
    /// SQS's message id: what a batch item failure names.
    pub sqs_message_id: String,
    pub body: String,
    /// How many times SQS delivered it (1 on the first try).
    pub receive_count: u32,
}

/// Runs `handle` on each record, one after the other in queue order, and
/// reports every record that failed as a batch item failure (SQS redelivers
/// those, and moves them to the DLQ after `maxReceiveCount`). A failure is
/// logged with the message id and the reason; never the body (it may carry a
/// consumer's email). Both lines are bounded ([`MAX_LOGGED_BYTES`]).
pub async fn process_batch<F, Fut, T, E>(
    event: SqsEvent,
    function: &str,
    handle: F,
) -> SqsBatchResponse
where
    F: Fn(Record) -> Fut,
    Fut: Future<Output = Result<T, E>>,
    T: std::fmt::Debug,
    E: Display,
{
    let mut failures = Vec::new();
    for msg in &event.records {
        let id = msg.message_id.as_deref().unwrap_or_default();
        let record = Record {
            sqs_message_id: id.to_string(),
            body: msg.body.clone().unwrap_or_default(),
            receive_count: receive_count(msg),
        };
        match handle(record).await {
            Ok(outcome) => {
                let outcome = bounded_for_log(&format!("{outcome:?}"));
                tracing::info!(function, sqs_message_id = id, outcome, "processed")
            }
            Err(e) => {
                let error = bounded_for_log(&e.to_string());
                tracing::error!(
                    function,
                    sqs_message_id = id,
                    receive_count = receive_count(msg),
                    error,
                    "failed; SQS will retry it, then move it to the dead-letter queue"
                );
                let mut failure = BatchItemFailure::default();
                failure.item_identifier = id.to_string();
                failures.push(failure);
            }
        }
    }
    let mut response = SqsBatchResponse::default();
    response.batch_item_failures = failures;
    response
}

fn receive_count(msg: &SqsMessage) -> u32 {
    msg.attributes
        .get("ApproximateReceiveCount")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// Builds an SQS event from message bodies (`id`, `body`): what Lambda's event
/// source mapping hands a function. Used by the tests and the queue pump.
pub fn sqs_event(messages: impl IntoIterator<Item = (String, String, u32)>) -> SqsEvent {
    let records = messages
        .into_iter()
        .map(|(id, body, count)| {
            let mut m = SqsMessage::default();
            m.message_id = Some(id);
            m.body = Some(body);
            m.attributes
                .insert("ApproximateReceiveCount".into(), count.to_string());
            m.event_source = Some("aws:sqs".into());
            m
        })
        .collect();
    let mut event = SqsEvent::default();
    event.records = records;
    event
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_error_is_cut_on_a_character_boundary_with_what_was_cut() {
        let error = "é".repeat(MAX_LOGGED_BYTES);
        let logged = bounded_for_log(&error);
        assert!(logged.len() < MAX_LOGGED_BYTES + 32, "{}", logged.len());
        assert!(logged.ends_with(&format!("({} bytes cut)", MAX_LOGGED_BYTES)));
        assert_eq!(bounded_for_log("short"), "short");
    }
}
