//! The seller's emails of the penalty-points ledger (SPEC 1.5, 1.6; seeds
//! 000, 001, 003), in the seller's language with the binding English below
//! like every seller email ([`compose_for_seller`]), to the seller's
//! product-safety mailbox when registered, otherwise the account email
//! ([`Seller::notice_address`]):
//!
//! - [`standing_changed`]: the account standing moved (a new entry made it
//!   worse, a reversal after an upheld appeal made it better); it shows the
//!   points over the rolling 365 days, what the standing means, the
//!   thresholds, and the entries behind it.
//! - [`violation_recorded`]: a violation the desk reported was booked; it
//!   shows what, the points, the sanction and the standing now. Who on the
//!   desk reported it is internal and never shown.
//!
//! The words are in Project Fluent (`locales/<locale>/standing_changed.ftl`,
//! `violation_recorded.ftl`, and `ledger_terms.ftl` for the kinds of
//! violation, the sanctions and the standings; the desk keeps the domain's
//! English `describe()`). The entry's reason and the compliance reminder's
//! issue are quoted as given. Dates are the ledger's calendar days (UTC, the
//! days its rolling window counts). The text part shows every value
//! verbatim; the HTML part escapes every value (templates named `*.html` are
//! autoescaped).

use crate::catalog::Seller;
use crate::kernel::format;
use crate::kernel::language::Language;
use crate::kernel::money::Money;
use crate::ledger::violations::ViolationReported;
use crate::ledger::{
    in_window, window_start, Assessment, LedgerEntry, Sanction, Standing, Thresholds,
    ViolationType, WINDOW_DAYS,
};
use crate::notices::render::{compose_for_seller, Email, RenderError};
use crate::notices::texts::{Arg, Words};
use crate::recall::penalty::Severity;
use chrono::{DateTime, Utc};
use minijinja::context;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

// The Fluent texts say "365 days" in words a translator can reorder.
const _: () = assert!(
    WINDOW_DAYS == 365,
    "the ledger's Fluent texts say 365 days: change them with the window"
);

// ---------------------------------------------------------------------------
// The ledger's terms in one language
// ---------------------------------------------------------------------------

/// The words of the ledger shared by both emails (`ledger_terms`), and those
/// of every seller email (`seller_common`), in one language.
#[derive(Debug, Clone, Copy)]
struct Terms {
    lang: Language,
    w: Words,
    common: Words,
}

impl Terms {
    fn new(lang: Language) -> Terms {
        Terms {
            lang,
            w: Words::new(lang, "ledger_terms"),
            common: Words::new(lang, "seller_common"),
        }
    }

    /// A kind of violation within a sentence.
    fn violation(&self, v: ViolationType) -> String {
        self.w.get(violation_id(v))
    }

    /// A kind of violation on its own (a title, a fact's value).
    fn violation_label(&self, v: ViolationType) -> String {
        self.w.get(&format!("{}-label", violation_id(v)))
    }

    /// "general violation", within a sentence.
    fn severity(&self, s: Severity) -> String {
        self.common.get(match s {
            Severity::General => "severity-general",
            Severity::Serious => "severity-serious",
        })
    }

    /// "General violation", on its own.
    fn severity_label(&self, s: Severity) -> String {
        self.w.get(match s {
            Severity::General => "severity-general-label",
            Severity::Serious => "severity-serious-label",
        })
    }

    /// "permanent ban", "financial penalty of 500.00 EUR".
    fn sanction(&self, s: Sanction, fine: Option<&Money>) -> String {
        match (s, fine) {
            (Sanction::FinancialPenalty, Some(m)) => self.w.with(
                "sanction-financial-penalty-of",
                &[("amount", Arg::from(self.money(m)))],
            ),
            _ => self.w.get(match s {
                Sanction::ListingRemoval => "sanction-listing-removal",
                Sanction::FinancialPenalty => "sanction-financial-penalty",
                Sanction::ShippingRestriction => "sanction-shipping-restriction",
                Sanction::AccountFreeze => "sanction-account-freeze",
                Sanction::Suspension => "sanction-suspension",
                Sanction::PermanentBan => "sanction-permanent-ban",
            }),
        }
    }

