//! The holiday calendars (Easter, nth weekdays, substitute and observed
//! days, configuration) and the working-day clock (local time, holidays
//! skipped, clock changes, additivity).

use super::*;
use proptest::prelude::*;

fn country(code: &str) -> Country {
    Country::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d}"))
}

/// A local time in the zone, as an instant.
fn local(tz: &str, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Zone::named(tz)
        .unwrap_or_else(|| panic!("{tz}: no such zone"))
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .unwrap_or_else(|| panic!("{y}-{m}-{d} {h}:{min} in {tz}"))
        .with_timezone(&Utc)
}

fn hours(h: i64) -> WorkingTime {
    WorkingTime::from_millis(h * 3_600_000)
}

fn holiday(code: &str, d: NaiveDate) -> bool {
    HolidayCalendar::defaults().is_holiday(&country(code), d)
}

#[test]
fn easter_sunday_western_and_orthodox_match_the_published_dates() {
    let western = [
        (2000, 4, 23),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2038, 4, 25),
    ];
    for (y, m, d) in western {
        assert_eq!(western_easter(y), Some(date(y, m, d)), "{y}");
    }
    let orthodox = [
        (2021, 5, 2),
        (2022, 4, 24),
        (2023, 4, 16),
        (2024, 5, 5),
        (2025, 4, 20),
        (2026, 4, 12),
        (2027, 5, 2),
    ];
    for (y, m, d) in orthodox {
        assert_eq!(orthodox_easter(y), Some(date(y, m, d)), "{y}");
    }
    assert_eq!(western_easter(1200), None, "outside the computus' range");
}

#[test]
fn easter_monday_2026_is_a_holiday_where_the_law_makes_it_one() {
    let monday = date(2026, 4, 6);
    for code in [
        "FR", "DE", "AT", "BE", "GB", "IE", "IT", "NL", "PL", "SE", "HU", "CZ",
    ] {
        assert!(holiday(code, monday), "{code}");
    }
    for code in ["US", "ES", "PT", "GR", "RO", "JP"] {
        assert!(!holiday(code, monday), "{code}");
    }
    // Orthodox Easter Monday 2026 is 13 April.
    for code in ["GR", "CY", "RO", "BG"] {
        assert!(holiday(code, date(2026, 4, 13)), "{code}");
    }
    assert!(!holiday("FR", date(2026, 4, 13)));
    // Good Friday: Germany and GB, not France (Alsace-Moselle is regional).
    assert!(holiday("DE", date(2026, 4, 3)) && holiday("GB", date(2026, 4, 3)));
    assert!(!holiday("FR", date(2026, 4, 3)));
}

#[test]
fn whit_monday_2026_is_a_holiday_in_france_and_germany_not_in_italy_or_spain() {
    let whit_monday = date(2026, 5, 25);
    for code in ["FR", "DE", "AT", "BE", "NL", "LU", "DK", "HU"] {
        assert!(holiday(code, whit_monday), "{code}");
    }
    for code in ["IT", "ES", "PL", "SE", "IE", "CZ"] {
        assert!(!holiday(code, whit_monday), "{code}");
    }
    // The Orthodox one is 1 June 2026.
    assert!(holiday("GR", date(2026, 6, 1)) && holiday("RO", date(2026, 6, 1)));
}

#[test]
fn uk_christmas_2027_on_a_weekend_gives_monday_27_and_tuesday_28() {
    let gb = HolidayCalendar::defaults();
    let uk = country("GB");
    let days = gb.holidays(&uk, 2027);
    assert!(days.contains_key(&date(2027, 12, 27)), "{days:?}");
    assert!(days.contains_key(&date(2027, 12, 28)), "{days:?}");
    assert!(gb.is_working_day(&uk, date(2027, 12, 29)));
    // Christmas 2022 on a Sunday: Boxing Day Monday 26, substitute Tuesday 27.
    assert!(gb.is_holiday(&uk, date(2022, 12, 27)));
    assert!(gb.is_working_day(&uk, date(2022, 12, 28)));
    // New Year's Day 2028 is a Saturday: Monday 3 January.
    assert!(gb.is_holiday(&uk, date(2028, 1, 3)));
    // The moved and one-off days.
    assert!(gb.is_holiday(&uk, date(2020, 5, 8)) && !gb.is_holiday(&uk, date(2020, 5, 4)));
    assert!(gb.is_holiday(&uk, date(2022, 9, 19)));
    assert!(gb.is_holiday(&uk, date(2023, 5, 8)));
}

