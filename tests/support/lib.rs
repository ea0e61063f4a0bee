//! The test harness: the real local stack (moto for DynamoDB and SQS,
//! aws-ses-v2-local for SES v2) reached through the real SDK clients.
//!
//! The stack is started, and its resources created from `infra/template.yaml`,
//! by `infra/local/stack.sh start` (which `make test` runs); its addresses come
//! from `infra/local/.run/env.sh`. Each test gets its own table, a copy of the
//! template's `SafetyTable` (read back with `DescribeTable`), so tests run in
//! parallel and never see each other's data; emails are told apart by their
//! recipients, which carry the test's unique suffix.

use appeal_deadlines::AppealDeadlines;
use appeals::Appeals;
use aws_lambda_events::event::sqs::SqsBatchResponse;
use aws_sdk_dynamodb::types::{
    BillingMode, GlobalSecondaryIndex, Projection, ProvisionedThroughput,
};
use aws_sdk_sqs::types::{MessageSystemAttributeName, QueueAttributeName};
use catalog_sync::CatalogSync;
use consumer_notices::ConsumerNotices;
use recall_intake::RecallIntake;
use refunds::Refunds;
use safety_aws::{Bus, CallCounter, Clients, Mailer, Queue, Store};
use safety_domain::refunds::RefundConfig;
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};
use violations::Violations;

pub const SENDER: &str = "recalls@safety.marketplace.example";
/// How the email of a change of account standing starts its subject.
pub const STANDING_SUBJECT: &str = "Your account standing";

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// Loads `infra/local/.run/env.sh` (written by the stack's start) into the
/// environment, unless the variables are already set.
fn load_stack_env() {
    let path = project_root().join("infra/local/.run/env.sh");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: start the local stack first (`infra/local/stack.sh start`, which `make test` does)",
            path.display()
        )
    });
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("export ") else {
            continue;
        };
        if let Some((k, v)) = rest.split_once('=') {
            let v = v.trim_matches(|c| c == '"' || c == '\'');
            if std::env::var(k).is_err() {
                // SAFETY: tests set these before any thread reads the environment
                // for AWS config; every test sets the same values.
                unsafe { std::env::set_var(k, v) };
            }
        }
    }
}

/// A name no other test or run uses.
pub fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}-{}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        nanos % 100_000
    )
}

pub struct Stack {
    pub clients: Clients,
    pub table: String,
    /// This test's consumer-notices queue (a copy of the template's) and its DLQ.
    pub consumer_queue: String,
    pub consumer_dlq: String,
    /// A suffix for this test's email addresses.
    pub tag: String,
    ses_url: String,
    /// This test's own event bus, and the queue its rule delivers every
    /// event to.
    bus: String,
    events_queue: String,
    events_seen: std::sync::Mutex<Vec<Delivered>>,
}

/// An event as the bus delivered it to this test's queue.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub detail_type: String,
    pub detail: Value,
    /// When the bus put it in the queue (SQS's `SentTimestamp`), in
    /// milliseconds since the epoch.
    pub delivered_ms: u64,
}

impl Stack {
    pub async fn new() -> Stack {
        load_stack_env();
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_max_level(tracing::Level::WARN)
            .try_init();
        let clients = Clients::from_env().await;
        let template_table = std::env::var("TABLE_NAME").unwrap_or_else(|_| "SafetyTable".into());
        let table = unique("t");
        clone_table(&clients.dynamodb, &template_table, &table).await;
        let ses_url = std::env::var("AWS_ENDPOINT_URL_SESV2")
            .unwrap_or_else(|_| "http://127.0.0.1:8005".into());
        let mut stack = Stack {
            tag: table.replace("t-", ""),
            clients,
            table,
            ses_url,
            consumer_queue: String::new(),
            consumer_dlq: String::new(),
            bus: String::new(),
            events_queue: String::new(),
            events_seen: std::sync::Mutex::new(Vec::new()),
        };
        let (q, dlq) = stack.queue_like("CONSUMER_NOTICES_QUEUE_URL").await;
        stack.consumer_queue = q;
        stack.consumer_dlq = dlq;
        stack.own_bus().await;
        stack
    }

