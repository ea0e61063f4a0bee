//! The compliance report as the desk and a regulator read it: the rows, the
//! shares within the GPSR's 2 and the pledge's 3 working days, the open
//! recalls, the CSV and the page.

use super::*;
use crate::kernel::zone::Zone;
use chrono::TimeZone;

fn country(code: &str) -> Country {
    Country::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"))
}

fn local(tz: &str, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Zone::named(tz)
        .unwrap_or_else(|| panic!("{tz}: no such zone"))
        .with_ymd_and_hms(2026, m, d, h, min, 0)
        .earliest()
        .unwrap_or_else(|| panic!("2026-{m}-{d} {h}:{min} in {tz}"))
        .with_timezone(&Utc)
}

fn paris(m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    local("Europe/Paris", m, d, h, min)
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

const MAY: (u32, u32) = (5, 31);

fn may() -> (NaiveDate, NaiveDate) {
    (day(5, 1), day(MAY.0, MAY.1))
}

/// Identified a minute after receipt, one listing affected, not blocked.
fn recall(id: &str, source: &str, code: &str, received_at: DateTime<Utc>) -> AuthorityRecall {
    AuthorityRecall {
        recall_id: id.to_string(),
        title: format!("Recall {id}"),
        sources: vec![(source.to_string(), format!("REF-{id}"))],
        country: country(code),
        received_at,
        identified_at: Some(received_at + chrono::Duration::minutes(1)),
        blocked_at: None,
        sellers_notified_at: None,
        consumers_notified_at: None,
        affected_listings: 1,
    }
}

fn blocked(mut r: AuthorityRecall, at: DateTime<Utc>) -> AuthorityRecall {
    r.blocked_at = Some(at);
    r
}

fn report(recalls: &[AuthorityRecall]) -> ComplianceReport {
    compliance_report(
        recalls,
        may(),
        paris(6, 10, 12, 0),
        &HolidayCalendar::defaults(),
    )
}

fn only_row(report: &ComplianceReport) -> &ReportRow {
    assert_eq!(report.recalls.len(), 1, "{:#?}", report.recalls);
    &report.recalls[0]
}

#[test]
fn friday_17_00_to_monday_09_00_is_within_one_working_day_and_counts_in_the_gpsr_share() {
    let mut r = blocked(
        recall("rc-1", "rappelconso", "FR", paris(5, 15, 17, 0)),
        paris(5, 18, 9, 0),
    );
    r.sellers_notified_at = Some(paris(5, 18, 9, 5));
    let report = report(&[r]);
    let row = only_row(&report);
    assert_eq!(row.status, RecallStatus::Blocked);
    let b = row.blocked.unwrap_or_else(|| panic!("blocked"));
    assert_eq!(b.working_days, 0.67);
    assert!(b.working_time <= WorkingTime::days(1));
    assert_eq!(row.within_gpsr, Some(Outcome::Within));
    assert_eq!(row.sellers_notified.map(|s| s.working_days), Some(0.68));
    assert_eq!(row.consumers_notified, None);
    let gpsr = &report.figures.within_gpsr;
    assert_eq!((gpsr.within, gpsr.of, gpsr.percent), (1, 1, Some(100.0)));
    assert_eq!(report.figures.median_working_days_to_block, Some(0.67));
}

#[test]
fn the_authority_countrys_public_holiday_is_skipped_and_not_where_it_is_no_holiday() {
    // Thursday 30 April noon to Monday 4 May 18:00 (Paris and Amsterdam keep
    // the same time). 1 May is a public holiday in France, not in the
    // Netherlands.
    let received = paris(4, 30, 12, 0);
    let block = paris(5, 4, 18, 0);
    let recalls = [
        blocked(recall("rc-fr", "rappelconso", "FR", received), block),
        blocked(recall("nl-1", "safety_gate", "NL", received), block),
    ];
    let report = compliance_report(
        &recalls,
        (day(4, 27), day(5, 31)),
        paris(6, 10, 12, 0),
        &HolidayCalendar::defaults(),
    );
    let days_of = |id: &str| {
        report
            .recalls
            .iter()
            .find(|r| r.recall_id == id)
            .and_then(|r| r.blocked)
            .map(|b| b.working_days)
    };
    assert_eq!(days_of("rc-fr"), Some(1.25), "12 h + Monday's 18 h");
    assert_eq!(days_of("nl-1"), Some(2.25), "the Friday counts");
    let gpsr = &report.figures.within_gpsr;
    assert_eq!((gpsr.within, gpsr.of), (1, 2));
    assert_eq!(gpsr.percent, Some(50.0));
    assert_eq!(report.figures.within_pledge.percent, Some(100.0));
}

#[test]
fn a_recall_open_at_the_periods_end_is_listed_with_its_age_and_one_with_nothing_to_block_is_not_counted(
) {
    let brussels = "Europe/Brussels";
    // Friday 22 May 10:00 in Brussels; Whit Monday (25 May) is a holiday in
    // Belgium: 14 h + Tuesday to Friday.
    let open = recall(
        "sg-open",
        "safety_gate",
        "BE",
        local(brussels, 5, 22, 10, 0),
    );
    let mut none = recall(
        "cpsc-none",
        "cpsc",
        "US",
        local("America/New_York", 5, 12, 14, 0),
    );
    none.affected_listings = 0;
    let report = report(&[open, none]);
    let row = |id: &str| {
        report
            .recalls
            .iter()
            .find(|r| r.recall_id == id)
            .unwrap_or_else(|| panic!("{id} is listed"))
    };
    let open = row("sg-open");
    assert_eq!(open.status, RecallStatus::Open);
    assert_eq!(open.age_working_days, Some(4.59));
    assert_eq!(open.as_of, local(brussels, 6, 1, 0, 0), "the end of 31 May");
    assert_eq!(open.within_gpsr, Some(Outcome::NotWithin));
    assert_eq!(open.within_pledge, Some(Outcome::NotWithin));
    let none = row("cpsc-none");
    assert_eq!(none.status, RecallStatus::NothingToBlock);
    assert_eq!(none.within_gpsr, None);
    let f = &report.figures;
    assert_eq!(
        (f.recalls, f.blocked, f.open, f.nothing_to_block),
        (2, 0, 1, 1)
    );
    assert_eq!((f.within_gpsr.within, f.within_gpsr.of), (0, 1));
    assert_eq!(f.within_gpsr.percent, Some(0.0));
    assert_eq!(f.oldest_open_working_days, Some(4.59));
    assert_eq!(f.median_working_days_to_block, None);
}

#[test]
fn an_open_recall_younger_than_the_delay_is_pending_not_counted() {
    // Friday 29 May 15:00 in London: 9 hours old at the end of May.
    let young = recall("opss-1", "opss", "GB", local("Europe/London", 5, 29, 15, 0));
    let report = report(&[young]);
    let row = only_row(&report);
    assert_eq!(row.status, RecallStatus::Open);
    assert_eq!(row.age_working_days, Some(0.38));
    assert_eq!(row.within_gpsr, Some(Outcome::Pending));
    let gpsr = &report.figures.within_gpsr;
    assert_eq!((gpsr.within, gpsr.of, gpsr.pending), (0, 0, 1));
    assert_eq!(gpsr.percent, None);
}

#[test]
fn the_period_is_read_in_the_authoritys_local_dates_and_as_of_its_end() {
    let recalls = [
        // 26 April 23:30 in Paris: before the period.
        recall(
            "before",
            "rappelconso",
            "FR",
            paris(4, 30, 23, 30) - chrono::Duration::days(4),
        ),
        // 1 May 00:30 in Paris (30 April in UTC): in it.
        recall("first", "rappelconso", "FR", paris(5, 1, 0, 30)),
        // 31 May 23:30 in Paris: in it; 1 June 00:30: after it.
        recall("last", "rappelconso", "FR", paris(5, 31, 23, 30)),
        recall("after", "rappelconso", "FR", paris(6, 1, 0, 30)),
        // Blocked on 3 June: open as of the end of May, its block not shown.
        blocked(
            recall("late", "rappelconso", "FR", paris(5, 28, 9, 0)),
            paris(6, 3, 10, 0),
        ),
    ];
    let report = report(&recalls);
    let ids: Vec<&str> = report
        .recalls
        .iter()
        .map(|r| r.recall_id.as_str())
        .collect();
    assert_eq!(ids, ["first", "late", "last"], "oldest first");
    let late = &report.recalls[1];
    assert_eq!(late.status, RecallStatus::Open);
    assert_eq!(late.blocked, None);
    assert_eq!(late.age_working_days, Some(1.63), "Thursday 15 h + Friday");
    // Run before the period ends, the report stops at now.
    let now = paris(5, 28, 21, 0);
    let early = compliance_report(&recalls, may(), now, &HolidayCalendar::defaults());
    assert!(early.recalls.iter().all(|r| r.as_of == now));
}

#[test]
fn a_recall_not_yet_identified_is_awaiting_identification_and_out_of_the_shares() {
    let mut r = recall(
        "accc-1",
        "accc",
        "AU",
        local("Australia/Sydney", 5, 20, 9, 0),
    );
    r.identified_at = None;
    let report = report(&[r]);
    let row = only_row(&report);
    assert_eq!(row.status, RecallStatus::AwaitingIdentification);
    assert!(row.age_working_days.is_some());
    assert_eq!(report.figures.awaiting_identification, 1);
    assert_eq!(report.figures.within_gpsr.of, 0);
}

#[test]
fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
    let recalls = [
        blocked(
            recall("a", "rappelconso", "FR", paris(5, 4, 9, 0)),
            paris(5, 4, 15, 0),
        ),
        blocked(
            recall("b", "rappelconso", "FR", paris(5, 11, 9, 0)),
            paris(5, 11, 21, 0),
        ),
        blocked(
            recall("c", "rappelconso", "FR", paris(5, 18, 9, 0)),
            paris(5, 19, 9, 0),
        ),
        blocked(
            recall("d", "rappelconso", "FR", paris(5, 26, 9, 0)),
            paris(5, 29, 9, 0),
        ),
    ];
    let f = report(&recalls).figures;
    // 0.25, 0.5, 1, 3.
    assert_eq!(f.median_working_days_to_block, Some(0.75));
    assert_eq!(f.max_working_days_to_block, Some(3.0));
    assert_eq!((f.within_gpsr.within, f.within_gpsr.of), (3, 4));
    assert_eq!(f.within_gpsr.percent, Some(75.0));
    assert_eq!(f.within_pledge.percent, Some(100.0));
}

