//! Appeals, reviews and the 7-day window (SPEC 1.4 steps 2-4), pure.

use chrono::{DateTime, Duration, TimeZone, Utc};
use safety_domain::catalog::Listing;
use safety_domain::kernel::ids::{Country, Gtin};
use safety_domain::recall::intake::{plan_intake, Case, CaseState, ConsumerRecallReason};
use safety_domain::recall::lifecycle::{
    check_window, confirm_match, decide_appeal, file_appeal, next_check, review_match, Refusal,
};
use safety_domain::recall::{Channel, ProductIds, Recall, RiskLevel, SourceRef, TimingOverride};
use std::collections::{BTreeMap, BTreeSet};

fn notice_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 3, 8, 0, 0).unwrap()
}

fn recall(timing: Option<TimingOverride>) -> Recall {
    let src = SourceRef {
        source: "rappelconso".into(),
        reference: "2021-05-0242".into(),
        url: None,
    };
    Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&src),
        channel: Channel::Regulator,
        sources: vec![src],
        title: "keto slim nuit".into(),
        hazard: "ethylene oxide".into(),
        risk: RiskLevel::High,
        category: None,
        product: ProductIds {
            gtins: [Gtin::parse("3760289220694").unwrap()].into(),
            ..ProductIds::default()
        },
        markets: [Country::parse("FR").unwrap()].into(),
        remedies: BTreeSet::new(),
        consumer_instructions: String::new(),
        image_url: None,
        published_at: None,
        timing,
    }
}

fn listing(model: Option<&str>) -> Listing {
    Listing {
        listing_id: "L-1".into(),
        seller_id: "S-1".into(),
        title: "Keto".into(),
        brand: Some("keto".into()),
        model: model.map(str::to_string),
        gtins: if model.is_none() {
            [Gtin::parse("3760289220694").unwrap()].into()
        } else {
            BTreeSet::new()
        },
        batches: vec![],
        category: None,
        markets: [Country::parse("FR").unwrap(), Country::parse("US").unwrap()].into(),
        updated_at: notice_time(),
        image_url: None,
        platform_warehouse: false,
        item_kind: Default::default(),
        durable: None,
        dimensions_mm: None,
        weight_g: None,
        free_return: false,
    }
}

fn open_case(r: &Recall) -> Case {
    plan_intake(r, &[listing(None)], &[], &BTreeMap::new(), notice_time()).new_cases[0]
        .0
        .clone()
}

#[test]
fn an_appeal_at_notice_plus_6_days_23_hours_is_accepted() {
    let case = open_case(&recall(None));
    let at = notice_time() + Duration::days(6) + Duration::hours(23);
    let appealed = file_appeal(&case, "ap-1", "S-1", at, "not our model").unwrap();
    assert_eq!(appealed.state, CaseState::Appealed);
    assert_eq!(appealed.appeal.unwrap().grounds, "not our model");
}

#[test]
fn an_appeal_at_the_deadline_itself_is_in_time_and_one_minute_later_is_refused_naming_the_deadline()
{
    let case = open_case(&recall(None));
    let deadline = notice_time() + Duration::days(7);
    assert!(file_appeal(&case, "ap-1", "S-1", deadline, "x").is_ok());
    let late = file_appeal(&case, "ap-1", "S-1", deadline + Duration::minutes(1), "x").unwrap_err();
    assert_eq!(
        late,
        Refusal::Late {
            filed_at: deadline + Duration::minutes(1),
            deadline
        }
    );
    assert!(
        late.to_string()
            .contains("after the deadline of 2026-11-10 08:00 UTC"),
        "to the minute, with the zone: {late}"
    );
}

#[test]
fn an_appeal_by_another_seller_is_refused() {
    let case = open_case(&recall(None));
    let err = file_appeal(&case, "ap-1", "S-2", notice_time(), "x").unwrap_err();
    assert!(matches!(err, Refusal::NotYourListing { .. }));
    assert!(err.to_string().contains("only the listing's seller"));
}

