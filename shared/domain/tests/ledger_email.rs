//! The seller emails of the penalty-points ledger (SPEC 1.5, 1.6): built from
//! real assessments ([`assess`]) and read as the seller reads them.

use chrono::{DateTime, Duration, TimeZone, Utc};
use safety_domain::catalog::{Money, Seller};
use safety_domain::ledger::violations::ViolationReported;
use safety_domain::ledger::{assess, LedgerEntry, Sanction, Standing, Thresholds, ViolationType};
use safety_domain::notices::ledger_email::{standing_changed, violation_recorded};
use safety_domain::notices::render::Email;
use safety_domain::recall::intake::Severity;

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

/// The time of the assessments: 1 June 2026, 12:00 UTC.
fn now() -> DateTime<Utc> {
    at(2026, 6, 1, 12)
}

fn seller() -> Seller {
    Seller {
        seller_id: "S-1".into(),
        name: "Lumen Trading".into(),
        email: "account@lumen.example".into(),
        safety_email: Some("safety@lumen.example".into()),
        locale: Some("fr-FR".into()),
        updated_at: None,
        time_zone: None,
    }
}

fn report(
    violation: ViolationType,
    reason: &str,
    sanction: Option<Sanction>,
    reported_at: DateTime<Utc>,
) -> ViolationReported {
    ViolationReported {
        seller_id: "S-1".into(),
        violation,
        severity: None,
        reason: reason.into(),
        listing_id: Some("L-77".into()),
        sanction,
        financial_penalty: None,
        reported_at,
        reporter: "desk-agent-jane".into(),
        compliance_reminder: None,
    }
}

/// A reported counterfeit: serious, 6 points.
fn counterfeit(days_ago: i64) -> LedgerEntry {
    report(
        ViolationType::IntellectualProperty,
        "Counterfeit 'Lumix' chargers with a copied logo",
        None,
        now() - Duration::days(days_ago),
    )
    .entry("vr-1")
}

/// A recall case's entry: a listing edited to dodge a recall, serious, 6 points.
fn evasion(days_ago: i64) -> LedgerEntry {
    LedgerEntry {
        entry_id: "case:C-1".into(),
        seller_id: "S-1".into(),
        at: now() - Duration::days(days_ago),
        violation: ViolationType::RecallEvasion,
        severity: Some(Severity::Serious),
        points: 6,
        reason: "Listing L-12 re-titled while recall R-9 covers it".into(),
        case_id: Some("C-1".into()),
        listing_id: Some("L-12".into()),
        report_id: None,
        sanction: None,
        financial_penalty: None,
        reverses: None,
    }
}

fn changed(before: Standing, entries: &[LedgerEntry]) -> Email {
    let thresholds = Thresholds::default();
    let now_assessed = assess(entries, now(), &thresholds);
    standing_changed(
        &seller(),
        before,
        &now_assessed,
        entries,
        &thresholds,
        now(),
    )
    .unwrap()
}

fn no_buyer(email: &Email) {
    for part in [&email.subject, &email.text, &email.html] {
        let lower = part.to_lowercase();
        assert!(!lower.contains("buyer"), "mentions a buyer: {part}");
    }
}

/// The part of the text between two headings.
fn section<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from} in\n{text}"));
    let rest = &text[start..];
    let end = rest.find(to).unwrap_or(rest.len());
    &rest[..end]
}

// ---------------------------------------------------------------------------
// standing_changed
// ---------------------------------------------------------------------------