#[test]
fn a_share_is_rounded_down_never_up() {
    let recalls = [
        blocked(
            recall("a", "rappelconso", "FR", paris(5, 4, 9, 0)),
            paris(5, 4, 10, 0),
        ),
        blocked(
            recall("b", "rappelconso", "FR", paris(5, 5, 9, 0)),
            paris(5, 5, 10, 0),
        ),
        blocked(
            recall("c", "rappelconso", "FR", paris(5, 6, 9, 0)),
            paris(5, 12, 10, 0),
        ),
    ];
    assert_eq!(report(&recalls).figures.within_gpsr.percent, Some(66.6));
}

#[test]
fn each_authority_is_measured_in_its_own_country() {
    let expect = [
        ("safety_gate", "BE"),
        ("rappelconso", "FR"),
        ("cpsc", "US"),
        ("fda", "US"),
        ("opss", "GB"),
        ("accc", "AU"),
        ("kats", "KR"),
        ("consumer24", "KR"),
        ("meti", "JP"),
        ("caa", "JP"),
        ("health_canada", "CA"),
    ];
    for (source, code) in expect {
        assert_eq!(authority_country(source), Some(country(code)), "{source}");
    }
    assert_eq!(authority_country("platform"), None);
    assert_eq!(authority_country("nowhere"), None);
}

