//! Buyer protection (SPEC 2, seed 004), pure: the refund decision at and just
//! past every number of the seed, the named behaviours, and properties.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use safety_domain::carrier::{CarrierReport, CarrierStatus};
use safety_domain::catalog::{Address, Money};
use safety_domain::kernel::ids::Country;
use safety_domain::refunds::{
    carrier_reported_lost, decide, eu_withdrawal_exception, is_large_parcel, is_spanish_overseas,
    pickup_suspended, Basis, Condition, Decision, GrantRule, ItemFacts, ItemKind, LabelDecision,
    OrderLabel, Packaging, Payer, Recourse, RefundCase, RefundConfig, RefundReason, RefundRemedy,
    Rule,
};

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, s).unwrap()
}

/// The items arrive on 9 October 2026 at 15:00 UTC.
fn received() -> DateTime<Utc> {
    at(2026, 10, 9, 15, 0, 0)
}

/// The last second of the `n`th calendar day after receipt (day 0 is the day
/// of receipt).
fn day_end(n: i64) -> DateTime<Utc> {
    at(2026, 10, 9, 23, 59, 59) + Duration::days(n)
}

/// The first second of the `n`th calendar day after receipt.
fn day_start(n: i64) -> DateTime<Utc> {
    at(2026, 10, 9, 0, 0, 0) + Duration::days(n)
}

fn country(code: &str) -> Country {
    Country::parse(code).unwrap()
}

fn eur(amount: &str) -> Money {
    Money {
        amount: amount.into(),
        currency: "EUR".into(),
    }
}

fn item() -> ItemFacts {
    ItemFacts {
        kind: ItemKind::Standard,
        durable: false,
        free_return_label: false,
        dimensions_mm: Some([300, 200, 100]),
        weight_g: Some(1_000),
        unit_price: eur("24.90"),
        quantity: 1,
        recalled: false,
    }
}

fn free_return_item() -> ItemFacts {
    ItemFacts {
        free_return_label: true,
        ..item()
    }
}

fn postal_for(code: &str) -> &'static str {
    match code {
        "US" => "10001",
        "FR" => "75011",
        "BR" => "01310-100",
        "ES" => "28001",
        "UA" => "01001",
        "DE" => "10115",
        _ => "1000",
    }
}

/// A buyer resident in and delivered to `code`, asking on day 3 after receipt.
fn case(code: &str, reason: RefundReason, items: Vec<ItemFacts>) -> RefundCase {
    RefundCase {
        reason,
        requested_at: received() + Duration::days(3),
        order_placed_at: at(2026, 10, 1, 9, 0, 0),
        paid_at: Some(at(2026, 10, 1, 9, 1, 0)),
        shipped_at: Some(at(2026, 10, 2, 9, 0, 0)),
        delivered_at: Some(received()),
        guaranteed_delivery_by: Some(at(2026, 10, 20, 23, 59, 59)),
        buyer_country: country(code),
        ship_to: Address {
            country: country(code),
            postal_code: Some(postal_for(code).into()),
            region: None,
        },
        free_return_confirmed_at: None,
        items,
        condition: Condition::as_delivered(),
        labels_used_this_month: 0,
        order_label: OrderLabel::None,
        returns_limited: false,
        carrier: None,
        cancelled_at: None,
    }
}

fn requested(mut c: RefundCase, when: DateTime<Utc>) -> RefundCase {
    c.requested_at = when;
    c
}

fn not_delivered(mut c: RefundCase) -> RefundCase {
    c.delivered_at = None;
    c
}

/// A case whose items were received at `r` (order a week before).
fn received_at(mut c: RefundCase, r: DateTime<Utc>) -> RefundCase {
    c.order_placed_at = r - Duration::days(8);
    c.paid_at = Some(r - Duration::days(8));
    c.shipped_at = Some(r - Duration::days(7));
    c.delivered_at = Some(r);
    c.guaranteed_delivery_by = Some(r + Duration::days(5));
    c
}

fn postal(mut c: RefundCase, code: &str) -> RefundCase {
    c.ship_to.postal_code = Some(code.into());
    c
}

fn ship_to(mut c: RefundCase, code: &str, postal_code: &str) -> RefundCase {
    c.ship_to.country = country(code);
    c.ship_to.postal_code = Some(postal_code.into());
    c
}

fn region(mut c: RefundCase, r: &str) -> RefundCase {
    c.ship_to.region = Some(r.into());
    c
}

fn labels_used(mut c: RefundCase, n: u32) -> RefundCase {
    c.labels_used_this_month = n;
    c
}

fn parcel(dims: [u32; 3], weight_g: u32) -> ItemFacts {
    ItemFacts {
        dimensions_mm: Some(dims),
        weight_g: Some(weight_g),
        ..free_return_item()
    }
}

fn durable(mut i: ItemFacts) -> ItemFacts {
    i.durable = true;
    i
}

fn of_kind(kind: ItemKind) -> ItemFacts {
    ItemFacts { kind, ..item() }
}

fn confirmed(mut c: RefundCase, when: DateTime<Utc>) -> RefundCase {
    c.free_return_confirmed_at = Some(when);
    c
}

fn decided(c: &RefundCase) -> Decision {
    decide(c, &RefundConfig::default())
}

use RefundReason::{
    Cancellation, ChangeOfMind, Damaged, LostInTransit, NotArrived, NotAsDescribed, Shortage,
};

// ---------------------------------------------------------------------------
// The table: at, and just past, every number
// ---------------------------------------------------------------------------

struct Row {
    name: &'static str,
    case: RefundCase,
    granted: bool,
    bases: Vec<Basis>,
    label: LabelDecision,
    /// A rule the decision must name.
    names: Option<Rule>,
}

fn row(
    name: &'static str,
    case: RefundCase,
    granted: bool,
    bases: &[Basis],
    label: LabelDecision,
    names: Option<Rule>,
) -> Row {
    Row {
        name,
        case,
        granted,
        bases: bases.to_vec(),
        label,
        names,
    }
}

