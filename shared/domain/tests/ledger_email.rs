//! The seller emails of the penalty-points ledger (SPEC 1.5, 1.6): built from
//! real assessments ([`assess`]) and read as the seller reads them.

#[path = "support/rendered.rs"]
mod rendered;

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
        locale: Some("en".into()),
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

// ---------------------------------------------------------------------------
// The words, in Fluent
// ---------------------------------------------------------------------------

/// Every kind of violation (a new kind fails to compile here until it is
/// listed, and then this test checks its words).
fn every_violation() -> Vec<ViolationType> {
    let all = vec![
        ViolationType::RecallNotActedOn,
        ViolationType::RecallEvasion,
        ViolationType::IntellectualProperty,
        ViolationType::ProhibitedItem,
        ViolationType::HealthAndSafety,
        ViolationType::FalseInformation,
        ViolationType::PricingAbuse,
    ];
    for v in &all {
        match v {
            ViolationType::RecallNotActedOn
            | ViolationType::RecallEvasion
            | ViolationType::IntellectualProperty
            | ViolationType::ProhibitedItem
            | ViolationType::HealthAndSafety
            | ViolationType::FalseInformation
            | ViolationType::PricingAbuse => {}
        }
    }
    all
}

/// A ledger with everything an email can show: every kind of violation,
/// every sanction (a fine with its amount and one without), both
/// severities, a case's entry, a reported one and one with neither, a
/// permanent ban older than the window, a reversal of a known entry and one
/// of an entry no longer on file.
fn rich_ledger() -> Vec<LedgerEntry> {
    let sanctions = [
        None,
        Some(Sanction::ListingRemoval),
        Some(Sanction::FinancialPenalty),
        Some(Sanction::ShippingRestriction),
        Some(Sanction::AccountFreeze),
        Some(Sanction::Suspension),
        Some(Sanction::FinancialPenalty),
    ];
    let mut entries: Vec<LedgerEntry> = every_violation()
        .into_iter()
        .zip(sanctions)
        .enumerate()
        .map(|(i, (v, s))| {
            let mut r = report(
                v,
                &format!("Reason {i}"),
                s,
                now() - Duration::days(20 + i as i64),
            );
            if i == 2 {
                r.financial_penalty = Some(Money {
                    amount: "1234.50".into(),
                    currency: "EUR".into(),
                });
            }
            if i % 2 == 1 {
                r.listing_id = None;
            }
            r.entry(&format!("vr-{i}"))
        })
        .collect();
    let mut ban = report(
        ViolationType::ProhibitedItem,
        "Sold flare guns",
        Some(Sanction::PermanentBan),
        now() - Duration::days(500),
    )
    .entry("vr-ban");
    ban.severity = Some(Severity::Serious);
    let mut manual = evasion(4);
    manual.entry_id = "manual:1".into();
    manual.case_id = None;
    manual.points = 1;
    manual.severity = Some(Severity::General);
    let upheld = evasion(10);
    let reversal = upheld.reversal(now() - Duration::hours(1), "Appeal upheld");
    let mut orphan = counterfeit(30).reversal(now() - Duration::hours(2), "Booked twice");
    orphan.reverses = Some("report:vr-gone".into());
    orphan.entry_id = "reversal:report:vr-gone".into();
    entries.extend([ban, manual, upheld, reversal, orphan]);
    entries
}

/// Every text of the email came from a Fluent message: no empty label, value,
/// heading or paragraph, no message id, no Fluent syntax.
fn assert_every_word_is_there(email: &Email) {
    assert!(!email.subject.trim().is_empty());
    for part in [&email.subject, &email.text, &email.html] {
        for bad in ["{ $", "{$", "{{", "}}"] {
            assert!(!part.contains(bad), "{bad} in:\n{part}");
        }
        for id in [
            "standing-",
            "violation-",
            "sanction-",
            "consequence-",
            "severity-",
            "meaning-",
            "contest-",
            "trigger-",
            "points-",
            "threshold-",
            "counts-until",
            "to-contest",
            "-label",
            "-heading",
        ] {
            assert!(!part.contains(id), "a message id ({id}) in:\n{part}");
        }
        assert!(!part.contains("()"), "an empty value in:\n{part}");
    }
    for line in email.text.lines() {
        let trimmed = line.trim();
        assert!(
            !trimmed.starts_with(':') && !line.ends_with(": ") && trimmed != "-",
            "an empty label or value: {line:?} in\n{}",
            email.text
        );
    }
    for empty in [
        "<title></title>",
        "<h1></h1>",
        "<h1 style=\"color:#b00020\"></h1>",
        "<h2></h2>",
        "<h3></h3>",
        "<p></p>",
        "<strong></strong>",
        "<th style=\"text-align:start\"></th>",
        "<tr><td></td>",
        "<td></td><td>",
        "bold\"><td></td>",
    ] {
        assert!(!email.html.contains(empty), "{empty} in:\n{}", email.html);
    }
    // A fact's value is never empty either.
    assert!(
        !email.html.contains("</th><td></td>"),
        "an empty value in:\n{}",
        email.html
    );
}

/// One part, in English, with no note that another language binds.
fn assert_one_english_part(email: &Email) {
    assert!(!email.text.contains("=========="), "{}", email.text);
    assert!(!email.text.contains("binding"), "{}", email.text);
    assert_eq!(
        email.html.matches("<div lang=").count(),
        1,
        "{}",
        email.html
    );
    assert!(email.html.contains("<div lang=\"en\" dir=\"ltr\">"));
    assert!(email.html.contains("<html lang=\"en\""));
}

