//! The compliance report (SPEC 3): for each authority recall received in a
//! period, the time from receipt to listings identified, blocked, sellers
//! told and consumers told, in working days of the authority's country
//! ([`super::working_days`]); the share blocked within the GPSR's 2 working
//! days and the pledge's 3, beside the pledge's own figure (87% within 2
//! working days in 2018-19); and the recalls still open. Pure: the recalls,
//! the period, `now` and the calendar in, the report out, as JSON
//! (`Serialize`), CSV for a regulator ([`ComplianceReport::to_csv`]) and an
//! HTML page with a chart ([`ComplianceReport::to_html`]).
//!
//! **As of when.** Each recall is read as it stood at the end of the period
//! (the end of its last day in the authority's time zone) or at `now`,
//! whichever is earlier: a stage reached after that instant is not shown,
//! so a past period's report reads the same whenever it is run.
//!
//! **Statuses.** `blocked` (blocked by then); `awaiting_identification`
//! (not identified by then); `nothing_to_block` (identified, no listing
//! affected: listed, left out of the shares); `open` (listings affected, not
//! blocked by then: listed with its age in working days at that instant).
//!
//! **Shares.** Over the blocked and open recalls: a blocked recall counts
//! within N working days when it was blocked within N of its receipt; an
//! open one older than N counts as not within. An open recall still younger
//! than N can still make it: it is counted as *pending* beside the share,
//! not in it (so a report run on its period's last day is not made worse,
//! nor better, by the recalls of that day). Percentages are rounded down,
//! working days up: the report never shows a better figure than the facts.

use super::page::{render, PageError};
use super::working_days::{start_of_day, working_days_between, HolidayCalendar, WorkingTime};
use crate::kernel::ids::Country;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// The GPSR's delay to act on an authority's order (GPSR: 2 working days).
pub const GPSR_WORKING_DAYS: i64 = 2;
/// The Product Safety Pledge's delay to identify listings: 3 working days.
pub const PLEDGE_WORKING_DAYS: i64 = 3;

/// An authority recall as the report reads it: its sources and the times of
/// its stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthorityRecall {
    pub recall_id: String,
    pub title: String,
    /// (source name, reference), e.g. ("rappelconso", "2021-05-0242"): every
    /// authority that reported it, first the one that opened it.
    pub sources: Vec<(String, String)>,
    /// The authority's country, whose holidays count (the first source's).
    pub country: Country,
    pub received_at: DateTime<Utc>,
    pub identified_at: Option<DateTime<Utc>>,
    pub blocked_at: Option<DateTime<Utc>>,
    pub sellers_notified_at: Option<DateTime<Utc>>,
    pub consumers_notified_at: Option<DateTime<Utc>>,
    /// Listings the recall affects (cases with measures): 0 = nothing on the
    /// platform to block.
    pub affected_listings: usize,
}

/// The country of an authority, by its source name (SPEC 1.1): the country
/// whose working days its recalls are measured in. EU Safety Gate is the
/// Commission's, in Brussels: BE. `None` for a source that is no authority
/// (`platform`) or is unknown.
pub fn authority_country(source: &str) -> Option<Country> {
    let code = match source {
        "safety_gate" => "BE",
        "rappelconso" => "FR",
        "cpsc" | "fda" => "US",
        "opss" => "GB",
        "accc" => "AU",
        "kats" | "consumer24" => "KR",
        "meti" | "caa" => "JP",
        "health_canada" => "CA",
        _ => return None,
    };
    Country::parse(code).ok()
}

/// Where a recall stood at the report's instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecallStatus {
    Blocked,
    NothingToBlock,
    Open,
    AwaitingIdentification,
}

impl RecallStatus {
    /// As the JSON and the CSV spell it: `nothing_to_block`.
    pub fn as_str(self) -> &'static str {
        match self {
            RecallStatus::Blocked => "blocked",
            RecallStatus::NothingToBlock => "nothing_to_block",
            RecallStatus::Open => "open",
            RecallStatus::AwaitingIdentification => "awaiting_identification",
        }
    }

    /// For people: "nothing to block".
    pub fn label(self) -> &'static str {
        match self {
            RecallStatus::Blocked => "blocked",
            RecallStatus::NothingToBlock => "nothing to block",
            RecallStatus::Open => "open",
            RecallStatus::AwaitingIdentification => "awaiting identification",
        }
    }
}

/// A reached stage: when, and how long after receipt in working days
/// (rounded up to two decimals).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stage {
    pub at: DateTime<Utc>,
    pub working_days: f64,
    #[serde(skip)]
    pub working_time: WorkingTime,
}