fn boundary_rows() -> Vec<Row> {
    use Basis::*;
    use LabelDecision::{Granted, NotNeeded, PickupSuspended, RefusedMonthlyLimit};
    let fr_case = || case("US", ChangeOfMind, vec![free_return_item()]);
    let mut rows = vec![
        // Free Return: 15 calendar days from receipt.
        row("free return on the 15th calendar day after receipt is in time",
            requested(fr_case(), day_end(15)), true, &[FreeReturn], Granted, None),
        row("free return on the 16th calendar day after receipt is late",
            requested(fr_case(), day_start(16)), false, &[], NotNeeded, Some(Rule::FreeReturnWindowOver)),
        // The programme's protection period (configuration, 15 days by default).
        row("damage claimed on the last day of the protection period is covered",
            requested(case("US", Damaged, vec![item()]), day_end(15)), true, &[Programme], Granted, None),
        row("damage claimed the day after the protection period is refused",
            requested(case("US", Damaged, vec![item()]), day_start(16)), false, &[], NotNeeded, Some(Rule::ProtectionPeriodOver)),
        // The guaranteed delivery window.
        row("not arrived at the very end of the guaranteed window is too early",
            requested(not_delivered(case("US", NotArrived, vec![item()])), at(2026, 10, 20, 23, 59, 59)),
            false, &[], NotNeeded, Some(Rule::DeliveryWindowNotOver)),
        row("not arrived one second after the guaranteed window is refunded",
            requested(not_delivered(case("US", NotArrived, vec![item()])), at(2026, 10, 21, 0, 0, 0)),
            true, &[Programme], NotNeeded, None),
        // Large orders: 120 cm longest side, 210 cm in total, 30 kg.
        row("a longest side of 120 cm is not a large order",
            case("US", ChangeOfMind, vec![parcel([1_200, 400, 300], 5_000)]), true, &[FreeReturn], Granted, None),
        row("a longest side of 120.1 cm is a large order",
            case("US", ChangeOfMind, vec![parcel([1_201, 400, 300], 5_000)]), false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        row("a longest side of 121 cm is a large order",
            case("US", ChangeOfMind, vec![parcel([300, 1_210, 400], 5_000)]), false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        row("sides of 210 cm in total are not a large order",
            case("US", ChangeOfMind, vec![parcel([800, 700, 600], 5_000)]), true, &[FreeReturn], Granted, None),
        row("sides of 210.1 cm in total are a large order",
            case("US", ChangeOfMind, vec![parcel([800, 700, 601], 5_000)]), false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        row("sides of 211 cm in total are a large order",
            case("US", ChangeOfMind, vec![parcel([810, 700, 600], 5_000)]), false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        row("30.000 kg is not a large order",
            case("US", ChangeOfMind, vec![parcel([300, 200, 100], 30_000)]), true, &[FreeReturn], Granted, None),
        row("30.001 kg is a large order",
            case("US", ChangeOfMind, vec![parcel([300, 200, 100], 30_001)]), false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        row("a large order confirmed before it was placed keeps Free Return",
            confirmed(case("US", ChangeOfMind, vec![parcel([1_500, 400, 300], 31_000)]), at(2026, 9, 30, 12, 0, 0)),
            true, &[FreeReturn], Granted, None),
        row("a large order confirmed after it was placed has no Free Return",
            confirmed(case("US", ChangeOfMind, vec![parcel([1_500, 400, 300], 31_000)]), at(2026, 10, 1, 9, 0, 1)),
            false, &[], NotNeeded, Some(Rule::LargeOrderNotConfirmed)),
        // Pre-paid labels: 3 per calendar month.
        row("the 3rd pre-paid label of the month is issued",
            labels_used(fr_case(), 2), true, &[FreeReturn], Granted, None),
        row("the 4th pre-paid label of the month is refused, the Free Return stays at the buyer's cost",
            labels_used(fr_case(), 3), true, &[FreeReturn], RefusedMonthlyLimit, Some(Rule::MonthlyLabelLimit)),
        // EU withdrawal: 14 days.
        row("EU withdrawal on the 14th day after receipt is in time",
            requested(case("FR", ChangeOfMind, vec![item()]), day_end(14)), true, &[EuWithdrawal], NotNeeded, None),
        row("EU withdrawal on the 15th day after receipt is late",
            requested(case("FR", ChangeOfMind, vec![item()]), day_start(15)), false, &[], NotNeeded, Some(Rule::EuWithdrawalPeriodOver)),
        // EU conformity: 2 years.
        row("EU conformity claimed on the last day of the 2 years is in time",
            requested(received_at(case("FR", NotAsDescribed, vec![item()]), at(2024, 3, 10, 10, 0, 0)), at(2026, 3, 10, 23, 59, 59)),
            true, &[EuConformity], NotNeeded, Some(Rule::ProtectionPeriodOver)),
        row("EU conformity claimed 2 years and a day after delivery is late",
            requested(received_at(case("FR", NotAsDescribed, vec![item()]), at(2024, 3, 10, 10, 0, 0)), at(2026, 3, 11, 0, 0, 0)),
            false, &[], NotNeeded, Some(Rule::EuConformityPeriodOver)),
        // Brazil: 7-day regret, 30/90-day conformity.
        row("Brazilian regret on the 7th day after receipt is in time",
            requested(case("BR", ChangeOfMind, vec![item()]), day_end(7)), true, &[BrRegret], NotNeeded, None),
        row("Brazilian regret on the 8th day after receipt is late",
            requested(case("BR", ChangeOfMind, vec![item()]), day_start(8)), false, &[], NotNeeded, Some(Rule::BrRegretPeriodOver)),
        row("Brazilian conformity for non-durable goods on the 30th day is in time",
            requested(case("BR", NotAsDescribed, vec![item()]), day_end(30)), true, &[BrConformity], NotNeeded, None),
        row("Brazilian conformity for non-durable goods on the 31st day is late",
            requested(case("BR", NotAsDescribed, vec![item()]), day_start(31)), false, &[], NotNeeded, Some(Rule::BrConformityPeriodOver)),
        row("Brazilian conformity for durable goods on the 90th day is in time",
            requested(case("BR", NotAsDescribed, vec![durable(item())]), day_end(90)), true, &[BrConformity], NotNeeded, None),
        row("Brazilian conformity for durable goods on the 91st day is late",
            requested(case("BR", NotAsDescribed, vec![durable(item())]), day_start(91)), false, &[], NotNeeded, Some(Rule::BrConformityPeriodOver)),
        // Spanish overseas territories: a confirmation made before the order.
        row("a Spanish overseas order confirmed before it was placed keeps Free Return",
            confirmed(postal(case("ES", ChangeOfMind, vec![free_return_item()]), "35001"), at(2026, 9, 30, 0, 0, 0)),
            true, &[FreeReturn, EuWithdrawal], Granted, None),
        row("postal code 3500-001 in Portugal is not a Spanish territory",
            ship_to(case("PT", ChangeOfMind, vec![free_return_item()]), "PT", "3500-001"),
            true, &[FreeReturn, EuWithdrawal], Granted, None),
    ];
    for prefix in ["35", "38", "51", "52"] {
        rows.push(row(
            "a Spanish overseas postal code needs a confirmation before the order (withdrawal stays)",
            postal(case("ES", ChangeOfMind, vec![free_return_item()]), &format!("{prefix}001")),
            true,
            &[EuWithdrawal],
            NotNeeded,
            Some(Rule::OverseasTerritoryNotConfirmed),
        ));
    }
    for prefix in ["34", "36", "37", "39", "50", "53"] {
        rows.push(row(
            "a neighbouring Spanish postal code is mainland: Free Return runs",
            postal(
                case("ES", ChangeOfMind, vec![free_return_item()]),
                &format!("{prefix}001"),
            ),
            true,
            &[FreeReturn, EuWithdrawal],
            Granted,
            None,
        ));
    }
    // US ZIP codes where return pickups are suspended, and their neighbours.
    for (zip, suspended) in [
        ("08901", false),
        ("09001", true),
        ("09999", true),
        ("10001", false),
        ("96101", false),
        ("96201", true),
        ("96601", true),
        ("96701", true),
        ("96901", true),
        ("97001", false),
        ("33901", false),
        ("34001", true),
        ("34101", false),
        ("00501", false),
        ("00601", true),
        ("00901", true),
        ("01001", false),
    ] {
        rows.push(row(
            if suspended {
                "a suspended US ZIP gets no pre-paid label, the damage is still refunded"
            } else {
                "a neighbouring US ZIP gets the pre-paid label"
            },
            postal(case("US", Damaged, vec![item()]), zip),
            true,
            &[Programme],
            if suspended { PickupSuspended } else { Granted },
            suspended.then_some(Rule::PickupSuspended),
        ));
    }
    rows.push(row(
        "a Puerto Rico address coded PR is suspended like a US one",
        ship_to(case("US", Damaged, vec![item()]), "PR", "00901"),
        true,
        &[Programme],
        PickupSuspended,
        Some(Rule::PickupSuspended),
    ));
    // Ukraine's four regions, their spellings, and neighbouring regions.
    for (r, suspended) in [
        ("Luhansk", true),
        ("Donetsk Oblast", true),
        ("Zaporizhzhia", true),
        ("Zaporozhye", true),
        ("Kherson", true),
        ("UA-65", true),
        ("Запорізька область", true),
        ("Луганская область", true),
        ("Dnipropetrovsk", false),
        ("Kharkiv", false),
        ("Mykolaiv", false),
        ("Kyiv", false),
    ] {
        rows.push(row(
            if suspended {
                "a suspended Ukrainian region gets no pre-paid label"
            } else {
                "a neighbouring Ukrainian region gets the pre-paid label"
            },
            region(case("UA", Damaged, vec![item()]), r),
            true,
            &[Programme],
            if suspended { PickupSuspended } else { Granted },
            suspended.then_some(Rule::PickupSuspended),
        ));
    }
    rows
}

#[test]
fn every_number_of_the_seed_holds_at_and_just_past_its_limit() {
    let mut failures = Vec::new();
    for r in boundary_rows() {
        let d = decided(&r.case);
        let ok = d.granted == r.granted
            && d.bases == r.bases
            && d.prepaid_label == r.label
            && r.names.is_none_or(|rule| d.refused_by.contains(&rule));
        if !ok {
            failures.push(format!(
                "{} [{:?} {:?}]: expected granted={} bases={:?} label={:?} names={:?}; got granted={} bases={:?} label={:?} refused_by={:?}",
                r.name,
                r.case.ship_to.postal_code,
                r.case.ship_to.region,
                r.granted,
                r.bases,
                r.label,
                r.names,
                d.granted,
                d.bases,
                d.prepaid_label,
                d.refused_by
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Behaviours
// ---------------------------------------------------------------------------

#[test]
fn opening_the_package_to_check_the_contents_keeps_buyer_protection() {
    let mut c = case("US", NotAsDescribed, vec![item()]);
    c.condition.packaging = Packaging::OpenedToCheck;
    let d = decided(&c);
    assert!(d.granted);
    assert_eq!(d.best, Some(Basis::Programme));
    assert_eq!(d.remedy, RefundRemedy::RefundAfterReturn);
    assert_eq!(d.return_shipping_paid_by, Payer::Platform);
}

#[test]
fn an_item_returned_without_its_package_or_tags_is_destroyed_and_refused() {
    for mutate in [
        (|c: &mut Condition| c.packaging = Packaging::Missing) as fn(&mut Condition),
        |c| c.tags_attached = false,
        |c| c.seals_intact = false,
        |c| c.damaged_by_buyer = true,
    ] {
        let mut c = case("US", NotAsDescribed, vec![item()]);
        mutate(&mut c.condition);
        let d = decided(&c);
        assert!(!d.granted);
        assert!(d.refused_by.contains(&Rule::DestroyedByBuyer), "{d:?}");
    }
}

#[test]
fn unwrapping_a_dvd_loses_buyer_protection_though_opening_other_packages_is_fine() {
    let mut c = case("US", NotAsDescribed, vec![of_kind(ItemKind::CopiableMedia)]);
    c.condition.packaging = Packaging::OpenedToCheck;
    let d = decided(&c);
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::CopiableUnsealed]);
}

#[test]
fn used_or_time_worn_items_are_outside_the_programme() {
    let mut used = case("US", NotAsDescribed, vec![item()]);
    used.condition.used = true;
    assert!(decided(&used).refused_by.contains(&Rule::UsedOrConsumed));
    let mut old = case("US", NotAsDescribed, vec![item()]);
    old.condition.value_lost_to_time = true;
    assert!(decided(&old).refused_by.contains(&Rule::ValueLostToTime));
}

#[test]
fn each_excluded_kind_is_refused_by_the_programme_with_its_rule() {
    for (kind, rule) in [
        (ItemKind::Personalised, Rule::PersonalisedItem),
        (ItemKind::CustomMade, Rule::PersonalisedItem),
        (ItemKind::Fragile, Rule::FragileOrPerishable),
        (ItemKind::Food, Rule::FragileOrPerishable),
        (ItemKind::DairyEggs, Rule::FragileOrPerishable),
        (ItemKind::Flowers, Rule::FragileOrPerishable),
        (ItemKind::Underwear, Rule::HygieneItem),
        (ItemKind::HygieneProduct, Rule::HygieneItem),
    ] {
        let d = decided(&case("US", Damaged, vec![of_kind(kind)]));
        assert!(!d.granted, "{kind:?}");
        assert_eq!(d.refused_by, vec![rule], "{kind:?}");
        assert!(d.still_open.contains(&Recourse::AfterSalesDispute));
        assert!(d.still_open.contains(&Recourse::StatutoryRights {
            country: country("US")
        }));
    }
}

#[test]
fn a_parcel_that_never_arrived_is_refunded_whatever_the_kind_of_item() {
    for kind in [
        ItemKind::Personalised,
        ItemKind::Food,
        ItemKind::Underwear,
        ItemKind::CopiableMedia,
    ] {
        for reason in [NotArrived, LostInTransit] {
            let c = requested(
                not_delivered(case("US", reason, vec![of_kind(kind)])),
                at(2026, 10, 25, 0, 0, 0),
            );
            let d = decided(&c);
            assert_eq!(d.bases, vec![Basis::Programme], "{kind:?} {reason:?}");
            assert_eq!(d.remedy, RefundRemedy::Refund);
            assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
            assert_eq!(d.refund_amount, Some(eur("24.90")));
        }
    }
}

// ---------------------------------------------------------------------------
// Lost in transit: the carrier's word (SPEC 2)
// ---------------------------------------------------------------------------

/// The carrier's report on the parcel, `status` at `when`.
fn carrier(mut c: RefundCase, status: CarrierStatus, when: DateTime<Utc>) -> RefundCase {
    c.carrier = Some(CarrierReport { status, at: when });
    c
}

/// A lost-in-transit claim on 12 October, before the guaranteed window ends
/// (20 October), on a parcel shipped on 2 October and not delivered.
fn lost_claim() -> RefundCase {
    not_delivered(case("FR", LostInTransit, vec![item()]))
}

#[test]
fn lost_in_transit_on_a_parcel_the_carrier_reports_lost_is_refunded_at_once_before_the_window_ends()
{
    let c = carrier(lost_claim(), CarrierStatus::Lost, at(2026, 10, 11, 8, 0, 0));
    assert!(c.requested_at < c.guaranteed_delivery_by.unwrap());
    let d = decided(&c);
    assert!(d.all_granted, "{}", d.explanation);
    assert_eq!(d.best, Some(Basis::Programme));
    assert_eq!(d.decided_by, Some(GrantRule::CarrierReportedLost));
    assert_eq!(d.lines[0].decided_by, Some(GrantRule::CarrierReportedLost));
    assert_eq!(d.remedy, RefundRemedy::Refund);
    assert_eq!(d.return_shipping_paid_by, Payer::NoReturn);
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    assert_eq!(d.refund_amount, Some(eur("24.90")));
    assert!(d.refused_by.is_empty(), "{:?}", d.refused_by);
    assert!(d.still_open.is_empty());
    assert!(
        d.explanation
            .contains("the carrier reported the parcel lost"),
        "{}",
        d.explanation
    );
}

#[test]
fn lost_in_transit_without_a_carrier_lost_report_waits_for_the_window_as_before() {
    let d = decided(&lost_claim());
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::DeliveryWindowNotOver]);
    assert_eq!(d.decided_by, None);
    assert!(d.still_open.contains(&Recourse::RequestAgainAfter {
        at: at(2026, 10, 20, 23, 59, 59)
    }));
    // After the window: granted under the programme, by the window, not the carrier.
    let d = decided(&requested(lost_claim(), at(2026, 10, 21, 9, 0, 0)));
    assert!(d.all_granted, "{}", d.explanation);
    assert_eq!(d.best, Some(Basis::Programme));
    assert_eq!(d.decided_by, None);
}

#[test]
fn delivered_in_transit_or_returned_to_sender_is_not_the_carriers_lost_rule() {
    for status in [
        CarrierStatus::Delivered,
        CarrierStatus::InTransit,
        CarrierStatus::ReturnedToSender,
    ] {
        let c = carrier(lost_claim(), status, at(2026, 10, 11, 8, 0, 0));
        assert!(!carrier_reported_lost(&c), "{status:?}");
        let d = decided(&c);
        assert!(!d.granted, "{status:?}: {}", d.explanation);
        assert_eq!(
            d.refused_by,
            vec![Rule::DeliveryWindowNotOver],
            "{status:?}"
        );
        assert_eq!(d.decided_by, None, "{status:?}");
        // After the window, the programme's ordinary not-arrived cover.
        let late = decided(&requested(c, at(2026, 10, 21, 9, 0, 0)));
        assert!(late.all_granted, "{status:?}");
        assert_eq!(late.decided_by, None, "{status:?}");
    }
}

#[test]
fn only_a_lost_in_transit_claim_is_decided_by_the_carriers_lost_report() {
    for reason in [NotArrived, Damaged, ChangeOfMind] {
        let c = carrier(
            not_delivered(case("US", reason, vec![item()])),
            CarrierStatus::Lost,
            at(2026, 10, 11, 8, 0, 0),
        );
        assert_eq!(decided(&c).decided_by, None, "{reason:?}");
    }
}

#[test]
fn a_lost_report_after_a_recorded_delivery_is_the_carriers_last_word() {
    // Delivered on 9 October (the case's delivery), reported lost on the 10th.
    let mut c = carrier(
        case("FR", LostInTransit, vec![item()]),
        CarrierStatus::Lost,
        at(2026, 10, 10, 8, 0, 0),
    );
    let d = decided(&c);
    assert_eq!(
        d.decided_by,
        Some(GrantRule::CarrierReportedLost),
        "{}",
        d.explanation
    );
    assert!(d.all_granted);
    // A delivery after the lost report: the parcel was found and delivered.
    c.carrier = Some(CarrierReport {
        status: CarrierStatus::Lost,
        at: at(2026, 10, 8, 8, 0, 0),
    });
    let d = decided(&c);
    assert!(!d.granted, "{}", d.explanation);
    assert_eq!(d.refused_by, vec![Rule::AlreadyDelivered]);
}

#[test]
fn a_lost_report_after_the_request_does_not_decide_it() {
    let c = carrier(lost_claim(), CarrierStatus::Lost, at(2026, 10, 13, 8, 0, 0));
    let d = decided(&c);
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::DeliveryWindowNotOver]);
}

#[test]
fn a_cancelled_order_is_not_refunded_again_on_the_carriers_lost_report() {
    let mut c = carrier(lost_claim(), CarrierStatus::Lost, at(2026, 10, 11, 8, 0, 0));
    c.cancelled_at = Some(at(2026, 10, 3, 9, 0, 0));
    assert!(!carrier_reported_lost(&c));
    let d = decided(&c);
    assert_eq!(d.decided_by, None);
    assert!(!d.granted, "{}", d.explanation);
    assert_eq!(d.refused_by, vec![Rule::DeliveryWindowNotOver]);
}

#[test]
fn not_arrived_after_delivery_is_refused_and_points_to_other_reasons() {
    let d = decided(&case("US", NotArrived, vec![item()]));
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::AlreadyDelivered]);
    assert_eq!(d.still_open.first(), Some(&Recourse::ContactSeller));
}

#[test]
fn not_arrived_before_the_window_ends_says_when_to_ask_again() {
    let c = not_delivered(case("US", NotArrived, vec![item()]));
    let d = decided(&c);
    assert!(d.still_open.contains(&Recourse::RequestAgainAfter {
        at: at(2026, 10, 20, 23, 59, 59)
    }));
}

#[test]
fn not_arrived_on_an_order_without_a_guaranteed_date_goes_to_a_dispute() {
    let mut c = not_delivered(case("US", NotArrived, vec![item()]));
    c.guaranteed_delivery_by = None;
    let d = decided(&c);
    assert_eq!(d.refused_by, vec![Rule::NoGuaranteedDeliveryDate]);
    assert_eq!(d.still_open.last(), Some(&Recourse::AfterSalesDispute));
}

#[test]
fn a_shortage_refunds_the_missing_quantity_without_a_return() {
    let mut missing = item();
    missing.quantity = 3;
    missing.unit_price = eur("19.99");
    let d = decided(&case("US", Shortage, vec![missing]));
    assert_eq!(d.bases, vec![Basis::Programme]);
    assert_eq!(d.remedy, RefundRemedy::Refund);
    assert_eq!(d.refund_amount, Some(eur("59.97")));
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
}

#[test]
fn cancellation_is_refunded_until_the_seller_ships() {
    let mut c = case("US", Cancellation, vec![item()]);
    c.shipped_at = None;
    c.delivered_at = None;
    c.requested_at = at(2026, 10, 1, 10, 0, 0);
    let d = decided(&c);
    assert_eq!(d.bases, vec![Basis::Cancellation]);
    assert_eq!(d.remedy, RefundRemedy::Refund);
    assert_eq!(d.return_shipping_paid_by, Payer::NoReturn);

    c.shipped_at = Some(at(2026, 10, 1, 10, 0, 1));
    assert_eq!(decided(&c).bases, vec![Basis::Cancellation]);
    c.shipped_at = Some(at(2026, 10, 1, 10, 0, 0));
    let late = decided(&c);
    assert!(!late.granted);
    assert_eq!(late.refused_by, vec![Rule::AlreadyShipped]);
}

#[test]
fn cancellation_before_payment_is_not_a_refund() {
    let mut c = not_delivered(case("US", Cancellation, vec![item()]));
    c.shipped_at = None;
    c.paid_at = None;
    let d = decided(&c);
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::NotPaid]);
}