#[test]
fn a_rise_to_listing_restrictions_lists_the_entries_behind_it() {
    let entries = vec![evasion(10), counterfeit(40)];
    let email = changed(Standing::Warning, &entries);
    println!("{}\n{}", email.text, email.html);

    assert_eq!(
        email.subject,
        "Your account standing: Warning → Listing restrictions"
    );
    let t = &email.text;
    assert!(t.contains("Dear Lumen Trading,"));
    assert!(t.contains("went up from Warning to Listing restrictions"));
    assert!(t.contains("worse"));
    assert!(t.contains("Points over the rolling 365 days: 12"));
    assert!(t.contains(Standing::ListingRestrictions.consequence()));
    // The thresholds, the current one marked.
    assert!(t.contains("Warning: 6–11 points\n"));
    assert!(t.contains("Listing restrictions: 12–23 points   <- your standing"));
    assert!(t.contains("Terminated: 48 points or more"));

    // Both counted entries, oldest first, with points, reasons and ids.
    let behind = section(t, "THE ENTRIES BEHIND IT", "HOW TO CONTEST");
    let ip = behind.find("Intellectual-property infringement").unwrap();
    let ev = behind
        .find("Listing published or edited while a recall covers it")
        .unwrap();
    assert!(ip < ev, "oldest first:\n{behind}");
    assert!(behind.contains("Counterfeit 'Lumix' chargers with a copied logo"));
    assert!(behind.contains("Listing L-12 re-titled while recall R-9 covers it"));
    assert_eq!(behind.matches("Points: 6 points").count(), 2);
    assert_eq!(behind.matches("Severity: Serious violation").count(), 2);
    assert!(behind.contains("Report: vr-1"));
    assert!(behind.contains("Case: C-1"));
    // 40 days before 1 June 2026, as English writes a date.
    assert!(behind.contains("22 April 2026"));
    // How to contest, both kinds.
    assert!(t.contains("appealed within 7 days of the recall notice"));
    assert!(t.contains("seller centre"));
    assert!(!t.contains("desk-agent-jane"));

    let h = &email.html;
    assert!(h.contains("Listing restrictions"));
    assert!(
        h.contains("Counterfeit &#x27;Lumix&#x27; chargers")
            || h.contains("Counterfeit 'Lumix' chargers")
    );
    assert!(h.contains("&larr; your standing"));
    no_buyer(&email);
}

#[test]
fn a_fall_after_a_reversal_says_better_and_shows_the_reversal() {
    let upheld = evasion(10);
    let reversal = upheld.reversal(
        now() - Duration::hours(1),
        "Appeal upheld: the listing was a different model",
    );
    let entries = vec![counterfeit(40), upheld, reversal];
    let email = changed(Standing::ListingRestrictions, &entries);
    println!("{}", email.text);

    assert_eq!(
        email.subject,
        "Your account standing: Listing restrictions → Warning"
    );
    let t = &email.text;
    assert!(t.contains("went down from Listing restrictions to Warning"));
    assert!(t.contains("better"));
    assert!(t.contains("reversal"));
    assert!(t.contains("Points over the rolling 365 days: 6"));
    assert!(t.contains("Warning: 6–11 points   <- your standing"));

    let behind = section(t, "THE ENTRIES BEHIND IT", "REVERSALS");
    assert!(behind.contains("Report: vr-1"));
    assert!(
        !behind.contains("Case: C-1"),
        "the reversed entry counts no more:\n{behind}"
    );

    let reversals = section(t, "REVERSALS IN THE ROLLING 365 DAYS", "HOW TO CONTEST");
    assert!(reversals.contains("Reversal"));
    assert!(reversals.contains("Points: -6 points"));
    assert!(reversals.contains("Reverses: case:C-1"));
    assert!(reversals.contains("Appeal upheld: the listing was a different model"));
    assert!(email.html.contains("-6 points"));
    no_buyer(&email);
}

#[test]
fn an_entry_366_days_old_is_not_counted_and_one_365_days_old_is() {
    let mut old = counterfeit(366);
    old.reason = "Fake reviews on an old listing".into();
    old.entry_id = "report:vr-old".into();
    old.report_id = Some("vr-old".into());
    let mut edge = evasion(365);
    edge.reason = "Edited on the window's first day".into();
    let entries = vec![old, edge, counterfeit(3)];
    let assessed = assess(&entries, now(), &Thresholds::default());
    assert_eq!(assessed.points, 12);

    let email = changed(Standing::Warning, &entries);
    let behind = section(&email.text, "THE ENTRIES BEHIND IT", "HOW TO CONTEST");
    assert!(!email.text.contains("Fake reviews on an old listing"));
    assert!(!email.html.contains("Fake reviews on an old listing"));
    assert!(!email.text.contains("vr-old"));
    assert!(behind.contains("Edited on the window's first day"));
    assert!(email.text.contains("Counts until: 1 June 2026"));
}