    /// This test's own event bus, with a rule delivering every event of ours
    /// to this test's own queue (as the template's audit rule does).
    async fn own_bus(&mut self) {
        let (ev, sqs) = (&self.clients.eventbridge, &self.clients.sqs);
        let bus = format!("b-{}", self.tag);
        ev.create_event_bus()
            .name(&bus)
            .send()
            .await
            .expect("create the bus");
        let url = sqs
            .create_queue()
            .queue_name(format!("ev-{}", self.tag))
            .send()
            .await
            .expect("create the events queue")
            .queue_url
            .expect("a queue url");
        let arn = sqs
            .get_queue_attributes()
            .queue_url(&url)
            .attribute_names(QueueAttributeName::QueueArn)
            .send()
            .await
            .expect("the queue's arn")
            .attributes
            .and_then(|mut a| a.remove(&QueueAttributeName::QueueArn))
            .expect("a queue arn");
        ev.put_rule()
            .name(format!("all-{}", self.tag))
            .event_bus_name(&bus)
            .event_pattern(json!({"source": [safety_domain::marketplace::SOURCE]}).to_string())
            .send()
            .await
            .expect("the rule");
        ev.put_targets()
            .rule(format!("all-{}", self.tag))
            .event_bus_name(&bus)
            .targets(
                aws_sdk_eventbridge::types::Target::builder()
                    .id("events")
                    .arn(arn)
                    .build()
                    .expect("a target"),
            )
            .send()
            .await
            .expect("the target");
        self.bus = bus;
        self.events_queue = url;
    }

    /// The marketplace's bus as this test's functions see it.
    pub fn bus(&self) -> Bus {
        Bus::new(self.clients.eventbridge.clone(), &self.bus)
    }

    /// Every event this test's functions published so far (detail-type,
    /// detail), read from the queue the bus delivers them to.
    pub async fn events(&self) -> Vec<(String, Value)> {
        self.events_delivered()
            .await
            .into_iter()
            .map(|d| (d.detail_type, d.detail))
            .collect()
    }

    /// As [`Self::events`], each with when the bus delivered it.
    pub async fn events_delivered(&self) -> Vec<Delivered> {
        let sqs = &self.clients.sqs;
        loop {
            let out = sqs
                .receive_message()
                .queue_url(&self.events_queue)
                .max_number_of_messages(10)
                .message_system_attribute_names(MessageSystemAttributeName::SentTimestamp)
                .send()
                .await
                .expect("receive the events");
            let messages = out.messages.unwrap_or_default();
            if messages.is_empty() {
                break;
            }
            for m in messages {
                let body: Value = serde_json::from_str(m.body().unwrap_or("{}")).expect("an event");
                let delivered_ms = m
                    .attributes()
                    .and_then(|a| a.get(&MessageSystemAttributeName::SentTimestamp))
                    .and_then(|t| t.parse().ok())
                    .expect("a SentTimestamp");
                if let Ok(mut seen) = self.events_seen.lock() {
                    seen.push(Delivered {
                        detail_type: body["detail-type"].as_str().unwrap_or_default().to_string(),
                        detail: body["detail"].clone(),
                        delivered_ms,
                    });
                }
                if let Some(h) = m.receipt_handle() {
                    let _ = sqs
                        .delete_message()
                        .queue_url(&self.events_queue)
                        .receipt_handle(h)
                        .send()
                        .await;
                }
            }
        }
        self.events_seen
            .lock()
            .map(|s| s.clone())
            .unwrap_or_default()
    }

    pub fn calls(&self) -> &CallCounter {
        &self.clients.calls
    }

    pub fn store(&self) -> Store {
        Store::new(self.clients.dynamodb.clone(), &self.table)
    }

    pub fn catalog(&self) -> CatalogSync {
        CatalogSync::new(self.store(), self.mailer(), self.consumer_pages())
            .with_bus(Some(self.bus()))
    }

    /// The SQS client, for reading a queue as a consumer would.
    pub fn clients_sqs(&self) -> &aws_sdk_sqs::Client {
        &self.clients.sqs
    }

    /// This test's copy of the consumer-notices queue.
    pub fn consumer_queue_url(&self) -> &str {
        &self.consumer_queue
    }

    pub fn mailer(&self) -> Mailer {
        Mailer::new(self.clients.ses.clone(), SENDER)
    }

    pub fn consumer_pages(&self) -> Queue {
        Queue::new(self.clients.sqs.clone(), &self.consumer_queue)
    }

    pub fn intake(&self) -> RecallIntake {
        RecallIntake::new(self.store(), self.mailer(), self.consumer_pages())
            .with_bus(Some(self.bus()))
    }

    pub fn email_events(&self) -> email_events::EmailEvents {
        email_events::EmailEvents::new(self.store())
    }

    pub fn appeals(&self) -> Appeals {
        Appeals::new(self.store(), self.mailer(), self.consumer_pages()).with_bus(Some(self.bus()))
    }

    pub fn deadlines(&self) -> AppealDeadlines {
        AppealDeadlines::new(self.store(), self.consumer_pages())
    }

    pub fn violations(&self) -> Violations {
        Violations::new(self.store(), self.mailer(), self.consumer_pages())
            .with_bus(Some(self.bus()))
    }

    pub fn refunds(&self) -> Refunds {
        Refunds::new(self.store(), self.mailer(), RefundConfig::default())
            .with_bus(Some(self.bus()))
    }