/// One authority that reported the recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportSource {
    pub source: String,
    pub reference: String,
}

/// Whether a recall counts within a delay: `within`, `not_within`, or
/// `pending` (open, and still younger than the delay); absent when it is not
/// counted at all (nothing to block, awaiting identification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Within,
    NotWithin,
    Pending,
}

impl Outcome {
    fn csv(outcome: Option<Outcome>) -> &'static str {
        match outcome {
            Some(Outcome::Within) => "yes",
            Some(Outcome::NotWithin) => "no",
            Some(Outcome::Pending) => "pending",
            None => "",
        }
    }
}

/// One row of the report: a recall received in the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportRow {
    pub recall_id: String,
    pub title: String,
    /// The source name of the authority that opened it.
    pub authority: String,
    pub sources: Vec<ReportSource>,
    pub country: Country,
    pub received_at: DateTime<Utc>,
    pub identified: Option<Stage>,
    pub blocked: Option<Stage>,
    pub sellers_notified: Option<Stage>,
    pub consumers_notified: Option<Stage>,
    pub status: RecallStatus,
    /// The instant the row was read at: the end of the period in the
    /// authority's time zone, or `now` if earlier.
    pub as_of: DateTime<Utc>,
    /// Open or awaiting identification: working days since receipt at `as_of`.
    pub age_working_days: Option<f64>,
    #[serde(skip)]
    pub age: Option<WorkingTime>,
    pub affected_listings: usize,
    pub within_gpsr: Option<Outcome>,
    pub within_pledge: Option<Outcome>,
}

/// The share of blocked-or-open recalls blocked within a delay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    pub label: &'static str,
    pub working_days: i64,
    pub within: usize,
    /// The denominator: blocked recalls, and open ones older than the delay.
    pub of: usize,
    /// `within / of` in percent, rounded down to one decimal; absent when
    /// `of` is 0.
    pub percent: Option<f64>,
    /// Open recalls still younger than the delay: not counted yet.
    pub pending: usize,
}

/// The pledge's own published figure, shown beside ours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PledgeFigure {
    pub label: &'static str,
    pub percent: f64,
    pub working_days: i64,
    pub period: &'static str,
}

/// The pledge's figure for 2018-19: 87% within 2 working days.
pub const PLEDGE_2018_19: PledgeFigure = PledgeFigure {
    label: "Product Safety Pledge, 2018-19",
    percent: 87.0,
    working_days: 2,
    period: "2018-19",
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub recalls: usize,
    pub blocked: usize,
    pub open: usize,
    pub nothing_to_block: usize,
    pub awaiting_identification: usize,
    pub within_gpsr: Share,
    pub within_pledge: Share,
    pub pledge_figure: PledgeFigure,
    /// Over the blocked recalls, in working days (rounded up).
    pub median_working_days_to_block: Option<f64>,
    pub max_working_days_to_block: Option<f64>,
    /// The oldest open recall's age, in working days.
    pub oldest_open_working_days: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReportPeriod {
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
}

/// The compliance report: the JSON answer of the desk's query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComplianceReport {
    pub period: ReportPeriod,
    pub generated_at: DateTime<Utc>,
    pub figures: Figures,
    /// Every authority recall received in the period (by its country's local
    /// date), oldest first.
    pub recalls: Vec<ReportRow>,
}

/// The report over `period` (from and to inclusive, each recall's receipt
/// read as a date of its authority's country), as of the period's end or
/// `now`, whichever is earlier. A period whose end is before its start has
/// no recall.
pub fn compliance_report(
    recalls: &[AuthorityRecall],
    period: (NaiveDate, NaiveDate),
    now: DateTime<Utc>,
    cal: &HolidayCalendar,
) -> ComplianceReport {
    let (from, to) = period;
    let mut rows: Vec<ReportRow> = recalls
        .iter()
        .filter_map(|recall| {
            let tz = cal.time_zone(&recall.country);
            let received_on = recall.received_at.with_timezone(&tz).date_naive();
            if received_on < from || received_on > to {
                return None;
            }
            let period_end = to
                .succ_opt()
                .map(|next| start_of_day(&tz, next))
                .unwrap_or(DateTime::<Utc>::MAX_UTC);
            Some(row(recall, period_end.min(now), cal))
        })
        .collect();
    rows.sort_by(|a, b| (a.received_at, &a.recall_id).cmp(&(b.received_at, &b.recall_id)));
    ComplianceReport {
        period: ReportPeriod { from, to },
        generated_at: now,
        figures: figures(&rows),
        recalls: rows,
    }
}