fn mixed() -> Vec<AuthorityRecall> {
    let mut evil = blocked(
        recall("rc-2", "rappelconso", "FR", paris(5, 15, 17, 0)),
        paris(5, 18, 9, 0),
    );
    evil.title = "<script>alert(1)</script> Jouet, \"aimanté\"".to_string();
    evil.sources
        .push(("safety_gate".into(), "A12/00123/26".into()));
    let mut formula = blocked(
        recall(
            "cpsc-9",
            "cpsc",
            "US",
            local("America/New_York", 5, 6, 9, 0),
        ),
        local("America/New_York", 5, 13, 9, 0),
    );
    formula.title = "=HYPERLINK(\"http://evil.example\",\"click\")".to_string();
    let open = recall(
        "sg-1",
        "safety_gate",
        "BE",
        local("Europe/Brussels", 5, 22, 10, 0),
    );
    vec![evil, formula, open]
}

#[test]
fn the_csv_has_a_header_and_one_row_per_recall_with_utc_times_and_working_days(
) -> Result<(), Box<dyn std::error::Error>> {
    let csv = report(&mixed()).to_csv()?;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers()?.iter().map(str::to_string).collect();
    assert_eq!(header, CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    assert_eq!(rows.len(), 3);
    let col = |name: &str| {
        CSV_COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap_or(usize::MAX)
    };
    let first = &rows[0];
    assert_eq!(&first[col("recall_id")], "cpsc-9");
    assert_eq!(&first[col("received_at")], "2026-05-06T13:00:00Z");
    assert_eq!(&first[col("blocked_working_days")], "5.00");
    assert_eq!(&first[col("within_2_working_days")], "no");
    let second = &rows[1];
    assert_eq!(
        &second[col("title")],
        "<script>alert(1)</script> Jouet, \"aimanté\""
    );
    assert_eq!(
        &second[col("sources")],
        "rappelconso:REF-rc-2; safety_gate:A12/00123/26"
    );
    assert_eq!(&second[col("blocked_at")], "2026-05-18T07:00:00Z");
    assert_eq!(&second[col("blocked_working_days")], "0.67");
    assert_eq!(&second[col("status")], "blocked");
    let third = &rows[2];
    assert_eq!(&third[col("status")], "open");
    assert_eq!(&third[col("blocked_at")], "");
    assert_eq!(&third[col("age_working_days")], "4.59");
    Ok(())
}

#[test]
fn a_csv_cell_that_would_start_a_formula_is_defused() -> Result<(), Box<dyn std::error::Error>> {
    let csv = report(&mixed()).to_csv()?;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let first = reader.records().next().ok_or("a row")??;
    assert_eq!(&first[1], "'=HYPERLINK(\"http://evil.example\",\"click\")");
    for start in ["+1", "-1", "@SUM(A1)", "\tx"] {
        assert!(cell(start).starts_with('\''), "{start:?}");
    }
    assert_eq!(cell("Jouet"), "Jouet");
    Ok(())
}

#[test]
fn the_page_escapes_a_regulators_script_and_draws_an_svg_chart_with_the_pledges_87_percent(
) -> Result<(), PageError> {
    let html = report(&mixed()).to_html()?;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)"));
    assert!(html.contains("<svg"));
    assert!(!html.to_lowercase().contains("javascript"));
    assert!(html.contains("87% within 2 working days (2018-19)"));
    assert!(html.contains("Blocked within GPSR: 2 working days"));
    assert!(html.contains("33.3%"), "1 of 3 within the GPSR's delay");
    assert!(html.contains("(1 of 3)"));
    assert!(html.contains("GPSR 2") && html.contains("Pledge 3"));
    assert!(
        html.contains("open, 4.59"),
        "the open recall's bar is marked"
    );
    assert!(html.contains("Compliance report, 2026-05-01 to 2026-05-31"));
    // The chart's texts are escaped too (the bar's tooltip carries the title).
    let svg = &html[html.find("<svg").unwrap_or(0)..html.find("</svg>").unwrap_or(0)];
    assert!(svg.contains("rc-2: &lt;script&gt;"));
    Ok(())
}