#[test]
fn a_permanent_ban_explains_the_sanction() {
    let ban = report(
        ViolationType::FalseInformation,
        "Medical claims invented for a heater",
        Some(Sanction::PermanentBan),
        now() - Duration::days(2),
    )
    .entry("vr-ban");
    let assessed = assess(std::slice::from_ref(&ban), now(), &Thresholds::default());
    assert_eq!(assessed.standing, Standing::Terminated);

    let email = changed(Standing::Good, std::slice::from_ref(&ban));
    println!("{}", email.text);
    assert_eq!(
        email.subject,
        "Your account standing: Good standing → Terminated"
    );
    let t = &email.text;
    assert!(t.contains("Your standing comes from a sanction: permanent ban (entry report:vr-ban"));
    assert!(t.contains("your 2 points alone would give Good standing"));
    assert!(t.contains(Standing::Terminated.consequence()));
    assert!(t.contains("Sanction: permanent ban"));
    assert!(t.contains("Terminated: 48 points or more   <- your standing"));
    no_buyer(&email);
}

#[test]
fn a_permanent_ban_older_than_the_window_is_still_shown() {
    let ban = report(
        ViolationType::ProhibitedItem,
        "Sold flare guns",
        Some(Sanction::PermanentBan),
        now() - Duration::days(500),
    )
    .entry("vr-ban");
    let email = changed(Standing::Good, std::slice::from_ref(&ban));
    let t = &email.text;
    assert!(t.contains("No penalty counts over the rolling 365 days."));
    let lasting = section(t, "SANCTIONS THAT STILL APPLY", "HOW TO CONTEST");
    assert!(lasting.contains("Sold flare guns"));
    assert!(lasting.contains("a permanent ban applies whatever its age"));
}

#[test]
fn script_in_a_reason_is_escaped_in_html_and_verbatim_in_text() {
    let mut e = counterfeit(1);
    e.reason = "<script>alert('x')</script> copied logo".into();
    let mut s = seller();
    s.name = "<b>Evil</b> Shop".into();
    let thresholds = Thresholds::default();
    let assessed = assess(std::slice::from_ref(&e), now(), &thresholds);
    let email = standing_changed(
        &s,
        Standing::Good,
        &assessed,
        std::slice::from_ref(&e),
        &thresholds,
        now(),
    )
    .unwrap();
    assert!(email
        .text
        .contains("<script>alert('x')</script> copied logo"));
    assert!(email.text.contains("Dear <b>Evil</b> Shop,"));
    assert!(!email.html.contains("<script>"));
    assert!(!email.html.contains("<b>Evil"));
    assert!(email.html.contains("&lt;script&gt;"));
    assert!(
        email.html.contains("&lt;b&gt;Evil&lt;&#x2f;b&gt;")
            || email.html.contains("&lt;b&gt;Evil&lt;/b&gt;")
    );

    let mut r = report(
        ViolationType::HealthAndSafety,
        "<script>alert('x')</script> copied logo",
        None,
        now(),
    );
    r.listing_id = Some("<script>L</script>".into());
    let entry = r.entry("vr-2");
    let assessed = assess(std::slice::from_ref(&entry), now(), &thresholds);
    let email = violation_recorded(&s, &entry, &r, &assessed).unwrap();
    assert!(email
        .text
        .contains("Reason: <script>alert('x')</script> copied logo"));
    assert!(email.text.contains("Listing: <script>L</script>"));
    assert!(!email.html.contains("<script>"));
    assert!(email.html.contains("&lt;script&gt;alert("));
}