fn row(recall: &AuthorityRecall, as_of: DateTime<Utc>, cal: &HolidayCalendar) -> ReportRow {
    let since_receipt =
        |at: DateTime<Utc>| working_days_between(cal, &recall.country, recall.received_at, at);
    let stage = |at: Option<DateTime<Utc>>| {
        at.filter(|at| *at <= as_of).map(|at| {
            let working_time = since_receipt(at);
            Stage {
                at,
                working_days: working_time.as_days_rounded_up(),
                working_time,
            }
        })
    };
    let identified = stage(recall.identified_at);
    let blocked = stage(recall.blocked_at);
    let status = if blocked.is_some() {
        RecallStatus::Blocked
    } else if identified.is_none() {
        RecallStatus::AwaitingIdentification
    } else if recall.affected_listings == 0 {
        RecallStatus::NothingToBlock
    } else {
        RecallStatus::Open
    };
    let age = matches!(
        status,
        RecallStatus::Open | RecallStatus::AwaitingIdentification
    )
    .then(|| since_receipt(as_of));
    let outcome = |days: i64| {
        let limit = WorkingTime::days(days);
        match (status, blocked, age) {
            (RecallStatus::Blocked, Some(b), _) if b.working_time <= limit => Some(Outcome::Within),
            (RecallStatus::Blocked, _, _) => Some(Outcome::NotWithin),
            (RecallStatus::Open, _, Some(age)) if age > limit => Some(Outcome::NotWithin),
            (RecallStatus::Open, _, _) => Some(Outcome::Pending),
            _ => None,
        }
    };
    ReportRow {
        recall_id: recall.recall_id.clone(),
        title: recall.title.clone(),
        authority: recall
            .sources
            .first()
            .map(|(source, _)| source.clone())
            .unwrap_or_default(),
        sources: recall
            .sources
            .iter()
            .map(|(source, reference)| ReportSource {
                source: source.clone(),
                reference: reference.clone(),
            })
            .collect(),
        country: recall.country.clone(),
        received_at: recall.received_at,
        identified,
        blocked,
        sellers_notified: stage(recall.sellers_notified_at),
        consumers_notified: stage(recall.consumers_notified_at),
        status,
        as_of,
        age_working_days: age.map(WorkingTime::as_days_rounded_up),
        age,
        affected_listings: recall.affected_listings,
        within_gpsr: outcome(GPSR_WORKING_DAYS),
        within_pledge: outcome(PLEDGE_WORKING_DAYS),
    }
}

fn share(
    rows: &[ReportRow],
    label: &'static str,
    working_days: i64,
    pick: fn(&ReportRow) -> Option<Outcome>,
) -> Share {
    let count = |o: Outcome| rows.iter().filter(|r| pick(r) == Some(o)).count();
    let within = count(Outcome::Within);
    let of = within + count(Outcome::NotWithin);
    Share {
        label,
        working_days,
        within,
        of,
        percent: (of > 0).then(|| (within * 1000 / of) as f64 / 10.0),
        pending: count(Outcome::Pending),
    }
}

fn figures(rows: &[ReportRow]) -> Figures {
    let count = |s: RecallStatus| rows.iter().filter(|r| r.status == s).count();
    let mut to_block: Vec<WorkingTime> = rows
        .iter()
        .filter_map(|r| r.blocked.map(|b| b.working_time))
        .collect();
    to_block.sort();
    let median = match to_block.len() {
        0 => None,
        n if n % 2 == 1 => to_block.get(n / 2).copied(),
        n => match (to_block.get(n / 2 - 1), to_block.get(n / 2)) {
            (Some(a), Some(b)) => Some(WorkingTime::from_millis(
                a.millis() / 2 + b.millis() / 2 + (a.millis() % 2 + b.millis() % 2) / 2,
            )),
            _ => None,
        },
    };
    let oldest_open = rows
        .iter()
        .filter(|r| r.status == RecallStatus::Open)
        .filter_map(|r| r.age)
        .max();
    Figures {
        recalls: rows.len(),
        blocked: count(RecallStatus::Blocked),
        open: count(RecallStatus::Open),
        nothing_to_block: count(RecallStatus::NothingToBlock),
        awaiting_identification: count(RecallStatus::AwaitingIdentification),
        within_gpsr: share(rows, "GPSR: 2 working days", GPSR_WORKING_DAYS, |r| {
            r.within_gpsr
        }),
        within_pledge: share(
            rows,
            "Product Safety Pledge: 3 working days",
            PLEDGE_WORKING_DAYS,
            |r| r.within_pledge,
        ),
        pledge_figure: PLEDGE_2018_19,
        median_working_days_to_block: median.map(WorkingTime::as_days_rounded_up),
        max_working_days_to_block: to_block.last().map(|t| t.as_days_rounded_up()),
        oldest_open_working_days: oldest_open.map(WorkingTime::as_days_rounded_up),
    }
}