    /// A standing's name: "Listing restrictions".
    fn standing(&self, s: Standing) -> String {
        self.w.get(match s {
            Standing::Good => "standing-good",
            Standing::Warning => "standing-warning",
            Standing::ListingRestrictions => "standing-listing-restrictions",
            Standing::ShippingRestricted => "standing-shipping-restricted",
            Standing::Suspended => "standing-suspended",
            Standing::Terminated => "standing-terminated",
        })
    }

    /// What a standing means for the seller, in one sentence.
    fn consequence(&self, s: Standing) -> String {
        self.w.get(match s {
            Standing::Good => "consequence-good",
            Standing::Warning => "consequence-warning",
            Standing::ListingRestrictions => "consequence-listing-restrictions",
            Standing::ShippingRestricted => "consequence-shipping-restricted",
            Standing::Suspended => "consequence-suspended",
            Standing::Terminated => "consequence-terminated",
        })
    }

    /// "6 points", "1 point", "-6 points".
    fn points(&self, points: impl Into<i64>) -> String {
        self.w
            .with("points", &[("points", Arg::from(points.into()))])
    }

    /// The ledger's calendar day (UTC) of an instant.
    fn date(&self, at: DateTime<Utc>) -> String {
        format::date(self.lang, at.date_naive())
    }

    /// The last calendar day (UTC) an entry booked at `at` counts.
    fn counts_until(&self, at: DateTime<Utc>) -> String {
        format::date(
            self.lang,
            at.date_naive() + chrono::Days::new(WINDOW_DAYS.unsigned_abs()),
        )
    }

    fn money(&self, m: &Money) -> String {
        format::money(self.lang, m)
    }

    /// A fact labelled with a message of `ledger_terms`.
    fn fact(&self, label: &str, value: impl Into<String>) -> Fact {
        fact(self.w.get(label), value)
    }

    /// The words every seller email's template reads: its own (`t`), the
    /// ledger's (`l`), the separator, greeting and signature.
    fn frame(&self, words: &Words, seller: &Seller) -> minijinja::Value {
        context! {
            t => words.all(),
            l => self.w.all(),
            sep => self.common.get("sep"),
            greeting => self.common.with("greeting", &[("name", Arg::from(seller.name.clone()))]),
            signature => self.common.get("signature"),
        }
    }
}

/// The message of a kind of violation (`-label` for its form on its own).
fn violation_id(v: ViolationType) -> &'static str {
    match v {
        ViolationType::RecallNotActedOn => "violation-recall-not-acted-on",
        ViolationType::RecallEvasion => "violation-recall-evasion",
        ViolationType::IntellectualProperty => "violation-intellectual-property",
        ViolationType::ProhibitedItem => "violation-prohibited-item",
        ViolationType::HealthAndSafety => "violation-health-and-safety",
        ViolationType::FalseInformation => "violation-false-information",
        ViolationType::PricingAbuse => "violation-pricing-abuse",
    }
}

// ---------------------------------------------------------------------------
// The views the templates read
// ---------------------------------------------------------------------------

#[derive(Debug, Serialize)]
struct Fact {
    label: String,
    value: String,
}

fn fact(label: String, value: impl Into<String>) -> Fact {
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
struct SanctionView {
    name: String,
    meaning: String,
}

// ---------------------------------------------------------------------------
// standing_changed
// ---------------------------------------------------------------------------

/// What moved the standing.
enum Trigger<'a> {
    /// A reversal booked at `at` of entry `reversed` (`entry` when known).
    Reversal {
        at: DateTime<Utc>,
        reversed: &'a str,
        entry: Option<&'a LedgerEntry>,
    },
    /// A new entry that counts.
    New(&'a LedgerEntry),
}

/// What a standing change shows, whatever the language.
struct StandingFacts<'a> {
    before: Standing,
    now: &'a Assessment,
    thresholds: &'a Thresholds,
    at: DateTime<Utc>,
    by_id: BTreeMap<&'a str, &'a LedgerEntry>,
    trigger: Option<Trigger<'a>>,
    /// The standing comes from a sanction, not from the points.
    from_sanction: bool,
    /// The entries whose sanction gives the standing.
    behind: Vec<&'a LedgerEntry>,
    reversals: Vec<&'a LedgerEntry>,
    contest_case: bool,
    contest_report: bool,
}