#[test]
fn cancellation_after_shipment_in_the_eu_is_a_withdrawal_at_the_buyers_cost() {
    let c = requested(
        not_delivered(case("DE", Cancellation, vec![item()])),
        at(2026, 10, 3, 0, 0, 0),
    );
    let d = decided(&c);
    assert!(d.refused_by.contains(&Rule::AlreadyShipped));
    assert_eq!(d.bases, vec![Basis::EuWithdrawal]);
    assert_eq!(d.remedy, RefundRemedy::RefundAfterReturn);
    assert_eq!(d.return_shipping_paid_by, Payer::Buyer);
}

#[test]
fn cancellation_in_the_eu_before_shipment_names_both_bases_and_gives_the_cancellation() {
    let mut c = not_delivered(case("FR", Cancellation, vec![item()]));
    c.shipped_at = None;
    c.requested_at = at(2026, 10, 1, 12, 0, 0);
    let d = decided(&c);
    assert_eq!(d.bases, vec![Basis::Cancellation, Basis::EuWithdrawal]);
    assert_eq!(d.best, Some(Basis::Cancellation));
    assert_eq!(d.return_shipping_paid_by, Payer::NoReturn);
}

#[test]
fn change_of_mind_without_free_return_or_a_statutory_right_is_refused_with_recourse() {
    let d = decided(&case("US", ChangeOfMind, vec![item()]));
    assert!(!d.granted);
    assert_eq!(
        d.refused_by,
        vec![Rule::ChangeOfMindNotCovered, Rule::NoFreeReturnLabel]
    );
    assert_eq!(
        d.still_open,
        vec![
            Recourse::ContactSeller,
            Recourse::StatutoryRights {
                country: country("US")
            },
            Recourse::AfterSalesDispute
        ]
    );
    assert!(d.explanation.contains("refused"));
}