// ---------------------------------------------------------------------------
// CSV.

/// The CSV could not be written (a defect: it is written to memory).
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    #[error("compliance report CSV: {0}")]
    Write(#[from] csv::Error),
    #[error("compliance report CSV: {0}")]
    Flush(#[source] std::io::Error),
    #[error("compliance report CSV: {0}")]
    Utf8(#[from] std::string::FromUtf8Error),
}

/// The CSV's columns, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "recall_id",
    "title",
    "authority",
    "sources",
    "country",
    "received_at",
    "identified_at",
    "identified_working_days",
    "blocked_at",
    "blocked_working_days",
    "sellers_notified_at",
    "sellers_notified_working_days",
    "consumers_notified_at",
    "consumers_notified_working_days",
    "status",
    "age_working_days",
    "as_of",
    "affected_listings",
    "within_2_working_days",
    "within_3_working_days",
];

/// A value from outside (a regulator's title) that a spreadsheet would run as
/// a formula gets a leading `'`: a cell starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return (OWASP's list).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn days(d: f64) -> String {
    format!("{d:.2}")
}

impl ComplianceReport {
    /// The report for a regulator: a header, then one row per recall, in
    /// the columns of [`CSV_COLUMNS`]:
    /// - `recall_id`, `title`: the recall;
    /// - `authority`: the source name of the authority that opened it;
    ///   `sources`: every `source:reference`, separated by `; `;
    /// - `country`: the authority's (ISO 3166-1 alpha-2), whose working days
    ///   count;
    /// - `received_at` and, per stage, `*_at` (ISO 8601 in UTC,
    ///   `2026-05-04T07:00:00Z`) and `*_working_days` (since receipt,
    ///   rounded up to two decimals); empty when not reached by `as_of`;
    /// - `status`: `blocked`, `open`, `nothing_to_block` or
    ///   `awaiting_identification`; `age_working_days`: for the open and the
    ///   unidentified, the working days since receipt at `as_of`;
    /// - `as_of`: the instant the row was read at (end of the period, or the
    ///   report's time if earlier);
    /// - `affected_listings`;
    /// - `within_2_working_days` (GPSR), `within_3_working_days` (pledge):
    ///   `yes`, `no`, `pending` (open and younger than the delay), or empty
    ///   (not counted).
    ///
    /// Fields are quoted as needed by the `csv` crate, and a text cell that
    /// would start a formula is prefixed with `'`.
    pub fn to_csv(&self) -> Result<String, CsvError> {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(CSV_COLUMNS)?;
        for r in &self.recalls {
            let stage = |s: &Option<Stage>| match s {
                Some(s) => (iso(s.at), days(s.working_days)),
                None => (String::new(), String::new()),
            };
            let (identified_at, identified_days) = stage(&r.identified);
            let (blocked_at, blocked_days) = stage(&r.blocked);
            let (sellers_at, sellers_days) = stage(&r.sellers_notified);
            let (consumers_at, consumers_days) = stage(&r.consumers_notified);
            let sources = r
                .sources
                .iter()
                .map(|s| format!("{}:{}", s.source, s.reference))
                .collect::<Vec<_>>()
                .join("; ");
            let record = [
                r.recall_id.clone(),
                r.title.clone(),
                r.authority.clone(),
                sources,
                r.country.to_string(),
                iso(r.received_at),
                identified_at,
                identified_days,
                blocked_at,
                blocked_days,
                sellers_at,
                sellers_days,
                consumers_at,
                consumers_days,
                r.status.as_str().to_string(),
                r.age_working_days.map(days).unwrap_or_default(),
                iso(r.as_of),
                r.affected_listings.to_string(),
                Outcome::csv(r.within_gpsr).to_string(),
                Outcome::csv(r.within_pledge).to_string(),
            ];
            out.write_record(record.iter().map(|c| cell(c)))?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| CsvError::Flush(e.into_error()))?;
        Ok(String::from_utf8(bytes)?)
    }