#[test]
fn the_email_goes_to_the_safety_mailbox_when_registered() {
    let entries = vec![counterfeit(3)];
    let email = changed(Standing::Good, &entries);
    assert_eq!(email.to, "safety@lumen.example");

    let r = report(ViolationType::PricingAbuse, "Fake discount", None, now());
    let entry = r.entry("vr-3");
    let assessed = assess(std::slice::from_ref(&entry), now(), &Thresholds::default());
    let mut s = seller();
    assert_eq!(
        violation_recorded(&s, &entry, &r, &assessed).unwrap().to,
        "safety@lumen.example"
    );
    s.safety_email = None;
    assert_eq!(
        violation_recorded(&s, &entry, &r, &assessed).unwrap().to,
        "account@lumen.example"
    );
    s.safety_email = Some("  ".into());
    assert_eq!(
        violation_recorded(&s, &entry, &r, &assessed).unwrap().to,
        "account@lumen.example"
    );
}

// ---------------------------------------------------------------------------
// violation_recorded
// ---------------------------------------------------------------------------

#[test]
fn a_financial_penalty_shows_its_amount_and_the_reporter_is_not_shown() {
    let mut r = report(
        ViolationType::PricingAbuse,
        "Prices raised 300% before a 'sale'",
        Some(Sanction::FinancialPenalty),
        now(),
    );
    r.financial_penalty = Some(Money {
        amount: "500.00".into(),
        currency: "EUR".into(),
    });
    let entry = r.entry("vr-9");
    let history = vec![counterfeit(20), entry.clone()];
    let assessed = assess(&history, now(), &Thresholds::default());
    assert_eq!(assessed.points, 8);

    let email = violation_recorded(&seller(), &entry, &r, &assessed).unwrap();
    println!("{}\n{}", email.text, email.html);
    assert_eq!(
        email.subject,
        "Violation recorded: pricing and promotion abuse (2 points)"
    );
    for part in [&email.text, &email.html] {
        assert!(part.contains("500.00 EUR"), "{part}");
        assert!(part.contains("financial penalty"));
        assert!(!part.contains("desk-agent-jane"));
        assert!(!part.to_lowercase().contains("reporter"));
    }
    let t = &email.text;
    assert!(t.contains("Dear Lumen Trading,"));
    assert!(t.contains("Reason: Prices raised 300% before a 'sale'"));
    assert!(t.contains("Listing: L-77"));
    assert!(t.contains("Severity: General violation"));
    assert!(t.contains("Points: 2 points"));
    assert!(t.contains("A fine of 500.00 EUR is charged to your account."));
    assert!(t.contains("Standing: Warning"));
    assert!(t.contains("Points over the rolling 365 days: 8"));
    assert!(t.contains(Standing::Warning.consequence()));
    assert!(t.contains("seller centre, quoting report vr-9"));
}

#[test]
fn a_recorded_permanent_ban_says_what_it_means() {
    let r = report(
        ViolationType::ProhibitedItem,
        "Sold flare guns",
        Some(Sanction::PermanentBan),
        now(),
    );
    let entry = r.entry("vr-4");
    let assessed = assess(std::slice::from_ref(&entry), now(), &Thresholds::default());
    let email = violation_recorded(&seller(), &entry, &r, &assessed).unwrap();
    assert_eq!(
        email.subject,
        "Violation recorded: prohibited or restricted item (6 points)"
    );
    let t = &email.text;
    assert!(t.contains("permanent ban"));
    assert!(t.contains("does not expire"));
    assert!(t.contains("Standing: Terminated"));
    assert!(t.contains("Your standing comes from a sanction"));
}

#[test]
fn a_compliance_reminder_is_announced_without_naming_anyone() {
    let mut r = report(
        ViolationType::HealthAndSafety,
        "Charger without CE marking",
        Some(Sanction::ListingRemoval),
        now(),
    );
    r.compliance_reminder = Some(safety_domain::ledger::violations::ComplianceReminder {
        issue: "The charger lacks the CE marking.".into(),
        instructions: "Use it only with the original cable.".into(),
    });
    let entry = r.entry("vr-5");
    let assessed = assess(std::slice::from_ref(&entry), now(), &Thresholds::default());
    let email = violation_recorded(&seller(), &entry, &r, &assessed).unwrap();
    let t = &email.text;
    assert!(t.contains("Listing L-77 is removed in every market."));
    assert!(t.contains("compliance reminder"));
    assert!(t.contains("The charger lacks the CE marking."));
    no_buyer(&email);
}
