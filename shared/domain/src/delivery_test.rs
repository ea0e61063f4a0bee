use super::*;

const BOUNCE: &str = include_str!("../../../events/email-events/ses_bounce_body.json");

fn sns(message: &str) -> String {
    serde_json::json!({
        "Type": "Notification",
        "MessageId": "sns-1",
        "TopicArn": "arn:aws:sns:eu-west-1:123456789012:email-events",
        "Message": message,
        "Timestamp": "2026-12-01T10:00:06.000Z"
    })
    .to_string()
}

#[test]
fn an_outbox_key_survives_the_ses_tags_and_names_its_recall() {
    let key = OutboxKey::new(
        "notice:R-rappelconso-2021-05-0242/S-1001/1",
        "seller:S-1001",
    );
    let [(a, about), (t, to)] = tags(&key);
    assert_eq!((a, t), (TAG_ABOUT, TAG_TO));
    for v in [&about, &to] {
        assert!(
            v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{v}"
        );
    }
    assert_eq!(about, "notice_3AR-rappelconso-2021-05-0242_2FS-1001_2F1");
    assert_eq!(decode(&about).as_deref(), Some(key.about.as_str()));
    assert_eq!(decode("caf_C3_A9").as_deref(), Some("café"));
    assert_eq!(decode("bad_Z"), None);
    assert_eq!(recall_of(&key), Some("R-rappelconso-2021-05-0242"));
    assert_eq!(
        recall_of(&OutboxKey::new("case:R-1/L-2", "seller:S#x")),
        Some("R-1")
    );
    assert_eq!(
        recall_of(&OutboxKey::new("recall:R-9", "buyer:B-1")),
        Some("R-9")
    );
    assert_eq!(
        recall_of(&OutboxKey::new("refund:O-1/rr-1", "buyer:B-1")),
        None
    );
    assert_eq!(recipient_role(&key), "seller");
}

#[test]
fn a_hard_bounce_is_recorded_under_its_recall_and_suppresses_the_address() {
    for body in [sns(BOUNCE), BOUNCE.to_string()] {
        let d = decide(&body, "sqs-1").unwrap();
        assert_eq!(d.notes.len(), 1);
        let n = &d.notes[0];
        assert_eq!(n.recall_id.as_deref(), Some("R-rappelconso-2021-05-0242"));
        assert_eq!(n.role, "seller");
        assert_eq!(n.outcome, Outcome::HardBounce);
        assert_eq!(n.subtype, "General");
        assert_eq!(n.ses_message_id, "0102017c-mail-0001");
        assert_eq!(n.recipient, recipient_key("Nobody@Sellers.example "));
        assert_eq!(d.suppress, vec![n.recipient.clone()]);
        // No address anywhere in what is kept.
        assert!(!format!("{d:?}").contains("nobody@"));
    }
}

#[test]
fn a_soft_bounce_is_recorded_without_suppressing_and_a_complaint_suppresses() {
    let soft = BOUNCE
        .replace("\"Permanent\"", "\"Transient\"")
        .replace("\"General\"", "\"MailboxFull\"");
    let d = decide(&soft, "sqs-2").unwrap();
    assert_eq!(d.notes[0].outcome, Outcome::SoftBounce);
    assert!(d.suppress.is_empty());
    let complaint = serde_json::json!({
        "eventType": "Complaint",
        "complaint": {"complainedRecipients": [{"emailAddress": "b@example.org"}],
                      "complaintFeedbackType": "abuse", "timestamp": "2026-12-01T11:00:00Z"},
        "mail": {"messageId": "m-2", "tags": {"about": ["recall_3AR-9"], "to": ["buyer_3AB-7"]}}
    })
    .to_string();
    let d = decide(&complaint, "sqs-3").unwrap();
    assert_eq!(d.notes[0].outcome, Outcome::Complaint);
    assert_eq!(d.notes[0].recall_id.as_deref(), Some("R-9"));
    assert_eq!(d.notes[0].role, "buyer");
    assert_eq!(d.suppress.len(), 1);
}

#[test]
fn other_events_decide_nothing_and_bad_ones_name_the_field_not_the_value() {
    let delivery = r#"{"eventType":"Delivery","mail":{"messageId":"m"},"delivery":{}}"#;
    assert_eq!(
        decide(delivery, "sqs-4").unwrap(),
        DeliveryDecision::default()
    );
    let e = decide(
        r#"{"eventType":"Bounce","mail":{"messageId":"m"}}"#,
        "sqs-5",
    )
    .unwrap_err();
    assert_eq!(
        (e.message_id.as_str(), e.field.as_str()),
        ("sqs-5", "bounce")
    );
    let e = decide(r#"{"eventType":"Bounce","mail":{}}"#, "sqs-6").unwrap_err();
    assert_eq!(e.field, "mail.messageId");
    let e = decide("not json at all secret@x.example", "sqs-7").unwrap_err();
    assert!(!e.to_string().contains("secret@"), "{e}");
    let e = decide(
        &serde_json::json!({"Type": "SubscriptionConfirmation", "Message": "x"}).to_string(),
        "sqs-8",
    )
    .unwrap_err();
    assert_eq!(e.field, "Type");
}