#[test]
fn change_of_mind_in_the_eu_without_free_return_is_a_withdrawal_at_the_buyers_cost() {
    let d = decided(&case("FR", ChangeOfMind, vec![item()]));
    assert_eq!(d.bases, vec![Basis::EuWithdrawal]);
    assert_eq!(d.remedy, RefundRemedy::RefundAfterReturn);
    assert_eq!(d.return_shipping_paid_by, Payer::Buyer);
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    assert_eq!(d.refund_amount, Some(eur("24.90")));
}

#[test]
fn change_of_mind_on_a_free_return_item_gets_the_prepaid_label_even_in_the_eu() {
    let d = decided(&case("FR", ChangeOfMind, vec![free_return_item()]));
    assert_eq!(d.bases, vec![Basis::FreeReturn, Basis::EuWithdrawal]);
    assert_eq!(d.best, Some(Basis::FreeReturn));
    assert_eq!(d.return_shipping_paid_by, Payer::Platform);
    assert_eq!(d.prepaid_label, LabelDecision::Granted);
}

#[test]
fn free_return_is_refused_outside_the_configured_countries_and_runs_where_configured() {
    let c = ship_to(
        case("US", ChangeOfMind, vec![free_return_item()]),
        "MX",
        "01000",
    );
    let d = decided(&c);
    assert_eq!(
        d.refused_by,
        vec![
            Rule::ChangeOfMindNotCovered,
            Rule::FreeReturnCountryNotServed
        ]
    );
    let mut config = RefundConfig::default();
    config.free_return_countries.insert(country("MX"));
    assert_eq!(decide(&c, &config).bases, vec![Basis::FreeReturn]);
}

