//! The ledger's rules (SPEC 1.5, 1.6): the rolling 365 days at their edge,
//! each threshold at and just under, reversals, sanctions, the reverse check's
//! plan and the dodging edit, and properties over any ledger.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use safety_domain::catalog::Listing;
use safety_domain::kernel::ids::countries;
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::{
    assess, dodging_edit, in_window, listing_upsert, LedgerEntry, ListingUpsert, Sanction,
    Standing, Thresholds, ViolationType,
};
use safety_domain::messages::envelope;
use safety_domain::recall::intake::{published_while_active, relisting_plan, CaseState, Severity};
use safety_domain::recall::matching::{listing_lookups, IdentityKey};
use safety_domain::recall::{Channel, ProductIds, Recall, RiskLevel};
use safety_domain::Gtin;

fn t(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().unwrap()
}

fn entry(id: &str, at: DateTime<Utc>, points: i32) -> LedgerEntry {
    LedgerEntry {
        entry_id: id.into(),
        seller_id: "S-1".into(),
        at,
        violation: ViolationType::FalseInformation,
        severity: Some(if points >= 6 {
            Severity::Serious
        } else {
            Severity::General
        }),
        points,
        reason: "test".into(),
        case_id: None,
        listing_id: None,
        report_id: None,
        sanction: None,
        financial_penalty: None,
        reverses: None,
    }
}

fn with_sanction(mut e: LedgerEntry, s: Sanction) -> LedgerEntry {
    e.sanction = Some(s);
    e
}

fn points_at(entries: &[LedgerEntry], now: DateTime<Utc>) -> u32 {
    assess(entries, now, &Thresholds::default()).points
}

// ---- the rolling 365 days ------------------------------------------------------

#[test]
fn an_entry_365_days_old_counts_and_one_366_days_old_does_not() {
    let booked = t(2025, 11, 24, 10, 0);
    let e = [entry("e", booked, 6)];
    // Day 365 after the booking, to its last minute.
    assert_eq!(points_at(&e, booked + Duration::days(365)), 6);
    assert_eq!(points_at(&e, t(2026, 11, 24, 23, 59)), 6);
    // Day 366, from its first minute.
    assert_eq!(points_at(&e, t(2026, 11, 25, 0, 0)), 0);
    assert_eq!(points_at(&e, booked + Duration::days(366)), 0);
    assert!(in_window(booked, booked));
    // An entry after "now" does not count yet.
    assert_eq!(points_at(&e, booked - Duration::minutes(1)), 0);
}

#[test]
fn the_window_counts_calendar_days_across_a_leap_day() {
    let booked = t(2027, 3, 1, 8, 0);
    let e = [entry("e", booked, 2)];
    // 2028 is a leap year: 2028-02-29 is day 365 after 2027-03-01.
    assert_eq!(points_at(&e, t(2028, 2, 29, 23, 0)), 2);
    assert_eq!(points_at(&e, t(2028, 3, 1, 0, 0)), 0);
}

// ---- thresholds -------------------------------------------------------------------

#[test]
fn each_threshold_gives_its_standing_at_the_threshold_and_the_one_below_just_under() {
    let th = Thresholds::default();
    let steps = [
        (th.warning, Standing::Warning, Standing::Good),
        (
            th.listing_restrictions,
            Standing::ListingRestrictions,
            Standing::Warning,
        ),
        (
            th.shipping_restriction,
            Standing::ShippingRestricted,
            Standing::ListingRestrictions,
        ),
        (
            th.suspension,
            Standing::Suspended,
            Standing::ShippingRestricted,
        ),
        (th.termination, Standing::Terminated, Standing::Suspended),
    ];
    let now = t(2026, 11, 24, 12, 0);
    for (at_points, at, under) in steps {
        assert_eq!(th.standing(at_points), at, "{at_points} points");
        assert_eq!(
            th.standing(at_points - 1),
            under,
            "{} points",
            at_points - 1
        );
        // Through the ledger: general violations of 2 points each; the
        // defaults are even, so just under is one general violation less.
        let entries: Vec<LedgerEntry> = (0..at_points / 2)
            .map(|i| entry(&format!("e{i}"), now - Duration::days(i64::from(i)), 2))
            .collect();
        assert_eq!(assess(&entries, now, &th).standing, at);
        assert_eq!(assess(&entries[1..], now, &th).standing, under);
    }
    assert_eq!(th.standing(0), Standing::Good);
}

