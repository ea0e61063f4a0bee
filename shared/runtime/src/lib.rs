//! What every SQS-driven function shares: the batch loop that reports partial
//! batch failures, and the tracing set-up (JSON logs in Lambda).

pub mod metrics;

use aws_lambda_events::event::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent, SqsMessage};
use std::fmt::Display;
use std::future::Future;
use tracing::Instrument;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// Logs as JSON lines (what CloudWatch expects; each carries `"level"`, which
/// Lambda's JSON log format filters on), filtered by [`log_filter`]: `RUST_LOG`
/// when set, else Lambda's application log level (`AWS_LAMBDA_LOG_LEVEL`, the
/// function's `LoggingConfig.ApplicationLogLevel`), else `info`. Call once, in
/// `main`.
pub fn init_tracing() {
    let directives = log_filter(
        std::env::var("RUST_LOG").ok().as_deref(),
        std::env::var("AWS_LAMBDA_LOG_LEVEL").ok().as_deref(),
    );
    // `Targets` reads `level` and `target=level` directives, all a function
    // needs; `EnvFilter`'s span and field filters would link a regex engine
    // into every binary (docs/benchmarks.md).
    let filter: Targets = directives
        .parse()
        .unwrap_or_else(|_| Targets::new().with_default(tracing::Level::INFO));
    let _ = tracing_subscriber::fmt()
        .json()
        // Every line carries its message's span: the function, the SQS
        // message id and the body's own `id` (see `process_batch`).
        .with_current_span(true)
        .with_span_list(false)
        .with_target(false)
        .without_time()
        .finish()
        .with(filter)
        .try_init();
}

/// The log directives of a function (`level`, `target=level`, comma-separated): `rust_log` (`RUST_LOG`) unless
/// it is empty or blank; else Lambda's application log level
/// (`AWS_LAMBDA_LOG_LEVEL`: `TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR` or
/// `FATAL`, which tracing has not: `error`); else `info`. An unknown level is
/// `info`, Lambda's own default.
pub fn log_filter(rust_log: Option<&str>, lambda_level: Option<&str>) -> String {
    if let Some(directives) = rust_log.map(str::trim).filter(|d| !d.is_empty()) {
        return directives.to_string();
    }
    let level = match lambda_level
        .map(|l| l.trim().to_ascii_uppercase())
        .as_deref()
    {
        Some("TRACE") => "trace",
        Some("DEBUG") => "debug",
        Some("WARN") => "warn",
        Some("ERROR") | Some("FATAL") => "error",
        _ => "info",
    };
    level.to_string()
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
    metrics::init(function);
    let mut failures = Vec::new();
    for msg in &event.records {
        let id = msg.message_id.as_deref().unwrap_or_default();
        let record = Record {
            sqs_message_id: id.to_string(),
            body: msg.body.clone().unwrap_or_default(),
            receive_count: receive_count(msg),
        };
        // A span per message: every line the handler logs names the message.
        let span = tracing::info_span!(
            "message",
            function,
            sqs_message_id = id,
            message_id = tracing::field::Empty
        );
        if let Some(message_id) = body_id(&record.body) {
            span.record("message_id", message_id.as_str());
        }
        let result = handle(record).instrument(span.clone()).await;
        let _entered = span.enter();
        match result {
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
                if receive_count(msg) >= MAX_RECEIVES {
                    // Its last try: SQS moves it to the dead-letter queue.
                    ::metrics::counter!("messages_dead_lettered").increment(1);
                }
                let mut failure = BatchItemFailure::default();
                failure.item_identifier = id.to_string();
                failures.push(failure);
            }
        }
    }
    metrics::flush(function);
    let mut response = SqsBatchResponse::default();
    response.batch_item_failures = failures;
    response
}

/// The template's `maxReceiveCount`: a message failing its 5th receive goes
/// to the dead-letter queue.
pub const MAX_RECEIVES: u32 = 5;