#[test]
fn the_default_free_return_countries_are_twenty_four() {
    assert_eq!(RefundConfig::default().free_return_countries.len(), 24);
}

#[test]
fn free_return_excludes_its_kinds_and_conditions() {
    for kind in [
        ItemKind::FreshFrozenFood,
        ItemKind::DairyEggs,
        ItemKind::LivePlant,
        ItemKind::Underwear,
        ItemKind::AdultProduct,
        ItemKind::Ticket,
        ItemKind::Voucher,
        ItemKind::Service,
        ItemKind::VirtualProduct,
        ItemKind::FreeGift,
        ItemKind::CustomMade,
    ] {
        let i = ItemFacts {
            kind,
            ..free_return_item()
        };
        let d = decided(&case("US", ChangeOfMind, vec![i]));
        assert!(!d.granted, "{kind:?}");
        assert!(
            d.refused_by.contains(&Rule::FreeReturnItemExcluded),
            "{kind:?}"
        );
    }
    for mutate in [
        (|c: &mut Condition| c.washed_or_worn = true) as fn(&mut Condition),
        |c| c.used = true,
        |c| c.tags_attached = false,
        |c| c.seals_intact = false,
        |c| c.packaging = Packaging::Missing,
        |c| c.complete_set = false,
        |c| c.damaged_by_buyer = true,
    ] {
        let mut c = case("US", ChangeOfMind, vec![free_return_item()]);
        mutate(&mut c.condition);
        let d = decided(&c);
        assert!(!d.granted);
        assert!(d.refused_by.contains(&Rule::FreeReturnConditionNotMet));
    }
    let mut checked = case("US", ChangeOfMind, vec![free_return_item()]);
    checked.condition.packaging = Packaging::OpenedToCheck;
    assert_eq!(decided(&checked).bases, vec![Basis::FreeReturn]);
}

#[test]
fn free_return_is_refused_where_pickups_are_suspended() {
    let c = postal(case("US", ChangeOfMind, vec![free_return_item()]), "96201");
    let d = decided(&c);
    assert!(!d.granted);
    assert!(d.refused_by.contains(&Rule::PickupSuspended));
}