#[test]
fn thresholds_are_configuration_checked_when_read() {
    let th = Thresholds::parse("3, 5,7,9 ,11").unwrap();
    assert_eq!(th.standing(2), Standing::Good);
    assert_eq!(th.standing(3), Standing::Warning);
    assert_eq!(th.standing(11), Standing::Terminated);
    assert!(Thresholds::parse("6,12,24,36")
        .unwrap_err()
        .contains("expected 5"));
    assert!(Thresholds::parse("6,12,12,36,48")
        .unwrap_err()
        .contains("increasing"));
    assert!(Thresholds::parse("0,12,24,36,48").is_err());
    assert!(Thresholds::parse("6,twelve,24,36,48")
        .unwrap_err()
        .contains("twelve"));
}

// ---- reversals and sanctions -------------------------------------------------------

#[test]
fn a_reversal_voids_its_entry_and_the_entry_stays_in_the_ledger() {
    let now = t(2026, 11, 24, 12, 0);
    let penalty = entry("case:R/L", now - Duration::days(3), 6);
    let reversal = penalty.reversal(now - Duration::days(1), "appeal upheld");
    assert_eq!(reversal.points, -6);
    assert_eq!(reversal.entry_id, "reversal:case:R/L");
    let a = assess(
        &[penalty.clone(), reversal.clone()],
        now,
        &Thresholds::default(),
    );
    assert_eq!((a.points, a.standing), (0, Standing::Good));
    assert!(a.counted.is_empty());
    // Order does not matter; a reversal of an unknown entry changes nothing.
    let other = entry("report:x", now, 2);
    let stray = other.reversal(now, "x");
    let a = assess(
        &[reversal, other.clone(), penalty, entry("y", now, 6)],
        now,
        &Thresholds::default(),
    );
    assert_eq!(a.points, 8);
    let a = assess(std::slice::from_ref(&stray), now, &Thresholds::default());
    assert_eq!(a.points, 0);
}

#[test]
fn a_sanction_sets_the_standing_while_it_counts_and_a_permanent_ban_forever() {
    let now = t(2026, 11, 24, 12, 0);
    let th = Thresholds::default();
    let suspended = with_sanction(
        entry("s", now - Duration::days(100), 2),
        Sanction::Suspension,
    );
    let a = assess(std::slice::from_ref(&suspended), now, &th);
    assert_eq!(a.standing, Standing::Suspended);
    assert_eq!(a.by_points, Standing::Good);
    let old = with_sanction(
        entry("s", now - Duration::days(400), 2),
        Sanction::Suspension,
    );
    assert_eq!(assess(&[old], now, &th).standing, Standing::Good);
    let banned = with_sanction(
        entry("b", now - Duration::days(900), 6),
        Sanction::PermanentBan,
    );
    let a = assess(std::slice::from_ref(&banned), now, &th);
    assert_eq!((a.standing, a.points), (Standing::Terminated, 0));
    // Reversed, the ban is lifted.
    let lifted = banned.reversal(now, "ban lifted on appeal");
    assert_eq!(assess(&[banned, lifted], now, &th).standing, Standing::Good);
    // Listing removal and fines are no account standing.
    let fine = with_sanction(entry("f", now, 2), Sanction::FinancialPenalty);
    assert_eq!(assess(&[fine], now, &th).standing, Standing::Good);
}

// ---- violation reports ------------------------------------------------------------------

fn parse_report(body: serde_json::Value) -> Result<ViolationReported, String> {
    let raw = body.to_string();
    ViolationReported::parse(envelope(&raw, "sqs-1").map_err(|e| e.to_string())?)
        .map(|(_, r)| r)
        .map_err(|e| e.to_string())
}

fn report_body(extra: serde_json::Value) -> serde_json::Value {
    let mut b = serde_json::json!({"type":"violation_reported","id":"vr-1","seller_id":"S-1",
        "violation":"pricing_abuse","reason":"Fake reviews.","reported_at":"2026-11-10T09:00:00Z",
        "reporter":"desk-ana"});
    for (k, v) in extra.as_object().into_iter().flatten() {
        b[k] = v.clone();
    }
    b
}

