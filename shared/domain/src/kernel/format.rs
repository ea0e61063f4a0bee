//! Dates, times and amounts as each language writes them, from the Unicode
//! CLDR data of ICU4X (compiled in): "3 November 2026", "3 novembre 2026",
//! "2026年11月3日"; "1,234.50 EUR", "1 234,50 EUR". Times are shown to the
//! minute (never seconds), in the reader's time zone when it is known, and
//! always say which zone they are in, so two languages of one email read the
//! same instant.

use crate::kernel::ids::Country;
use crate::kernel::language::Language;
use crate::kernel::money::Money;
use crate::kernel::zone::{self, Zone};
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::sync::OnceLock;

/// The CLDR locale a language's dates and numbers are written in (English as
/// written in Europe: day before month, 24-hour clock).
pub(crate) fn locale(lang: Language) -> Locale {
    let code = match lang {
        Language::En => "en-GB",
        other => other.code(),
    };
    code.parse().unwrap_or(Locale::UNKNOWN)
}

/// One value per language, built on first use and kept (ICU4X's formatters
/// load their data when built).
type PerLanguage<T> = [OnceLock<Option<T>>; Language::EVERY.len()];

fn cached<T>(
    cells: &'static PerLanguage<T>,
    lang: Language,
    make: impl FnOnce(Locale) -> Option<T>,
) -> Option<&'static T> {
    let i = Language::EVERY.iter().position(|l| *l == lang)?;
    cells.get(i)?.get_or_init(|| make(locale(lang))).as_ref()
}

fn icu_date(d: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_gregorian(d.year(), month, day).ok()
}

/// A date as the language writes it in full: "3 November 2026",
/// "3 novembre 2026", "3. November 2026", "3 de noviembre de 2026",
/// "3 listopada 2026", "2026年11月3日". Always in the Gregorian calendar.
pub fn date(lang: Language, d: NaiveDate) -> String {
    let formatted = icu_date(d).and_then(|date| {
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
            locale(lang).into(),
            YMD::long(),
        )
        .ok()?;
        Some(f.format(&date).to_string())
    });
    formatted.unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// An instant as the language writes a date and a time to the minute, in
/// `zone` when the reader's is known (else UTC), followed by the zone's
/// offset from UTC: "8 December 2026 at 16:13 (UTC+8)",
/// "2026年12月8日 16:13 (UTC+8)", "8 décembre 2026 à 08:13 (UTC)". The minute
/// is cut, not rounded, so a deadline is never shown later than it is.
pub fn date_time(lang: Language, at: DateTime<Utc>, zone: Option<&Zone>) -> String {
    let (local, offset_secs) = zone::local_time(zone.unwrap_or(&Zone::UTC), at);
    static FORMATTERS: PerLanguage<FixedCalendarDateTimeFormatter<Gregorian, YMDT>> =
        [const { OnceLock::new() }; Language::EVERY.len()];
    let formatted = (|| {
        let date = icu_date(local.date())?;
        let time = Time::try_new(
            u8::try_from(local.hour()).ok()?,
            u8::try_from(local.minute()).ok()?,
            0,
            0,
        )
        .ok()?;
        let f = cached(&FORMATTERS, lang, |l| {
            FixedCalendarDateTimeFormatter::try_new(
                l.into(),
                YMDT::long().with_time_precision(icu_datetime::options::TimePrecision::Minute),
            )
            .ok()
        })?;
        Some(f.format(&IcuDateTime { date, time }).to_string())
    })()
    .unwrap_or_else(|| local.format("%Y-%m-%d %H:%M").to_string());
    format!("{formatted} ({})", offset_label(offset_secs))
}

