//! The seller's emails of the penalty-points ledger (SPEC 1.5, 1.6; seeds
//! 000, 001, 003), in English like every seller email of the product, to the
//! seller's product-safety mailbox when registered, otherwise the account
//! email ([`Seller::notice_address`]):
//!
//! - [`standing_changed`]: the account standing moved (a new entry made it
//!   worse, a reversal after an upheld appeal made it better); it shows the
//!   points over the rolling 365 days, what the standing means, the
//!   thresholds, and the entries behind it.
//! - [`violation_recorded`]: a violation the desk reported was booked; it
//!   shows what, the points, the sanction and the standing now. Who on the
//!   desk reported it is internal and never shown.
//!
//! The text part shows every value verbatim; the HTML part escapes every value
//! (templates named `*.html` are autoescaped, see [`crate::notices::seller`]).

use crate::catalog::Seller;
use crate::kernel::money::Money;
use crate::ledger::violations::ViolationReported;
use crate::ledger::{
    in_window, window_start, Assessment, LedgerEntry, Sanction, Standing, Thresholds, WINDOW_DAYS,
};
use crate::notices::render::{render_source, Email, RenderError};
use crate::recall::penalty::Severity;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const STANDING_TXT: &str = include_str!("../../templates/standing_changed.txt");
const STANDING_HTML: &str = include_str!("../../templates/standing_changed.html");
const VIOLATION_TXT: &str = include_str!("../../templates/violation_recorded.txt");
const VIOLATION_HTML: &str = include_str!("../../templates/violation_recorded.html");

/// How an entry from a recall case is contested.
const CONTEST_CASE: &str = "An entry from a recall case can be appealed within 7 days of the recall notice (by the appeal deadline the notice states), quoting the case id.";
/// How a reported violation is contested.
const CONTEST_REPORT: &str =
    "A reported violation is contested through the seller centre, quoting the report id.";
/// What an upheld appeal or objection does.
const CONTEST_UPHELD: &str = "If your appeal is upheld, the entry is reversed: its points and its sanction no longer count, and we tell you when your standing changes.";

// ---------------------------------------------------------------------------
// The views the templates read
// ---------------------------------------------------------------------------

#[derive(Debug, Serialize)]
struct Fact {
    label: &'static str,
    value: String,
}

fn fact(label: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        label,
        value: value.into(),
    }
}

/// One ledger entry as the seller reads it: a title line and its facts.
#[derive(Debug, Serialize)]
struct EntryView {
    title: String,
    facts: Vec<Fact>,
}

#[derive(Debug, Serialize)]
struct ThresholdRow {
    standing: String,
    points: String,
    current: bool,
}