#[test]
fn a_buyer_limited_for_abuse_loses_free_return_but_not_the_statutory_withdrawal() {
    let mut c = case("FR", ChangeOfMind, vec![free_return_item()]);
    c.returns_limited = true;
    let d = decided(&c);
    assert_eq!(d.bases, vec![Basis::EuWithdrawal]);
    assert!(d.refused_by.contains(&Rule::FreeReturnsLimited));
}

#[test]
fn several_requests_of_one_order_share_one_label_that_does_not_count_again() {
    let mut c = labels_used(case("US", ChangeOfMind, vec![free_return_item()]), 3);
    c.order_label = OrderLabel::IssuedUnused;
    let d = decided(&c);
    assert_eq!(d.prepaid_label, LabelDecision::SharedWithOrder);
    assert_eq!(d.return_shipping_paid_by, Payer::Platform);
    assert!(!d.refused_by.contains(&Rule::MonthlyLabelLimit));
    assert!(d.explanation.contains("one parcel"));
}

#[test]
fn a_request_after_the_orders_label_was_used_needs_a_new_label_within_the_month() {
    let mut c = labels_used(case("US", ChangeOfMind, vec![free_return_item()]), 1);
    c.order_label = OrderLabel::IssuedUsed;
    assert_eq!(decided(&c).prepaid_label, LabelDecision::Granted);
    c.labels_used_this_month = 3;
    let d = decided(&c);
    assert_eq!(d.prepaid_label, LabelDecision::RefusedMonthlyLimit);
    assert_eq!(d.return_shipping_paid_by, Payer::Buyer);
}

#[test]
fn one_request_for_several_lines_gets_one_label() {
    let d = decided(&case(
        "US",
        ChangeOfMind,
        vec![free_return_item(), free_return_item()],
    ));
    assert_eq!(d.prepaid_label, LabelDecision::Granted);
    assert_eq!(d.refund_amount, Some(eur("49.80")));
    assert!(d.all_granted);
}

#[test]
fn the_fourth_label_for_a_sellers_fault_is_refused_and_the_seller_pays_the_return() {
    let d = decided(&labels_used(case("US", Damaged, vec![item()]), 3));
    assert_eq!(d.bases, vec![Basis::Programme]);
    assert_eq!(d.prepaid_label, LabelDecision::RefusedMonthlyLimit);
    assert_eq!(d.return_shipping_paid_by, Payer::Seller);
}

#[test]
fn a_refund_with_nothing_to_return_needs_no_label_even_past_the_limit() {
    let c = labels_used(
        requested(
            not_delivered(case("US", NotArrived, vec![item()])),
            at(2026, 10, 25, 0, 0, 0),
        ),
        5,
    );
    let d = decided(&c);
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    assert!(!d.refused_by.contains(&Rule::MonthlyLabelLimit));
}

#[test]
fn lines_of_one_request_are_decided_apart() {
    let d = decided(&case(
        "US",
        Damaged,
        vec![of_kind(ItemKind::Personalised), item()],
    ));
    assert!(d.granted);
    assert!(!d.all_granted);
    assert!(!d.lines[0].granted);
    assert_eq!(d.lines[0].refused_by, vec![Rule::PersonalisedItem]);
    assert_eq!(d.lines[1].bases, vec![Basis::Programme]);
    assert_eq!(d.refund_amount, Some(eur("24.90")));
    assert!(d.still_open.contains(&Recourse::AfterSalesDispute));
}

#[test]
fn brazil_regret_excludes_prohibited_underwear_socks_food_batteries_and_customised_items() {
    for kind in [
        ItemKind::Prohibited,
        ItemKind::Underwear,
        ItemKind::Socks,
        ItemKind::Food,
        ItemKind::FreshFrozenFood,
        ItemKind::DairyEggs,
        ItemKind::Battery,
        ItemKind::Personalised,
        ItemKind::CustomMade,
    ] {
        let d = decided(&case("BR", ChangeOfMind, vec![of_kind(kind)]));
        assert!(!d.granted, "{kind:?}");
        assert!(
            d.refused_by.contains(&Rule::BrReturnPolicyExcluded),
            "{kind:?}"
        );
    }
    assert_eq!(
        decided(&case("BR", ChangeOfMind, vec![of_kind(ItemKind::Fragile)])).bases,
        vec![Basis::BrRegret]
    );
}

#[test]
fn brazil_return_policy_exclusions_never_touch_the_conformity_warranty() {
    for kind in [ItemKind::Food, ItemKind::Battery, ItemKind::Socks] {
        let c = requested(case("BR", NotAsDescribed, vec![of_kind(kind)]), day_end(20));
        let d = decided(&c);
        assert!(d.bases.contains(&Basis::BrConformity), "{kind:?}");
        assert_eq!(d.remedy, RefundRemedy::RepairOrReplace);
        assert_eq!(d.return_shipping_paid_by, Payer::Seller);
    }
}

#[test]
fn brazil_regret_return_is_paid_by_the_seller() {
    let d = decided(&case("BR", ChangeOfMind, vec![item()]));
    assert_eq!(d.bases, vec![Basis::BrRegret]);
    assert_eq!(d.return_shipping_paid_by, Payer::Seller);
}

#[test]
fn a_recall_refund_is_charged_to_the_seller_and_beats_every_other_basis() {
    let recalled = ItemFacts {
        recalled: true,
        ..free_return_item()
    };
    let d = decided(&case("FR", Damaged, vec![recalled.clone()]));
    assert_eq!(d.best, Some(Basis::Recall));
    assert_eq!(
        d.bases,
        vec![
            Basis::Recall,
            Basis::Programme,
            Basis::EuWithdrawal,
            Basis::EuConformity
        ]
    );
    assert!(d.charged_to_seller);
    assert!(d.lines[0].charged_to_seller);
    assert_eq!(d.remedy, RefundRemedy::Refund);
    assert_eq!(d.prepaid_label, LabelDecision::NotNeeded);
    assert_eq!(d.refund_amount, Some(eur("24.90")));

    // Years later, outside every window, the recall still refunds.
    let late = requested(
        case("US", RefundReason::Recall, vec![recalled]),
        at(2030, 1, 1, 0, 0, 0),
    );
    assert_eq!(decided(&late).bases, vec![Basis::Recall]);
}

#[test]
fn a_recall_request_on_a_product_not_recalled_is_refused() {
    let d = decided(&case("US", RefundReason::Recall, vec![item()]));
    assert!(!d.granted);
    assert_eq!(d.refused_by, vec![Rule::NotRecalled]);
    assert!(!d.charged_to_seller);
}

#[test]
fn a_personalised_item_damaged_in_the_eu_keeps_the_legal_guarantee() {
    let d = decided(&case("FR", Damaged, vec![of_kind(ItemKind::Personalised)]));
    assert_eq!(d.bases, vec![Basis::EuConformity]);
    assert_eq!(d.remedy, RefundRemedy::RepairOrReplace);
    assert_eq!(d.return_shipping_paid_by, Payer::Seller);
    assert!(d.refused_by.contains(&Rule::PersonalisedItem));
    assert!(d.refused_by.contains(&Rule::EuWithdrawalException));
}