#[test]
fn a_report_books_the_points_of_its_severity_and_refuses_what_cannot_be_right() {
    let r = parse_report(report_body(serde_json::json!({}))).unwrap();
    let e = r.entry("vr-1");
    assert_eq!((e.entry_id.as_str(), e.points), ("report:vr-1", 2));
    let r = parse_report(report_body(serde_json::json!({"severity":"serious"}))).unwrap();
    assert_eq!(r.entry("vr-1").points, 6);
    for v in [
        "intellectual_property",
        "prohibited_item",
        "health_and_safety",
    ] {
        let r = parse_report(report_body(serde_json::json!({ "violation": v }))).unwrap();
        assert_eq!(r.entry("vr-1").points, 6, "{v}");
    }
    let fined = parse_report(report_body(
        serde_json::json!({"sanction":"financial_penalty",
        "financial_penalty":{"amount":"500.00","currency":"EUR"}}),
    ))
    .unwrap();
    assert_eq!(
        fined.entry("vr-1").financial_penalty.map(|m| m.amount),
        Some("500.00".to_string())
    );
    let refused = [
        (
            serde_json::json!({"violation":"recall_not_acted_on"}),
            "violation",
        ),
        (serde_json::json!({"violation":"spam"}), "violation"),
        (
            serde_json::json!({"sanction":"financial_penalty"}),
            "financial_penalty",
        ),
        (
            serde_json::json!({"financial_penalty":{"amount":"5","currency":"EUR"}}),
            "financial_penalty",
        ),
        (
            serde_json::json!({"sanction":"listing_removal"}),
            "listing_id",
        ),
        (
            serde_json::json!({"compliance_reminder":{"issue":"x","instructions":"y"}}),
            "listing_id",
        ),
        (
            serde_json::json!({"listing_id":"L-1","compliance_reminder":{"issue":" ","instructions":"y"}}),
            "compliance_reminder.issue",
        ),
        (serde_json::json!({"reason":""}), "reason"),
        (serde_json::json!({"points":12}), "points"),
    ];
    for (extra, field) in refused {
        let err = parse_report(report_body(extra.clone())).unwrap_err();
        assert!(
            err.contains("vr-1") && err.contains(field),
            "{extra}: {err}"
        );
    }
}

// ---- the reverse check --------------------------------------------------------------------

fn gtin(s: &str) -> Gtin {
    Gtin::parse(s).unwrap()
}

fn listing(id: &str, gtins: &[&str], brand: &str, model: &str, markets: &[&str]) -> Listing {
    Listing {
        listing_id: id.into(),
        seller_id: "S-1".into(),
        title: format!("Magnetic tiles {id}"),
        brand: Some(brand.into()),
        model: Some(model.into()),
        gtins: gtins.iter().map(|g| gtin(g)).collect(),
        batches: vec![],
        category: None,
        markets: countries(markets).into_iter().collect(),
        updated_at: t(2026, 11, 2, 10, 0),
        image_url: None,
        platform_warehouse: false,
        item_kind: Default::default(),
        durable: None,
        dimensions_mm: None,
        weight_g: None,
        free_return: false,
    }
}