#[test]
fn an_empty_period_still_renders_every_output() -> Result<(), Box<dyn std::error::Error>> {
    let report = report(&[]);
    assert_eq!(report.figures.recalls, 0);
    assert_eq!(report.figures.within_gpsr.percent, None);
    let html = report.to_html()?;
    assert!(html.contains("No authority recall was received in this period."));
    assert!(html.contains("<svg"));
    assert_eq!(report.to_csv()?.lines().count(), 1);
    let json = serde_json::to_value(&report)?;
    assert_eq!(json["figures"]["pledge_figure"]["percent"], 87.0);
    Ok(())
}

#[test]
fn the_json_names_each_status_and_stage() -> Result<(), serde_json::Error> {
    let json = serde_json::to_value(report(&mixed()))?;
    let rows = json["recalls"].as_array().cloned().unwrap_or_default();
    assert_eq!(rows[1]["status"], "blocked");
    assert_eq!(rows[1]["blocked"]["working_days"], 0.67);
    assert_eq!(rows[1]["blocked"]["at"], "2026-05-18T07:00:00Z");
    assert_eq!(rows[2]["status"], "open");
    assert_eq!(rows[2]["within_gpsr"], "not_within");
    assert_eq!(json["figures"]["within_gpsr"]["of"], 3);
    Ok(())
}