#[test]
fn every_word_of_both_emails_is_in_the_english_fluent_files_and_english_gets_one_part() {
    let entries = rich_ledger();
    let thresholds = Thresholds::default();
    let assessed = assess(&entries, now(), &thresholds);
    assert_eq!(assessed.standing, Standing::Terminated);
    // Thresholds where one standing starts one point after the other: a
    // single number of points.
    let tight = Thresholds {
        warning: 1,
        listing_restrictions: 2,
        shipping_restriction: 4,
        suspension: 40,
        termination: 41,
    };
    let every: Vec<String> = safety_domain::kernel::language::Language::EVERY
        .iter()
        .map(|l| l.code().to_string())
        .collect();
    let locales = [None, Some("en"), Some("en-GB"), Some("xx")]
        .into_iter()
        .chain(every.iter().map(|c| Some(c.as_str())));
    for locale in locales {
        let mut s = seller();
        s.locale = locale.map(str::to_string);
        let lang = safety_domain::notices::render::language_for(locale, "standing_changed");
        let mut emails = Vec::new();
        for before in [Standing::Good, Standing::Terminated] {
            emails.push(
                standing_changed(&s, before, &assessed, &entries, &thresholds, now()).unwrap(),
            );
        }
        // Better after a reversal, worse after a new entry, and with a
        // reversal of an entry no longer on file.
        let orphaned = vec![entries[8].clone(), entries[11].clone()];
        for smaller in [entries[8..].to_vec(), orphaned] {
            let small = assess(&smaller, now(), &tight);
            assert_eq!(small.standing, Standing::Warning);
            emails.push(
                standing_changed(&s, Standing::Terminated, &small, &smaller, &tight, now())
                    .unwrap(),
            );
        }
        let fresh = vec![counterfeit(0)];
        let fresh_assessed = assess(&fresh, now(), &tight);
        emails.push(
            standing_changed(&s, Standing::Good, &fresh_assessed, &fresh, &tight, now()).unwrap(),
        );
        // Good standing, a warning and listing restrictions, by the points.
        for few in [
            vec![],
            vec![counterfeit(0)],
            vec![counterfeit(0), evasion(3)],
        ] {
            let a = assess(&few, now(), &thresholds);
            emails.push(
                standing_changed(&s, Standing::Suspended, &a, &few, &thresholds, now()).unwrap(),
            );
        }
        for e in entries.iter().filter(|e| !e.is_reversal()) {
            let mut r = report(e.violation, &e.reason, e.sanction, e.at);
            r.financial_penalty = e.financial_penalty.clone();
            r.listing_id = e.listing_id.clone();
            if e.sanction == Some(Sanction::ListingRemoval) {
                r.compliance_reminder =
                    Some(safety_domain::ledger::violations::ComplianceReminder {
                        issue: "No CE marking.".into(),
                        instructions: "Stop using it.".into(),
                    });
            }
            emails.push(violation_recorded(&s, e, &r, &assessed).unwrap());
        }
        for email in &emails {
            rendered::assert_rendered(email, lang, &format!("{locale:?}"));
            if lang == safety_domain::kernel::language::Language::En {
                assert_every_word_is_there(email);
                assert_one_english_part(email);
            } else {
                assert!(
                    email.html.contains("<div lang=\"en\" dir=\"ltr\">"),
                    "{locale:?}"
                );
            }
        }
        if locale.is_none() {
            let all: String = emails.iter().map(|e| e.text.as_str()).collect();
            for v in every_violation() {
                let label = {
                    let d = v.describe();
                    let mut c = d.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                };
                assert!(all.contains(v.describe()), "{}", v.describe());
                assert!(all.contains(&label), "{label}");
            }
            for st in Standing::ALL {
                assert!(all.contains(st.consequence()), "{}", st.consequence());
            }
            for needle in [
                "Sanction: permanent ban",
                "Sanction: financial penalty of 1,234.50 EUR",
                "Sanction: financial penalty\n",
                "Sanction: listing removed in every market",
                "Sanction: shipping restriction",
                "Sanction: account frozen",
                "Sanction: account suspended",
                "A fine of 1,234.50 EUR is charged to your account.",
                "A fine is charged to your account.",
                "The listing is removed in every market.",
                "your account is at least at the standing Shipping restricted / account frozen",
                "your account is at least at the standing Suspended",
                "A permanent ban does not expire",
                "SANCTIONS THAT STILL APPLY",
                "REVERSALS IN THE ROLLING 365 DAYS",
                "Reverses: report:vr-gone\n",
                "Reverses: case:C-1 (listing published or edited while a recall covers it, booked 22 May 2026, 6 points)",
                "Points: -6 points",
                "Points: 1 point\n",
                "Severity: General violation",
                "Severity: Serious violation",
                "quoting the entry id",
                "quoting the case id",
                "quoting the report id",
                "contest it through the seller centre, quoting report vr-0.",
                "appeal within 7 days of the recall notice, quoting case C-1.",
                "contest it through the seller centre.\n",
                "compliance reminder to the consumers who bought it from you: \"No CE marking.\"",
                "Your standing comes from a sanction: permanent ban (entry report:vr-ban, 17 January 2025)",
                "went up from Good standing to Terminated",
                "Your account standing is Terminated.",
                "went down from Terminated to Warning: this is better",
                "went down from Suspended to Good standing",
                "The change follows the reversal on 1 June 2026 of entry report:vr-gone.",
                "The change follows the reversal on 1 June 2026 of entry case:C-1 (listing published or edited while a recall covers it, 6 points).",
                "No penalty counts over the rolling 365 days.",
                "The change follows a new entry on 1 June 2026: intellectual-property infringement (6 points).",
                "Good standing: 0 points\n",
                "Terminated: 41 points or more",
                "Terminated: 48 points or more",
                "(entries since 1 June 2025)",
            ] {
                assert!(all.contains(needle), "no {needle:?} in\n{all}");
            }
        }
    }
}