fn recall(risk: RiskLevel) -> Recall {
    let mut r: Recall = serde_json::from_value(serde_json::json!({
        "id": "R-platform-INSP-1", "channel": "inspection",
        "sources": [{"source": "platform", "reference": "INSP-1"}],
        "title": "JoyBlocks JB-100", "hazard": "Magnets detach", "risk": "serious",
        "product": {"brand": "JoyBlocks", "models": ["JB-100"], "gtins": ["00850012345671"]},
        "markets": ["FR", "DE"], "remedies": ["refund"], "received_at": "2026-11-01T08:00:00Z"
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    r.risk = risk;
    r.channel = Channel::Inspection;
    r.product = ProductIds {
        brand: Some("JoyBlocks".into()),
        models: vec!["JB-100".into()],
        gtins: [gtin("0850012345671")].into_iter().collect(),
        ..r.product
    };
    r
}

#[test]
fn a_relisted_product_gets_the_intake_plan_with_a_serious_penalty_in_the_recall_markets_only() {
    let l = listing(
        "L-2",
        &["0850012345671"],
        "JoyBlocks",
        "JB-100",
        &["FR", "DE", "US"],
    );
    // A recall of other risk would carry a general penalty at intake; relisting
    // it is serious.
    let plan = relisting_plan(
        &recall(RiskLevel::Other),
        &l,
        &[],
        true,
        t(2026, 11, 2, 10, 0),
    );
    assert_eq!(plan.new_cases.len(), 1);
    let (case, measures) = &plan.new_cases[0];
    assert_eq!(case.state, CaseState::AppealWindowOpen);
    assert_eq!(case.penalty.as_ref().map(|p| p.points), Some(6));
    assert!(case
        .evidence
        .contains("published or edited while the recall was active"));
    assert_eq!(case.markets, countries(&["DE", "FR"]).into_iter().collect());
    assert!(measures.is_some());
    assert_eq!(plan.notices.len(), 1);
    assert_eq!(
        plan.notices[0].items[0].penalty.as_ref().map(|p| p.points),
        Some(6)
    );
    assert_eq!(plan.notices[0].notice_id, "R-platform-INSP-1/S-1/L:L-2");
    assert!(case.relisted);
    let entry = LedgerEntry::for_case(case).unwrap();
    assert_eq!(
        (entry.points, entry.violation),
        (6, ViolationType::RecallEvasion)
    );
    // Offered only in a market the recall does not cover: no case.
    let us_only = listing("L-3", &["0850012345671"], "JoyBlocks", "JB-100", &["US"]);
    let plan = relisting_plan(
        &recall(RiskLevel::Serious),
        &us_only,
        &[],
        true,
        t(2026, 11, 2, 10, 0),
    );
    assert_eq!(plan.confident_cases(), 0);
    // A listing older than the recall (a late event): the intake's own penalty.
    let plan = relisting_plan(
        &recall(RiskLevel::Other),
        &l,
        &[],
        false,
        t(2026, 11, 2, 10, 0),
    );
    let (case, _) = &plan.new_cases[0];
    assert_eq!(case.penalty.as_ref().map(|p| p.points), Some(2));
    assert!(!case.relisted);
    let entry = LedgerEntry::for_case(case).unwrap();
    assert_eq!(entry.violation, ViolationType::RecallNotActedOn);
}

#[test]
fn a_listing_is_checked_against_the_recalls_under_its_gtins_and_brand_model_stem() {
    let l = listing("L-2", &["0850012345671"], "JoyBlocks", "JB-100B", &["FR"]);
    let lookups = listing_lookups(&l);
    let described: Vec<(String, String)> = lookups
        .iter()
        .map(|l| (l.key.partition(), l.sort_prefix.clone()))
        .collect();
    assert!(described.contains(&("ID#GTIN#00850012345671".into(), "RECALL#".into())));
    assert!(described.contains(&("ID#BRAND#joyblocks".into(), "jb100".into())));
    assert!(described.contains(&("ID#BRAND#joyblocks".into(), "#RECALL#".into())));
    assert!(lookups
        .iter()
        .all(|l| !matches!(l.key, IdentityKey::Batch(_))));
}

#[test]
fn an_edit_dodges_a_recall_only_when_it_changes_the_identifiers_the_recall_matched() {
    let r = recall(RiskLevel::Serious);
    let before = listing("L-1", &["0850012345671"], "JoyBlocks", "JB-100", &["FR"]);
    // A new title only: no violation.
    let mut title = before.clone();
    title.title = "Tiles, 100 pieces".into();
    title.updated_at = t(2026, 11, 3, 10, 0);
    assert!(dodging_edit(&r, &before, &title).is_none());
    // The GTIN dropped but brand and model still match: still caught, no dodge.
    let mut no_gtin = title.clone();
    no_gtin.gtins.clear();
    assert!(dodging_edit(&r, &before, &no_gtin).is_none());
    // GTIN dropped and brand changed: the recall no longer matches.
    let mut dodged = no_gtin.clone();
    dodged.brand = Some("GenericBlocks".into());
    let e = dodging_edit(&r, &before, &dodged).expect("a dodge");
    assert_eq!((e.points, e.violation), (6, ViolationType::RecallEvasion));
    assert_eq!(e.entry_id, "edit:L-1:2026-11-03T10:00:00.000Z");
    // A listing the recall never matched: nothing to dodge.
    let other = listing("L-9", &["4006381333931"], "Lumos", "LX-2", &["FR"]);
    let mut other2 = other.clone();
    other2.brand = Some("Lumina".into());
    assert!(dodging_edit(&r, &other, &other2).is_none());
}

#[test]
fn a_listing_is_published_while_the_recall_is_active_from_its_publication_else_our_receipt() {
    let mut r = recall(RiskLevel::Serious);
    let mut l = listing("L-1", &["0850012345671"], "JoyBlocks", "JB-100", &["FR"]);
    l.updated_at = t(2026, 11, 2, 10, 0);
    // Neither known: public all along.
    assert!(published_while_active(&r, None, &l));
    // A version of 2 November: an evasion of a recall received on the 1st,
    // not of one received on the 3rd (its event came late).
    assert!(published_while_active(&r, Some(t(2026, 11, 1, 8, 0)), &l));
    assert!(!published_while_active(&r, Some(t(2026, 11, 3, 8, 0)), &l));
    // Published before we received it: its publication counts.
    r.published_at = Some(t(2026, 10, 30, 0, 0));
    assert!(published_while_active(&r, Some(t(2026, 11, 3, 8, 0)), &l));
    l.updated_at = t(2026, 10, 29, 10, 0);
    assert!(!published_while_active(&r, Some(t(2026, 11, 3, 8, 0)), &l));
    // At the very time: active.
    l.updated_at = t(2026, 10, 30, 0, 0);
    assert!(published_while_active(&r, None, &l));
}

#[test]
fn a_listing_version_is_written_over_an_older_one_booking_the_dodges_of_the_recalls_blocking_it() {
    let r = recall(RiskLevel::Serious);
    let before = listing("L-1", &["0850012345671"], "JoyBlocks", "JB-100", &["FR"]);
    assert_eq!(
        listing_upsert(None, &[], &before),
        ListingUpsert::Write { dodges: vec![] }
    );
    assert_eq!(
        listing_upsert(Some(&before), std::slice::from_ref(&r), &before),
        ListingUpsert::Again,
        "the stored version again"
    );
    let mut dodged = before.clone();
    dodged.gtins.clear();
    dodged.brand = Some("GenericBlocks".into());
    dodged.updated_at = t(2026, 11, 3, 10, 0);
    assert_eq!(
        listing_upsert(Some(&dodged), std::slice::from_ref(&r), &before),
        ListingUpsert::Stale,
        "an older version delivered late"
    );
    let ListingUpsert::Write { dodges } =
        listing_upsert(Some(&before), std::slice::from_ref(&r), &dodged)
    else {
        panic!("a newer version is written");
    };
    assert_eq!(dodges.len(), 1);
    assert_eq!(dodges[0].0, r.id);
    assert_eq!(dodges[0].1.violation, ViolationType::RecallEvasion);
    // No recall blocks it: no dodge.
    assert_eq!(
        listing_upsert(Some(&before), &[], &dodged),
        ListingUpsert::Write { dodges: vec![] }
    );
    // Two edits at the same time: the greater digest wins either way.
    let mut a = before.clone();
    a.updated_at = dodged.updated_at;
    let b = dodged.clone();
    let (winner, loser) = if a.version() > b.version() {
        (a, b)
    } else {
        (b, a)
    };
    assert_eq!(
        listing_upsert(Some(&winner), &[], &loser),
        ListingUpsert::Stale
    );
    assert!(matches!(
        listing_upsert(Some(&loser), &[], &winner),
        ListingUpsert::Write { .. }
    ));
}

// ---- properties ---------------------------------------------------------------------------------

fn any_entries() -> impl Strategy<Value = Vec<(i64, bool, bool, Option<u8>)>> {
    // (age in hours, serious, reversed, sanction index)
    prop::collection::vec(
        (
            0i64..(24 * 800),
            any::<bool>(),
            any::<bool>(),
            prop::option::of(0u8..6),
        ),
        0..25,
    )
}

fn build(now: DateTime<Utc>, spec: &[(i64, bool, bool, Option<u8>)]) -> Vec<LedgerEntry> {
    let sanctions = [
        Sanction::ListingRemoval,
        Sanction::FinancialPenalty,
        Sanction::ShippingRestriction,
        Sanction::AccountFreeze,
        Sanction::Suspension,
        Sanction::PermanentBan,
    ];
    let mut out = Vec::new();
    for (i, (age, serious, reversed, sanction)) in spec.iter().enumerate() {
        let mut e = entry(
            &format!("e{i}"),
            now - Duration::hours(*age),
            if *serious { 6 } else { 2 },
        );
        e.sanction = sanction.map(|s| sanctions[usize::from(s)]);
        if *reversed {
            out.push(e.reversal(now, "upheld"));
        }
        out.push(e);
    }
    out
}

proptest! {
    /// The points are the sum of the live penalties booked within the last
    /// 365 calendar days, whatever the order of the ledger.
    #[test]
    fn points_are_the_live_penalties_of_the_window_in_any_order(spec in any_entries(), seed in any::<u64>()) {
        let now = t(2026, 11, 24, 12, 0);
        let mut entries = build(now, &spec);
        let expected: u32 = spec.iter().filter(|(age, _, reversed, _)| {
            !reversed && (now - Duration::hours(*age)).date_naive() >= now.date_naive() - chrono::Days::new(365)
        }).map(|(_, serious, _, _)| if *serious { 6 } else { 2 }).sum();
        let a = assess(&entries, now, &Thresholds::default());
        prop_assert_eq!(a.points, expected);
        // Shuffle deterministically.
        let n = entries.len().max(1);
        entries.rotate_left((seed as usize) % n);
        entries.reverse();
        prop_assert_eq!(assess(&entries, now, &Thresholds::default()), a);
    }

    /// A reversal never raises the points or worsens the standing.
    #[test]
    fn reversing_an_entry_never_makes_the_standing_worse(spec in any_entries(), pick in any::<prop::sample::Index>()) {
        let now = t(2026, 11, 24, 12, 0);
        let entries = build(now, &spec);
        let before = assess(&entries, now, &Thresholds::default());
        let live: Vec<&LedgerEntry> = entries.iter().filter(|e| !e.is_reversal()).collect();
        if live.is_empty() { return Ok(()); }
        let target = live[pick.index(live.len())].clone();
        let mut after_entries = entries.clone();
        after_entries.push(target.reversal(now, "upheld"));
        let after = assess(&after_entries, now, &Thresholds::default());
        prop_assert!(after.points <= before.points);
        prop_assert!(after.standing <= before.standing);
    }

    /// The standing never gets better as points grow, and booking the same
    /// entry twice (a redelivery finds it; a ledger can't hold it twice) is
    /// what the idempotent write prevents: one entry, one count.
    #[test]
    fn the_standing_is_monotone_in_the_points(a in 0u32..100, b in 0u32..100) {
        let th = Thresholds::default();
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(th.standing(lo) <= th.standing(hi));
    }

    /// Nothing older than 365 calendar days counts, except a permanent ban's
    /// standing.
    #[test]
    fn entries_past_the_window_never_count(spec in any_entries()) {
        let now = t(2026, 11, 24, 12, 0);
        let old: Vec<_> = spec.iter().map(|(age, s, r, san)| (age + 24 * 367, *s, *r, *san)).collect();
        let a = assess(&build(now, &old), now, &Thresholds::default());
        prop_assert_eq!(a.points, 0);
        prop_assert!(a.standing == Standing::Good || a.standing == Standing::Terminated);
    }
}

// ---- a reassessment: the standing stored, its change emailed once ----------------

fn seller_s1() -> safety_domain::catalog::Seller {
    serde_json::from_value(serde_json::json!({
        "seller_id": "S-1", "name": "Seller 1", "email": "ops@s1.example"
    }))
    .unwrap()
}

#[test]
fn a_change_of_standing_is_stored_with_its_email_once_and_without_a_seller_waits_flagged() {
    use safety_domain::decisions::{standing_email_key, standing_reassessed};
    use safety_domain::ledger::standing::StoredStanding;
    let now = t(2026, 11, 3, 8, 0);
    let entries = [entry("e1", now - Duration::days(1), 6)];
    let th = Thresholds::default();

    // Known seller: the new standing and its email, written together.
    let first = standing_reassessed(
        "S-1",
        &StoredStanding::default(),
        &entries,
        Some(&seller_s1()),
        now,
        &th,
    )
    .unwrap();
    let stored = first.store.clone().unwrap();
    assert_eq!(first.changed, Some((Standing::Good, Standing::Warning)));
    assert!(!stored.email_pending, "the email is in the outbox");
    let email = first.email.unwrap();
    assert_eq!(email.key, standing_email_key("S-1", stored.changed_version));
    // Reassessed again with nothing new: nothing to write, no second email.
    let again =
        standing_reassessed("S-1", &stored, &entries, Some(&seller_s1()), now, &th).unwrap();
    assert_eq!(
        (again.store, again.email, again.changed),
        (None, None, None)
    );

    // Seller unknown: the change is stored flagged, without an email ...
    let waiting =
        standing_reassessed("S-1", &StoredStanding::default(), &entries, None, now, &th).unwrap();
    let flagged = waiting.store.unwrap();
    assert!(flagged.email_pending && waiting.email.is_none());
    // ... and once the seller is known, the email is written and the flag cleared.
    let later =
        standing_reassessed("S-1", &flagged, &entries, Some(&seller_s1()), now, &th).unwrap();
    let cleared = later.store.unwrap();
    assert!(!cleared.email_pending);
    assert_eq!(
        cleared.version,
        flagged.version + 1,
        "over the version read"
    );
    assert_eq!(
        later.email.map(|e| e.key),
        Some(standing_email_key("S-1", flagged.changed_version))
    );
    assert_eq!(later.changed, None, "the change was made before");
}