/// "UTC", "UTC+8", "UTC+5:30", "UTC−3" (a minus sign, not a hyphen).
fn offset_label(secs: i32) -> String {
    if secs == 0 {
        return "UTC".to_string();
    }
    let sign = if secs < 0 { '\u{2212}' } else { '+' };
    let minutes = secs.unsigned_abs() / 60;
    let (h, m) = (minutes / 60, minutes % 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

/// A country's name in the language, from CLDR ("Pologne", "Polen",
/// "Polska", "波兰"); `None` when CLDR does not name it.
pub fn country(lang: Language, code: &str) -> Option<String> {
    use icu_experimental::displaynames::multi::RegionDisplayNames;
    use icu_experimental::displaynames::DisplayNamesOptions;
    static NAMES: PerLanguage<RegionDisplayNames> =
        [const { OnceLock::new() }; Language::EVERY.len()];
    let region: icu_locale_core::subtags::Region = code.parse().ok()?;
    // CLDR's names are of the language (en, not en-GB).
    let names = cached(&NAMES, lang, |_| {
        let l: Locale = lang.code().parse().ok()?;
        RegionDisplayNames::try_new(l.into(), DisplayNamesOptions::default()).ok()
    })?;
    names.of(region).map(str::to_string)
}

/// A reader's IANA time zone ("Europe/Paris"); `None` when absent or not a
/// zone of the IANA database (the time is then shown in UTC).
pub fn zone(name: Option<&str>) -> Option<Zone> {
    name.map(str::trim)
        .filter(|n| !n.is_empty())
        .and_then(Zone::named)
}

/// A number written as a plain decimal ("1234.5") as the language writes it:
/// "1,234.5", "1 234,5", "1.234,5", "1234,5" (Spanish groups from five
/// digits), in the language's digits. `None` when it is not a decimal.
pub fn number(lang: Language, decimal: &str) -> Option<String> {
    let value: Decimal = decimal.trim().parse().ok()?;
    static FORMATTERS: PerLanguage<DecimalFormatter> =
        [const { OnceLock::new() }; Language::EVERY.len()];
    let f = cached(&FORMATTERS, lang, |l| {
        DecimalFormatter::try_new(l.into(), Default::default()).ok()
    })?;
    Some(f.format(&value).to_string())
}

/// An amount with its ISO currency code, on the decimal string (never a
/// float), its decimals kept: "1,234.50 EUR", "1 234,50 EUR" (a narrow
/// no-break space), "1.234,50 EUR". An amount that is not a plain decimal is
/// shown with nothing but its digits and separators.
pub fn money(lang: Language, m: &Money) -> String {
    let currency: String = m
        .currency
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let amount = match m.parts().and_then(|_| number(lang, &m.amount)) {
        Some(n) => n,
        None => m
            .amount
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect(),
    };
    format!("{amount} {currency}")
}

/// The date of an order as the language writes it ("3 November 2026",
/// "3 novembre 2026", "3. November 2026", "3 de noviembre de 2026",
/// "3 listopada 2026", "2026年11月3日": [`date`]). The
/// date is the UTC date of `at`.
pub fn format_date(lang: Language, at: DateTime<Utc>) -> String {
    date(lang, at.date_naive())
}

/// The name of a country in the language, from CLDR ("Pologne", "Polen",
/// "Polska", "波兰"); the code for a country CLDR does not name.
pub fn country_name(lang: Language, code: &Country) -> String {
    country(lang, code.as_str()).unwrap_or_else(|| code.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_date_is_written_as_each_language_writes_it() {
        let d = day(2026, 11, 3);
        assert_eq!(date(Language::En, d), "3 November 2026");
        assert_eq!(date(Language::Fr, d), "3 novembre 2026");
        assert_eq!(date(Language::De, d), "3. November 2026");
        assert_eq!(date(Language::Es, d), "3 de noviembre de 2026");
        assert_eq!(date(Language::Pl, d), "3 listopada 2026");
        assert_eq!(date(Language::ZhCn, d), "2026年11月3日");
        assert_eq!(date(Language::Ja, d), "2026年11月3日");
        for lang in Language::EVERY {
            let s = date(lang, d);
            assert!(!s.contains("2026-11-03"), "{lang:?}: {s}");
        }
    }

    #[test]
    fn a_time_is_in_the_readers_zone_to_the_minute_and_says_which() -> Result<(), chrono::ParseError>
    {
        let t: DateTime<Utc> = "2026-12-08T08:13:59Z".parse()?;
        let shanghai = zone(Some("Asia/Shanghai"));
        let en = date_time(Language::En, t, shanghai.as_ref());
        let zh = date_time(Language::ZhCn, t, shanghai.as_ref());
        assert!(en.contains("16:13") && en.ends_with("(UTC+8)"), "{en}");
        assert!(zh.contains("16:13") && zh.ends_with("(UTC+8)"), "{zh}");
        assert!(
            !en.contains(":59") && !en.contains("16:14"),
            "cut, not rounded: {en}"
        );
        let utc = date_time(Language::Fr, t, None);
        assert!(utc.contains("08:13") && utc.ends_with("(UTC)"), "{utc}");
        let ny = date_time(Language::En, t, zone(Some("America/New_York")).as_ref());
        assert!(
            ny.contains("03:13") && ny.ends_with("(UTC\u{2212}5)"),
            "{ny}"
        );
        assert_eq!(zone(Some("Mars/Olympus")), None);
        assert_eq!(zone(Some("  ")), None);
        Ok(())
    }

    #[test]
    fn an_amount_keeps_its_decimals_and_its_currency_code() {
        let m = |a: &str| Money {
            amount: a.to_string(),
            currency: "EUR".to_string(),
        };
        assert_eq!(money(Language::En, &m("1234.50")), "1,234.50 EUR");
        assert_eq!(money(Language::Fr, &m("1234.50")), "1\u{202f}234,50 EUR");
        assert_eq!(money(Language::De, &m("1234.50")), "1.234,50 EUR");
        assert_eq!(money(Language::Es, &m("1234.50")), "1234,50 EUR");
        assert_eq!(money(Language::Es, &m("12345.50")), "12.345,50 EUR");
        assert_eq!(money(Language::En, &m("24.90")), "24.90 EUR");
        assert_eq!(money(Language::En, &m("1e9<b>")), "19 EUR");
    }
}
