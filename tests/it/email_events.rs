//! SES's bounces and complaints on the local stack: an SES event (as SNS
//! delivers it to the `email-events` queue) through the real handler into
//! moto, the hard-bounced address not emailed again by the next notice, and
//! the desk's recall page showing the bounce without the address.

use safety_domain::delivery::tags;
use safety_domain::outbox::OutboxKey;
use safety_tests::{event_of, fixture, recall_message, seller_with_listing, Stack};
use serde_json::{json, Value};

const RECALL: &str = "R-rappelconso-2021-05-0242";

fn keto() -> Value {
    serde_json::from_str(&fixture("rappelconso/v2_gtin_trie_2021-05-0242.json")).unwrap()
}

/// SES's bounce event of the email `key` to `address`, wrapped by SNS.
fn bounce(address: &str, key: &OutboxKey, kind: &str) -> String {
    let [(a, about), (t, to)] = tags(key);
    let ses = json!({
        "eventType": "Bounce",
        "bounce": {"bounceType": kind, "bounceSubType": "General",
                   "bouncedRecipients": [{"emailAddress": address, "status": "5.1.1"}],
                   "timestamp": "2026-12-01T10:00:05.000Z"},
        "mail": {"timestamp": "2026-12-01T10:00:00.000Z", "messageId": "ses-msg-1",
                 "destination": [address],
                 "tags": {"ses:configuration-set": ["product-safety"], a: [about], t: [to]}}
    });
    json!({"Type": "Notification", "MessageId": "sns-1",
           "TopicArn": "arn:aws:sns:eu-west-1:123456789012:email-events",
           "Message": ses.to_string()})
    .to_string()
}

#[tokio::test]
async fn a_hard_bounce_is_recorded_once_the_address_is_not_emailed_again_and_the_desk_shows_it() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-1",
        json!({"gtins": ["3760289220694"], "markets": ["FR"]}),
    )
    .await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-1", "rappelconso", keto())]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    assert_eq!(
        stack.notices_to(&account).len(),
        1,
        "the first notice went out"
    );
    let part = stack.store().recall_partition(RECALL).await.unwrap();
    let notice_id = part.notices[0].notice.notice_id.clone();

    // SES says the address does not exist: delivered twice.
    let key = OutboxKey::new(format!("notice:{notice_id}"), "seller:S-1");
    let body = bounce(&account, &key, "Permanent");
    stack.calls().reset();
    let resp = stack.email_events().handle_event(event_of(&[&body])).await;
    assert!(resp.batch_item_failures.is_empty());
    // The processed check and one transaction (the note, the suppression,
    // the marker).
    assert_eq!(
        stack.calls().service_total("DynamoDB"),
        2,
        "{:?}",
        stack.calls().snapshot()
    );
    let resp = stack.email_events().handle_event(event_of(&[&body])).await;
    assert!(resp.batch_item_failures.is_empty());
    let part = stack.store().recall_partition(RECALL).await.unwrap();
    assert_eq!(part.deliveries.len(), 1, "recorded once");

    // The desk's recall view shows it, without the address.
    let view = stack
        .ask(json!({"query": "recall", "recall_id": RECALL}))
        .await;
    let bounces = view["bounces"].as_array().cloned().unwrap_or_default();
    assert_eq!(bounces.len(), 1, "{view}");
    assert_eq!(bounces[0]["outcome"], "hard bounce");
    assert_eq!(bounces[0]["role"], "seller");
    assert_eq!(bounces[0]["suppressed"], true);
    assert_eq!(bounces[0]["email"], format!("notice:{notice_id}"));
    let (status, _, html) = stack.page(false, &format!("/recalls/{RECALL}"), &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("hard bounce") && html.contains("not emailed again"));
    assert!(
        !html.contains(&account) && !view.to_string().contains(&account),
        "no address"
    );

    // A case email to the same address (an appeal received) is not sent.
    let before = stack.emails_to(&account).len();
    let appeal = json!({"type": "appeal_filed", "id": "ap-1",
        "case_id": format!("{RECALL}/L-1"), "seller_id": "S-1",
        "filed_at": chrono::Utc::now().to_rfc3339(), "grounds": "Another batch."});
    let resp = stack
        .appeals()
        .handle_event(event_of(&[appeal.to_string()]))
        .await;
    assert!(
        resp.batch_item_failures.is_empty(),
        "not retried: marked suppressed"
    );
    assert_eq!(stack.emails_to(&account).len(), before, "not emailed again");
}

#[tokio::test]
async fn a_soft_bounce_is_shown_and_the_address_is_still_emailed() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-2",
        "L-2",
        json!({"gtins": ["3760289220694"], "markets": ["FR"]}),
    )
    .await;
    stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-2", "rappelconso", keto())]))
        .await;
    let part = stack.store().recall_partition(RECALL).await.unwrap();
    let notice = part
        .notices
        .iter()
        .find(|n| n.notice.seller_id == "S-2")
        .map(|n| n.notice.notice_id.clone())
        .unwrap();
    let key = OutboxKey::new(format!("notice:{notice}"), "seller:S-2");
    let resp = stack
        .email_events()
        .handle_event(event_of(&[bounce(&account, &key, "Transient")]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let view = stack
        .ask(json!({"query": "recall", "recall_id": RECALL}))
        .await;
    let soft: Vec<&Value> = view["bounces"]
        .as_array()
        .map(|b| b.iter().filter(|b| b["outcome"] == "soft bounce").collect())
        .unwrap_or_default();
    assert!(
        !soft.is_empty() && soft.iter().all(|b| b["suppressed"] == false),
        "{view}"
    );
    let before = stack.emails_to(&account).len();
    let appeal = json!({"type": "appeal_filed", "id": "ap-2",
        "case_id": format!("{RECALL}/L-2"), "seller_id": "S-2",
        "filed_at": chrono::Utc::now().to_rfc3339(), "grounds": "Another batch."});
    stack
        .appeals()
        .handle_event(event_of(&[appeal.to_string()]))
        .await;
    assert_eq!(stack.emails_to(&account).len(), before + 1, "still emailed");
}

#[tokio::test]
async fn a_malformed_event_is_a_batch_failure_naming_the_field_and_nothing_is_written() {
    let stack = Stack::new().await;
    let bad = json!({"Type": "Notification", "Message":
        json!({"eventType": "Bounce", "mail": {"messageId": "m"}}).to_string()})
    .to_string();
    let resp = stack.email_events().handle_event(event_of(&[&bad])).await;
    assert_eq!(resp.batch_item_failures.len(), 1);
}