#[test]
fn a_second_appeal_or_an_appeal_on_a_closed_case_is_refused_but_the_same_one_again_is_not() {
    let case = open_case(&recall(None));
    let appealed = file_appeal(&case, "ap-1", "S-1", notice_time(), "x").unwrap();
    assert_eq!(
        file_appeal(&appealed, "ap-1", "S-1", notice_time(), "x").unwrap(),
        appealed
    );
    assert!(matches!(
        file_appeal(&appealed, "ap-2", "S-1", notice_time(), "y"),
        Err(Refusal::WrongState { .. })
    ));
    let upheld = decide_appeal(
        &appealed,
        "ad-1",
        "desk-ana",
        true,
        "other model",
        notice_time(),
    )
    .unwrap();
    assert!(matches!(
        file_appeal(&upheld, "ap-3", "S-1", notice_time(), "z"),
        Err(Refusal::WrongState { .. })
    ));
}

#[test]
fn upheld_reverses_the_penalty_and_starts_no_consumer_recall_rejected_starts_it() {
    let case = file_appeal(&open_case(&recall(None)), "ap-1", "S-1", notice_time(), "x").unwrap();
    let at = notice_time() + Duration::days(1);
    let upheld = decide_appeal(&case, "ad-1", "desk-ana", true, "other model", at).unwrap();
    assert_eq!(upheld.state, CaseState::Upheld);
    assert_eq!(upheld.penalty_reversed_at, Some(at));
    assert!(upheld.consumer_recall.is_none());
    assert!(
        check_window(&upheld, &recall(None), at + Duration::days(30)).is_none(),
        "never, not even later"
    );
    let rejected = decide_appeal(&case, "ad-2", "desk-ana", false, "same GTIN", at).unwrap();
    assert_eq!(rejected.state, CaseState::Rejected);
    assert_eq!(
        rejected.consumer_recall.unwrap().reason,
        ConsumerRecallReason::AppealRejected
    );
}

#[test]
fn the_scheduled_check_starts_the_consumer_recall_once_the_window_has_passed() {
    let r = recall(None);
    let case = open_case(&r);
    assert!(check_window(
        &case,
        &r,
        notice_time() + Duration::days(6) + Duration::hours(23)
    )
    .is_none());
    let at = notice_time() + Duration::days(7) + Duration::hours(1);
    let started = check_window(&case, &r, at).unwrap().case;
    assert_eq!(started.state, CaseState::WindowElapsed);
    assert_eq!(started.consumer_recall.as_ref().unwrap().started_at, at);
    assert!(
        check_window(&started, &r, at).is_none(),
        "a replayed check changes nothing"
    );
}

#[test]
fn a_regulators_timing_starts_the_consumer_recall_without_waiting_and_leaves_the_appeal_open() {
    let now_order = recall(Some(TimingOverride::Immediately));
    let case = open_case(&now_order);
    let started = check_window(&case, &now_order, notice_time() + Duration::seconds(1))
        .unwrap()
        .case;
    assert_eq!(
        started.consumer_recall.as_ref().unwrap().reason,
        ConsumerRecallReason::RegulatorTiming
    );
    assert_eq!(
        started.state,
        CaseState::AppealWindowOpen,
        "the seller may still appeal the penalty"
    );
    let by = recall(Some(TimingOverride::By {
        deadline: notice_time() + Duration::days(2),
    }));
    let case = open_case(&by);
    assert!(check_window(&case, &by, notice_time() + Duration::days(1)).is_none());
    assert!(
        check_window(&case, &by, notice_time() + Duration::days(2)).is_none(),
        "at the date itself: not yet"
    );
    assert!(check_window(
        &case,
        &by,
        notice_time() + Duration::days(2) + Duration::seconds(1)
    )
    .is_some());
}

#[test]
fn a_case_whose_consumer_recall_a_regulator_started_early_still_closes_when_its_window_passes() {
    let now_order = recall(Some(TimingOverride::Immediately));
    let case = open_case(&now_order);
    let early = check_window(&case, &now_order, notice_time() + Duration::seconds(1)).unwrap();
    assert!(early.starts_consumer_recall);
    let started = early.case;
    assert_eq!(
        next_check(&started, &now_order),
        started.appeal_deadline,
        "still checked: at the end of the seller's window"
    );
    assert!(
        check_window(&started, &now_order, notice_time() + Duration::days(6)).is_none(),
        "within the window: still open, the seller may appeal"
    );
    let appealed = file_appeal(
        &started,
        "ap-1",
        "S-1",
        notice_time() + Duration::days(6),
        "x",
    )
    .expect("an appeal within the window is still heard");
    assert_eq!(appealed.state, CaseState::Appealed);
    let after = notice_time() + Duration::days(7) + Duration::minutes(1);
    let closed = check_window(&started, &now_order, after).expect("the window passed");
    assert_eq!(closed.case.state, CaseState::WindowElapsed);
    assert!(
        !closed.starts_consumer_recall,
        "no second consumer recall: it runs already"
    );
    assert_eq!(
        closed.case.consumer_recall, started.consumer_recall,
        "the first start and its reason stand"
    );
    assert_eq!(next_check(&closed.case, &now_order), None);
    assert!(check_window(&closed.case, &now_order, after).is_none());
}