impl<'a> StandingFacts<'a> {
    fn new(
        before: Standing,
        now: &'a Assessment,
        entries: &'a [LedgerEntry],
        thresholds: &'a Thresholds,
        at: DateTime<Utc>,
    ) -> StandingFacts<'a> {
        let by_id: BTreeMap<&str, &LedgerEntry> = entries
            .iter()
            .map(|e| (e.entry_id.as_str(), e))
            .rev() // the first of two entries with one id wins
            .collect();

        // What moved it: the latest entry booked by the time of the assessment.
        let latest = entries
            .iter()
            .filter(|e| e.at <= at)
            .max_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));
        let trigger = latest.and_then(|e| match (now.standing.cmp(&before), &e.reverses) {
            (Ordering::Less, Some(reversed)) => Some(Trigger::Reversal {
                at: e.at,
                reversed: reversed.as_str(),
                entry: by_id.get(reversed.as_str()).copied(),
            }),
            (Ordering::Greater, None) if now.counted.contains(&e.entry_id) => Some(Trigger::New(e)),
            _ => None,
        });

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

        let mut reversals: Vec<&LedgerEntry> = entries
            .iter()
            .filter(|e| e.is_reversal() && in_window(e.at, at))
            .collect();
        reversals.sort_by(|a, b| a.at.cmp(&b.at).then(a.entry_id.cmp(&b.entry_id)));

        let (mut any_case, mut any_report) = (false, false);
        for e in now
            .counted
            .iter()
            .filter_map(|id| by_id.get(id.as_str()).copied())
            .chain(behind.iter().copied())
        {
            any_case |= e.is_case_penalty();
            any_report |= !e.is_case_penalty();
        }

        StandingFacts {
            before,
            now,
            thresholds,
            at,
            by_id,
            trigger,
            from_sanction,
            behind,
            reversals,
            contest_case: any_case || !any_report,
            contest_report: any_report || !any_case,
        }
    }
}

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
    let facts = StandingFacts::new(before, now, entries, thresholds, at);
    compose_for_seller(
        seller,
        "standing_changed",
        ("standing_changed.txt", "standing_changed.html"),
        |lang| Ok(standing_changed_in(lang, seller, &facts)),
    )
}

fn standing_changed_in(
    lang: Language,
    seller: &Seller,
    f: &StandingFacts<'_>,
) -> (String, minijinja::Value) {
    let w = Words::new(lang, "standing_changed");
    let l = Terms::new(lang);
    let now = f.now;
    let before = Arg::from(l.standing(f.before));
    let after = l.standing(now.standing);
    let both = || {
        [
            ("before", before.clone()),
            ("after", Arg::from(after.clone())),
        ]
    };
    let subject = w.with("subject", &both());
    let (heading, change) = match now.standing.cmp(&f.before) {
        Ordering::Greater => (w.get("heading-worse"), w.with("change-worse", &both())),
        Ordering::Less => (w.get("heading-better"), w.with("change-better", &both())),
        Ordering::Equal => (
            w.get("heading-same"),
            w.with("change-same", &[("after", Arg::from(after.clone()))]),
        ),
    };

    let trigger = f.trigger.as_ref().map(|t| match t {
        Trigger::Reversal {
            at,
            reversed,
            entry: Some(r),
        } => w.with(
            "trigger-reversal-of",
            &[
                ("date", Arg::from(l.date(*at))),
                ("entry", Arg::from(reversed.to_string())),
                ("violation", Arg::from(l.violation(r.violation))),
                ("points", Arg::from(l.points(r.points))),
            ],
        ),
        Trigger::Reversal {
            at,
            reversed,
            entry: None,
        } => w.with(
            "trigger-reversal",
            &[
                ("date", Arg::from(l.date(*at))),
                ("entry", Arg::from(reversed.to_string())),
            ],
        ),
        Trigger::New(e) => w.with(
            "trigger-new",
            &[
                ("date", Arg::from(l.date(e.at))),
                ("violation", Arg::from(l.violation(e.violation))),
                ("points", Arg::from(l.points(e.points))),
            ],
        ),
    });

    let counted: Vec<EntryView> = now
        .counted
        .iter()
        .filter_map(|id| f.by_id.get(id.as_str()))
        .map(|e| penalty_view(&w, &l, e))
        .collect();

    let sanction_note = f.from_sanction.then(|| {
        let which: Vec<String> = f
            .behind
            .iter()
            .filter_map(|e| {
                e.sanction.map(|s| {
                    w.with(
                        "sanction-behind",
                        &[
                            ("sanction", Arg::from(l.sanction(s, None))),
                            ("entry", Arg::from(e.entry_id.clone())),
                            ("date", Arg::from(l.date(e.at))),
                        ],
                    )
                })
            })
            .collect();
        let points = ("points", Arg::from(l.points(now.points)));
        let standing = ("standing", Arg::from(l.standing(now.by_points)));
        if which.is_empty() {
            w.with("sanction-note-unnamed", &[points, standing])
        } else {
            w.with(
                "sanction-note",
                &[("sanctions", Arg::from(which.join("; "))), points, standing],
            )
        }
    });

    let lasting: Vec<EntryView> = f
        .behind
        .iter()
        .filter(|e| !now.counted.contains(&e.entry_id))
        .map(|e| {
            let mut v = penalty_view(&w, &l, e);
            v.facts.push(fact(w.get("note"), w.get("lasting-note")));
            v
        })
        .collect();

    let reversals: Vec<EntryView> = f
        .reversals
        .iter()
        .map(|e| reversal_view(&w, &l, e, &f.by_id))
        .collect();

    let mut contest = Vec::new();
    if f.contest_case {
        contest.push(w.get("contest-case"));
    }
    if f.contest_report {
        contest.push(w.get("contest-report"));
    }
    contest.push(l.w.get("contest-upheld"));

    let points_since = w.with(
        "points-since",
        &[
            ("total", Arg::from(now.points)),
            ("from", Arg::from(format::date(lang, window_start(f.at)))),
        ],
    );
    let ctx = context! {
        subject => subject.clone(),
        heading => heading,
        change => change,
        trigger => trigger,
        standing => after,
        consequence => l.consequence(now.standing),
        points_since => points_since,
        sanction_note => sanction_note,
        thresholds => threshold_rows(&w, &l, f.thresholds, now.standing),
        counted => counted,
        lasting => lasting,
        reversals => reversals,
        contest => contest,
        ..l.frame(&w, seller)
    };
    (subject, ctx)
}