    /// The recall desk over this test's table.
    pub fn desk(&self) -> recall_desk::RecallDesk<Store> {
        recall_desk::RecallDesk::new(self.store())
    }

    /// The public recall product lists over this test's table.
    pub fn lists(&self) -> recall_desk::RecallDesk<Store> {
        recall_desk::RecallDesk::public(self.store())
    }

    /// A page of the desk (or, `public`, of the lists) as its Function URL
    /// answers it: (status, content type, body).
    pub async fn page(
        &self,
        public: bool,
        path: &str,
        query: &[(&str, &str)],
    ) -> (i64, String, String) {
        let desk = if public { self.lists() } else { self.desk() };
        match desk
            .handle(url_request(path, query), chrono::Utc::now())
            .await
        {
            Ok(recall_desk::Reply::Http(r)) => (
                r.status_code,
                r.headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string(),
                r.body.unwrap_or_default(),
            ),
            Ok(recall_desk::Reply::Json(v)) => panic!("a page answered JSON: {v}"),
            Err(e) => panic!("{path}: {e}"),
        }
    }

    /// A direct desk query's JSON answer.
    pub async fn ask(&self, query: Value) -> Value {
        match self.desk().handle(query.clone(), chrono::Utc::now()).await {
            Ok(recall_desk::Reply::Json(v)) => v,
            Ok(recall_desk::Reply::Http(_)) => panic!("{query}: answered a page"),
            Err(e) => panic!("{query}: {e}"),
        }
    }

    /// The intake queue of this test (a copy of the stack's), for the feeds.
    pub async fn intake_queue(&self) -> Queue {
        let (url, _) = self.queue_like("RECALL_INTAKE_QUEUE_URL").await;
        Queue::new(self.clients.sqs.clone(), url)
    }

    /// Runs what waits on a queue through `recall-intake`, as the event
    /// source mapping would.
    pub async fn drain_intake(&self, queue: &Queue) -> Vec<SqsBatchResponse> {
        let intake = self.intake();
        self.pump(queue.url(), 20, |e| intake.handle_event(e)).await
    }

    pub fn consumer_notices(&self) -> ConsumerNotices {
        ConsumerNotices::new(self.store(), self.mailer(), self.consumer_pages())
            .with_bus(Some(self.bus()))
    }

    /// Runs the consumer recall's pages through `consumer-notices` until its
    /// queue is empty, as the event source mapping would. Returns the batch
    /// responses (one page per batch, the function's batch size).
    pub async fn drain_consumer_notices(&self, max_pages: usize) -> Vec<SqsBatchResponse> {
        let notices = self.consumer_notices();
        self.pump(&self.consumer_queue, max_pages, |e| notices.handle_event(e))
            .await
    }

    /// A scheduled event (EventBridge's standard shape) whose time is `time`.
    pub fn scheduled_event(
        time: chrono::DateTime<chrono::Utc>,
    ) -> aws_lambda_events::event::eventbridge::EventBridgeEvent<serde_json::Value> {
        serde_json::from_value(serde_json::json!({
            "version": "0", "id": format!("sched-{}", time.timestamp()),
            "detail-type": "Scheduled Event", "source": "aws.events",
            "account": "123456789012", "time": time.to_rfc3339(), "region": "eu-west-1",
            "resources": ["arn:aws:events:eu-west-1:123456789012:rule/appeal-deadlines"],
            "detail": {}
        }))
        .expect("a scheduled event")
    }

    /// An email address unique to this test.
    pub fn address(&self, local: &str) -> String {
        format!("{local}.{}@example.org", self.tag)
    }

    /// The emails the SES stand-in recorded for `to`.
    pub fn emails_to(&self, to: &str) -> Vec<SentEmail> {
        sent_emails(&self.ses_url)
            .into_iter()
            .filter(|e| e.destination.to.iter().any(|t| t == to))
            .collect()
    }

    /// The emails to `to` but the account-standing ones (a penalty booked by
    /// a recall case may move the seller's standing, which is its own email).
    pub fn notices_to(&self, to: &str) -> Vec<SentEmail> {
        self.emails_to(to)
            .into_iter()
            .filter(|e| !e.subject.starts_with(STANDING_SUBJECT))
            .collect()
    }

    /// Every email to an address of this test.
    pub fn emails_of_this_test(&self) -> Vec<SentEmail> {
        sent_emails(&self.ses_url)
            .into_iter()
            .filter(|e| e.destination.to.iter().any(|t| t.contains(&self.tag)))
            .collect()
    }