#[test]
fn an_authority_recall_reads_from_json() -> Result<(), serde_json::Error> {
    let r: AuthorityRecall = serde_json::from_value(serde_json::json!({
        "recall_id": "R-1", "title": "Night light",
        "sources": [["rappelconso", "2021-05-0242"], ["safety_gate", "A12/1/26"]],
        "country": "FR", "received_at": "2026-05-04T08:00:00Z",
        "identified_at": "2026-05-04T08:00:03Z", "blocked_at": null,
        "sellers_notified_at": null, "consumers_notified_at": null,
        "affected_listings": 2
    }))?;
    assert_eq!(r.sources[0].0, "rappelconso");
    assert_eq!(r.country.as_str(), "FR");
    Ok(())
}

fn any_recall() -> impl proptest::strategy::Strategy<Value = AuthorityRecall> {
    use proptest::prelude::*;
    let at = || {
        (1_777_000_000i64..1_782_000_000)
            .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default())
    };
    let later = || proptest::option::of(0i64..2_000_000);
    (
        prop::sample::select(vec!["rappelconso", "safety_gate", "cpsc", "opss", "meti"]),
        at(),
        later(),
        later(),
        later(),
        0usize..3,
        "[a-z0-9<>=\"-]{1,12}",
    )
        .prop_map(
            |(source, received_at, identified, blocked, sellers, affected, id)| {
                let after = |s: Option<i64>| s.map(|s| received_at + chrono::Duration::seconds(s));
                AuthorityRecall {
                    recall_id: id.clone(),
                    title: id,
                    sources: vec![(source.to_string(), "REF".to_string())],
                    country: authority_country(source).unwrap_or_else(|| country("FR")),
                    received_at,
                    identified_at: after(identified),
                    blocked_at: after(blocked),
                    sellers_notified_at: after(sellers),
                    consumers_notified_at: None,
                    affected_listings: affected,
                }
            },
        )
}

proptest::proptest! {
    #[test]
    fn every_recall_has_one_status_and_the_shares_add_up(
        recalls in proptest::collection::vec(any_recall(), 0..12),
        now in 1_777_000_000i64..1_790_000_000,
    ) {
        let now = DateTime::from_timestamp(now, 0).unwrap_or_default();
        let r = compliance_report(&recalls, may(), now, &HolidayCalendar::defaults());
        let f = &r.figures;
        proptest::prop_assert_eq!(f.recalls, r.recalls.len());
        proptest::prop_assert_eq!(f.blocked + f.open + f.nothing_to_block + f.awaiting_identification, f.recalls);
        for share in [&f.within_gpsr, &f.within_pledge] {
            proptest::prop_assert!(share.within <= share.of);
            proptest::prop_assert_eq!(share.of + share.pending, f.blocked + f.open);
        }
        // Within 2 working days is within 3.
        proptest::prop_assert!(f.within_gpsr.within <= f.within_pledge.within);
        for row in &r.recalls {
            proptest::prop_assert!(row.as_of <= now);
            if let Some(b) = row.blocked {
                proptest::prop_assert!(b.at <= row.as_of);
            }
        }
        proptest::prop_assert!(r.to_csv().is_ok());
        proptest::prop_assert!(r.to_html().is_ok());
    }
}