#[derive(Debug, Serialize)]
struct StandingContext {
    subject: String,
    heading: &'static str,
    seller_name: String,
    /// Worse, better or unchanged, in one sentence.
    change: String,
    /// What moved it, when it is known.
    trigger: Option<String>,
    standing: String,
    consequence: &'static str,
    points: u32,
    window_from: String,
    /// Why the standing is worse than the points alone give (a sanction).
    sanction_note: Option<String>,
    thresholds: Vec<ThresholdRow>,
    thresholds_note: &'static str,
    counted: Vec<EntryView>,
    /// Sanctions behind the standing whose entry no longer counts (a
    /// permanent ban older than the window).
    lasting: Vec<EntryView>,
    reversals: Vec<EntryView>,
    contest: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
struct ViolationContext {
    subject: String,
    seller_name: String,
    intro: String,
    facts: Vec<Fact>,
    sanction: Option<SanctionView>,
    reminder: Option<String>,
    standing: String,
    consequence: &'static str,
    points: u32,
    standing_note: Option<String>,
    contest: Vec<String>,
}

#[derive(Debug, Serialize)]
struct SanctionView {
    name: String,
    meaning: String,
}

// ---------------------------------------------------------------------------
// The emails
// ---------------------------------------------------------------------------

/// The seller's standing changed (up or down): sent when a new entry or a
/// reversal moves it.
pub fn standing_changed(
    seller: &Seller,
    before: Standing,
    now: &Assessment,
    entries: &[LedgerEntry], // the seller's entries (any order; may include out-of-window ones and reversals)
    thresholds: &Thresholds,
    at: DateTime<Utc>, // the time of the assessment
) -> Result<Email, RenderError> {
    let before_label = capitalised(before.describe());
    let after_label = capitalised(now.standing.describe());
    let subject = format!("Your account standing: {before_label} → {after_label}");

    let by_id: BTreeMap<&str, &LedgerEntry> = entries
        .iter()
        .map(|e| (e.entry_id.as_str(), e))
        .rev() // the first of two entries with one id wins
        .collect();

    let (heading, change) = match now.standing.cmp(&before) {
        std::cmp::Ordering::Greater => (
            "Your account standing has worsened",
            format!(
                "Your account standing went up from {before_label} to {after_label}: this is worse for your account."
            ),
        ),
        std::cmp::Ordering::Less => (
            "Your account standing has improved",
            format!(
                "Your account standing went down from {before_label} to {after_label}: this is better for your account."
            ),
        ),
        std::cmp::Ordering::Equal => (
            "Your account standing",
            format!("Your account standing is {after_label}."),
        ),
    };

    // What moved it: the latest entry booked by the time of the assessment.
    let latest = entries
        .iter()
        .filter(|e| e.at <= at)
        .max_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
    let trigger = latest.and_then(|e| match (now.standing.cmp(&before), &e.reverses) {
        (std::cmp::Ordering::Less, Some(reversed)) => Some(format!(
            "The change follows the reversal on {} of entry {}{}.",
            date(e.at),
            reversed,
            by_id
                .get(reversed.as_str())
                .map(|r| format!(" ({}, {})", r.violation.describe(), points_text(r.points)))
                .unwrap_or_default(),
        )),
        (std::cmp::Ordering::Greater, None) if now.counted.contains(&e.entry_id) => Some(format!(
            "The change follows a new entry on {}: {} ({}).",
            date(e.at),
            e.violation.describe(),
            points_text(e.points)
        )),
        _ => None,
    });

    let counted: Vec<EntryView> = now
        .counted
        .iter()
        .filter_map(|id| by_id.get(id.as_str()))
        .map(|e| penalty_view(e))
        .collect();

    // The sanctions that give the standing, when they do more than the points.
    let from_sanction = now.by_sanction > now.by_points;
    let reversed: BTreeSet<&str> = entries
        .iter()
        .filter(|e| e.at <= at)
        .filter_map(|e| e.reverses.as_deref())
        .collect();
    let behind: Vec<&LedgerEntry> = if from_sanction {
        let mut behind: Vec<&LedgerEntry> = by_id
            .values()
            .copied()
            .filter(|e| !e.is_reversal() && !reversed.contains(e.entry_id.as_str()))
            .filter(|e| {
                e.sanction.is_some_and(|s| {
                    s.standing() == now.by_sanction
                        && (now.counted.contains(&e.entry_id)
                            || (s == Sanction::PermanentBan && e.at <= at))
                })
            })
            .collect();
        behind.sort_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
        behind
    } else {
        Vec::new()
    };
    let sanction_note = from_sanction.then(|| {
        let which: Vec<String> = behind
            .iter()
            .filter_map(|e| {
                e.sanction
                    .map(|s| format!("{} (entry {}, {})", s.describe(), e.entry_id, date(e.at)))
            })
            .collect();
        format!(
            "Your standing comes from a sanction{}, not from your points: your {} alone would give {}.",
            if which.is_empty() {
                String::new()
            } else {
                format!(": {}", which.join("; "))
            },
            points_text(i64::from(now.points)),
            capitalised(now.by_points.describe()),
        )
    });
    let lasting: Vec<EntryView> = behind
        .iter()
        .filter(|e| !now.counted.contains(&e.entry_id))
        .map(|e| {
            let mut v = penalty_view(e);
            v.facts.push(fact(
                "Note",
                format!(
                    "Older than {WINDOW_DAYS} days: its points no longer count, but a permanent ban applies whatever its age."
                ),
            ));
            v
        })
        .collect();

    let mut reversals: Vec<&LedgerEntry> = entries
        .iter()
        .filter(|e| e.is_reversal() && in_window(e.at, at))
        .collect();
    reversals.sort_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
    let reversals: Vec<EntryView> = reversals.iter().map(|e| reversal_view(e, &by_id)).collect();

    let mut contest = Vec::new();
    let shown = now
        .counted
        .iter()
        .filter_map(|id| by_id.get(id.as_str()))
        .chain(behind.iter());
    let (mut any_case, mut any_report) = (false, false);
    for e in shown {
        any_case |= e.is_case_penalty();
        any_report |= !e.is_case_penalty();
    }
    if any_case || !any_report {
        contest.push(CONTEST_CASE);
    }
    if any_report || !any_case {
        contest.push(CONTEST_REPORT);
    }
    contest.push(CONTEST_UPHELD);

    let ctx = StandingContext {
        subject: subject.clone(),
        heading,
        seller_name: seller.name.clone(),
        change,
        trigger,
        standing: after_label,
        consequence: now.standing.consequence(),
        points: now.points,
        window_from: window_start(at).format("%Y-%m-%d").to_string(),
        sanction_note,
        thresholds: threshold_rows(thresholds, now.standing),
        thresholds_note: "A sanction imposed with a violation (shipping restriction, account freeze, suspension, permanent ban) puts your account at least at its standing while its entry counts; a permanent ban applies whatever its age.",
        counted,
        lasting,
        reversals,
        contest,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    Ok(Email {
        to: seller.notice_address().to_string(),
        subject,
        text: render_source("standing_changed.txt", STANDING_TXT, &value)?,
        html: render_source("standing_changed.html", STANDING_HTML, &value)?,
    })
}

/// A violation the desk reported was booked: what, the points, the sanction.
pub fn violation_recorded(
    seller: &Seller,
    entry: &LedgerEntry,
    report: &ViolationReported,
    assessment: &Assessment,
) -> Result<Email, RenderError> {
    let subject = format!(
        "Violation recorded: {} ({})",
        entry.violation.describe(),
        points_text(entry.points)
    );
    let severity = entry.severity.unwrap_or_else(|| report.severity());
    let listing = entry.listing_id.as_ref().or(report.listing_id.as_ref());
    let report_id = entry.report_id.as_deref();

    let mut facts = vec![
        fact("Violation", capitalised(entry.violation.describe())),
        fact("Reason", entry.reason.clone()),
    ];
    if let Some(l) = listing {
        facts.push(fact("Listing", l.clone()));
    }
    facts.push(fact("Severity", capitalised(severity_text(severity))));
    facts.push(fact("Points", points_text(entry.points)));
    facts.push(fact("Recorded on", date(entry.at)));
    facts.push(fact(
        "Counts until",
        format!(
            "{} (then it leaves the rolling {WINDOW_DAYS}-day window)",
            counts_until(entry.at)
        ),
    ));
    if let Some(c) = &entry.case_id {
        facts.push(fact("Case", c.clone()));
    }
    if let Some(r) = report_id {
        facts.push(fact("Report", r.to_string()));
    }

    let sanction = entry.sanction.or(report.sanction).map(|s| {
        let fine = entry
            .financial_penalty
            .as_ref()
            .or(report.financial_penalty.as_ref());
        SanctionView {
            name: sanction_text(s, fine),
            meaning: sanction_meaning(s, listing.map(String::as_str), fine),
        }
    });

    let reminder = report.compliance_reminder.as_ref().map(|r| {
        format!(
            "The product of this listing does not comply, so we are sending a compliance reminder to the consumers who bought it from you: \"{}\" Provide them with after-sales solutions, including returns and refunds, when they ask.",
            r.issue.trim()
        )
    });

    let standing_note = (assessment.by_sanction > assessment.by_points).then(|| {
        format!(
            "Your standing comes from a sanction, not from your points: your points alone would give {}.",
            capitalised(assessment.by_points.describe())
        )
    });

    let contest = match (&entry.case_id, report_id) {
        (Some(case), _) => vec![
            format!("If you object to this entry, appeal within 7 days of the recall notice, quoting case {case}."),
            CONTEST_UPHELD.to_string(),
        ],
        (None, Some(r)) => vec![
            format!("If you believe this violation was recorded in error, contest it through the seller centre, quoting report {r}."),
            CONTEST_UPHELD.to_string(),
        ],
        (None, None) => vec![
            "If you believe this violation was recorded in error, contest it through the seller centre.".to_string(),
            CONTEST_UPHELD.to_string(),
        ],
    };

    let ctx = ViolationContext {
        subject: subject.clone(),
        seller_name: seller.name.clone(),
        intro: format!(
            "We have recorded a violation against your account: {} ({}, {}).",
            entry.violation.describe(),
            severity_text(severity),
            points_text(entry.points)
        ),
        facts,
        sanction,
        reminder,
        standing: capitalised(assessment.standing.describe()),
        consequence: assessment.standing.consequence(),
        points: assessment.points,
        standing_note,
        contest,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    Ok(Email {
        to: seller.notice_address().to_string(),
        subject,
        text: render_source("violation_recorded.txt", VIOLATION_TXT, &value)?,
        html: render_source("violation_recorded.html", VIOLATION_HTML, &value)?,
    })
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A penalty entry: date and type, then its facts.
fn penalty_view(e: &LedgerEntry) -> EntryView {
    let mut facts = Vec::new();
    if let Some(s) = e.severity {
        facts.push(fact("Severity", capitalised(severity_text(s))));
    }
    facts.push(fact("Points", points_text(e.points)));
    facts.push(fact("Reason", e.reason.clone()));
    references(e, &mut facts);
    if let Some(s) = e.sanction {
        facts.push(fact(
            "Sanction",
            sanction_text(s, e.financial_penalty.as_ref()),
        ));
    }
    facts.push(fact(
        "Counts until",
        if e.sanction == Some(Sanction::PermanentBan) {
            format!(
                "{} (its points; the permanent ban does not expire)",
                counts_until(e.at)
            )
        } else {
            counts_until(e.at)
        },
    ));
    facts.push(fact(
        "To contest",
        if e.is_case_penalty() {
            "appeal within 7 days of the recall notice, quoting the case id"
        } else if e.report_id.is_some() {
            "through the seller centre, quoting the report id"
        } else {
            "through the seller centre, quoting the entry id"
        },
    ));
    EntryView {
        title: format!("{}: {}", date(e.at), capitalised(e.violation.describe())),
        facts,
    }
}

/// A reversal: negative points and the entry it reverses.
fn reversal_view(e: &LedgerEntry, by_id: &BTreeMap<&str, &LedgerEntry>) -> EntryView {
    let reversed = e.reverses.as_deref().unwrap_or_default();
    let what = by_id
        .get(reversed)
        .map(|r| {
            format!(
                " ({}, booked {}, {})",
                r.violation.describe(),
                date(r.at),
                points_text(r.points)
            )
        })
        .unwrap_or_default();
    let mut facts = vec![
        fact("Points", points_text(e.points)),
        fact("Reverses", format!("{reversed}{what}")),
        fact("Reason", e.reason.clone()),
    ];
    references(e, &mut facts);
    EntryView {
        title: format!("{}: Reversal – {}", date(e.at), e.violation.describe()),
        facts,
    }
}

/// The listing, case and report of an entry.
fn references(e: &LedgerEntry, facts: &mut Vec<Fact>) {
    if let Some(l) = &e.listing_id {
        facts.push(fact("Listing", l.clone()));
    }
    if let Some(c) = &e.case_id {
        facts.push(fact("Case", c.clone()));
    }
    if let Some(r) = &e.report_id {
        facts.push(fact("Report", r.clone()));
    }
}

/// Each standing and the points it starts at, the current one marked.
fn threshold_rows(t: &Thresholds, current: Standing) -> Vec<ThresholdRow> {
    let starts = [
        (Standing::Good, 0),
        (Standing::Warning, t.warning),
        (Standing::ListingRestrictions, t.listing_restrictions),
        (Standing::ShippingRestricted, t.shipping_restriction),
        (Standing::Suspended, t.suspension),
        (Standing::Terminated, t.termination),
    ];
    starts
        .iter()
        .enumerate()
        .map(|(i, (standing, from))| {
            let points = match starts.get(i + 1) {
                Some((_, next)) if next.saturating_sub(1) > *from => {
                    format!("{from}–{} points", next - 1)
                }
                Some(_) => points_text(i64::from(*from)),
                None => format!("{from} points or more"),
            };
            ThresholdRow {
                standing: capitalised(standing.describe()),
                points,
                current: *standing == current,
            }
        })
        .collect()
}

fn severity_text(s: Severity) -> &'static str {
    match s {
        Severity::General => "general violation",
        Severity::Serious => "serious violation",
    }
}

/// "permanent ban", "financial penalty of 500.00 EUR".
fn sanction_text(s: Sanction, fine: Option<&Money>) -> String {
    match (s, fine) {
        (Sanction::FinancialPenalty, Some(m)) => {
            format!("{} of {}", s.describe(), money(m))
        }
        _ => s.describe().to_string(),
    }
}

/// What the sanction means for the seller.
fn sanction_meaning(s: Sanction, listing: Option<&str>, fine: Option<&Money>) -> String {
    match s {
        Sanction::ListingRemoval => match listing {
            Some(l) => format!("Listing {l} is removed in every market. Do not relist the product, under this or any other listing."),
            None => "The listing is removed in every market. Do not relist the product, under this or any other listing.".to_string(),
        },
        Sanction::FinancialPenalty => match fine {
            Some(m) => format!("A fine of {} is charged to your account.", money(m)),
            None => "A fine is charged to your account.".to_string(),
        },
        Sanction::ShippingRestriction | Sanction::AccountFreeze | Sanction::Suspension => format!(
            "While this entry counts ({WINDOW_DAYS} days), your account is at least at the standing {}: {}",
            capitalised(s.standing().describe()),
            s.standing().consequence()
        ),
        Sanction::PermanentBan => format!(
            "A permanent ban does not expire: it applies whatever the age of this entry. {}",
            s.standing().consequence()
        ),
    }
}

fn money(m: &Money) -> String {
    format!("{} {}", m.amount.trim(), m.currency.trim())
}

/// "6 points", "1 point", "-6 points".
fn points_text(points: impl Into<i64>) -> String {
    let p: i64 = points.into();
    if p.abs() == 1 {
        format!("{p} point")
    } else {
        format!("{p} points")
    }
}

fn date(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// The last calendar day (UTC) an entry booked at `at` counts.
fn counts_until(at: DateTime<Utc>) -> String {
    (at.date_naive() + chrono::Days::new(WINDOW_DAYS.unsigned_abs()))
        .format("%Y-%m-%d")
        .to_string()
}

/// "listing restrictions" -> "Listing restrictions".
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