    /// A queue and its DLQ, copies of a template queue (its redrive policy,
    /// with `deadLetterTargetArn` pointing at the copy of its DLQ).
    pub async fn queue_like(&self, template_queue_env: &str) -> (String, String) {
        let sqs = &self.clients.sqs;
        let template_url = std::env::var(template_queue_env)
            .unwrap_or_else(|_| panic!("{template_queue_env} is not set by the stack's env.sh"));
        let attrs = sqs
            .get_queue_attributes()
            .queue_url(&template_url)
            .attribute_names(QueueAttributeName::All)
            .send()
            .await
            .expect("template queue attributes")
            .attributes
            .unwrap_or_default();
        let redrive: serde_json::Value = serde_json::from_str(
            attrs
                .get(&QueueAttributeName::RedrivePolicy)
                .expect("the template queue has a RedrivePolicy"),
        )
        .expect("redrive policy JSON");
        let dlq_name = unique("dlq");
        let dlq_url = sqs
            .create_queue()
            .queue_name(&dlq_name)
            .send()
            .await
            .expect("create DLQ")
            .queue_url
            .unwrap_or_default();
        let dlq_arn = sqs
            .get_queue_attributes()
            .queue_url(&dlq_url)
            .attribute_names(QueueAttributeName::QueueArn)
            .send()
            .await
            .expect("DLQ arn")
            .attributes
            .unwrap_or_default()
            .remove(&QueueAttributeName::QueueArn)
            .unwrap_or_default();
        let policy = serde_json::json!({
            "deadLetterTargetArn": dlq_arn,
            "maxReceiveCount": redrive["maxReceiveCount"],
        });
        let url = sqs
            .create_queue()
            .queue_name(unique("q"))
            .attributes(QueueAttributeName::RedrivePolicy, policy.to_string())
            .send()
            .await
            .expect("create queue")
            .queue_url
            .unwrap_or_default();
        (url, dlq_url)
    }

    pub async fn send(&self, queue_url: &str, body: &str) {
        self.clients
            .sqs
            .send_message()
            .queue_url(queue_url)
            .message_body(body)
            .send()
            .await
            .expect("send message");
    }

    /// Messages waiting in a queue (the DLQ), received and left there.
    pub async fn peek(&self, queue_url: &str) -> Vec<String> {
        let out = self
            .clients
            .sqs
            .receive_message()
            .queue_url(queue_url)
            .max_number_of_messages(10)
            .visibility_timeout(0)
            .send()
            .await
            .expect("receive");
        out.messages
            .unwrap_or_default()
            .into_iter()
            .filter_map(|m| m.body)
            .collect()
    }

    /// Plays Lambda's SQS event source mapping: receives batches, hands them
    /// to `handler`, deletes what succeeded and makes the failures visible
    /// again at once, until the queue is empty (failures end in the DLQ after
    /// `maxReceiveCount`). Returns every batch response.
    pub async fn pump<F, Fut>(
        &self,
        queue_url: &str,
        max_rounds: usize,
        handler: F,
    ) -> Vec<SqsBatchResponse>
    where
        F: Fn(aws_lambda_events::event::sqs::SqsEvent) -> Fut,
        Fut: std::future::Future<Output = SqsBatchResponse>,
    {
        let sqs = &self.clients.sqs;
        let mut responses = Vec::new();
        for _ in 0..max_rounds {
            let out = sqs
                .receive_message()
                .queue_url(queue_url)
                .max_number_of_messages(10)
                .visibility_timeout(30)
                .message_system_attribute_names(MessageSystemAttributeName::ApproximateReceiveCount)
                .send()
                .await
                .expect("receive");
            let messages = out.messages.unwrap_or_default();
            if messages.is_empty() {
                break;
            }
            let mut handles = HashMap::new();
            let event = safety_runtime::sqs_event(messages.iter().map(|m| {
                let id = m.message_id.clone().unwrap_or_default();
                handles.insert(id.clone(), m.receipt_handle.clone().unwrap_or_default());
                let count = m
                    .attributes
                    .as_ref()
                    .and_then(|a| a.get(&MessageSystemAttributeName::ApproximateReceiveCount))
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(1);
                (id, m.body.clone().unwrap_or_default(), count)
            }));
            let response = handler(event).await;
            let failed: Vec<&str> = response
                .batch_item_failures
                .iter()
                .map(|f| f.item_identifier.as_str())
                .collect();
            for (id, handle) in &handles {
                if failed.contains(&id.as_str()) {
                    sqs.change_message_visibility()
                        .queue_url(queue_url)
                        .receipt_handle(handle)
                        .visibility_timeout(0)
                        .send()
                        .await
                        .expect("make visible");
                } else {
                    sqs.delete_message()
                        .queue_url(queue_url)
                        .receipt_handle(handle)
                        .send()
                        .await
                        .expect("delete");
                }
            }
            responses.push(response);
        }
        responses
    }
}