/// A penalty entry: date and type, then its facts.
fn penalty_view(w: &Words, l: &Terms, e: &LedgerEntry) -> EntryView {
    let mut facts = Vec::new();
    if let Some(s) = e.severity {
        facts.push(l.fact("severity", l.severity_label(s)));
    }
    facts.push(l.fact("points-label", l.points(e.points)));
    facts.push(l.fact("reason", e.reason.clone()));
    references(l, e, &mut facts);
    if let Some(s) = e.sanction {
        facts.push(fact(
            w.get("sanction"),
            l.sanction(s, e.financial_penalty.as_ref()),
        ));
    }
    facts.push(l.fact(
        "counts-until",
        if e.sanction == Some(Sanction::PermanentBan) {
            w.with(
                "counts-until-ban",
                &[("date", Arg::from(l.counts_until(e.at)))],
            )
        } else {
            l.counts_until(e.at)
        },
    ));
    facts.push(fact(
        w.get("to-contest"),
        w.get(if e.is_case_penalty() {
            "to-contest-case"
        } else if e.report_id.is_some() {
            "to-contest-report"
        } else {
            "to-contest-entry"
        }),
    ));
    EntryView {
        title: w.with(
            "entry-title",
            &[
                ("date", Arg::from(l.date(e.at))),
                ("violation", Arg::from(l.violation_label(e.violation))),
            ],
        ),
        facts,
    }
}

/// A reversal: negative points and the entry it reverses.
fn reversal_view(
    w: &Words,
    l: &Terms,
    e: &LedgerEntry,
    by_id: &BTreeMap<&str, &LedgerEntry>,
) -> EntryView {
    let reversed = e.reverses.as_deref().unwrap_or_default();
    let reverses = match by_id.get(reversed) {
        Some(r) => w.with(
            "reverses-of",
            &[
                ("entry", Arg::from(reversed.to_string())),
                ("violation", Arg::from(l.violation(r.violation))),
                ("date", Arg::from(l.date(r.at))),
                ("points", Arg::from(l.points(r.points))),
            ],
        ),
        None => reversed.to_string(),
    };
    let mut facts = vec![
        l.fact("points-label", l.points(e.points)),
        fact(w.get("reverses"), reverses),
        l.fact("reason", e.reason.clone()),
    ];
    references(l, e, &mut facts);
    EntryView {
        title: w.with(
            "reversal-title",
            &[
                ("date", Arg::from(l.date(e.at))),
                ("violation", Arg::from(l.violation(e.violation))),
            ],
        ),
        facts,
    }
}