#[test]
fn us_independence_day_2026_is_observed_on_friday_3_july() {
    let cal = HolidayCalendar::defaults();
    let us = country("US");
    assert!(cal.is_holiday(&us, date(2026, 7, 3)));
    assert!(cal.is_working_day(&us, date(2026, 7, 6)));
    // A Sunday holiday is observed on the Monday: Juneteenth 2022.
    assert!(cal.is_holiday(&us, date(2022, 6, 20)));
    // New Year's Day 2022, a Saturday, is observed in the year before.
    assert!(cal.is_holiday(&us, date(2021, 12, 31)));
    assert!(cal.is_holiday(&us, date(2026, 11, 26)), "Thanksgiving");
    assert!(cal.is_holiday(&us, date(2026, 1, 19)), "MLK Day");
    assert!(cal.is_holiday(&us, date(2026, 5, 25)), "Memorial Day");
    assert!(!cal.is_holiday(&us, date(2026, 12, 26)), "no Boxing Day");
}

#[test]
fn nth_weekday_and_saturday_rules_land_on_their_days() {
    // St Brigid's Day: 1 Feb 2026 is a Sunday -> Monday 2nd; 1 Feb 2030 is a Friday.
    assert!(holiday("IE", date(2026, 2, 2)));
    assert!(holiday("IE", date(2030, 2, 1)));
    assert!(!holiday("IE", date(2022, 2, 7)), "only since 2023");
    assert!(holiday("IE", date(2026, 10, 26)), "last Monday of October");
    // Midsummer Day, the Saturday of 20-26 June.
    assert!(holiday("SE", date(2026, 6, 20)) && holiday("FI", date(2026, 6, 20)));
    // King's Day 2025 on a Sunday is kept on Saturday the 26th.
    assert!(holiday("NL", date(2025, 4, 26)) && !holiday("NL", date(2025, 4, 27)));
    // Bulgaria's substitutes: Christmas Eve 2022 a Saturday, Christmas a Sunday.
    assert!(holiday("BG", date(2022, 12, 27)) && holiday("BG", date(2022, 12, 28)));
    // Latvia: 4 May 2024, a Saturday, moves to Monday 6 May.
    assert!(holiday("LV", date(2024, 5, 6)));
}

#[test]
fn holidays_added_or_dropped_by_law_follow_their_years() {
    assert!(holiday("PL", date(2025, 12, 24)) && !holiday("PL", date(2024, 12, 24)));
    assert!(holiday("IT", date(2027, 10, 4)) && !holiday("IT", date(2025, 10, 4)));
    assert!(holiday("DK", date(2023, 5, 5)) && !holiday("DK", date(2024, 4, 26)));
    assert!(holiday("SK", date(2025, 9, 1)) && !holiday("SK", date(2026, 9, 1)));
    assert!(!holiday("PT", date(2014, 12, 1)) && holiday("PT", date(2016, 12, 1)));
    assert!(holiday("RO", date(2024, 1, 7)) && !holiday("RO", date(2023, 1, 6)));
}

#[test]
fn every_eu_country_gb_and_us_have_a_calendar_and_a_time_zone() {
    let eu = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];
    assert_eq!(eu.len(), 27);
    let cal = HolidayCalendar::defaults();
    for code in eu.iter().chain(&["GB", "US"]) {
        let c = country(code);
        let days = cal.holidays(&c, 2026);
        assert!(days.len() >= 8, "{code}: {days:?}");
        assert!(days.contains_key(&date(2026, 12, 25)), "{code}: Christmas");
        assert!(main_time_zone(&c).is_some(), "{code}: time zone");
    }
    // Every zone of the table is in the database, under its own name.
    for (code, name) in TIME_ZONES {
        let zone = main_time_zone(&country(code));
        assert_eq!(zone.as_ref().and_then(Zone::name), Some(*name), "{code}");
    }
    assert_eq!(cal.time_zone(&country("FR")).name(), Some("Europe/Paris"));
    assert_eq!(
        cal.time_zone(&country("US")).name(),
        Some("America/New_York")
    );
    assert_eq!(cal.time_zone(&country("BR")), Zone::UTC, "not in the table");
}

#[test]
fn a_country_with_no_default_calendar_has_weekends_only() {
    let cal = HolidayCalendar::defaults();
    let jp = country("JP");
    assert!(cal.holidays(&jp, 2026).is_empty());
    assert!(cal.is_working_day(&jp, date(2026, 1, 1)));
    assert!(!cal.is_working_day(&jp, date(2026, 1, 3)), "a Saturday");
    assert_eq!(cal.time_zone(&jp).name(), Some("Asia/Tokyo"));
}