async fn clone_table(ddb: &aws_sdk_dynamodb::Client, from: &str, to: &str) {
    let desc = ddb
        .describe_table()
        .table_name(from)
        .send()
        .await
        .unwrap_or_else(|e| {
            panic!("the template's table {from} is not on the local stack ({e:?}): run `infra/local/stack.sh start`")
        })
        .table
        .expect("table description");
    let gsis: Vec<GlobalSecondaryIndex> = desc
        .global_secondary_indexes()
        .iter()
        .map(|g| {
            GlobalSecondaryIndex::builder()
                .index_name(g.index_name().unwrap_or_default())
                .set_key_schema(Some(g.key_schema().to_vec()))
                .projection(
                    g.projection()
                        .cloned()
                        .unwrap_or_else(|| Projection::builder().build()),
                )
                .build()
                .expect("gsi")
        })
        .collect();
    let mut create = ddb
        .create_table()
        .table_name(to)
        .set_key_schema(Some(desc.key_schema().to_vec()))
        .set_attribute_definitions(Some(desc.attribute_definitions().to_vec()))
        .billing_mode(BillingMode::PayPerRequest);
    if !gsis.is_empty() {
        create = create.set_global_secondary_indexes(Some(gsis));
    }
    let _unused: Option<ProvisionedThroughput> = None;
    create.send().await.expect("create test table");
}