#[test]
fn a_used_item_in_the_eu_can_still_be_withdrawn_within_14_days() {
    let mut c = case("DE", ChangeOfMind, vec![item()]);
    c.condition.used = true;
    c.condition.packaging = Packaging::Missing;
    assert_eq!(decided(&c).bases, vec![Basis::EuWithdrawal]);
}

#[test]
fn a_refused_change_of_mind_in_the_eu_points_to_the_legal_guarantee() {
    let c = requested(case("FR", ChangeOfMind, vec![item()]), day_start(20));
    let d = decided(&c);
    assert!(!d.granted);
    assert!(d.still_open.contains(&Recourse::EuConformity {
        last_day: NaiveDate::from_ymd_opt(2028, 10, 9).unwrap()
    }));
}

#[test]
fn an_early_non_arrival_claim_in_the_eu_points_to_withdrawal_after_receipt() {
    let c = requested(
        not_delivered(case("FR", NotArrived, vec![item()])),
        at(2026, 10, 5, 0, 0, 0),
    );
    let d = decided(&c);
    assert!(!d.granted);
    assert!(d
        .still_open
        .contains(&Recourse::EuWithdrawal { last_day: None }));
}

#[test]
fn the_eu_conformity_guarantee_of_a_leap_day_delivery_ends_on_28_february() {
    let c = received_at(
        case("FR", NotAsDescribed, vec![item()]),
        at(2028, 2, 29, 12, 0, 0),
    );
    assert_eq!(
        decided(&requested(c.clone(), at(2030, 2, 28, 23, 0, 0))).bases,
        vec![Basis::EuConformity]
    );
    assert!(!decided(&requested(c, at(2030, 3, 1, 0, 0, 0))).granted);
}

