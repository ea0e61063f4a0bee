use super::*;
use crate::memory::{MemoryMail, MemoryQueues, MemoryStore};
use crate::outbox::{deliver, SUPPRESSED};
use safety_domain::delivery::{recipient_key, Outcome as Seen};
use safety_domain::notices::render::Email;
use safety_domain::outbox::{Effect, Effects, OutboxItem, OutboxKey};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const BOUNCE: &str = include_str!("../../../events/email-events/ses_bounce_body.json");

fn now() -> DateTime<Utc> {
    "2026-12-01T10:00:10Z".parse().unwrap_or_default()
}

fn sns(message: &str) -> String {
    serde_json::json!({"Type": "Notification", "MessageId": "sns-1", "Message": message})
        .to_string()
}

fn email_to(address: &str, about: &str) -> OutboxItem {
    OutboxItem {
        key: OutboxKey::new(about, "seller:S-1001"),
        effect: Effect::Email {
            email: Email {
                to: address.into(),
                subject: "Product safety recall".into(),
                text: "t".into(),
                html: "h".into(),
            },
        },
        on_sent: None,
    }
}

#[tokio::test]
async fn a_hard_bounce_is_recorded_once_and_the_address_is_not_emailed_again() -> TestResult {
    let store = MemoryStore::default();
    let body = sns(BOUNCE);
    // Delivered twice, the second time concurrently with a third.
    let first = handle(&store, &body, "sqs-1", now()).await?;
    assert_eq!(
        first,
        Outcome::Recorded {
            notes: 1,
            suppressed: 1
        }
    );
    let (a, b) = tokio::join!(
        handle(&store, &body, "sqs-1", now()),
        handle(&store, &body, "sqs-1", now())
    );
    assert_eq!((a?, b?), (Outcome::Duplicate, Outcome::Duplicate));
    let notes = store.deliveries();
    assert_eq!(notes.len(), 1, "recorded once");
    assert_eq!(
        notes[0].recall_id.as_deref(),
        Some("R-rappelconso-2021-05-0242")
    );
    assert_eq!(notes[0].outcome, Seen::HardBounce);

    // The next email to that address is not sent; one to another is.
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let effects = Effects {
        items: vec![
            email_to("NOBODY@sellers.example", "case:R-1/L-1"),
            email_to("ops@joytoys.example", "case:R-1/L-2"),
        ],
        templates: Vec::new(),
    };
    let (sent, waiting) = deliver(&store, &mail, &queues, effects, now()).await?;
    assert_eq!(waiting, 0);
    let to: Vec<String> = mail.delivered().into_iter().map(|d| d.to).collect();
    assert_eq!(to, vec!["ops@joytoys.example".to_string()]);
    assert_eq!(
        sent.suppressed,
        vec![OutboxKey::new("case:R-1/L-1", "seller:S-1001")]
    );
    // Marked done (not retried), with the receipt that says why.
    let item = store
        .outbox_items()
        .into_iter()
        .find(|i| i.item.key.about == "case:R-1/L-1")
        .ok_or("the item")?;
    assert!(matches!(
        item.status,
        safety_domain::outbox::OutboxStatus::Sent { .. }
    ));
    assert_eq!(SUPPRESSED, "suppressed");
    assert_ne!(recipient_key("ops@joytoys.example"), notes[0].recipient);
    Ok(())
}

#[tokio::test]
async fn a_soft_bounce_is_recorded_and_the_address_is_still_emailed() -> TestResult {
    let store = MemoryStore::default();
    let soft = BOUNCE.replace("\"Permanent\"", "\"Transient\"");
    let out = handle(&store, &soft, "sqs-2", now()).await?;
    assert_eq!(
        out,
        Outcome::Recorded {
            notes: 1,
            suppressed: 0
        }
    );
    let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
    let effects = Effects {
        items: vec![email_to("nobody@sellers.example", "case:R-1/L-1")],
        templates: Vec::new(),
    };
    deliver(&store, &mail, &queues, effects, now()).await?;
    assert_eq!(mail.delivered().len(), 1);
    Ok(())
}

#[tokio::test]
async fn a_delivery_event_records_nothing_and_a_bad_one_is_a_named_error() -> TestResult {
    let store = MemoryStore::default();
    let delivery = r#"{"eventType":"Delivery","mail":{"messageId":"m"},"delivery":{}}"#;
    assert_eq!(
        handle(&store, delivery, "sqs-3", now()).await?,
        Outcome::Nothing
    );
    assert_eq!(
        handle(&store, delivery, "sqs-3", now()).await?,
        Outcome::Duplicate
    );
    let e = handle(
        &store,
        r#"{"eventType":"Bounce","mail":{"messageId":"m"}}"#,
        "sqs-4",
        now(),
    )
    .await
    .err()
    .ok_or("an error")?;
    assert!(
        e.to_string().contains("sqs-4") && e.to_string().contains("bounce"),
        "{e}"
    );
    assert!(store.deliveries().is_empty());
    Ok(())
}

#[test]
fn the_business_metrics_count_the_bounce_the_suppressed_email_and_the_one_sent() -> TestResult {
    use metrics_util::debugging::{DebugValue, DebuggingRecorder};
    let recorder = DebuggingRecorder::new();
    let snapshotter = recorder.snapshotter();
    metrics::with_local_recorder(&recorder, || -> TestResult {
        let rt = tokio::runtime::Builder::new_current_thread().build()?;
        rt.block_on(async {
            let store = MemoryStore::default();
            handle(&store, &sns(BOUNCE), "sqs-1", now()).await?;
            let (mail, queues) = (MemoryMail::default(), MemoryQueues::default());
            let effects = Effects {
                items: vec![
                    email_to("nobody@sellers.example", "case:R-1/L-1"),
                    email_to("ops@joytoys.example", "case:R-1/L-2"),
                ],
                templates: Vec::new(),
            };
            deliver(&store, &mail, &queues, effects, now()).await?;
            Ok::<(), Box<dyn std::error::Error>>(())
        })
    })?;
    let counters: std::collections::BTreeMap<String, u64> = snapshotter
        .snapshot()
        .into_vec()
        .into_iter()
        .filter_map(|(key, _, _, value)| match value {
            DebugValue::Counter(n) => Some((key.key().name().to_string(), n)),
            _ => None,
        })
        .collect();
    assert_eq!(counters.get("emails_bounced"), Some(&1), "{counters:?}");
    assert_eq!(counters.get("emails_suppressed"), Some(&1), "{counters:?}");
    assert_eq!(counters.get("emails_sent"), Some(&1), "{counters:?}");
    Ok(())
}