#[derive(Debug, Clone, Deserialize)]
pub struct SentEmail {
    pub destination: Destination,
    pub subject: String,
    pub body: Body,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Destination {
    #[serde(default)]
    pub to: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Body {
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Store_ {
    emails: Vec<SentEmail>,
}

fn sent_emails(ses_url: &str) -> Vec<SentEmail> {
    let store: Store_ = ureq::get(&format!("{ses_url}/store"))
        .call()
        .expect("GET /store of the SES stand-in")
        .body_mut()
        .with_config()
        // The 10,000-order test leaves ~30 MB of mail there until it clears it.
        .limit(512 * 1024 * 1024)
        .read_json()
        .expect("the store's JSON");
    store.emails
}

/// A regulator record from `tests/fixtures/recalls/`.
pub fn fixture(path: &str) -> String {
    let p = project_root().join("tests/fixtures/recalls").join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A `recall_received` message around a record (a JSON value).
pub fn recall_message(id: &str, source: &str, record: serde_json::Value) -> String {
    serde_json::json!({
        "type": "recall_received",
        "id": id,
        "source": source,
        "received_at": "2026-11-03T08:00:00Z",
        "record": record,
    })
    .to_string()
}

/// An SQS event of these bodies, with made-up SQS message ids.
pub fn event_of<S: AsRef<str>>(bodies: &[S]) -> aws_lambda_events::event::sqs::SqsEvent {
    safety_runtime::sqs_event(
        bodies
            .iter()
            .enumerate()
            .map(|(i, b)| (format!("sqs-{i}"), b.as_ref().to_string(), 1)),
    )
}

// ---- catalogue helpers -----------------------------------------------------

/// Any catalogue event through `catalog-sync`, which must take it.
pub async fn sync(stack: &Stack, body: Value) {
    let resp = stack
        .catalog()
        .handle_event(event_of(&[body.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{body}");
}

/// A seller through `catalog-sync`; returns (account email, safety mailbox).
pub async fn seller(stack: &Stack, id: &str, safety_mailbox: bool) -> (String, String) {
    let account = stack.address(&format!("ops-{id}"));
    let safety = stack.address(&format!("safety-{id}"));
    let mut body = json!({"type":"seller_upserted","id":format!("evt-{id}"),"seller_id":id,
        "name":format!("Seller {id}"),"email":account,"locale":"en"});
    if safety_mailbox {
        body["safety_email"] = json!(safety);
    }
    let resp = stack
        .catalog()
        .handle_event(event_of(&[body.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    (account, safety)
}

/// A listing through `catalog-sync`, with `fields` over the defaults.
pub async fn listing(stack: &Stack, id: &str, seller: &str, fields: Value) {
    let mut body = json!({"type":"listing_upserted","id":format!("evt-{id}"),"listing_id":id,
        "seller_id":seller,"title":format!("Listing {id}"),"updated_at":"2026-11-01T10:00:00Z"});
    for (k, v) in fields.as_object().unwrap() {
        body[k] = v.clone();
    }
    let resp = stack
        .catalog()
        .handle_event(event_of(&[body.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{body}");
}

/// A seller (no safety mailbox) with one listing of `fields`; returns the
/// seller's account email.
pub async fn seller_with_listing(
    stack: &Stack,
    seller_id: &str,
    listing_id: &str,
    fields: Value,
) -> String {
    let (account, _) = seller(stack, seller_id, false).await;
    listing(stack, listing_id, seller_id, fields).await;
    account
}

/// An order through `catalog-sync` of two units of each listing, delivered
/// to `market`, by a buyer living there; returns the buyer's email.
pub async fn order(
    stack: &Stack,
    order_id: &str,
    buyer_id: &str,
    listings: &[&str],
    market: &str,
    locale: &str,
) -> String {
    place_order(stack, order_id, buyer_id, listings, market, locale, true).await
}

/// The same order paid and not shipped yet.
pub async fn unshipped_order(
    stack: &Stack,
    order_id: &str,
    buyer_id: &str,
    listings: &[&str],
    market: &str,
    locale: &str,
) -> String {
    place_order(stack, order_id, buyer_id, listings, market, locale, false).await
}

async fn place_order(
    stack: &Stack,
    order_id: &str,
    buyer_id: &str,
    listings: &[&str],
    market: &str,
    locale: &str,
    delivered: bool,
) -> String {
    let email = stack.address(&format!("buyer-{buyer_id}"));
    let lines: Vec<serde_json::Value> = listings
        .iter()
        .map(|l| {
            serde_json::json!({"listing_id": l, "quantity": 2,
            "unit_price": {"amount": "24.90", "currency": "EUR"},
            "fees": {"amount": "3.10", "currency": "EUR"}})
        })
        .collect();
    let mut body = serde_json::json!({"type":"order_placed","id":format!("evt-{order_id}"),"order_id":order_id,
        "placed_at":"2026-10-01T09:00:00Z",
        "buyer":{"buyer_id":buyer_id,"email":email,"name":format!("Buyer {buyer_id}"),"country":market,"locale":locale},
        "ship_to":{"country":market,"postal_code":"75011","region":null},
        "lines":lines});
    if delivered {
        body["shipped_at"] = json!("2026-10-02T09:00:00Z");
        body["delivered_at"] = json!("2026-10-06T15:00:00Z");
    }
    let resp = stack
        .catalog()
        .handle_event(event_of(&[body.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{body}");
    email
}

/// The catalogue of the 100-seller intake (the bench and its test): sellers
/// S-0..S-99, each with one listing L-<n> of the same GTIN on sale in FR,
/// through `catalog-sync`. Returns the recall message (a platform
/// inspection of that GTIN in FR, id `bench-100`) that matches all 100.
pub async fn hundred_sellers_of_one_gtin(stack: &Stack, gtin: &str) -> String {
    let mut batch = Vec::new();
    for s in 0..100 {
        batch.push(
            json!({"type":"seller_upserted","id":format!("s-{s}"),"seller_id":format!("S-{s}"),
            "name":format!("Seller {s}"),"email":stack.address(&format!("s{s}"))})
            .to_string(),
        );
        batch.push(
            json!({"type":"listing_upserted","id":format!("l-{s}"),"listing_id":format!("L-{s}"),
            "seller_id":format!("S-{s}"),"title":"Magnetic tiles","gtins":[gtin],"markets":["FR"],
            "updated_at":"2026-11-01T10:00:00Z"})
            .to_string(),
        );
        if batch.len() == 10 {
            let resp = stack.catalog().handle_event(event_of(&batch)).await;
            assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
            batch.clear();
        }
    }
    let record = json!({"reference":"INSP-100","title":"Bench recall","hazard":"Bench hazard",
        "risk":"serious","gtins":[gtin],"markets":["FR"]});
    json!({"type":"recall_received","id":"bench-100","source":"platform",
        "channel":"inspection","recall":record})
    .to_string()
}

/// The catalogue of the 1,000-listing intake (the bench and its test): a
/// product range of `gtins.len()` variants (a recall names every variant's
/// barcode), each of sellers S-0..S-<sellers - 1> listing every variant
/// (listing `L-<seller>-<variant>`, on sale in FR), through `catalog-sync`.
/// Returns the recall message (a platform inspection of all the variants in
/// FR, id `bench-<listings>`, recall `R-platform-INSP-<listings>`) that
/// matches every listing, and the listings' ids.
pub async fn sellers_of_a_product_range(
    stack: &Stack,
    sellers: usize,
    gtins: &[String],
) -> (String, Vec<String>) {
    let mut batch = Vec::new();
    let mut listing_ids = Vec::new();
    let flush = |batch: Vec<String>| async move {
        let resp = stack.catalog().handle_event(event_of(&batch)).await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    };
    for s in 0..sellers {
        batch.push(
            json!({"type":"seller_upserted","id":format!("s-{s}"),"seller_id":format!("S-{s}"),
            "name":format!("Seller {s}"),"email":stack.address(&format!("s{s}"))})
            .to_string(),
        );
        for (v, gtin) in gtins.iter().enumerate() {
            let id = format!("L-{s}-{v}");
            batch.push(
                json!({"type":"listing_upserted","id":format!("l-{s}-{v}"),"listing_id":id,
                "seller_id":format!("S-{s}"),"title":format!("Magnetic tiles, variant {v}"),
                "gtins":[gtin],"markets":["FR"],"updated_at":"2026-11-01T10:00:00Z"})
                .to_string(),
            );
            listing_ids.push(id);
            if batch.len() == 10 {
                flush(std::mem::take(&mut batch)).await;
            }
        }
    }
    if !batch.is_empty() {
        flush(batch).await;
    }
    let n = listing_ids.len();
    let record = json!({"reference":format!("INSP-{n}"),"title":"Bench recall","hazard":"Bench hazard",
        "risk":"serious","gtins":gtins,"markets":["FR"]});
    let msg = json!({"type":"recall_received","id":format!("bench-{n}"),"source":"platform",
        "channel":"inspection","recall":record})
    .to_string();
    (msg, listing_ids)
}

/// The large consumer recall of the scale test and the bench: seller S-1's
/// listing L-1 (the keto GTIN, on sale in FR), 10,000 orders of it by 9,500
/// buyers (500 of them ordered twice) seeded straight into the table, then
/// a recall of it whose regulator's order starts the consumer recall at once.
/// Returns when the first page is queued.
pub async fn ten_thousand_orders_recalled_at_once(stack: &Stack) {
    orders_recalled_at_once(stack, 10_000).await
}

/// As [`ten_thousand_orders_recalled_at_once`], with `n` orders (the first
/// tenth by buyers who ordered twice). The case is
/// `R-platform-ORDER-1/L-1`.
pub async fn orders_recalled_at_once(stack: &Stack, n: usize) {
    let twice = n / 10;
    use safety_domain::notices::consumer::{ConsumerOrder, Language};
    seller(stack, "S-1", false).await;
    listing(
        stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let fr = safety_domain::Country::parse("FR").expect("FR is a country");
    let placed_at = chrono::DateTime::parse_from_rfc3339("2026-10-01T09:00:00Z")
        .expect("a time")
        .with_timezone(&chrono::Utc);
    let money = |amount: &str| safety_domain::Money {
        amount: amount.into(),
        currency: "EUR".into(),
    };
    let orders: Vec<ConsumerOrder> = (0..n)
        .map(|i| {
            let buyer = if i < twice { i / 2 } else { i - twice / 2 };
            ConsumerOrder {
                order_id: format!("O-{i:05}"),
                buyer_id: format!("B-{buyer:05}"),
                email: stack.address(&format!("b{buyer:05}")),
                language: Language::Fr,
                country: fr.clone(),
                market: fr.clone(),
                placed_at,
                quantity: 1,
                unit_price: money("24.90"),
                fees: money("3.10"),
                cancelled_at: None,
                shipped_at: Some(placed_at + chrono::Duration::days(1)),
                also: None,
            }
        })
        .collect();
    seed_order_lines(stack, "L-1", &orders).await;
    let record = json!({"reference":"ORDER-1","title":"Keto slim nuit","hazard":"Ethylene oxide above the legal limit",
        "risk":"serious","gtins":["3760289220694"],"markets":["FR"],"timing":{"kind":"immediately"}});
    let msg = json!({"type":"recall_received","id":"insp-1","source":"platform","channel":"inspection","recall":record});
    let resp = stack
        .intake()
        .handle_event(event_of(&[msg.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
}

/// Writes order lines straight to the table with `BatchWriteItem`, in the
/// shape `catalog-sync` writes them: for load tests only (moto's
/// transactions copy every table, so 10,000 orders through the function would
/// measure moto, not us).
pub async fn seed_order_lines(
    stack: &Stack,
    listing_id: &str,
    orders: &[safety_domain::notices::consumer::ConsumerOrder],
) {
    use aws_sdk_dynamodb::types::{AttributeValue, PutRequest, WriteRequest};
    for chunk in orders.chunks(25) {
        let requests: Vec<WriteRequest> = chunk
            .iter()
            .map(|o| {
                let (pk, sk) =
                    safety_aws::store::keys::order_line(listing_id, o.market.as_str(), &o.order_id);
                let item = std::collections::HashMap::from([
                    ("pk".to_string(), AttributeValue::S(pk)),
                    ("sk".to_string(), AttributeValue::S(sk)),
                    ("kind".to_string(), AttributeValue::S("order_line".into())),
                    (
                        "order_id".to_string(),
                        AttributeValue::S(o.order_id.clone()),
                    ),
                    (
                        "buyer_id".to_string(),
                        AttributeValue::S(o.buyer_id.clone()),
                    ),
                    (
                        "data".to_string(),
                        serde_dynamo::to_attribute_value(o).expect("order line"),
                    ),
                ]);
                WriteRequest::builder()
                    .put_request(
                        PutRequest::builder()
                            .set_item(Some(item))
                            .build()
                            .expect("put"),
                    )
                    .build()
            })
            .collect();
        stack
            .clients
            .dynamodb
            .batch_write_item()
            .request_items(&stack.table, requests)
            .send()
            .await
            .expect("seed order lines");
    }
}

impl Stack {
    /// Clears the SES stand-in's store (only from a test binary that runs alone).
    pub fn clear_sent_emails(&self) {
        let _ = ureq::post(&format!("{}/clear-store", self.ses_url)).send_empty();
    }

    /// Drops this test's table (a large one slows every later moto transaction).
    pub async fn drop_table(&self) {
        let _ = self
            .clients
            .dynamodb
            .delete_table()
            .table_name(&self.table)
            .send()
            .await;
    }
}

/// Checks an event's `detail` against its published schema
/// (`docs/events/<detail-type>.v1.json`), naming every violation.
pub fn assert_valid_event(detail_type: &str, detail: &Value) {
    let errors = event_errors(detail_type, detail);
    assert!(
        errors.is_empty(),
        "{detail_type} does not match its schema: {errors:?}\n{detail}"
    );
}

/// What is wrong with an event's `detail` against its published schema.
pub fn event_errors(detail_type: &str, detail: &Value) -> Vec<String> {
    let path = project_root().join(format!("docs/events/{detail_type}.v1.json"));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display())),
    )
    .expect("a JSON schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    validator
        .iter_errors(detail)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

/// The page as Debian's chromium leaves it once loaded (headless, scripts
/// allowed to run for a moment): the serialised DOM. What a person's
/// browser shows, not what the server sent.
pub fn browser_dom(html: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "desk-page-{}-{}",
        std::process::id(),
        NEXT_PAGE.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let page = dir.join("page.html");
    std::fs::write(&page, html).expect("the page written");
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=1000",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs (infra/local/install.sh installs it)");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

static NEXT_PAGE: AtomicU32 = AtomicU32::new(0);

/// The local feed server (`infra/local/feed_server.py`) on a port of its
/// own, serving a copy of `infra/local/feeds/` that the test may edit (a
/// corrected record). Stopped when dropped.
pub struct FeedServer {
    child: std::process::Child,
    pub port: u16,
    pub root: PathBuf,
}

impl FeedServer {
    pub fn start() -> FeedServer {
        let root = std::env::temp_dir().join(format!(
            "feeds-{}-{}",
            std::process::id(),
            NEXT_PAGE.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&root).expect("the feeds' folder");
        for entry in
            std::fs::read_dir(project_root().join("infra/local/feeds")).expect("infra/local/feeds")
        {
            let path = entry.expect("an entry").path();
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, root.join(name)).expect("a feed copied");
            }
        }
        let mut child = std::process::Command::new("python3")
            .arg(project_root().join("infra/local/feed_server.py"))
            .arg("--root")
            .arg(&root)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs the feed server");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("its stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("the server says where it listens");
        let port = line
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("feed server: {line}"));
        FeedServer { child, port, root }
    }

    /// The base URL of a feed, through a misbehaviour prefix (`""`,
    /// `"ratelimited/"`, `"html-error/"`, `"truncated/"`, `"down/"`).
    pub fn url(&self, prefix: &str, feed: &str) -> String {
        format!("http://127.0.0.1:{}/{prefix}{feed}", self.port)
    }

    /// Replaces a feed's records.
    pub fn set_records(&self, feed: &str, records: &Value) {
        std::fs::write(self.root.join(format!("{feed}.json")), records.to_string())
            .expect("records written");
    }

    pub fn records(&self, feed: &str) -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(self.root.join(format!("{feed}.json"))).expect("records"),
        )
        .expect("JSON records")
    }
}

impl Drop for FeedServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// HTTP that counts its calls (a design figure per poll).
pub struct CountingHttp<H> {
    pub inner: H,
    pub calls: std::sync::atomic::AtomicUsize,
}

impl<H: safety_app::ports::Http> safety_app::ports::Http for CountingHttp<H> {
    async fn get(
        &self,
        request: &safety_sources::feeds::Request,
    ) -> Result<safety_sources::feeds::Response, safety_app::PortError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        self.inner.get(request).await
    }
}

/// The Function URL request of a page, as Lambda delivers it (for tests
/// and the demo): `GET <path>?<query>`.
pub fn url_request(path: &str, query: &[(&str, &str)]) -> serde_json::Value {
    let params: std::collections::HashMap<&str, &str> = query.iter().copied().collect();
    serde_json::json!({
        "version": "2.0", "rawPath": path, "rawQueryString": "",
        "headers": {}, "queryStringParameters": params,
        "requestContext": {"http": {"method": "GET", "path": path, "protocol": "HTTP/1.1",
            "sourceIp": "127.0.0.1", "userAgent": "test"},
            "accountId": "123456789012", "apiId": "desk", "domainName": "desk.lambda-url.local",
            "domainPrefix": "desk", "requestId": "r-1", "routeKey": "$default", "stage": "$default",
            "time": "01/Dec/2026:10:00:00 +0000", "timeEpoch": 0},
        "isBase64Encoded": false
    })
}