/// The listing, case and report of an entry.
fn references(l: &Terms, e: &LedgerEntry, facts: &mut Vec<Fact>) {
    if let Some(id) = &e.listing_id {
        facts.push(l.fact("listing", id.clone()));
    }
    if let Some(c) = &e.case_id {
        facts.push(l.fact("case", c.clone()));
    }
    if let Some(r) = &e.report_id {
        facts.push(l.fact("report", r.clone()));
    }
}

/// Each standing and the points it starts at, the current one marked.
fn threshold_rows(w: &Words, l: &Terms, t: &Thresholds, current: Standing) -> Vec<ThresholdRow> {
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
                Some((_, next)) if next.saturating_sub(1) > *from => w.with(
                    "threshold-range",
                    &[
                        ("from", Arg::from(*from)),
                        ("to", Arg::from(next.saturating_sub(1))),
                    ],
                ),
                Some(_) => l.points(*from),
                None => w.with("threshold-or-more", &[("from", Arg::from(*from))]),
            };
            ThresholdRow {
                standing: l.standing(*standing),
                points,
                current: *standing == current,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// violation_recorded
// ---------------------------------------------------------------------------

/// A violation the desk reported was booked: what, the points, the sanction.
pub fn violation_recorded(
    seller: &Seller,
    entry: &LedgerEntry,
    report: &ViolationReported,
    assessment: &Assessment,
) -> Result<Email, RenderError> {
    compose_for_seller(
        seller,
        "violation_recorded",
        ("violation_recorded.txt", "violation_recorded.html"),
        |lang| {
            Ok(violation_recorded_in(
                lang, seller, entry, report, assessment,
            ))
        },
    )
}

fn violation_recorded_in(
    lang: Language,
    seller: &Seller,
    entry: &LedgerEntry,
    report: &ViolationReported,
    assessment: &Assessment,
) -> (String, minijinja::Value) {
    let w = Words::new(lang, "violation_recorded");
    let l = Terms::new(lang);
    let points = || Arg::from(l.points(entry.points));
    let subject = w.with(
        "subject",
        &[
            ("violation", Arg::from(l.violation(entry.violation))),
            ("points", points()),
        ],
    );
    let severity = entry.severity.unwrap_or_else(|| report.severity());
    let listing = entry.listing_id.as_ref().or(report.listing_id.as_ref());
    let report_id = entry.report_id.as_deref();

    let mut facts = vec![
        fact(w.get("violation"), l.violation_label(entry.violation)),
        l.fact("reason", entry.reason.clone()),
    ];
    if let Some(id) = listing {
        facts.push(l.fact("listing", id.clone()));
    }
    facts.push(l.fact("severity", l.severity_label(severity)));
    facts.push(l.fact("points-label", l.points(entry.points)));
    facts.push(fact(w.get("recorded-on"), l.date(entry.at)));
    facts.push(l.fact(
        "counts-until",
        w.with(
            "counts-until-value",
            &[("date", Arg::from(l.counts_until(entry.at)))],
        ),
    ));
    if let Some(c) = &entry.case_id {
        facts.push(l.fact("case", c.clone()));
    }
    if let Some(r) = report_id {
        facts.push(l.fact("report", r.to_string()));
    }

    let sanction = entry.sanction.or(report.sanction).map(|s| {
        let fine = entry
            .financial_penalty
            .as_ref()
            .or(report.financial_penalty.as_ref());
        SanctionView {
            name: l.sanction(s, fine),
            meaning: sanction_meaning(&w, &l, s, listing.map(String::as_str), fine),
        }
    });

    let reminder = report.compliance_reminder.as_ref().map(|r| {
        w.with(
            "reminder",
            &[("issue", Arg::from(r.issue.trim().to_string()))],
        )
    });

    let standing_note = (assessment.by_sanction > assessment.by_points).then(|| {
        w.with(
            "standing-note",
            &[("standing", Arg::from(l.standing(assessment.by_points)))],
        )
    });

    let first = match (&entry.case_id, report_id) {
        (Some(case), _) => w.with("contest-case", &[("case", Arg::from(case.clone()))]),
        (None, Some(r)) => w.with("contest-report", &[("report", Arg::from(r.to_string()))]),
        (None, None) => w.get("contest-unreferenced"),
    };
    let contest = vec![first, l.w.get("contest-upheld")];

    let intro = w.with(
        "intro",
        &[
            ("violation", Arg::from(l.violation(entry.violation))),
            ("severity", Arg::from(l.severity(severity))),
            ("points", points()),
        ],
    );
    let ctx = context! {
        subject => subject.clone(),
        intro => intro,
        facts => facts,
        sanction => sanction,
        reminder => reminder,
        standing => l.standing(assessment.standing),
        consequence => l.consequence(assessment.standing),
        points => assessment.points,
        standing_note => standing_note,
        contest => contest,
        ..l.frame(&w, seller)
    };
    (subject, ctx)
}

/// What the sanction means for the seller.
fn sanction_meaning(
    w: &Words,
    l: &Terms,
    s: Sanction,
    listing: Option<&str>,
    fine: Option<&Money>,
) -> String {
    match s {
        Sanction::ListingRemoval => match listing {
            Some(id) => w.with(
                "meaning-listing-removal",
                &[("listing", Arg::from(id.to_string()))],
            ),
            None => w.get("meaning-listing-removal-unnamed"),
        },
        Sanction::FinancialPenalty => match fine {
            Some(m) => w.with("meaning-fine", &[("amount", Arg::from(l.money(m)))]),
            None => w.get("meaning-fine-unknown"),
        },
        Sanction::ShippingRestriction | Sanction::AccountFreeze | Sanction::Suspension => w.with(
            "meaning-restriction",
            &[
                ("standing", Arg::from(l.standing(s.standing()))),
                ("consequence", Arg::from(l.consequence(s.standing()))),
            ],
        ),
        Sanction::PermanentBan => w.with(
            "meaning-permanent-ban",
            &[("consequence", Arg::from(l.consequence(s.standing())))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SANCTIONS: [Sanction; 6] = [
        Sanction::ListingRemoval,
        Sanction::FinancialPenalty,
        Sanction::ShippingRestriction,
        Sanction::AccountFreeze,
        Sanction::Suspension,
        Sanction::PermanentBan,
    ];

    #[test]
    fn every_term_has_its_english_words_as_the_desk_writes_them() {
        let l = Terms::new(Language::En);
        for v in [
            ViolationType::RecallNotActedOn,
            ViolationType::RecallEvasion,
            ViolationType::IntellectualProperty,
            ViolationType::ProhibitedItem,
            ViolationType::HealthAndSafety,
            ViolationType::FalseInformation,
            ViolationType::PricingAbuse,
        ] {
            assert_eq!(l.violation(v), v.describe());
            let label = l.violation_label(v);
            assert_eq!(label.to_lowercase(), v.describe());
            assert!(label.starts_with(|c: char| c.is_uppercase()), "{label}");
        }
        for s in SANCTIONS {
            assert_eq!(l.sanction(s, None), s.describe());
        }
        for s in Standing::ALL {
            assert_eq!(l.standing(s).to_lowercase(), s.describe());
            assert_eq!(l.consequence(s), s.consequence());
        }
        for s in [Severity::General, Severity::Serious] {
            assert_eq!(l.severity_label(s).to_lowercase(), l.severity(s));
            assert!(!l.severity(s).is_empty());
        }
        let fine = Money {
            amount: "500.00".into(),
            currency: "EUR".into(),
        };
        assert_eq!(
            l.sanction(Sanction::FinancialPenalty, Some(&fine)),
            "financial penalty of 500.00 EUR"
        );
    }

    #[test]
    fn points_take_their_plural_negative_too() {
        let l = Terms::new(Language::En);
        assert_eq!(l.points(1), "1 point");
        assert_eq!(l.points(-1), "-1 point");
        assert_eq!(l.points(0), "0 points");
        assert_eq!(l.points(6), "6 points");
        assert_eq!(l.points(-6), "-6 points");
        assert_eq!(l.points(1234), "1234 points");
    }

    #[test]
    fn dates_are_the_ledgers_calendar_days() {
        let l = Terms::new(Language::En);
        let at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 3, 23, 30, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(l.date(at), "3 November 2026");
        assert_eq!(l.counts_until(at), "3 November 2027");
    }
}