    /// The desk's page: the figures, a chart (inline SVG, no JavaScript) of
    /// each blocked or open recall's working days to block, and the table of
    /// recalls. Every text is escaped by the template engine.
    pub fn to_html(&self) -> Result<String, PageError> {
        let view = PageView::of(self);
        render(
            "desk/compliance.html",
            minijinja::Value::from_serialize(&view),
        )
    }
}

// ---------------------------------------------------------------------------
// The page: values formatted here, markup (and escaping) in the template.

#[derive(Serialize)]
struct PageView<'a> {
    title: String,
    public: bool,
    period_from: String,
    period_to: String,
    generated_at: String,
    figures: &'a Figures,
    gpsr: ShareView,
    pledge: ShareView,
    pledge_figure: String,
    median: String,
    max: String,
    oldest_open: String,
    rows: Vec<RowView<'a>>,
    chart: Chart,
}

#[derive(Serialize)]
struct ShareView {
    label: &'static str,
    percent: String,
    within: usize,
    of: usize,
    pending: usize,
}

impl ShareView {
    fn of(share: &Share) -> ShareView {
        ShareView {
            label: share.label,
            percent: share
                .percent
                .map(|p| format!("{p:.1}%"))
                .unwrap_or_else(|| "–".to_string()),
            within: share.within,
            of: share.of,
            pending: share.pending,
        }
    }
}

#[derive(Serialize)]
struct RowView<'a> {
    row: &'a ReportRow,
    received: String,
    identified: StageView,
    blocked: StageView,
    sellers_notified: StageView,
    consumers_notified: StageView,
    status: &'static str,
    status_class: &'static str,
    age: String,
    gpsr: &'static str,
    pledge: &'static str,
}

#[derive(Serialize)]
struct StageView {
    days: String,
    at: String,
}

impl StageView {
    fn of(stage: &Option<Stage>) -> StageView {
        match stage {
            Some(s) => StageView {
                days: days(s.working_days),
                at: crate::kernel::time::human_time(s.at),
            },
            None => StageView {
                days: String::new(),
                at: String::new(),
            },
        }
    }
}

fn outcome_text(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        Some(Outcome::Within) => "yes",
        Some(Outcome::NotWithin) => "no",
        Some(Outcome::Pending) => "pending",
        None => "not counted",
    }
}

/// The chart's geometry, in SVG user units; its texts are escaped by the
/// template like every other.
#[derive(Serialize)]
struct Chart {
    width: f64,
    height: f64,
    plot_left: f64,
    plot_right: f64,
    plot_top: f64,
    plot_bottom: f64,
    ticks: Vec<Tick>,
    limits: Vec<Limit>,
    bars: Vec<Bar>,
}

#[derive(Serialize)]
struct Tick {
    x: f64,
    label: String,
}

