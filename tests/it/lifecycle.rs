//! Appeals, the 7-day window and the consumer recall (issue: SPEC 1.2 review,
//! 1.4 steps 2-6) on the local stack, through the real handlers.

use chrono::{DateTime, Duration, Utc};
use safety_domain::recall::intake::{Case, CaseState};
use safety_tests::{
    event_of, fixture, listing, order, recall_message, seller, seller_with_listing, Stack,
};
use serde_json::{json, Value};

const CASE: &str = "R-rappelconso-2021-05-0242/L-1";

fn rappelconso_v2() -> Value {
    serde_json::from_str(&fixture("rappelconso/v2_gtin_trie_2021-05-0242.json")).unwrap()
}

/// Seller S-1, listing L-1 (the keto GTIN) on sale in FR and DE, recalled by
/// RappelConso (FR): the case is open, the notice sent. Returns the case and
/// the seller's address.
async fn recalled(stack: &Stack) -> (Case, String) {
    let (account, _) = seller(stack, "S-1", false).await;
    listing(
        stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR","DE"],
        "title":"Keto slim nuit 60 gélules"}),
    )
    .await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            rappelconso_v2(),
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let case = stack
        .store()
        .get_case(CASE)
        .await
        .unwrap()
        .expect("the case");
    assert_eq!(case.state, CaseState::AppealWindowOpen);
    (case, account)
}