#[test]
fn a_dismissed_match_closes_and_a_confirmed_one_gets_measures_a_notice_and_a_window() {
    let r = recall(None);
    let weak = plan_intake(
        &r,
        &[listing(Some("X1"))],
        &[],
        &BTreeMap::new(),
        notice_time(),
    );
    // No GTIN on the listing and no brand on the recall: build the weak case by hand.
    let mut case = open_case(&r);
    case.state = CaseState::AwaitingReview;
    case.penalty = None;
    case.appeal_deadline = None;
    assert!(weak.new_cases.is_empty() || weak.new_cases[0].0.state == CaseState::AwaitingReview);
    let dismissed = review_match(&case, "mr-1", "desk-ana", false, notice_time()).unwrap();
    assert_eq!(dismissed.state, CaseState::Dismissed);
    let reviewed = review_match(&case, "mr-2", "desk-ana", true, notice_time()).unwrap();
    let later = notice_time() + Duration::days(2);
    let (confirmed, measures, notice) = confirm_match(&reviewed, &r, &listing(None), 1, later);
    assert_eq!(confirmed.state, CaseState::AppealWindowOpen);
    assert_eq!(confirmed.appeal_deadline, Some(later + Duration::days(7)));
    assert_eq!(measures.measures.len(), 1, "FR only; US stays open");
    assert_eq!(notice.items.len(), 1);
    assert!(matches!(
        review_match(&dismissed, "mr-3", "desk-ana", true, later),
        Err(Refusal::WrongState { .. })
    ));
}

mod appeal_decided_plan {
    use super::{notice_time, open_case, recall};
    use chrono::Duration;
    use safety_domain::decisions::appeal_decided;
    use safety_domain::ledger::LedgerEntry;
    use safety_domain::notices::seller::CaseUpdate;
    use safety_domain::recall::intake::CaseState;
    use safety_domain::recall::lifecycle::file_appeal;

    #[test]
    fn an_upheld_appeal_reverses_every_entry_of_the_case_lifts_the_measures_and_reassesses() {
        let case =
            file_appeal(&open_case(&recall(None)), "ap-1", "S-1", notice_time(), "x").unwrap();
        let entry = LedgerEntry::for_case(&case).expect("the case's penalty");
        let at = notice_time() + Duration::days(1);
        let plan = appeal_decided(
            &case,
            std::slice::from_ref(&entry),
            "ad-1",
            "desk-ana",
            true,
            "other model",
            at,
        )
        .unwrap();
        assert_eq!(plan.case.state, CaseState::Upheld);
        assert_eq!(
            plan.reversals,
            vec![entry.reversal(at, "appeal upheld by desk-ana: other model")]
        );
        assert_eq!(
            plan.lift_measures.as_deref(),
            Some("appeal upheld by desk-ana: other model")
        );
        assert!(plan.reassess_standing && !plan.start_consumer_recall);
        assert_eq!(plan.due, None);
        assert_eq!(
            plan.update,
            CaseUpdate::AppealUpheld {
                reason: "other model".into()
            }
        );
    }

    #[test]
    fn a_rejected_appeal_starts_the_consumer_recall_and_reverses_nothing() {
        let case =
            file_appeal(&open_case(&recall(None)), "ap-1", "S-1", notice_time(), "x").unwrap();
        let entry = LedgerEntry::for_case(&case).unwrap();
        let at = notice_time() + Duration::days(1);
        let plan =
            appeal_decided(&case, &[entry], "ad-1", "desk-ana", false, "same GTIN", at).unwrap();
        assert_eq!(plan.case.state, CaseState::Rejected);
        assert!(plan.reversals.is_empty() && plan.lift_measures.is_none());
        assert!(plan.start_consumer_recall && !plan.reassess_standing);
        assert_eq!(
            plan.due,
            Some(at),
            "in the due index until its pages are queued"
        );
    }
}