#[derive(Serialize)]
struct Limit {
    x: f64,
    /// Where the label sits: left of the line (`end`) or right (`start`),
    /// so the two close limits' labels do not overlap.
    label_x: f64,
    anchor: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct Bar {
    y: f64,
    text_y: f64,
    width: f64,
    value_x: f64,
    label: String,
    title: String,
    value: String,
    open: bool,
    /// Longer than the axis: drawn to its end, the value says how long.
    clipped: bool,
    class: &'static str,
}

const CHART_WIDTH: f64 = 760.0;
const PLOT_LEFT: f64 = 170.0;
const PLOT_RIGHT: f64 = 640.0;
const PLOT_TOP: f64 = 28.0;
const BAR_STEP: f64 = 24.0;
const BAR_HEIGHT: f64 = 16.0;
/// The axis runs a working day past the longest bar, from 4 working days
/// (the two limits and room beyond) to 10; longer bars are clipped. The
/// 120 units right of the plot hold the value of a bar that reaches its end.
const AXIS_MIN_DAYS: f64 = 4.0;
const AXIS_MAX_DAYS: f64 = 10.0;

fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl Chart {
    fn of(rows: &[ReportRow]) -> Chart {
        let drawn: Vec<(&ReportRow, f64, bool)> = rows
            .iter()
            .filter_map(|r| match (r.status, r.blocked, r.age) {
                (RecallStatus::Blocked, Some(b), _) => Some((r, b.working_time.as_days(), false)),
                (RecallStatus::Open, _, Some(age)) => Some((r, age.as_days(), true)),
                _ => None,
            })
            .collect();
        let longest = drawn.iter().map(|(_, d, _)| *d).fold(0.0, f64::max);
        let axis = (longest.floor() + 1.0).clamp(AXIS_MIN_DAYS, AXIS_MAX_DAYS);
        let scale = (PLOT_RIGHT - PLOT_LEFT) / axis;
        let x = |d: f64| tenth(PLOT_LEFT + d.min(axis) * scale);
        let plot_bottom = PLOT_TOP + BAR_STEP * drawn.len().max(1) as f64;
        let bars = drawn
            .iter()
            .enumerate()
            .map(|(i, (r, d, open))| {
                let y = PLOT_TOP + BAR_STEP * i as f64 + (BAR_STEP - BAR_HEIGHT) / 2.0;
                let width = tenth(x(*d) - PLOT_LEFT);
                let shown = if *open {
                    r.age_working_days
                } else {
                    r.blocked.map(|b| b.working_days)
                }
                .unwrap_or_default();
                let value = if *open {
                    format!("open, {}", days(shown))
                } else {
                    days(shown)
                };
                let class = if *open {
                    "open"
                } else if r.within_gpsr == Some(Outcome::Within) {
                    "gpsr"
                } else if r.within_pledge == Some(Outcome::Within) {
                    "pledge"
                } else {
                    "late"
                };
                Bar {
                    y: tenth(y),
                    text_y: tenth(y + BAR_HEIGHT - 4.0),
                    width,
                    value_x: tenth(PLOT_LEFT + width + 4.0),
                    label: short(&r.recall_id, 20),
                    title: format!("{}: {}", r.recall_id, r.title),
                    value,
                    open: *open,
                    clipped: *d > axis,
                    class,
                }
            })
            .collect();
        Chart {
            width: CHART_WIDTH,
            height: plot_bottom + 28.0,
            plot_left: PLOT_LEFT,
            plot_right: PLOT_RIGHT,
            plot_top: PLOT_TOP,
            plot_bottom,
            ticks: (0..=axis as i64)
                .map(|d| Tick {
                    x: x(d as f64),
                    label: d.to_string(),
                })
                .collect(),
            limits: vec![
                Limit {
                    x: x(GPSR_WORKING_DAYS as f64),
                    label_x: x(GPSR_WORKING_DAYS as f64) - 3.0,
                    anchor: "end",
                    label: "GPSR 2",
                },
                Limit {
                    x: x(PLEDGE_WORKING_DAYS as f64),
                    label_x: x(PLEDGE_WORKING_DAYS as f64) + 3.0,
                    anchor: "start",
                    label: "Pledge 3",
                },
            ],
            bars,
        }
    }
}

/// At most `max` characters, an ellipsis marking a cut.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

impl<'a> PageView<'a> {
    fn of(report: &'a ComplianceReport) -> PageView<'a> {
        let f = &report.figures;
        let wd = |d: Option<f64>| d.map(days).unwrap_or_else(|| "–".to_string());
        let rows = report
            .recalls
            .iter()
            .map(|r| RowView {
                row: r,
                received: crate::kernel::time::human_time(r.received_at),
                identified: StageView::of(&r.identified),
                blocked: StageView::of(&r.blocked),
                sellers_notified: StageView::of(&r.sellers_notified),
                consumers_notified: StageView::of(&r.consumers_notified),
                status: r.status.label(),
                status_class: match r.status {
                    RecallStatus::Blocked => "good",
                    RecallStatus::Open => "bad",
                    RecallStatus::AwaitingIdentification => "wait",
                    RecallStatus::NothingToBlock => "",
                },
                age: r.age_working_days.map(days).unwrap_or_default(),
                gpsr: outcome_text(r.within_gpsr),
                pledge: outcome_text(r.within_pledge),
            })
            .collect();
        PageView {
            title: format!(
                "Compliance report, {} to {}",
                report.period.from, report.period.to
            ),
            public: false,
            period_from: report.period.from.to_string(),
            period_to: report.period.to.to_string(),
            generated_at: crate::kernel::time::human_time(report.generated_at),
            figures: f,
            gpsr: ShareView::of(&f.within_gpsr),
            pledge: ShareView::of(&f.within_pledge),
            pledge_figure: format!(
                "{}% within {} working days ({})",
                f.pledge_figure.percent, f.pledge_figure.working_days, f.pledge_figure.period
            ),
            median: wd(f.median_working_days_to_block),
            max: wd(f.max_working_days_to_block),
            oldest_open: wd(f.oldest_open_working_days),
            rows,
            chart: Chart::of(&report.recalls),
        }
    }
}

#[cfg(test)]
#[path = "compliance_test.rs"]
mod tests;