/// Seller S-1 and its listing L-1 (the keto GTIN), on sale in FR only.
async fn keto_on_sale_in_fr(stack: &Stack) {
    seller(stack, "S-1", false).await;
    listing(
        stack,
        "L-1",
        "S-1",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
}

/// The RappelConso record as a prefect's order: consumers are told at once.
fn ordered_at_once(mut record: Value) -> Value {
    record[0]["nature_juridique_rappel"] = json!("Imposé (avec arrêté préfectoral)");
    record
}

fn appeal(id: &str, seller_id: &str, at: DateTime<Utc>) -> String {
    json!({"type":"appeal_filed","id":id,"case_id":CASE,"seller_id":seller_id,
        "filed_at":at.to_rfc3339(),"grounds":"Our batch is not the recalled one."})
    .to_string()
}

fn decision(id: &str, decision: &str, at: DateTime<Utc>) -> String {
    json!({"type":"appeal_decided","id":id,"case_id":CASE,"reviewer":"desk-ana",
        "decision":decision,"reason":"Checked against the regulator's lot list.","decided_at":at.to_rfc3339()})
    .to_string()
}

/// True when the text shows a time with seconds ("08:13:29").
fn has_seconds(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(8).any(|w| {
        let d = |i: usize| w[i].is_ascii_digit();
        d(0) && d(1) && w[2] == b':' && d(3) && d(4) && w[5] == b':' && d(6) && d(7)
    })
}

fn texts(stack: &Stack, to: &str) -> Vec<String> {
    stack
        .emails_to(to)
        .into_iter()
        .map(|e| format!("{}\n{}", e.subject, e.body.text.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn an_appeal_at_6_days_23_hours_is_accepted_and_at_7_days_1_minute_refused_naming_the_deadline(
) {
    let stack = Stack::new().await;
    let (case, account) = recalled(&stack).await;
    let notified = case.notified_at.unwrap();
    let deadline = case.appeal_deadline.unwrap();
    assert_eq!(deadline, notified + Duration::days(7));

    // Too late: refused, and told why, with the deadline.
    let late = appeal(
        "ap-late",
        "S-1",
        notified + Duration::days(7) + Duration::minutes(1),
    );
    let resp = stack.appeals().handle_event(event_of(&[&late])).await;
    assert!(resp.batch_item_failures.is_empty());
    let refusal = texts(&stack, &account)
        .into_iter()
        .find(|t| t.contains("Appeal not accepted"))
        .expect("refusal email");
    assert!(
        refusal.contains(&safety_domain::kernel::format::date_time(
            safety_domain::kernel::language::Language::En,
            deadline,
            None,
        )),
        "{refusal}"
    );
    // Times for people: to the minute, with the zone; never seconds.
    for text in texts(&stack, &account) {
        assert!(!has_seconds(&text), "a time with seconds in:\n{text}");
    }
    assert_eq!(
        stack.store().get_case(CASE).await.unwrap().unwrap().state,
        CaseState::AppealWindowOpen
    );

    // In time: recorded and acknowledged.
    let in_time = appeal(
        "ap-1",
        "S-1",
        notified + Duration::days(6) + Duration::hours(23),
    );
    let resp = stack
        .appeals()
        .handle_event(event_of(&[&in_time, &in_time]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let stored = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(stored.state, CaseState::Appealed);
    let received: Vec<_> = texts(&stack, &account)
        .into_iter()
        .filter(|t| t.contains("Appeal received"))
        .collect();
    assert_eq!(
        received.len(),
        1,
        "acknowledged once, though delivered twice"
    );
}

#[tokio::test]
async fn an_appeal_by_another_seller_is_refused_and_that_seller_told_why() {
    let stack = Stack::new().await;
    let (case, _) = recalled(&stack).await;
    let (other, _) = seller(&stack, "S-2", false).await;
    let resp = stack
        .appeals()
        .handle_event(event_of(&[appeal(
            "ap-x",
            "S-2",
            case.notified_at.unwrap(),
        )]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let t = texts(&stack, &other);
    assert_eq!(t.len(), 1);
    assert!(
        t[0].contains("only the listing's seller may appeal"),
        "{}",
        t[0]
    );
    assert_eq!(
        stack.store().get_case(CASE).await.unwrap().unwrap().state,
        CaseState::AppealWindowOpen
    );
}

#[tokio::test]
async fn an_appeal_on_an_unknown_case_is_refused_with_a_reason() {
    let stack = Stack::new().await;
    let (account, _) = seller(&stack, "S-1", false).await;
    let msg = json!({"type":"appeal_filed","id":"ap-9","case_id":"R-nope/L-9","seller_id":"S-1",
        "filed_at":"2026-11-05T12:00:00Z","grounds":"?"})
    .to_string();
    stack.appeals().handle_event(event_of(&[msg])).await;
    assert!(texts(&stack, &account)[0].contains("there is no case R-nope/L-9"));
}

#[tokio::test]
async fn upheld_reopens_the_listing_in_every_blocked_market_and_no_consumer_is_ever_emailed() {
    let stack = Stack::new().await;
    let (case, account) = recalled(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let t0 = case.notified_at.unwrap();
    stack
        .appeals()
        .handle_event(event_of(&[appeal("ap-1", "S-1", t0 + Duration::days(1))]))
        .await;
    stack
        .appeals()
        .handle_event(event_of(&[decision(
            "ad-1",
            "upheld",
            t0 + Duration::days(2),
        )]))
        .await;

    let stored = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(stored.state, CaseState::Upheld);
    assert!(
        stored.penalty_reversed_at.is_some(),
        "the penalty is reversed"
    );
    let measures = stack.store().get_measures("L-1").await.unwrap();
    assert!(
        measures.iter().all(|(_, reversed)| *reversed),
        "the FR block is lifted"
    );
    assert!(texts(&stack, &account)
        .iter()
        .any(|t| t.contains("Appeal upheld") && t.contains("on sale there again")));

    // Long after the window: the check and the page queue send nothing.
    let report = stack
        .deadlines()
        .check(t0 + Duration::days(30))
        .await
        .unwrap();
    assert!(report.started.is_empty());
    stack.drain_consumer_notices(10).await;
    assert!(
        stack.emails_to(&buyer).is_empty(),
        "no consumer email ever for an upheld case"
    );
}

#[tokio::test]
async fn rejected_tells_the_seller_and_starts_the_consumer_recall() {
    let stack = Stack::new().await;
    let (case, account) = recalled(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let t0 = case.notified_at.unwrap();
    stack
        .appeals()
        .handle_event(event_of(&[appeal("ap-1", "S-1", t0 + Duration::hours(5))]))
        .await;
    stack
        .appeals()
        .handle_event(event_of(&[decision(
            "ad-1",
            "rejected",
            t0 + Duration::days(1),
        )]))
        .await;
    assert!(texts(&stack, &account)
        .iter()
        .any(|t| t.contains("Appeal rejected")));
    stack.drain_consumer_notices(10).await;
    assert_eq!(stack.emails_to(&buyer).len(), 1);
}

#[tokio::test]
async fn the_scheduled_check_at_7_days_1_hour_emails_the_affected_markets_buyers_once_and_a_replay_sends_nothing(
) {
    let stack = Stack::new().await;
    let (case, _) = recalled(&stack).await;
    listing(
        &stack,
        "L-2",
        "S-1",
        json!({"gtins":["3760289220748"],"markets":["FR"]}),
    )
    .await;
    // L-2 is recalled too, by the same record.
    stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1b",
            "rappelconso",
            rappelconso_v2(),
        )]))
        .await;
    let fr = order(&stack, "O-1", "B-FR", &["L-1"], "FR", "fr-FR").await;
    let de = order(&stack, "O-2", "B-DE", &["L-1"], "DE", "de-DE").await;
    let both = order(&stack, "O-3", "B-TWO", &["L-1"], "FR", "fr-FR").await;
    order(&stack, "O-4", "B-TWO", &["L-2"], "FR", "fr-FR").await;
    let ja = order(&stack, "O-5", "B-JA", &["L-1"], "FR", "ja").await;

    // Before the deadline: nothing.
    let t0 = case.notified_at.unwrap();
    let early = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(t0 + Duration::days(6)))
        .await
        .unwrap();
    assert!(early.started.is_empty());

    let at = t0 + Duration::days(7) + Duration::hours(1);
    let report = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(at))
        .await
        .unwrap();
    assert_eq!(report.started.len(), 2, "{report:?}");
    stack.drain_consumer_notices(20).await;

    let fr_mail = stack.emails_to(&fr);
    assert_eq!(fr_mail.len(), 1);
    assert!(
        fr_mail[0].subject.contains("Rappel"),
        "French notice: {}",
        fr_mail[0].subject
    );
    assert!(
        fr_mail[0]
            .body
            .text
            .as_deref()
            .unwrap_or_default()
            .contains("DGCCRF"),
        "the French authority"
    );
    assert!(
        stack.emails_to(&de).is_empty(),
        "DE is not an affected market of a RappelConso recall"
    );
    assert_eq!(
        stack.emails_to(&both).len(),
        1,
        "two orders of two affected listings: one email"
    );
    let ja_mail = stack.emails_to(&ja);
    assert_eq!(ja_mail.len(), 1);
    // Japanese first (the buyer's locale), French below it (the delivery
    // country's, GPSR).
    let ja_text = ja_mail[0].body.text.as_deref().unwrap_or_default();
    assert!(
        ja_mail[0]
            .subject
            .starts_with("製品の安全性に関するリコール"),
        "Japanese for a ja buyer: {}",
        ja_mail[0].subject
    );
    assert!(
        ja_text.contains("Rappel de produit pour raison de sécurité"),
        "French below"
    );

    // The same event again: nothing new.
    let before = stack.emails_of_this_test().len();
    let replay = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(at))
        .await
        .unwrap();
    assert!(replay.started.is_empty());
    stack.drain_consumer_notices(20).await;
    assert_eq!(stack.emails_of_this_test().len(), before);

    // The seller bears the remedies: every order of an affected listing in FR.
    let liabilities = stack.store().liabilities_of("S-1").await.unwrap();
    assert_eq!(liabilities.len(), 4, "O-1, O-3, O-4 and O-5");
    let o1 = liabilities
        .iter()
        .find(|l| l["sk"].as_s().unwrap().contains("#O-1#"))
        .unwrap();
    let data = o1["data"].as_m().unwrap();
    assert_eq!(
        data["amount_paid"].as_m().unwrap()["amount"]
            .as_s()
            .unwrap(),
        "49.80"
    );
    assert_eq!(
        data["fees"].as_m().unwrap()["amount"].as_s().unwrap(),
        "3.10"
    );
}

#[tokio::test]
async fn a_regulators_order_starts_the_consumer_recall_at_once() {
    let stack = Stack::new().await;
    keto_on_sale_in_fr(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "es-ES").await;
    let record = ordered_at_once(rappelconso_v2());
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-1", "rappelconso", record)]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    stack.drain_consumer_notices(10).await;
    let mail = stack.emails_to(&buyer);
    assert_eq!(mail.len(), 1, "told without waiting for the window");
    assert!(
        mail[0].subject.to_lowercase().contains("seguridad"),
        "Spanish: {}",
        mail[0].subject
    );
    let case = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(
        case.state,
        CaseState::AppealWindowOpen,
        "the seller may still appeal the penalty"
    );
}

#[tokio::test]
async fn a_case_whose_consumer_recall_started_at_once_closes_when_its_window_passes_without_a_second_email(
) {
    let stack = Stack::new().await;
    keto_on_sale_in_fr(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let record = ordered_at_once(rappelconso_v2());
    stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-1", "rappelconso", record)]))
        .await;
    stack.drain_consumer_notices(10).await;
    assert_eq!(stack.emails_to(&buyer).len(), 1, "told at once");
    let case = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(case.state, CaseState::AppealWindowOpen);
    let deadline = case.appeal_deadline.expect("the seller's window");

    let within = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(deadline - Duration::hours(1)))
        .await
        .unwrap();
    assert!(within.closed.is_empty() && within.started.is_empty());

    let after = deadline + Duration::minutes(1);
    let report = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(after))
        .await
        .unwrap();
    assert_eq!(report.closed, vec![CASE.to_string()], "{report:?}");
    assert!(
        report.started.is_empty(),
        "its consumer recall runs already"
    );
    stack.drain_consumer_notices(10).await;
    assert_eq!(stack.emails_to(&buyer).len(), 1, "no second consumer email");
    let closed = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(closed.state, CaseState::WindowElapsed);
    let replay = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(after))
        .await
        .unwrap();
    assert_eq!(replay.due, 0, "out of the index once closed: {replay:?}");
}

#[tokio::test]
async fn an_appeal_within_the_window_of_a_case_told_at_once_is_still_heard() {
    let stack = Stack::new().await;
    keto_on_sale_in_fr(&stack).await;
    let record = ordered_at_once(rappelconso_v2());
    stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-1", "rappelconso", record)]))
        .await;
    let case = stack.store().get_case(CASE).await.unwrap().unwrap();
    let at = case.notified_at.unwrap() + Duration::days(6);
    let resp = stack
        .appeals()
        .handle_event(event_of(&[appeal("ap-1", "S-1", at)]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let appealed = stack.store().get_case(CASE).await.unwrap().unwrap();
    assert_eq!(appealed.state, CaseState::Appealed);
    let report = stack
        .deadlines()
        .handle_event(Stack::scheduled_event(at + Duration::days(2)))
        .await
        .unwrap();
    assert!(
        report.closed.is_empty(),
        "an appealed case waits for its reviewer"
    );
    assert_eq!(
        stack.store().get_case(CASE).await.unwrap().unwrap().state,
        CaseState::Appealed
    );
}

#[tokio::test]
async fn a_script_in_the_regulators_hazard_arrives_escaped_in_the_consumers_html() {
    let stack = Stack::new().await;
    keto_on_sale_in_fr(&stack).await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "en").await;
    let mut record = ordered_at_once(rappelconso_v2());
    record[0]["motif_rappel"] = json!("<script>alert('x')</script> oxyde d'éthylène");
    stack
        .intake()
        .handle_event(event_of(&[recall_message("rc-1", "rappelconso", record)]))
        .await;
    stack.drain_consumer_notices(10).await;
    let mail = stack.emails_to(&buyer);
    let html = mail[0].body.html.clone().unwrap_or_default();
    assert!(!html.contains("<script"), "no live script in the HTML");
    assert!(
        html.contains("&lt;script&gt;"),
        "the text is shown, escaped"
    );
}

#[tokio::test]
async fn a_confirmed_weak_match_gets_measures_and_a_notice_and_a_dismissed_one_nothing() {
    let stack = Stack::new().await;
    let account = seller_with_listing(
        &stack,
        "S-1",
        "L-A",
        json!({"brand":"JoyBlocks","model":"JB-100B","markets":["FR"]}),
    )
    .await;
    listing(
        &stack,
        "L-B",
        "S-1",
        json!({"brand":"JoyBlocks","model":"JB-100C","markets":["FR"]}),
    )
    .await;
    let record = json!({"reference":"INSP-1","title":"JoyBlocks JB-100","hazard":"Magnets detach",
        "risk":"serious","brand":"JoyBlocks","models":["JB-100"],"markets":["FR"]});
    let msg = json!({"type":"recall_received","id":"insp-1","source":"platform","channel":"inspection","recall":record});
    stack
        .intake()
        .handle_event(event_of(&[msg.to_string()]))
        .await;
    assert!(
        stack.emails_to(&account).is_empty(),
        "weak matches wait for the desk"
    );
    let before = stack
        .store()
        .recall_partition("R-platform-INSP-1")
        .await
        .unwrap()
        .timeline;
    assert!(
        !before.contains_key("blocked_at") && !before.contains_key("sellers_notified_at"),
        "nothing blocked, nobody told yet: {before:?}"
    );
    let review = |id: &str, case: &str, d: &str| {
        json!({"type":"match_reviewed","id":id,"case_id":case,"reviewer":"desk-ana","decision":d,
            "decided_at":"2026-11-24T09:00:00Z"})
        .to_string()
    };
    let resp = stack
        .appeals()
        .handle_event(event_of(&[
            review("mr-1", "R-platform-INSP-1/L-A", "confirmed"),
            review("mr-1", "R-platform-INSP-1/L-A", "confirmed"),
            review("mr-2", "R-platform-INSP-1/L-B", "dismissed"),
        ]))
        .await;
    assert!(
        resp.batch_item_failures.is_empty(),
        "{:?}",
        resp.batch_item_failures
    );
    let a = stack
        .store()
        .get_case("R-platform-INSP-1/L-A")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.state, CaseState::AppealWindowOpen);
    assert!(a.appeal_deadline.is_some());
    assert_eq!(stack.store().get_measures("L-A").await.unwrap().len(), 1);
    let timeline = stack
        .store()
        .recall_partition("R-platform-INSP-1")
        .await
        .unwrap()
        .timeline;
    for step in [
        "received_at",
        "identified_at",
        "blocked_at",
        "sellers_notified_at",
    ] {
        assert!(
            timeline.contains_key(step),
            "the desk's confirmation records {step}: {timeline:?}"
        );
    }
    assert!(timeline["received_at"] <= timeline["blocked_at"]);
    assert!(timeline["blocked_at"] <= timeline["sellers_notified_at"]);
    let b = stack
        .store()
        .get_case("R-platform-INSP-1/L-B")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(b.state, CaseState::Dismissed);
    assert!(
        stack.store().get_measures("L-B").await.unwrap().is_empty(),
        "no effect on L-B"
    );
    // The marketplace is told to block L-A; of L-B nothing: a weak match
    // takes no measure until confirmed, so its dismissal has none to lift.
    let changed: Vec<(String, String)> = stack
        .events()
        .await
        .into_iter()
        .filter(|(t, _)| t == "listing_measures_changed")
        .map(|(_, d)| {
            let action = d["markets"][0]["action"]
                .as_str()
                .unwrap_or("?")
                .to_string();
            (d["listing_id"].as_str().unwrap_or("?").to_string(), action)
        })
        .collect();
    assert_eq!(changed, vec![("L-A".to_string(), "block".to_string())]);
    let (standing, mail): (Vec<String>, Vec<String>) = texts(&stack, &account)
        .into_iter()
        .partition(|t| t.starts_with("Your account standing"));
    assert_eq!(mail.len(), 1, "one notice, for L-A");
    assert!(mail[0].contains("L-A") && !mail[0].contains("L-B"));
    // The confirmed case booked its serious penalty: 6 points, a warning.
    assert_eq!(standing.len(), 1, "{standing:?}");
    assert!(
        standing[0].contains("Good standing → Warning"),
        "{}",
        standing[0]
    );
}

#[tokio::test]
async fn the_window_never_runs_for_a_seller_not_yet_told() {
    let stack = Stack::new().await;
    listing(
        &stack,
        "L-1",
        "S-LATE",
        json!({"gtins":["3760289220694"],"markets":["FR"]}),
    )
    .await;
    let buyer = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let resp = stack
        .intake()
        .handle_event(event_of(&[recall_message(
            "rc-1",
            "rappelconso",
            rappelconso_v2(),
        )]))
        .await;
    assert_eq!(
        resp.batch_item_failures.len(),
        1,
        "retried until the seller is known"
    );
    // Weeks later, the seller still unknown: the check finds nothing to start.
    let report = stack
        .deadlines()
        .check(Utc::now() + Duration::days(30))
        .await
        .unwrap();
    assert!(report.started.is_empty(), "{report:?}");
    stack.drain_consumer_notices(10).await;
    assert!(stack.emails_to(&buyer).is_empty());
    assert_eq!(
        stack.store().get_measures("L-1").await.unwrap().len(),
        1,
        "but the listing is blocked"
    );
}

#[tokio::test]
async fn a_buyer_whose_order_was_cancelled_before_shipping_is_not_told_and_the_seller_not_charged()
{
    let stack = Stack::new().await;
    let (case, _) = recalled(&stack).await;
    let kept = order(&stack, "O-1", "B-1", &["L-1"], "FR", "fr-FR").await;
    let cancelled = order(&stack, "O-2", "B-2", &["L-1"], "FR", "fr-FR").await;
    let cancel = json!({"type":"order_updated","id":"evt-cancel","order_id":"O-2","cancelled_at":"2026-10-01T10:00:00Z"});
    let resp = stack
        .catalog()
        .handle_event(event_of(&[cancel.to_string()]))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let at = case.notified_at.unwrap() + Duration::days(7) + Duration::hours(1);
    stack.deadlines().check(at).await.unwrap();
    stack.drain_consumer_notices(10).await;
    assert_eq!(stack.emails_to(&kept).len(), 1);
    assert!(
        stack.emails_to(&cancelled).is_empty(),
        "never had the product"
    );
    let liabilities = stack.store().liabilities_of("S-1").await.unwrap();
    assert_eq!(liabilities.len(), 1, "O-1 only");
}