#[test]
fn a_refusal_explains_the_rule_in_the_seeds_words() {
    let d = decided(&requested(
        case("US", ChangeOfMind, vec![free_return_item()]),
        day_start(16),
    ));
    assert!(d
        .explanation
        .contains("within 15 calendar days from receiving the item(s)"));
    assert!(d.explanation.contains("after-sales dispute"));
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_kind() -> impl Strategy<Value = ItemKind> {
    prop::sample::select(ItemKind::ALL.to_vec())
}

fn any_packaging() -> impl Strategy<Value = Packaging> {
    prop::sample::select(vec![
        Packaging::Intact,
        Packaging::OpenedToCheck,
        Packaging::Damaged,
        Packaging::Missing,
    ])
}

fn any_condition() -> impl Strategy<Value = Condition> {
    (any::<[bool; 7]>(), any_packaging()).prop_map(|(b, packaging)| Condition {
        used: b[0],
        washed_or_worn: b[1],
        damaged_by_buyer: b[2],
        packaging,
        seals_intact: b[3],
        tags_attached: b[4],
        complete_set: b[5],
        value_lost_to_time: b[6],
    })
}

fn any_order_label() -> impl Strategy<Value = OrderLabel> {
    prop::sample::select(vec![
        OrderLabel::None,
        OrderLabel::IssuedUnused,
        OrderLabel::IssuedUsed,
    ])
}

fn any_item() -> impl Strategy<Value = ItemFacts> {
    (
        any_kind(),
        any::<[bool; 3]>(),
        prop::option::of(prop::array::uniform3(0u32..2_500)),
        prop::option::of(0u32..40_000),
        1u32..4,
    )
        .prop_map(|(kind, b, dims, weight, quantity)| ItemFacts {
            kind,
            durable: b[0],
            free_return_label: b[1],
            dimensions_mm: dims,
            weight_g: weight,
            unit_price: eur("12.50"),
            quantity,
            recalled: b[2],
        })
}

const COUNTRIES: [&str; 10] = ["FR", "DE", "ES", "NO", "BR", "US", "UA", "GB", "MX", "PT"];
const POSTALS: [&str; 8] = [
    "10001",
    "09001",
    "96701",
    "00901",
    "35001",
    "34001",
    "75011",
    "01310-100",
];
const REGIONS: [&str; 3] = ["Kherson", "Kyiv", ""];

prop_compose! {
    fn any_case()(
        reason in prop::sample::select(RefundReason::ALL.to_vec()),
        buyer in prop::sample::select(COUNTRIES.to_vec()),
        dest in prop::sample::select(COUNTRIES.to_vec()),
        postal_code in prop::sample::select(POSTALS.to_vec()),
        region_name in prop::sample::select(REGIONS.to_vec()),
        items in prop::collection::vec(any_item(), 1..3),
        condition in any_condition(),
        (days, secs) in (0i64..800, 0i64..86_400),
        (delivered, shipped, paid, guaranteed) in any::<(bool, bool, bool, bool)>(),
        labels in 0u32..6,
        order_label in any_order_label(),
        (returns_limited, confirmation) in (any::<bool>(), prop::option::of(-3i64..3)),
    ) -> RefundCase {
        let placed = at(2026, 10, 1, 9, 0, 0);
        let r = received();
        RefundCase {
            reason,
            requested_at: placed + Duration::days(days) + Duration::seconds(secs),
            order_placed_at: placed,
            paid_at: paid.then_some(placed + Duration::minutes(1)),
            shipped_at: shipped.then_some(placed + Duration::days(1)),
            delivered_at: (shipped && delivered).then_some(r),
            guaranteed_delivery_by: guaranteed.then_some(placed + Duration::days(20)),
            buyer_country: country(buyer),
            ship_to: Address {
                country: country(dest),
                postal_code: Some(postal_code.into()),
                region: (!region_name.is_empty()).then(|| region_name.to_string()),
            },
            free_return_confirmed_at: confirmation.map(|d| placed + Duration::days(d)),
            items,
            condition,
            labels_used_this_month: labels,
            order_label,
            returns_limited,
            carrier: None,
            cancelled_at: None,
        }
    }
}

fn statutory(d: &Decision) -> Vec<Vec<Basis>> {
    d.lines
        .iter()
        .map(|l| {
            l.bases
                .iter()
                .copied()
                .filter(|b| b.is_statutory())
                .collect()
        })
        .collect()
}

proptest! {
    /// In an EU/EEA country, within 14 days of receipt, an item of a kind the
    /// EU's own exceptions never cover is withdrawable whatever its condition
    /// (used, washed, destroyed, unpackaged, past its value) and whatever the
    /// programme says about it.
    #[test]
    fn a_statutory_withdrawal_is_never_taken_away_by_a_programme_exclusion(
        code in prop::sample::select(vec!["FR", "DE", "IT", "ES", "PL", "NL", "IE", "NO", "IS", "SE"]),
        kind in prop::sample::select(vec![
            ItemKind::Standard, ItemKind::Fragile, ItemKind::Socks, ItemKind::Battery,
            ItemKind::Voucher, ItemKind::FreeGift, ItemKind::Prohibited,
        ]),
        condition in any_condition(),
        reason in prop::sample::select(vec![ChangeOfMind, Damaged, NotAsDescribed]),
        day in 0i64..=14,
        labels in 0u32..10,
        free_return_label in any::<bool>(),
        returns_limited in any::<bool>(),
    ) {
        let mut c = case(code, reason, vec![ItemFacts { kind, free_return_label, ..item() }]);
        c.condition = condition;
        c.labels_used_this_month = labels;
        c.returns_limited = returns_limited;
        c.requested_at = day_end(day);
        let d = decided(&c);
        prop_assert!(d.granted);
        prop_assert!(d.bases.contains(&Basis::EuWithdrawal), "{:?}", d);
    }

    /// Sealed hygiene goods and sealed media stay withdrawable in the EU while
    /// their seal is unbroken, though the programme excludes hygiene goods.
    #[test]
    fn sealed_hygiene_goods_stay_withdrawable_in_the_eu(
        kind in prop::sample::select(vec![
            ItemKind::Underwear, ItemKind::HygieneProduct, ItemKind::AdultProduct,
            ItemKind::Food, ItemKind::CopiableMedia,
        ]),
        day in 0i64..=14,
    ) {
        let c = requested(case("FR", ChangeOfMind, vec![of_kind(kind)]), day_end(day));
        prop_assert!(!eu_withdrawal_exception(kind, &c.condition));
        prop_assert_eq!(decided(&c).bases, vec![Basis::EuWithdrawal]);
    }

    /// Changing only programme facts (labels, Free Return label and countries,
    /// abuse limit, confirmations, protection period) never changes a line's
    /// statutory bases.
    #[test]
    fn programme_facts_never_change_the_statutory_bases(
        c in any_case(),
        labels in 0u32..6,
        order_label in any_order_label(),
        protection in 0u32..60,
    ) {
        let before = decided(&c);
        let mut other = c.clone();
        other.labels_used_this_month = labels;
        other.order_label = order_label;
        other.returns_limited = !c.returns_limited;
        other.free_return_confirmed_at = None;
        for i in &mut other.items {
            i.free_return_label = !i.free_return_label;
        }
        let config = RefundConfig {
            free_return_countries: Default::default(),
            protection_days_after_receipt: protection,
        };
        let after = decide(&other, &config);
        prop_assert_eq!(statutory(&before), statutory(&after));
    }

    /// "a maximum of three (3) pre-paid return labels per month": with three
    /// already issued, no new label is ever pre-paid (the order's unused label
    /// may still be shared).
    #[test]
    fn the_fourth_label_in_a_month_is_never_prepaid(c in any_case(), used in 3u32..50) {
        let mut c = c;
        c.labels_used_this_month = used;
        let d = decided(&c);
        prop_assert_ne!(d.prepaid_label, LabelDecision::Granted);
        if c.order_label != OrderLabel::IssuedUnused {
            prop_assert!(d.lines.iter().all(|l| l.return_shipping_paid_by != Payer::Platform));
        }
    }

    #[test]
    fn the_decision_is_deterministic(c in any_case()) {
        let config = RefundConfig::default();
        prop_assert_eq!(decide(&c, &config), decide(&c.clone(), &config.clone()));
    }

    /// A decision is granted exactly when a basis grants, gives the best one
    /// first, refunds only when granted, and a refusal always names a rule and
    /// leaves the after-sales dispute open.
    #[test]
    fn a_refusal_names_its_rule_and_what_is_still_open(c in any_case()) {
        let d = decided(&c);
        prop_assert_eq!(d.granted, !d.bases.is_empty());
        prop_assert_eq!(d.best, d.bases.first().copied());
        if !d.granted {
            prop_assert!(!d.refused_by.is_empty());
            prop_assert!(d.refund_amount.is_none());
            prop_assert_eq!(d.still_open.last(), Some(&Recourse::AfterSalesDispute));
            let statutory_rights = Recourse::StatutoryRights { country: c.buyer_country.clone() };
            prop_assert!(d.still_open.contains(&statutory_rights));
        }
        prop_assert_eq!(d.charged_to_seller, d.lines.iter().any(|l| l.best == Some(Basis::Recall)));
    }

    /// A recalled item is always refunded, charged to the seller, nothing to return.
    #[test]
    fn a_recalled_item_is_always_refunded_at_the_sellers_charge(c in any_case()) {
        let mut c = c;
        for i in &mut c.items {
            i.recalled = true;
        }
        let d = decided(&c);
        prop_assert_eq!(d.best, Some(Basis::Recall));
        prop_assert!(d.charged_to_seller);
        prop_assert_eq!(d.return_shipping_paid_by, Payer::NoReturn);
    }

    #[test]
    fn free_return_runs_exactly_15_calendar_days(day in 0i64..40, secs in 0i64..86_400) {
        let when = day_start(day) + Duration::seconds(secs);
        prop_assume!(when >= received());
        let d = decided(&requested(case("US", ChangeOfMind, vec![free_return_item()]), when));
        prop_assert_eq!(d.granted, day <= 15);
    }

    #[test]
    fn spanish_overseas_is_decided_by_the_first_two_digits(n in 0u32..100_000) {
        let code = format!("{n:05}");
        let prefix = n / 1_000;
        let ship = |c: &str| Address { country: country(c), postal_code: Some(code.clone()), region: None };
        prop_assert_eq!(is_spanish_overseas(&ship("ES")), [35, 38, 51, 52].contains(&prefix));
        prop_assert!(!is_spanish_overseas(&ship("PT")));
    }

    #[test]
    fn us_pickups_are_suspended_exactly_on_the_listed_zip_prefixes(n in 0u32..100_000) {
        let zip = format!("{n:05}");
        let zip3 = n / 100;
        let listed = (90..=99).contains(&zip3)
            || (962..=966).contains(&zip3)
            || zip3 == 340
            || (6..=9).contains(&zip3)
            || (967..=969).contains(&zip3);
        let ship = |c: &str| Address { country: country(c), postal_code: Some(zip.clone()), region: None };
        prop_assert_eq!(pickup_suspended(&ship("US")), listed);
        prop_assert!(!pickup_suspended(&ship("DE")));
    }

    #[test]
    fn a_large_parcel_does_not_depend_on_the_order_of_its_sides(
        a in 0u32..2_500, b in 0u32..2_500, c in 0u32..2_500, w in 0u32..40_000,
    ) {
        let large = is_large_parcel(Some([a, b, c]), Some(w));
        prop_assert_eq!(large, is_large_parcel(Some([c, a, b]), Some(w)));
        prop_assert_eq!(large, is_large_parcel(Some([b, c, a]), Some(w)));
        let expected = a.max(b).max(c) > 1_200 || a + b + c > 2_100 || w > 30_000;
        prop_assert_eq!(large, expected);
    }
}