/// The body's own `id` (the idempotency key) for the message's span, when it
/// is a plain id: a string within the id bound with no control characters.
/// Anything else is left out of the span (the handler's error names it).
fn body_id(body: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        id: Option<serde_json::Value>,
    }
    if body.len() > safety_domain::kernel::limits::MAX_MESSAGE_BYTES {
        return None;
    }
    let envelope: Envelope = serde_json::from_str(body).ok()?;
    match envelope.id? {
        serde_json::Value::String(id)
            if !id.is_empty()
                && id.len() <= safety_domain::kernel::limits::MAX_COMPOSITE_ID_BYTES
                && !id.chars().any(char::is_control) =>
        {
            Some(id)
        }
        _ => None,
    }
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
    fn rust_log_wins_then_lambda_s_log_level_then_info() {
        assert_eq!(
            log_filter(Some("info,aws_smithy_runtime=warn"), Some("DEBUG")),
            "info,aws_smithy_runtime=warn"
        );
        let per_module: Targets = "info,aws_smithy_runtime=warn".parse().unwrap_or_default();
        assert!(per_module.would_enable("safety_app", &tracing::Level::INFO));
        assert!(!per_module.would_enable("aws_smithy_runtime::client", &tracing::Level::INFO));
        assert!(per_module.would_enable("aws_smithy_runtime::client", &tracing::Level::WARN));
        assert_eq!(log_filter(Some(""), Some("DEBUG")), "debug");
        assert_eq!(log_filter(Some("  "), Some("WARN")), "warn");
        assert_eq!(log_filter(None, Some("TRACE")), "trace");
        assert_eq!(log_filter(None, Some("error")), "error");
        assert_eq!(log_filter(None, Some("FATAL")), "error");
        assert_eq!(log_filter(None, Some("INFO")), "info");
        assert_eq!(log_filter(None, Some("LOUD")), "info");
        assert_eq!(log_filter(None, None), "info");
        for level in ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"] {
            let directives = log_filter(None, Some(level));
            assert!(directives.parse::<Targets>().is_ok(), "{directives}");
        }
    }

    #[test]
    fn a_long_error_is_cut_on_a_character_boundary_with_what_was_cut() {
        let error = "é".repeat(MAX_LOGGED_BYTES);
        let logged = bounded_for_log(&error);
        assert!(logged.len() < MAX_LOGGED_BYTES + 32, "{}", logged.len());
        assert!(logged.ends_with(&format!("({} bytes cut)", MAX_LOGGED_BYTES)));
        assert_eq!(bounded_for_log("short"), "short");
    }

    /// Captures what a JSON subscriber writes, as `init_tracing` sets it up.
    #[derive(Clone, Default)]
    struct Lines(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Lines {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if let Ok(mut v) = self.0.lock() {
                v.extend_from_slice(b);
            }
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn every_line_a_handler_logs_carries_its_message_s_ids_in_its_span() {
        let lines = Lines::default();
        let writer = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_writer(move || writer.clone())
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let event = sqs_event([
            (
                "sqs-1".to_string(),
                r#"{"type":"x","id":"evt-42"}"#.to_string(),
                1,
            ),
            ("sqs-2".to_string(), "not json".to_string(), 1),
        ]);
        let resp = process_batch(event, "test-fn", |r: Record| async move {
            tracing::info!("inside the handler");
            if r.body.starts_with('{') {
                Ok(())
            } else {
                Err("bad body")
            }
        })
        .await;
        assert_eq!(resp.batch_item_failures.len(), 1);
        let text = String::from_utf8(lines.0.lock().map(|v| v.clone()).unwrap_or_default())
            .unwrap_or_default();
        let inside: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("inside the handler"))
            .collect();
        assert_eq!(inside.len(), 2, "{text}");
        assert!(
            inside[0].contains(r#""message_id":"evt-42""#),
            "{}",
            inside[0]
        );
        assert!(
            inside[0].contains(r#""sqs_message_id":"sqs-1""#),
            "{}",
            inside[0]
        );
        assert!(
            inside[1].contains(r#""sqs_message_id":"sqs-2""#),
            "{}",
            inside[1]
        );
        assert!(!inside[1].contains("message_id\":\"evt"), "{}", inside[1]);
        let failed = text
            .lines()
            .find(|l| l.contains("failed; SQS"))
            .unwrap_or("");
        assert!(failed.contains(r#""sqs_message_id":"sqs-2""#), "{failed}");
    }
}