#[test]
fn the_configuration_adds_and_removes_holidays_on_top_of_the_defaults() -> Result<(), ConfigError> {
    let cal = HolidayCalendar::with_config(
        r#"{"FR": {"add": ["2026-05-08", "2026-05-15"], "remove": ["2026-05-01"]},
            "JP": {"add": ["2026-01-01"], "time_zone": "Asia/Tokyo"},
            "br": {"time_zone": "America/Sao_Paulo"}}"#,
    )?;
    let fr = country("FR");
    assert!(cal.is_working_day(&fr, date(2026, 5, 1)), "removed");
    assert!(cal.is_holiday(&fr, date(2026, 5, 15)), "added");
    assert!(
        cal.is_holiday(&fr, date(2026, 5, 8)),
        "a default, added again"
    );
    assert!(
        cal.is_holiday(&fr, date(2027, 5, 1)),
        "only the year removed"
    );
    assert!(cal.is_holiday(&country("JP"), date(2026, 1, 1)));
    assert_eq!(
        cal.time_zone(&country("BR")).name(),
        Some("America/Sao_Paulo")
    );
    Ok(())
}

#[test]
fn a_configuration_error_names_the_country_and_the_field() {
    let err = |json: &str| match HolidayCalendar::with_config(json) {
        Ok(_) => panic!("{json} was accepted"),
        Err(e) => e.to_string(),
    };
    assert_eq!(
        err(r#"{"FR": {"add": ["8 May"]}}"#),
        "FR.add[0]: not a date (YYYY-MM-DD)"
    );
    assert_eq!(
        err(r#"{"PL": {"remove": ["2026-01-06", "2026-13-01"]}}"#),
        "PL.remove[1]: not a date (YYYY-MM-DD)"
    );
    assert_eq!(
        err(r#"{"FR": {"add": "2026-05-08"}}"#),
        "FR.add: must be a list of dates (YYYY-MM-DD)"
    );
    assert_eq!(
        err(r#"{"FR": {"holidays": []}}"#),
        "FR.holidays: unknown field (expected add, remove or time_zone)"
    );
    assert_eq!(
        err(r#"{"JP": {"time_zone": "Tokyo"}}"#),
        "JP.time_zone: not an IANA time zone (like \"Asia/Tokyo\")"
    );
    assert!(err(r#"{"XX": {}}"#).starts_with("XX: is not an assigned ISO 3166-1"));
    assert_eq!(
        err(r#"{"FR": {"add": ["2026-05-08"], "remove": ["2026-05-08"]}}"#),
        "FR.remove[0]: 2026-05-08 is also in FR.add"
    );
    assert_eq!(err(r#"{"FR": {}, "fr": {}}"#), "fr: FR is configured twice");
    assert!(err("[1]").starts_with("the holiday configuration must be an object"));
    assert!(err("{").starts_with("the holiday configuration is not JSON"));
}

#[test]
fn friday_17_00_to_monday_09_00_is_sixteen_hours_within_one_working_day() {
    let cal = HolidayCalendar::defaults();
    let paris = "Europe/Paris";
    let friday = local(paris, 2026, 11, 6, 17, 0);
    let monday = local(paris, 2026, 11, 9, 9, 0);
    let t = working_days_between(&cal, &country("FR"), friday, monday);
    assert_eq!(t, hours(16));
    assert_eq!(t.to_string(), "0.67");
    assert!(t <= WorkingTime::days(1));
}

#[test]
fn the_authority_countrys_public_holiday_is_skipped_and_another_countrys_is_not() {
    let cal = HolidayCalendar::defaults();
    let paris = "Europe/Paris";
    // Thursday 30 April 2026 noon (Paris) to Saturday 2 May 09:00: 1 May is
    // France's Labour Day.
    let received = local(paris, 2026, 4, 30, 12, 0);
    let blocked = local(paris, 2026, 5, 2, 9, 0);
    assert_eq!(
        working_days_between(&cal, &country("FR"), received, blocked),
        hours(12)
    );
    // The same instants in New York (06:00 Thursday to 03:00 Saturday): 1 May
    // is a working day there.
    assert_eq!(
        working_days_between(&cal, &country("US"), received, blocked),
        hours(18 + 24)
    );
    // Thanksgiving: Wednesday noon to Friday noon in New York is one working
    // day; in Paris (18:00 to 18:00) it is two.
    let ny = "America/New_York";
    let (wed, fri) = (
        local(ny, 2026, 11, 25, 12, 0),
        local(ny, 2026, 11, 27, 12, 0),
    );
    assert_eq!(
        working_days_between(&cal, &country("US"), wed, fri),
        WorkingTime::days(1)
    );
    assert_eq!(
        working_days_between(&cal, &country("FR"), wed, fri),
        WorkingTime::days(2)
    );
}

#[test]
fn a_working_day_shortened_by_a_clock_change_still_counts_as_one() -> Result<(), ConfigError> {
    // Israel moves its clocks on a Friday (27 March 2026): a 23-hour day.
    let cal = HolidayCalendar::with_config(r#"{"IL": {"time_zone": "Asia/Jerusalem"}}"#)?;
    let il = country("IL");
    let zone = Zone::named("Asia/Jerusalem").unwrap_or_else(|| panic!("Asia/Jerusalem"));
    let day = date(2026, 3, 27);
    let (start, end) = (
        start_of_day(&zone, day),
        start_of_day(&zone, date(2026, 3, 28)),
    );
    assert_eq!((end - start).num_hours(), 23);
    assert_eq!(
        working_days_between(&cal, &il, start, end),
        WorkingTime::days(1)
    );
    // Its first 11.5 real hours are half of it.
    let half = start + Duration::minutes(23 * 30);
    assert_eq!(
        working_days_between(&cal, &il, start, half),
        WorkingTime::from_millis(DAY_MS / 2)
    );
    Ok(())
}

#[test]
fn nothing_is_counted_backwards_or_on_a_weekend() {
    let cal = HolidayCalendar::defaults();
    let paris = "Europe/Paris";
    let sat = local(paris, 2026, 11, 7, 8, 0);
    let sun = local(paris, 2026, 11, 8, 20, 0);
    assert_eq!(
        working_days_between(&cal, &country("FR"), sat, sun),
        WorkingTime::ZERO
    );
    assert_eq!(
        working_days_between(&cal, &country("FR"), sun, sat),
        WorkingTime::ZERO
    );
}

#[test]
fn rounding_up_never_shows_a_time_shorter_than_it_was() {
    assert_eq!(WorkingTime::days(2).to_string(), "2.00");
    assert_eq!(WorkingTime::from_millis(2 * DAY_MS + 1).to_string(), "2.01");
    assert_eq!(WorkingTime::ZERO.to_string(), "0.00");
    assert_eq!(hours(6).as_days_rounded_up(), 0.25);
}

/// Instants from 2020 to 2030, to the second.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (1_577_836_800i64..1_893_456_000)
        .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default())
}

fn any_country() -> impl Strategy<Value = Country> {
    prop::sample::select(vec!["FR", "US", "GB", "DE", "GR", "JP", "BR"]).prop_map(country)
}

proptest! {
    #[test]
    fn working_time_is_never_more_than_the_time_elapsed(c in any_country(), a in instant(), b in instant()) {
        let cal = HolidayCalendar::defaults();
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let t = working_days_between(&cal, &c, from, to);
        // These countries change their clocks on Sundays: a working day is 24 hours.
        prop_assert!(t.millis() >= 0);
        prop_assert!(t.millis() <= (to - from).num_milliseconds());
    }

    #[test]
    fn working_time_is_additive_over_a_split_point(c in any_country(), mut xs in prop::collection::vec(instant(), 3)) {
        let cal = HolidayCalendar::defaults();
        xs.sort();
        let (a, b, d) = (xs[0], xs[1], xs[2]);
        let whole = working_days_between(&cal, &c, a, d);
        let parts = working_days_between(&cal, &c, a, b).saturating_add(working_days_between(&cal, &c, b, d));
        prop_assert_eq!(whole, parts);
    }

    #[test]
    fn a_week_of_local_time_without_holidays_is_five_working_days(c in any_country(), a in instant()) {
        let cal = HolidayCalendar::weekends_only();
        let tz = cal.time_zone(&c);
        let week_later = tz.from_local_datetime(&(a.with_timezone(&tz).naive_local() + Duration::days(7))).earliest();
        prop_assume!(week_later.is_some());
        let to = week_later.map(|t| t.with_timezone(&Utc)).unwrap_or(a);
        prop_assert_eq!(working_days_between(&cal, &c, a, to), WorkingTime::days(5));
    }
}
