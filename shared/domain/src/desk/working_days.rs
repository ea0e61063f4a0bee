//! Working days per country (SPEC 1.2 and 3): the clock of the pledge's 3
//! working days and the GPSR's 2, counted in the authority's country.
//!
//! A **working day** is a Monday to Friday that is not one of the country's
//! public holidays, in the country's local civil time; it counts as one whole
//! day (24 hours, or its real length on a day a clock change shortens or
//! lengthens) of working time. Saturdays, Sundays and holidays count nothing.
//! [`working_days_between`] sums, day by day, the part of each working day
//! the interval covers: received Friday 17:00 and blocked Monday 09:00 (Paris)
//! is 7 h + 9 h = 0.67 working days.
//!
//! ## The calendars
//! No public-holiday crate on crates.io is both maintained and complete for
//! these countries (`holidays` 0.1 is one release of tables generated for a
//! few years and kept behind global state; the others cover one to five
//! countries), so the rules are written here by hand, from each country's
//! law as in force in 2026; the years a holiday was added or dropped since
//! 2000 are kept, and for years before 1970 the calendars are today's rules,
//! not history. Easter Sunday comes from the `computus` crate (Gregorian;
//! Julian for the Orthodox Easter of BG, CY, GR and RO, moved onto the
//! Gregorian calendar); it is defined for 1583 to 9999, and a year outside
//! that has no Easter holidays.
//!
//! [`HolidayCalendar::defaults`] holds **official national public holidays
//! only**: no regional ones (Alsace-Moselle's Good Friday, the German
//! Länder's, the Spanish communities'), no customary days off that the law
//! does not make holidays (Christmas Eve and Midsummer Eve in Sweden and
//! Finland, Denmark's 5 June and 24 December), no days off in lieu that are
//! not a fixed date (Ireland, Luxembourg, Malta, Spain's communities), and no
//! one-off days a government declares in the year (Hungary's and
//! Bulgaria's bridge days, a US presidential closure), except the past
//! ones listed for GB and DE. Those are configuration
//! ([`HolidayCalendar::with_config`]). Sundays that are holidays (Easter
//! Sunday, Whit Sunday) are listed where the law lists them; they count
//! nothing either way.
//!
//! | country | holidays (E = Western Easter Sunday, O = Orthodox Easter Sunday) |
//! |---|---|
//! | AT | 1 Jan, 6 Jan, E+1, 1 May, E+39, E+50, E+60, 15 Aug, 26 Oct, 1 Nov, 8 Dec, 25 Dec, 26 Dec |
//! | BE | 1 Jan, E+1, 1 May, E+39, E+50, 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec |
//! | BG | 1 Jan, 3 Mar, O−2, O−1, O, O+1, 1 May, 6 May, 24 May, 6 Sep, 22 Sep, 24–26 Dec; a fixed holiday on a weekend gives the next free weekday (Labour Code art. 154) |
//! | CY | 1 Jan, 6 Jan, O−48 (Green Monday), 25 Mar, 1 Apr, 1 May, O−2, O, O+1, O+50, 15 Aug, 1 Oct, 28 Oct, 25 Dec, 26 Dec |
//! | CZ | 1 Jan, E−2 (since 2016), E+1, 1 May, 8 May, 5 Jul, 6 Jul, 28 Sep, 28 Oct, 17 Nov, 24–26 Dec |
//! | DE | nationwide only: 1 Jan, E−2, E+1, 1 May, E+39, E+50, 3 Oct, 25 Dec, 26 Dec (and 31 Oct 2017) |
//! | DK | 1 Jan, E−3, E−2, E, E+1, E+26 (Great Prayer Day, until 2023), E+39, E+49, E+50, 25 Dec, 26 Dec |
//! | EE | 1 Jan, 24 Feb, E−2, E, 1 May, E+49, 23 Jun, 24 Jun, 20 Aug, 24–26 Dec |
//! | ES | national only: 1 Jan, 6 Jan, E−2, 1 May, 15 Aug, 12 Oct, 1 Nov, 6 Dec, 8 Dec, 25 Dec |
//! | FI | 1 Jan, 6 Jan, E−2, E, E+1, 1 May, E+39, E+49, Midsummer Day (Sat 20–26 Jun), All Saints' (Sat 31 Oct–6 Nov), 6 Dec, 25 Dec, 26 Dec |
//! | FR | 1 Jan, E+1, 1 May, 8 May, E+39, E+50, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec |
//! | GB | England & Wales bank holidays: 1 Jan, E−2, E+1, first Mon May, last Mon May, last Mon Aug, 25 Dec, 26 Dec; a weekend 1 Jan, 25 or 26 Dec gives the next free weekday (27 and 28 Dec 2027); the moved and one-off days of 1995–2023 |
//! | GR | 1 Jan, 6 Jan, O−48 (Clean Monday), 25 Mar, O−2, O, O+1, 1 May, O+50, 15 Aug, 28 Oct, 25 Dec, 26 Dec |
//! | HR | 1 Jan, 6 Jan, E, E+1, 1 May, 30 May (since 2020), 22 Jun, 25 Jun (until 2019), E+60, 5 Aug, 15 Aug, 8 Oct (until 2019), 1 Nov, 18 Nov (since 2020), 25 Dec, 26 Dec |
//! | HU | 1 Jan, 15 Mar, E−2 (since 2017), E, E+1, 1 May, E+49, E+50, 20 Aug, 23 Oct, 1 Nov, 25 Dec, 26 Dec |
//! | IE | 1 Jan, St Brigid's Day (since 2023: first Mon Feb, or 1 Feb when a Friday), 17 Mar, E+1, first Mon May, first Mon Jun, first Mon Aug, last Mon Oct, 25 Dec, 26 Dec |
//! | IT | 1 Jan, 6 Jan, E, E+1, 25 Apr, 1 May, 2 Jun, 15 Aug, 4 Oct (since 2026), 1 Nov, 8 Dec, 25 Dec, 26 Dec |
//! | LT | 1 Jan, 16 Feb, 11 Mar, E, E+1, 1 May, first Sun May, first Sun Jun, 24 Jun, 6 Jul, 15 Aug, 1 Nov, 2 Nov (since 2020), 24–26 Dec |
//! | LU | 1 Jan, E+1, 1 May, 9 May (since 2019), E+39, E+50, 23 Jun, 15 Aug, 1 Nov, 25 Dec, 26 Dec |
//! | LV | 1 Jan, E−2, E, E+1, 1 May, 4 May, E+49, 23 Jun, 24 Jun, 18 Nov, 24–26 Dec, 31 Dec; 4 May and 18 Nov on a weekend move to the Monday |
//! | MT | 1 Jan, 10 Feb, 19 Mar, 31 Mar, E−2, 1 May, 7 Jun, 29 Jun, 15 Aug, 8 Sep, 21 Sep, 8 Dec, 13 Dec, 25 Dec |
//! | NL | 1 Jan, E, E+1, King's Day (27 Apr, 26 Apr when a Sunday; Queen's Day 30 Apr until 2013), 5 May, E+39, E+49, E+50, 25 Dec, 26 Dec |
//! | PL | 1 Jan, 6 Jan (since 2011), E, E+1, 1 May, 3 May, E+49, E+60, 15 Aug, 1 Nov, 11 Nov, 24 Dec (since 2025), 25 Dec, 26 Dec |
//! | PT | 1 Jan, E−2, E, 25 Apr, 1 May, E+60, 10 Jun, 15 Aug, 5 Oct, 1 Nov, 1 Dec, 8 Dec, 25 Dec (E+60, 5 Oct, 1 Nov and 1 Dec suspended 2013–2015) |
//! | RO | 1 Jan, 2 Jan, 6 Jan and 7 Jan (since 2024), 24 Jan (since 2017), O−2 (since 2018), O, O+1, 1 May, 1 Jun (since 2017), O+49, O+50, 15 Aug, 30 Nov, 1 Dec, 25 Dec, 26 Dec |
//! | SE | 1 Jan, 6 Jan, E−2, E, E+1, 1 May, E+39, 6 Jun (since 2005), E+49, E+50 (until 2004), Midsummer Day (Sat 20–26 Jun), All Saints' (Sat 31 Oct–6 Nov), 25 Dec, 26 Dec |
//! | SI | 1 Jan, 2 Jan (not 2013–2016), 8 Feb, E, E+1, 27 Apr, 1 May, 2 May, E+49, 25 Jun, 15 Aug, 31 Oct, 1 Nov, 25 Dec, 26 Dec |
//! | SK | 1 Jan, 6 Jan, E−2, E+1, 1 May, 8 May, 5 Jul, 29 Aug, 1 Sep (until 2025), 15 Sep, 1 Nov, 17 Nov (until 2025), 24–26 Dec |
//! | US | federal (5 U.S.C. 6103): 1 Jan, third Mon Jan (since 1986), third Mon Feb, last Mon May, 19 Jun (since 2021), 4 Jul, first Mon Sep, second Mon Oct, 11 Nov, fourth Thu Nov, 25 Dec; a fixed one on a Saturday is observed the Friday before, on a Sunday the Monday after |
//!
//! Any other country (JP, KR, AU, CA, ...) has weekends only, unless
//! configured.
//!
//! ## Time zones
//! One main time zone per country ([`TIME_ZONES`], [`main_time_zone`]): the
//! zone of its capital, or of the authority's seat where a country has
//! several.
//!
//! | countries | zone |
//! |---|---|
//! | the 27 EU countries | their capital's: AT Europe/Vienna, BE Europe/Brussels, BG Europe/Sofia, CY Asia/Nicosia, CZ Europe/Prague, DE Europe/Berlin, DK Europe/Copenhagen, EE Europe/Tallinn, ES Europe/Madrid (not the Canaries' Atlantic/Canary), FI Europe/Helsinki, FR Europe/Paris, GR Europe/Athens, HR Europe/Zagreb, HU Europe/Budapest, IE Europe/Dublin, IT Europe/Rome, LT Europe/Vilnius, LU Europe/Luxembourg, LV Europe/Riga, MT Europe/Malta, NL Europe/Amsterdam, PL Europe/Warsaw, PT Europe/Lisbon (not the Azores'), RO Europe/Bucharest, SE Europe/Stockholm, SI Europe/Ljubljana, SK Europe/Bratislava |
//! | GB | Europe/London |
//! | US | America/New_York (CPSC and FDA sit in Maryland) |
//! | CA | America/Toronto (Health Canada, Ottawa) |
//! | AU | Australia/Sydney (the ACCC, Canberra) |
//! | JP, KR | Asia/Tokyo, Asia/Seoul |
//! | IS, LI, NO, CH, TR, CN | Atlantic/Reykjavik, Europe/Vaduz, Europe/Oslo, Europe/Zurich, Europe/Istanbul, Asia/Shanghai |
//!
//! A country not in the table counts in UTC unless its configuration names a
//! zone.

use crate::kernel::ids::Country;
use crate::kernel::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, SubsecRound, TimeZone, Utc};
use chrono::{Days, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// Milliseconds in one working day.
const DAY_MS: i64 = 86_400_000;

/// An amount of working time, exact to the millisecond: one working day is
/// 86 400 000 of them. Compare it with [`WorkingTime::days`]; read it with
/// [`WorkingTime::as_days`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct WorkingTime {
    millis: i64,
}

impl WorkingTime {
    pub const ZERO: WorkingTime = WorkingTime { millis: 0 };

    /// `n` whole working days.
    pub const fn days(n: i64) -> WorkingTime {
        WorkingTime {
            millis: n.saturating_mul(DAY_MS),
        }
    }

    pub const fn from_millis(millis: i64) -> WorkingTime {
        WorkingTime { millis }
    }

    pub const fn millis(self) -> i64 {
        self.millis
    }

    /// In working days (0.6666… for 16 hours).
    pub fn as_days(self) -> f64 {
        self.millis as f64 / DAY_MS as f64
    }

    /// In working days to two decimals, rounded **up**, so a time is never
    /// shown shorter than it was: 16 hours is 0.67, and a time shown as 2.00
    /// is within 2 working days.
    pub fn as_days_rounded_up(self) -> f64 {
        let hundredths =
            (i128::from(self.millis) * 100 + i128::from(DAY_MS) - 1).div_euclid(i128::from(DAY_MS));
        hundredths as f64 / 100.0
    }

    pub fn saturating_add(self, other: WorkingTime) -> WorkingTime {
        WorkingTime {
            millis: self.millis.saturating_add(other.millis),
        }
    }
}

impl fmt::Display for WorkingTime {
    /// "0.67" (rounded up, see [`WorkingTime::as_days_rounded_up`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.as_days_rounded_up())
    }
}

// ---------------------------------------------------------------------------
// The rules.

/// When a holiday falls in a year.
#[derive(Debug, Clone, Copy)]
enum When {
    /// A fixed day of the year: (month, day).
    Fixed(u32, u32),
    /// Days after (before, when negative) Western Easter Sunday.
    Easter(i64),
    /// Days after Orthodox Easter Sunday (Julian computus, on the Gregorian calendar).
    Orthodox(i64),
    /// The `n`th `weekday` of `month`; `n = -1` is the last.
    Nth(u32, Weekday, i8),
    /// The first `weekday` on or after (month, day): Midsummer Day is the
    /// Saturday of 20–26 June.
    OnOrAfter(u32, u32, Weekday),
    /// Ireland's St Brigid's Day: 1 February when it is a Friday, else the
    /// first Monday of February.
    StBrigid,
    /// The Netherlands' King's Day: 27 April, or the 26th when the 27th is a
    /// Sunday.
    KingsDay,
    /// The Netherlands' Queen's Day (until 2013): 30 April, or the 29th when
    /// the 30th is a Sunday.
    QueensDay,
    /// One day of one year: (year, month, day).
    Once(i32, u32, u32),
}

/// What a holiday that falls on a Saturday or Sunday gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnWeekend {
    /// Nothing: it stays on the weekend.
    Stays,
    /// Also the next weekday that is not already a holiday, taken in date
    /// order (GB's substitute days, BG's): Christmas on a Saturday gives
    /// Monday the 27th, and Boxing Day on the Sunday Tuesday the 28th.
    NextFreeWeekday,
    /// US federal: observed the Friday before a Saturday, the Monday after
    /// a Sunday.
    Observed,
    /// LV: also the next Monday.
    NextMonday,
}

#[derive(Debug, Clone, Copy)]
struct Rule {
    name: &'static str,
    when: When,
    /// First and last year (inclusive) the holiday exists.
    from: i32,
    until: i32,
    /// Years it was suspended.
    except: &'static [i32],
    weekend: OnWeekend,
}

impl Rule {
    const fn new(name: &'static str, when: When) -> Rule {
        Rule {
            name,
            when,
            from: i32::MIN,
            until: i32::MAX,
            except: &[],
            weekend: OnWeekend::Stays,
        }
    }
    const fn since(self, year: i32) -> Rule {
        Rule { from: year, ..self }
    }
    const fn until(self, year: i32) -> Rule {
        Rule {
            until: year,
            ..self
        }
    }
    const fn except(self, years: &'static [i32]) -> Rule {
        Rule {
            except: years,
            ..self
        }
    }
    const fn weekend(self, weekend: OnWeekend) -> Rule {
        Rule { weekend, ..self }
    }

    fn date_in(&self, year: i32) -> Option<NaiveDate> {
        if year < self.from || year > self.until || self.except.contains(&year) {
            return None;
        }
        match self.when {
            When::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
            When::Easter(offset) => shift(western_easter(year)?, offset),
            When::Orthodox(offset) => shift(orthodox_easter(year)?, offset),
            When::Nth(m, weekday, n) => nth_weekday(year, m, weekday, n),
            When::OnOrAfter(m, d, weekday) => {
                let start = NaiveDate::from_ymd_opt(year, m, d)?;
                let ahead = (7 + weekday.num_days_from_monday()
                    - start.weekday().num_days_from_monday())
                    % 7;
                start.checked_add_days(Days::new(u64::from(ahead)))
            }
            When::StBrigid => {
                let first = NaiveDate::from_ymd_opt(year, 2, 1)?;
                if first.weekday() == Weekday::Fri {
                    Some(first)
                } else {
                    nth_weekday(year, 2, Weekday::Mon, 1)
                }
            }
            When::KingsDay => {
                let day = NaiveDate::from_ymd_opt(year, 4, 27)?;
                if day.weekday() == Weekday::Sun {
                    day.pred_opt()
                } else {
                    Some(day)
                }
            }
            When::QueensDay => {
                let day = NaiveDate::from_ymd_opt(year, 4, 30)?;
                if day.weekday() == Weekday::Sun {
                    day.pred_opt()
                } else {
                    Some(day)
                }
            }
            When::Once(y, m, d) => {
                if y == year {
                    NaiveDate::from_ymd_opt(y, m, d)
                } else {
                    None
                }
            }
        }
    }
}

fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

/// Western Easter Sunday (Gregorian computus), for 1583 to 9999.
pub fn western_easter(year: i32) -> Option<NaiveDate> {
    let e = computus::gregorian(year).ok()?;
    NaiveDate::from_ymd_opt(e.year, e.month, e.day)
}

/// Orthodox Easter Sunday (Julian computus) as a Gregorian date, for 1583 to
/// 9999: 12 April 2026.
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let e = computus::julian(year).ok()?;
    let julian = NaiveDate::from_ymd_opt(e.year, e.month, e.day)?;
    // The Julian calendar runs behind by (century - century / 4 - 2) days
    // from 1 March of a century year: 13 days in 1900-2099. Easter falls
    // after 1 March, so the year's own century count applies.
    let century = i64::from(year.div_euclid(100));
    shift(julian, century - century.div_euclid(4) - 2)
}

fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i8) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, n.unsigned_abs())
    } else {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next_month.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        last.checked_sub_days(Days::new(u64::from(back)))
    }
}

use OnWeekend::{NextFreeWeekday, NextMonday, Observed};
use When::{Easter, Fixed, Nth, OnOrAfter, Once, Orthodox};

const AT: &[Rule] = &[
    Rule::new("Neujahr", Fixed(1, 1)),
    Rule::new("Heilige Drei Könige", Fixed(1, 6)),
    Rule::new("Ostermontag", Easter(1)),
    Rule::new("Staatsfeiertag", Fixed(5, 1)),
    Rule::new("Christi Himmelfahrt", Easter(39)),
    Rule::new("Pfingstmontag", Easter(50)),
    Rule::new("Fronleichnam", Easter(60)),
    Rule::new("Mariä Himmelfahrt", Fixed(8, 15)),
    Rule::new("Nationalfeiertag", Fixed(10, 26)),
    Rule::new("Allerheiligen", Fixed(11, 1)),
    Rule::new("Mariä Empfängnis", Fixed(12, 8)),
    Rule::new("Christtag", Fixed(12, 25)),
    Rule::new("Stefanitag", Fixed(12, 26)),
];

const BE: &[Rule] = &[
    Rule::new("Nieuwjaar / Nouvel An", Fixed(1, 1)),
    Rule::new("Paasmaandag / Lundi de Pâques", Easter(1)),
    Rule::new("Dag van de Arbeid / Fête du Travail", Fixed(5, 1)),
    Rule::new("Hemelvaart / Ascension", Easter(39)),
    Rule::new("Pinkstermaandag / Lundi de Pentecôte", Easter(50)),
    Rule::new("Nationale feestdag / Fête nationale", Fixed(7, 21)),
    Rule::new("O.L.V. Hemelvaart / Assomption", Fixed(8, 15)),
    Rule::new("Allerheiligen / Toussaint", Fixed(11, 1)),
    Rule::new("Wapenstilstand / Armistice", Fixed(11, 11)),
    Rule::new("Kerstmis / Noël", Fixed(12, 25)),
];

const BG: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1)).weekend(NextFreeWeekday),
    Rule::new("Liberation Day", Fixed(3, 3)).weekend(NextFreeWeekday),
    Rule::new("Good Friday", Orthodox(-2)),
    Rule::new("Holy Saturday", Orthodox(-1)),
    Rule::new("Easter Sunday", Orthodox(0)),
    Rule::new("Easter Monday", Orthodox(1)),
    Rule::new("Labour Day", Fixed(5, 1)).weekend(NextFreeWeekday),
    Rule::new("St George's Day", Fixed(5, 6)).weekend(NextFreeWeekday),
    Rule::new("Day of Culture and Literacy", Fixed(5, 24)).weekend(NextFreeWeekday),
    Rule::new("Unification Day", Fixed(9, 6)).weekend(NextFreeWeekday),
    Rule::new("Independence Day", Fixed(9, 22)).weekend(NextFreeWeekday),
    Rule::new("Christmas Eve", Fixed(12, 24)).weekend(NextFreeWeekday),
    Rule::new("Christmas Day", Fixed(12, 25)).weekend(NextFreeWeekday),
    Rule::new("Second day of Christmas", Fixed(12, 26)).weekend(NextFreeWeekday),
];

const CY: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1)),
    Rule::new("Epiphany", Fixed(1, 6)),
    Rule::new("Green Monday", Orthodox(-48)),
    Rule::new("Greek Independence Day", Fixed(3, 25)),
    Rule::new("Cyprus National Day", Fixed(4, 1)),
    Rule::new("Labour Day", Fixed(5, 1)),
    Rule::new("Good Friday", Orthodox(-2)),
    Rule::new("Easter Sunday", Orthodox(0)),
    Rule::new("Easter Monday", Orthodox(1)),
    Rule::new("Kataklysmos (Whit Monday)", Orthodox(50)),
    Rule::new("Assumption", Fixed(8, 15)),
    Rule::new("Cyprus Independence Day", Fixed(10, 1)),
    Rule::new("Ochi Day", Fixed(10, 28)),
    Rule::new("Christmas Day", Fixed(12, 25)),
    Rule::new("Boxing Day", Fixed(12, 26)),
];

const CZ: &[Rule] = &[
    Rule::new("Den obnovy samostatného českého státu", Fixed(1, 1)),
    Rule::new("Velký pátek", Easter(-2)).since(2016),
    Rule::new("Velikonoční pondělí", Easter(1)),
    Rule::new("Svátek práce", Fixed(5, 1)),
    Rule::new("Den vítězství", Fixed(5, 8)),
    Rule::new("Den Cyrila a Metoděje", Fixed(7, 5)),
    Rule::new("Den upálení Jana Husa", Fixed(7, 6)),
    Rule::new("Den české státnosti", Fixed(9, 28)),
    Rule::new(
        "Den vzniku samostatného československého státu",
        Fixed(10, 28),
    ),
    Rule::new("Den boje za svobodu a demokracii", Fixed(11, 17)),
    Rule::new("Štědrý den", Fixed(12, 24)),
    Rule::new("1. svátek vánoční", Fixed(12, 25)),
    Rule::new("2. svátek vánoční", Fixed(12, 26)),
];

const DE: &[Rule] = &[
    Rule::new("Neujahr", Fixed(1, 1)),
    Rule::new("Karfreitag", Easter(-2)),
    Rule::new("Ostermontag", Easter(1)),
    Rule::new("Tag der Arbeit", Fixed(5, 1)),
    Rule::new("Christi Himmelfahrt", Easter(39)),
    Rule::new("Pfingstmontag", Easter(50)),
    Rule::new("Tag der Deutschen Einheit", Fixed(10, 3)),
    Rule::new("Reformationstag (500 Jahre)", Once(2017, 10, 31)),
    Rule::new("1. Weihnachtstag", Fixed(12, 25)),
    Rule::new("2. Weihnachtstag", Fixed(12, 26)),
];

const DK: &[Rule] = &[
    Rule::new("Nytårsdag", Fixed(1, 1)),
    Rule::new("Skærtorsdag", Easter(-3)),
    Rule::new("Langfredag", Easter(-2)),
    Rule::new("Påskedag", Easter(0)),
    Rule::new("2. påskedag", Easter(1)),
    Rule::new("Store bededag", Easter(26)).until(2023),
    Rule::new("Kristi himmelfartsdag", Easter(39)),
    Rule::new("Pinsedag", Easter(49)),
    Rule::new("2. pinsedag", Easter(50)),
    Rule::new("Juledag", Fixed(12, 25)),
    Rule::new("2. juledag", Fixed(12, 26)),
];

const EE: &[Rule] = &[
    Rule::new("Uusaasta", Fixed(1, 1)),
    Rule::new("Iseseisvuspäev", Fixed(2, 24)),
    Rule::new("Suur reede", Easter(-2)),
    Rule::new("Ülestõusmispühade 1. püha", Easter(0)),
    Rule::new("Kevadpüha", Fixed(5, 1)),
    Rule::new("Nelipühade 1. püha", Easter(49)),
    Rule::new("Võidupüha", Fixed(6, 23)),
    Rule::new("Jaanipäev", Fixed(6, 24)),
    Rule::new("Taasiseseisvumispäev", Fixed(8, 20)),
    Rule::new("Jõululaupäev", Fixed(12, 24)),
    Rule::new("Esimene jõulupüha", Fixed(12, 25)),
    Rule::new("Teine jõulupüha", Fixed(12, 26)),
];

const ES: &[Rule] = &[
    Rule::new("Año Nuevo", Fixed(1, 1)),
    Rule::new("Epifanía del Señor", Fixed(1, 6)),
    Rule::new("Viernes Santo", Easter(-2)),
    Rule::new("Fiesta del Trabajo", Fixed(5, 1)),
    Rule::new("Asunción de la Virgen", Fixed(8, 15)),
    Rule::new("Fiesta Nacional de España", Fixed(10, 12)),
    Rule::new("Todos los Santos", Fixed(11, 1)),
    Rule::new("Día de la Constitución", Fixed(12, 6)),
    Rule::new("Inmaculada Concepción", Fixed(12, 8)),
    Rule::new("Natividad del Señor", Fixed(12, 25)),
];

const FI: &[Rule] = &[
    Rule::new("Uudenvuodenpäivä", Fixed(1, 1)),
    Rule::new("Loppiainen", Fixed(1, 6)),
    Rule::new("Pitkäperjantai", Easter(-2)),
    Rule::new("Pääsiäispäivä", Easter(0)),
    Rule::new("2. pääsiäispäivä", Easter(1)),
    Rule::new("Vappu", Fixed(5, 1)),
    Rule::new("Helatorstai", Easter(39)),
    Rule::new("Helluntaipäivä", Easter(49)),
    Rule::new("Juhannuspäivä", OnOrAfter(6, 20, Weekday::Sat)),
    Rule::new("Pyhäinpäivä", OnOrAfter(10, 31, Weekday::Sat)),
    Rule::new("Itsenäisyyspäivä", Fixed(12, 6)),
    Rule::new("Joulupäivä", Fixed(12, 25)),
    Rule::new("Tapaninpäivä", Fixed(12, 26)),
];

const FR: &[Rule] = &[
    Rule::new("Jour de l'an", Fixed(1, 1)),
    Rule::new("Lundi de Pâques", Easter(1)),
    Rule::new("Fête du Travail", Fixed(5, 1)),
    Rule::new("Victoire 1945", Fixed(5, 8)),
    Rule::new("Ascension", Easter(39)),
    Rule::new("Lundi de Pentecôte", Easter(50)),
    Rule::new("Fête nationale", Fixed(7, 14)),
    Rule::new("Assomption", Fixed(8, 15)),
    Rule::new("Toussaint", Fixed(11, 1)),
    Rule::new("Armistice 1918", Fixed(11, 11)),
    Rule::new("Noël", Fixed(12, 25)),
];

const GB: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1))
        .since(1974)
        .weekend(NextFreeWeekday),
    Rule::new("Good Friday", Easter(-2)),
    Rule::new("Easter Monday", Easter(1)),
    Rule::new("Early May bank holiday", Nth(5, Weekday::Mon, 1))
        .since(1978)
        .except(&[1995, 2020]),
    Rule::new("Early May bank holiday (VE Day)", Once(1995, 5, 8)),
    Rule::new("Early May bank holiday (VE Day)", Once(2020, 5, 8)),
    Rule::new("Spring bank holiday", Nth(5, Weekday::Mon, -1))
        .since(1971)
        .except(&[2002, 2012, 2022]),
    Rule::new("Spring bank holiday", Once(2002, 6, 4)),
    Rule::new("Spring bank holiday", Once(2012, 6, 4)),
    Rule::new("Spring bank holiday", Once(2022, 6, 2)),
    Rule::new("Summer bank holiday", Nth(8, Weekday::Mon, -1)).since(1971),
    Rule::new("Millennium Day", Once(1999, 12, 31)),
    Rule::new("Golden Jubilee", Once(2002, 6, 3)),
    Rule::new("Royal wedding", Once(2011, 4, 29)),
    Rule::new("Diamond Jubilee", Once(2012, 6, 5)),
    Rule::new("Platinum Jubilee", Once(2022, 6, 3)),
    Rule::new("State Funeral of Queen Elizabeth II", Once(2022, 9, 19)),
    Rule::new("Coronation of King Charles III", Once(2023, 5, 8)),
    Rule::new("Christmas Day", Fixed(12, 25)).weekend(NextFreeWeekday),
    Rule::new("Boxing Day", Fixed(12, 26)).weekend(NextFreeWeekday),
];

const GR: &[Rule] = &[
    Rule::new("Πρωτοχρονιά", Fixed(1, 1)),
    Rule::new("Θεοφάνεια", Fixed(1, 6)),
    Rule::new("Καθαρά Δευτέρα", Orthodox(-48)),
    Rule::new("Ευαγγελισμός / 25η Μαρτίου", Fixed(3, 25)),
    Rule::new("Μεγάλη Παρασκευή", Orthodox(-2)),
    Rule::new("Πάσχα", Orthodox(0)),
    Rule::new("Δευτέρα του Πάσχα", Orthodox(1)),
    Rule::new("Πρωτομαγιά", Fixed(5, 1)),
    Rule::new("Αγίου Πνεύματος", Orthodox(50)),
    Rule::new("Κοίμηση της Θεοτόκου", Fixed(8, 15)),
    Rule::new("Επέτειος του Όχι", Fixed(10, 28)),
    Rule::new("Χριστούγεννα", Fixed(12, 25)),
    Rule::new("Σύναξη της Θεοτόκου", Fixed(12, 26)),
];

const HR: &[Rule] = &[
    Rule::new("Nova godina", Fixed(1, 1)),
    Rule::new("Sveta tri kralja", Fixed(1, 6)),
    Rule::new("Uskrs", Easter(0)),
    Rule::new("Uskrsni ponedjeljak", Easter(1)),
    Rule::new("Praznik rada", Fixed(5, 1)),
    Rule::new("Dan državnosti", Fixed(5, 30)).since(2020),
    Rule::new("Dan antifašističke borbe", Fixed(6, 22)),
    Rule::new("Dan državnosti", Fixed(6, 25)).until(2019),
    Rule::new("Tijelovo", Easter(60)),
    Rule::new("Dan pobjede i domovinske zahvalnosti", Fixed(8, 5)),
    Rule::new("Velika Gospa", Fixed(8, 15)),
    Rule::new("Dan neovisnosti", Fixed(10, 8)).until(2019),
    Rule::new("Svi sveti", Fixed(11, 1)),
    Rule::new("Dan sjećanja na žrtve Domovinskog rata", Fixed(11, 18)).since(2020),
    Rule::new("Božić", Fixed(12, 25)),
    Rule::new("Sveti Stjepan", Fixed(12, 26)),
];

const HU: &[Rule] = &[
    Rule::new("Újév", Fixed(1, 1)),
    Rule::new("Nemzeti ünnep", Fixed(3, 15)),
    Rule::new("Nagypéntek", Easter(-2)).since(2017),
    Rule::new("Húsvétvasárnap", Easter(0)),
    Rule::new("Húsvéthétfő", Easter(1)),
    Rule::new("A munka ünnepe", Fixed(5, 1)),
    Rule::new("Pünkösdvasárnap", Easter(49)),
    Rule::new("Pünkösdhétfő", Easter(50)),
    Rule::new("Államalapítás ünnepe", Fixed(8, 20)),
    Rule::new("Nemzeti ünnep", Fixed(10, 23)),
    Rule::new("Mindenszentek", Fixed(11, 1)),
    Rule::new("Karácsony", Fixed(12, 25)),
    Rule::new("Karácsony másnapja", Fixed(12, 26)),
];

const IE: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1)),
    Rule::new("St Brigid's Day", When::StBrigid).since(2023),
    Rule::new("St Patrick's Day", Fixed(3, 17)),
    Rule::new("Easter Monday", Easter(1)),
    Rule::new("May bank holiday", Nth(5, Weekday::Mon, 1)),
    Rule::new("June bank holiday", Nth(6, Weekday::Mon, 1)),
    Rule::new("August bank holiday", Nth(8, Weekday::Mon, 1)),
    Rule::new("October bank holiday", Nth(10, Weekday::Mon, -1)),
    Rule::new("Christmas Day", Fixed(12, 25)),
    Rule::new("St Stephen's Day", Fixed(12, 26)),
];

const IT: &[Rule] = &[
    Rule::new("Capodanno", Fixed(1, 1)),
    Rule::new("Epifania", Fixed(1, 6)),
    Rule::new("Pasqua", Easter(0)),
    Rule::new("Lunedì dell'Angelo", Easter(1)),
    Rule::new("Festa della Liberazione", Fixed(4, 25)),
    Rule::new("Festa del Lavoro", Fixed(5, 1)),
    Rule::new("Festa della Repubblica", Fixed(6, 2)),
    Rule::new("Ferragosto", Fixed(8, 15)),
    Rule::new("San Francesco d'Assisi", Fixed(10, 4)).since(2026),
    Rule::new("Ognissanti", Fixed(11, 1)),
    Rule::new("Immacolata Concezione", Fixed(12, 8)),
    Rule::new("Natale", Fixed(12, 25)),
    Rule::new("Santo Stefano", Fixed(12, 26)),
];

const LT: &[Rule] = &[
    Rule::new("Naujieji metai", Fixed(1, 1)),
    Rule::new("Lietuvos valstybės atkūrimo diena", Fixed(2, 16)),
    Rule::new("Lietuvos nepriklausomybės atkūrimo diena", Fixed(3, 11)),
    Rule::new("Velykos", Easter(0)),
    Rule::new("Antroji Velykų diena", Easter(1)),
    Rule::new("Tarptautinė darbo diena", Fixed(5, 1)),
    Rule::new("Motinos diena", Nth(5, Weekday::Sun, 1)),
    Rule::new("Tėvo diena", Nth(6, Weekday::Sun, 1)),
    Rule::new("Joninės", Fixed(6, 24)),
    Rule::new("Valstybės diena", Fixed(7, 6)),
    Rule::new("Žolinė", Fixed(8, 15)),
    Rule::new("Visų šventųjų diena", Fixed(11, 1)),
    Rule::new("Mirusiųjų atminimo diena", Fixed(11, 2)).since(2020),
    Rule::new("Kūčios", Fixed(12, 24)),
    Rule::new("Kalėdos", Fixed(12, 25)),
    Rule::new("Antroji Kalėdų diena", Fixed(12, 26)),
];

const LU: &[Rule] = &[
    Rule::new("Neijoerschdag", Fixed(1, 1)),
    Rule::new("Ouschterméindeg", Easter(1)),
    Rule::new("Dag vun der Aarbecht", Fixed(5, 1)),
    Rule::new("Europadag", Fixed(5, 9)).since(2019),
    Rule::new("Christi Himmelfaart", Easter(39)),
    Rule::new("Péngschtméindeg", Easter(50)),
    Rule::new("Nationalfeierdag", Fixed(6, 23)),
    Rule::new("Léiffrawëschdag", Fixed(8, 15)),
    Rule::new("Allerhellgen", Fixed(11, 1)),
    Rule::new("Chrëschtdag", Fixed(12, 25)),
    Rule::new("Stiefesdag", Fixed(12, 26)),
];

const LV: &[Rule] = &[
    Rule::new("Jaungada diena", Fixed(1, 1)),
    Rule::new("Lielā Piektdiena", Easter(-2)),
    Rule::new("Lieldienas", Easter(0)),
    Rule::new("Otrās Lieldienas", Easter(1)),
    Rule::new("Darba svētki", Fixed(5, 1)),
    Rule::new("Neatkarības atjaunošanas diena", Fixed(5, 4)).weekend(NextMonday),
    Rule::new("Vasarsvētki", Easter(49)),
    Rule::new("Līgo diena", Fixed(6, 23)),
    Rule::new("Jāņu diena", Fixed(6, 24)),
    Rule::new("Proklamēšanas diena", Fixed(11, 18)).weekend(NextMonday),
    Rule::new("Ziemassvētku vakars", Fixed(12, 24)),
    Rule::new("Pirmie Ziemassvētki", Fixed(12, 25)),
    Rule::new("Otrie Ziemassvētki", Fixed(12, 26)),
    Rule::new("Vecgada diena", Fixed(12, 31)),
];

const MT: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1)),
    Rule::new("Feast of St Paul's Shipwreck", Fixed(2, 10)),
    Rule::new("Feast of St Joseph", Fixed(3, 19)),
    Rule::new("Freedom Day", Fixed(3, 31)),
    Rule::new("Good Friday", Easter(-2)),
    Rule::new("Worker's Day", Fixed(5, 1)),
    Rule::new("Sette Giugno", Fixed(6, 7)),
    Rule::new("Feast of St Peter and St Paul", Fixed(6, 29)),
    Rule::new("Feast of the Assumption", Fixed(8, 15)),
    Rule::new("Victory Day", Fixed(9, 8)),
    Rule::new("Independence Day", Fixed(9, 21)),
    Rule::new("Feast of the Immaculate Conception", Fixed(12, 8)),
    Rule::new("Republic Day", Fixed(12, 13)),
    Rule::new("Christmas Day", Fixed(12, 25)),
];

const NL: &[Rule] = &[
    Rule::new("Nieuwjaarsdag", Fixed(1, 1)),
    Rule::new("Eerste Paasdag", Easter(0)),
    Rule::new("Tweede Paasdag", Easter(1)),
    Rule::new("Koningsdag", When::KingsDay).since(2014),
    Rule::new("Koninginnedag", When::QueensDay).until(2013),
    Rule::new("Bevrijdingsdag", Fixed(5, 5)),
    Rule::new("Hemelvaartsdag", Easter(39)),
    Rule::new("Eerste Pinksterdag", Easter(49)),
    Rule::new("Tweede Pinksterdag", Easter(50)),
    Rule::new("Eerste Kerstdag", Fixed(12, 25)),
    Rule::new("Tweede Kerstdag", Fixed(12, 26)),
];

const PL: &[Rule] = &[
    Rule::new("Nowy Rok", Fixed(1, 1)),
    Rule::new("Święto Trzech Króli", Fixed(1, 6)).since(2011),
    Rule::new("Wielkanoc", Easter(0)),
    Rule::new("Poniedziałek Wielkanocny", Easter(1)),
    Rule::new("Święto Pracy", Fixed(5, 1)),
    Rule::new("Święto Konstytucji 3 Maja", Fixed(5, 3)),
    Rule::new("Zesłanie Ducha Świętego", Easter(49)),
    Rule::new("Boże Ciało", Easter(60)),
    Rule::new("Wniebowzięcie Najświętszej Maryi Panny", Fixed(8, 15)),
    Rule::new("Wszystkich Świętych", Fixed(11, 1)),
    Rule::new("Narodowe Święto Niepodległości", Fixed(11, 11)),
    Rule::new("Wigilia Bożego Narodzenia", Fixed(12, 24)).since(2025),
    Rule::new("Boże Narodzenie (pierwszy dzień)", Fixed(12, 25)),
    Rule::new("Boże Narodzenie (drugi dzień)", Fixed(12, 26)),
];

const PT_SUSPENDED: &[i32] = &[2013, 2014, 2015];

const PT: &[Rule] = &[
    Rule::new("Ano Novo", Fixed(1, 1)),
    Rule::new("Sexta-feira Santa", Easter(-2)),
    Rule::new("Páscoa", Easter(0)),
    Rule::new("Dia da Liberdade", Fixed(4, 25)),
    Rule::new("Dia do Trabalhador", Fixed(5, 1)),
    Rule::new("Corpo de Deus", Easter(60)).except(PT_SUSPENDED),
    Rule::new("Dia de Portugal", Fixed(6, 10)),
    Rule::new("Assunção de Nossa Senhora", Fixed(8, 15)),
    Rule::new("Implantação da República", Fixed(10, 5)).except(PT_SUSPENDED),
    Rule::new("Dia de Todos-os-Santos", Fixed(11, 1)).except(PT_SUSPENDED),
    Rule::new("Restauração da Independência", Fixed(12, 1)).except(PT_SUSPENDED),
    Rule::new("Imaculada Conceição", Fixed(12, 8)),
    Rule::new("Natal", Fixed(12, 25)),
];

const RO: &[Rule] = &[
    Rule::new("Anul Nou", Fixed(1, 1)),
    Rule::new("A doua zi de Anul Nou", Fixed(1, 2)),
    Rule::new("Boboteaza", Fixed(1, 6)).since(2024),
    Rule::new("Sfântul Ioan Botezătorul", Fixed(1, 7)).since(2024),
    Rule::new("Ziua Unirii Principatelor Române", Fixed(1, 24)).since(2017),
    Rule::new("Vinerea Mare", Orthodox(-2)).since(2018),
    Rule::new("Paștele", Orthodox(0)),
    Rule::new("A doua zi de Paște", Orthodox(1)),
    Rule::new("Ziua Muncii", Fixed(5, 1)),
    Rule::new("Ziua Copilului", Fixed(6, 1)).since(2017),
    Rule::new("Rusaliile", Orthodox(49)),
    Rule::new("A doua zi de Rusalii", Orthodox(50)),
    Rule::new("Adormirea Maicii Domnului", Fixed(8, 15)),
    Rule::new("Sfântul Andrei", Fixed(11, 30)),
    Rule::new("Ziua Națională", Fixed(12, 1)),
    Rule::new("Crăciunul", Fixed(12, 25)),
    Rule::new("A doua zi de Crăciun", Fixed(12, 26)),
];

const SE: &[Rule] = &[
    Rule::new("Nyårsdagen", Fixed(1, 1)),
    Rule::new("Trettondedag jul", Fixed(1, 6)),
    Rule::new("Långfredagen", Easter(-2)),
    Rule::new("Påskdagen", Easter(0)),
    Rule::new("Annandag påsk", Easter(1)),
    Rule::new("Första maj", Fixed(5, 1)),
    Rule::new("Kristi himmelsfärdsdag", Easter(39)),
    Rule::new("Sveriges nationaldag", Fixed(6, 6)).since(2005),
    Rule::new("Pingstdagen", Easter(49)),
    Rule::new("Annandag pingst", Easter(50)).until(2004),
    Rule::new("Midsommardagen", OnOrAfter(6, 20, Weekday::Sat)),
    Rule::new("Alla helgons dag", OnOrAfter(10, 31, Weekday::Sat)),
    Rule::new("Juldagen", Fixed(12, 25)),
    Rule::new("Annandag jul", Fixed(12, 26)),
];

const SI: &[Rule] = &[
    Rule::new("Novo leto", Fixed(1, 1)),
    Rule::new("Novo leto (2. januar)", Fixed(1, 2)).except(&[2013, 2014, 2015, 2016]),
    Rule::new("Prešernov dan", Fixed(2, 8)),
    Rule::new("Velika noč", Easter(0)),
    Rule::new("Velikonočni ponedeljek", Easter(1)),
    Rule::new("Dan upora proti okupatorju", Fixed(4, 27)),
    Rule::new("Praznik dela", Fixed(5, 1)),
    Rule::new("Praznik dela (2. maj)", Fixed(5, 2)),
    Rule::new("Binkošti", Easter(49)),
    Rule::new("Dan državnosti", Fixed(6, 25)),
    Rule::new("Marijino vnebovzetje", Fixed(8, 15)),
    Rule::new("Dan reformacije", Fixed(10, 31)),
    Rule::new("Dan spomina na mrtve", Fixed(11, 1)),
    Rule::new("Božič", Fixed(12, 25)),
    Rule::new("Dan samostojnosti in enotnosti", Fixed(12, 26)),
];

const SK: &[Rule] = &[
    Rule::new("Deň vzniku Slovenskej republiky", Fixed(1, 1)),
    Rule::new("Zjavenie Pána", Fixed(1, 6)),
    Rule::new("Veľký piatok", Easter(-2)),
    Rule::new("Veľkonočný pondelok", Easter(1)),
    Rule::new("Sviatok práce", Fixed(5, 1)),
    Rule::new("Deň víťazstva nad fašizmom", Fixed(5, 8)),
    Rule::new("Sviatok svätého Cyrila a Metoda", Fixed(7, 5)),
    Rule::new("Výročie SNP", Fixed(8, 29)),
    Rule::new("Deň Ústavy", Fixed(9, 1)).until(2025),
    Rule::new("Sedembolestná Panna Mária", Fixed(9, 15)),
    Rule::new("Sviatok všetkých svätých", Fixed(11, 1)),
    Rule::new("Deň boja za slobodu a demokraciu", Fixed(11, 17)).until(2025),
    Rule::new("Štedrý deň", Fixed(12, 24)),
    Rule::new("Prvý sviatok vianočný", Fixed(12, 25)),
    Rule::new("Druhý sviatok vianočný", Fixed(12, 26)),
];

const US: &[Rule] = &[
    Rule::new("New Year's Day", Fixed(1, 1)).weekend(Observed),
    Rule::new(
        "Birthday of Martin Luther King, Jr.",
        Nth(1, Weekday::Mon, 3),
    )
    .since(1986),
    Rule::new("Washington's Birthday", Nth(2, Weekday::Mon, 3)),
    Rule::new("Memorial Day", Nth(5, Weekday::Mon, -1)),
    Rule::new("Juneteenth National Independence Day", Fixed(6, 19))
        .since(2021)
        .weekend(Observed),
    Rule::new("Independence Day", Fixed(7, 4)).weekend(Observed),
    Rule::new("Labor Day", Nth(9, Weekday::Mon, 1)),
    Rule::new("Columbus Day", Nth(10, Weekday::Mon, 2)),
    Rule::new("Veterans Day", Fixed(11, 11)).weekend(Observed),
    Rule::new("Thanksgiving Day", Nth(11, Weekday::Thu, 4)),
    Rule::new("Christmas Day", Fixed(12, 25)).weekend(Observed),
];

/// The countries with a default calendar, by ISO code.
const DEFAULT_RULES: &[(&str, &[Rule])] = &[
    ("AT", AT),
    ("BE", BE),
    ("BG", BG),
    ("CY", CY),
    ("CZ", CZ),
    ("DE", DE),
    ("DK", DK),
    ("EE", EE),
    ("ES", ES),
    ("FI", FI),
    ("FR", FR),
    ("GB", GB),
    ("GR", GR),
    ("HR", HR),
    ("HU", HU),
    ("IE", IE),
    ("IT", IT),
    ("LT", LT),
    ("LU", LU),
    ("LV", LV),
    ("MT", MT),
    ("NL", NL),
    ("PL", PL),
    ("PT", PT),
    ("RO", RO),
    ("SE", SE),
    ("SI", SI),
    ("SK", SK),
    ("US", US),
];

/// One main time zone per country: the capital's, or the authority's seat.
pub const TIME_ZONES: &[(&str, &str)] = &[
    ("AT", "Europe/Vienna"),
    ("BE", "Europe/Brussels"),
    ("BG", "Europe/Sofia"),
    ("CY", "Asia/Nicosia"),
    ("CZ", "Europe/Prague"),
    ("DE", "Europe/Berlin"),
    ("DK", "Europe/Copenhagen"),
    ("EE", "Europe/Tallinn"),
    ("ES", "Europe/Madrid"),
    ("FI", "Europe/Helsinki"),
    ("FR", "Europe/Paris"),
    ("GB", "Europe/London"),
    ("GR", "Europe/Athens"),
    ("HR", "Europe/Zagreb"),
    ("HU", "Europe/Budapest"),
    ("IE", "Europe/Dublin"),
    ("IT", "Europe/Rome"),
    ("LT", "Europe/Vilnius"),
    ("LU", "Europe/Luxembourg"),
    ("LV", "Europe/Riga"),
    ("MT", "Europe/Malta"),
    ("NL", "Europe/Amsterdam"),
    ("PL", "Europe/Warsaw"),
    ("PT", "Europe/Lisbon"),
    ("RO", "Europe/Bucharest"),
    ("SE", "Europe/Stockholm"),
    ("SI", "Europe/Ljubljana"),
    ("SK", "Europe/Bratislava"),
    ("IS", "Atlantic/Reykjavik"),
    ("LI", "Europe/Vaduz"),
    ("NO", "Europe/Oslo"),
    ("CH", "Europe/Zurich"),
    ("TR", "Europe/Istanbul"),
    ("US", "America/New_York"),
    ("CA", "America/Toronto"),
    ("AU", "Australia/Sydney"),
    ("JP", "Asia/Tokyo"),
    ("KR", "Asia/Seoul"),
    ("CN", "Asia/Shanghai"),
];

/// The main time zone of a country ([`TIME_ZONES`]); `None` for a country
/// not in the table.
pub fn main_time_zone(country: &Country) -> Option<Zone> {
    TIME_ZONES
        .iter()
        .find(|(code, _)| *code == country.as_str())
        .and_then(|(_, name)| Zone::named(name))
}

fn default_rules(country: &str) -> &'static [Rule] {
    DEFAULT_RULES
        .iter()
        .find(|(code, _)| *code == country)
        .map(|(_, rules)| *rules)
        .unwrap_or(&[])
}

/// The holidays the rules give in `year`, by date (a substitute or observed
/// day named after its holiday).
fn rule_holidays(rules: &[Rule], year: i32) -> BTreeMap<NaiveDate, &'static str> {
    // A holiday of the year before or after can land in this one (US: 1
    // January 2022, a Saturday, observed Friday 31 December 2021).
    let mut actual: Vec<(NaiveDate, &Rule)> = Vec::new();
    for y in [year.checked_sub(1), Some(year), year.checked_add(1)]
        .into_iter()
        .flatten()
    {
        for rule in rules {
            if let Some(date) = rule.date_in(y) {
                actual.push((date, rule));
            }
        }
    }
    actual.sort_by_key(|(date, _)| *date);
    let mut days: BTreeMap<NaiveDate, &'static str> = BTreeMap::new();
    for (date, rule) in &actual {
        days.entry(*date).or_insert(rule.name);
    }
    for (date, rule) in &actual {
        if !is_weekend(*date) {
            continue;
        }
        let moved = match rule.weekend {
            OnWeekend::Stays => None,
            OnWeekend::Observed => match date.weekday() {
                Weekday::Sat => date.pred_opt(),
                _ => date.succ_opt(),
            },
            OnWeekend::NextMonday => {
                let ahead = if date.weekday() == Weekday::Sat { 2 } else { 1 };
                date.checked_add_days(Days::new(ahead))
            }
            OnWeekend::NextFreeWeekday => {
                let mut day = date.succ_opt();
                while let Some(d) = day {
                    if !is_weekend(d) && !days.contains_key(&d) {
                        break;
                    }
                    day = d.succ_opt();
                }
                day
            }
        };
        if let Some(moved) = moved {
            days.entry(moved).or_insert(rule.name);
        }
    }
    days.retain(|date, _| date.year() == year);
    days
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

// ---------------------------------------------------------------------------
// The calendar.

/// One country's configuration on top of its defaults.
#[derive(Debug, Clone, Default, PartialEq)]
struct CountryConfig {
    add: BTreeSet<NaiveDate>,
    remove: BTreeSet<NaiveDate>,
    time_zone: Option<Zone>,
}

/// The public holidays and time zone of every country: the defaults of this
/// module, plus what the configuration adds and removes.
#[derive(Debug, Clone, PartialEq)]
pub struct HolidayCalendar {
    defaults: bool,
    config: BTreeMap<String, CountryConfig>,
}

impl Default for HolidayCalendar {
    fn default() -> Self {
        HolidayCalendar::defaults()
    }
}

/// A configuration that was refused, naming the country and the field:
/// `FR.add[0]: not a date (YYYY-MM-DD)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Where: `FR.add[0]`; empty for the document as a whole.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for ConfigError {}

const CONFIG_FIELDS: &str = "add, remove or time_zone";

impl HolidayCalendar {
    /// The calendars of the 27 EU countries, GB and the US, as this module's
    /// documentation lists them; weekends only elsewhere.
    pub fn defaults() -> HolidayCalendar {
        HolidayCalendar {
            defaults: true,
            config: BTreeMap::new(),
        }
    }

    /// Weekends only, for every country (no public holiday anywhere).
    pub fn weekends_only() -> HolidayCalendar {
        HolidayCalendar {
            defaults: false,
            config: BTreeMap::new(),
        }
    }

    /// The defaults with a configuration on top:
    /// `{"FR": {"add": ["2026-05-08"], "remove": ["2026-05-01"]}, "JP": {"time_zone": "Asia/Tokyo", "add": [...]}}`.
    /// `add` makes dates holidays, `remove` makes a default holiday a
    /// working day again (a weekend stays a weekend; removing a date that is
    /// no holiday does nothing), and `time_zone` (IANA) replaces the
    /// country's main zone.
    pub fn with_config(json: &str) -> Result<HolidayCalendar, ConfigError> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| ConfigError {
            path: String::new(),
            reason: format!("the holiday configuration is not JSON: {e}"),
        })?;
        let serde_json::Value::Object(countries) = value else {
            return Err(ConfigError {
                path: String::new(),
                reason: "the holiday configuration must be an object of countries, like {\"FR\": {\"add\": [\"2026-05-08\"]}}".into(),
            });
        };
        let mut calendar = HolidayCalendar::defaults();
        for (key, entry) in &countries {
            let name = crate::kernel::limits::bounded(key, 16).into_owned();
            let country = Country::parse(key).map_err(|e| ConfigError {
                path: name.clone(),
                reason: e.to_string(),
            })?;
            if calendar.config.contains_key(country.as_str()) {
                return Err(ConfigError {
                    path: name,
                    reason: format!("{country} is configured twice"),
                });
            }
            let config = parse_country(&name, entry)?;
            calendar.config.insert(country.as_str().to_string(), config);
        }
        Ok(calendar)
    }

    /// The country's time zone: its configured one, else its main one
    /// ([`main_time_zone`]), else UTC.
    pub fn time_zone(&self, country: &Country) -> Zone {
        self.config
            .get(country.as_str())
            .and_then(|c| c.time_zone.clone())
            .or_else(|| main_time_zone(country))
            .unwrap_or(Zone::UTC)
    }

    /// The country's public holidays in `year`, with their names
    /// ("configured" for a date the configuration added).
    pub fn holidays(&self, country: &Country, year: i32) -> BTreeMap<NaiveDate, &'static str> {
        let mut days = if self.defaults {
            rule_holidays(default_rules(country.as_str()), year)
        } else {
            BTreeMap::new()
        };
        if let Some(config) = self.config.get(country.as_str()) {
            for date in config.add.iter().filter(|d| d.year() == year) {
                days.entry(*date).or_insert("configured");
            }
            for date in &config.remove {
                days.remove(date);
            }
        }
        days
    }

    pub fn is_holiday(&self, country: &Country, date: NaiveDate) -> bool {
        self.holidays(country, date.year()).contains_key(&date)
    }

    /// Monday to Friday and not a public holiday of the country.
    pub fn is_working_day(&self, country: &Country, date: NaiveDate) -> bool {
        !is_weekend(date) && !self.is_holiday(country, date)
    }
}

fn parse_country(name: &str, entry: &serde_json::Value) -> Result<CountryConfig, ConfigError> {
    let serde_json::Value::Object(fields) = entry else {
        return Err(ConfigError {
            path: name.to_string(),
            reason: format!("must be an object with {CONFIG_FIELDS}"),
        });
    };
    let mut config = CountryConfig::default();
    let mut removed = Vec::new();
    for (field, value) in fields {
        let path = format!("{name}.{}", crate::kernel::limits::bounded(field, 32));
        match field.as_str() {
            "add" => {
                config.add = parse_dates(&path, value)?
                    .into_iter()
                    .map(|(_, d)| d)
                    .collect()
            }
            "remove" => removed = parse_dates(&path, value)?,
            "time_zone" => {
                let zone = value
                    .as_str()
                    .and_then(Zone::named)
                    .ok_or_else(|| ConfigError {
                        path: path.clone(),
                        reason: "not an IANA time zone (like \"Asia/Tokyo\")".into(),
                    })?;
                config.time_zone = Some(zone);
            }
            _ => {
                return Err(ConfigError {
                    path,
                    reason: format!("unknown field (expected {CONFIG_FIELDS})"),
                })
            }
        }
    }
    // A date both added and removed is a mistake, not a choice to guess at.
    for (i, date) in removed {
        if config.add.contains(&date) {
            return Err(ConfigError {
                path: format!("{name}.remove[{i}]"),
                reason: format!("{date} is also in {name}.add"),
            });
        }
        config.remove.insert(date);
    }
    Ok(config)
}

fn parse_dates(
    path: &str,
    value: &serde_json::Value,
) -> Result<Vec<(usize, NaiveDate)>, ConfigError> {
    let serde_json::Value::Array(items) = value else {
        return Err(ConfigError {
            path: path.to_string(),
            reason: "must be a list of dates (YYYY-MM-DD)".into(),
        });
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_str()
                .and_then(parse_date)
                .map(|d| (i, d))
                .ok_or_else(|| ConfigError {
                    path: format!("{path}[{i}]"),
                    reason: "not a date (YYYY-MM-DD)".into(),
                })
        })
        .collect()
}

fn parse_date(raw: &str) -> Option<NaiveDate> {
    // Exactly YYYY-MM-DD: chrono alone would take "2026-5-8".
    let bytes = raw.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok()
}

// ---------------------------------------------------------------------------
// Counting.

/// The first instant of `day` in `tz`: midnight, or where a clock change
/// skips midnight, the first local time that exists that day (a day a zone
/// skipped whole starts where the next one does: it has no length).
pub fn start_of_day(tz: &Zone, day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_time(NaiveTime::MIN);
    for quarter in 0..=96 {
        let Some(local) = midnight.checked_add_signed(Duration::minutes(15 * quarter)) else {
            break;
        };
        if let Some(t) = tz.from_local_datetime(&local).earliest() {
            return t.with_timezone(&Utc);
        }
    }
    Utc.from_utc_datetime(&midnight)
}

/// The country's holidays, computed once per year asked.
struct YearCache<'a> {
    calendar: &'a HolidayCalendar,
    country: &'a Country,
    years: HashMap<i32, BTreeMap<NaiveDate, &'static str>>,
}

impl YearCache<'_> {
    fn is_working_day(&mut self, date: NaiveDate) -> bool {
        if is_weekend(date) {
            return false;
        }
        let (calendar, country) = (self.calendar, self.country);
        !self
            .years
            .entry(date.year())
            .or_insert_with(|| calendar.holidays(country, date.year()))
            .contains_key(&date)
    }
}

/// The working time between two instants in `country` (0 when `to` is not
/// after `from`): for each local day the interval touches, the share of the
/// day it covers when the day is a working day, nothing otherwise. Exact to
/// the millisecond; additive (`a..b` + `b..c` = `a..c`).
pub fn working_days_between(
    calendar: &HolidayCalendar,
    country: &Country,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> WorkingTime {
    let (from, to) = (from.trunc_subsecs(3), to.trunc_subsecs(3));
    if to <= from {
        return WorkingTime::ZERO;
    }
    let tz = calendar.time_zone(country);
    let first = from.with_timezone(&tz).date_naive();
    let last = to.with_timezone(&tz).date_naive();
    let mut cache = YearCache {
        calendar,
        country,
        years: HashMap::new(),
    };
    let mut total = WorkingTime::ZERO;
    let mut day = first;
    loop {
        if cache.is_working_day(day) {
            if day == first || day == last {
                total = total.saturating_add(part_of_day(&tz, day, from, to));
            } else {
                total = total.saturating_add(WorkingTime::days(1));
            }
        }
        match day.succ_opt() {
            Some(next) if day < last => day = next,
            _ => break,
        }
    }
    total
}

/// The part of local `day` that `from..to` covers, as working time (a whole
/// day is one working day, whatever its length).
fn part_of_day(tz: &Zone, day: NaiveDate, from: DateTime<Utc>, to: DateTime<Utc>) -> WorkingTime {
    let start = start_of_day(tz, day);
    let end = match day.succ_opt() {
        Some(next) => start_of_day(tz, next),
        None => DateTime::<Utc>::MAX_UTC,
    };
    let length = (end - start).num_milliseconds();
    let covered = (to.min(end) - from.max(start)).num_milliseconds();
    if length <= 0 || covered <= 0 {
        return WorkingTime::ZERO;
    }
    if length == DAY_MS {
        return WorkingTime::from_millis(covered);
    }
    let scaled = i128::from(covered) * i128::from(DAY_MS) / i128::from(length);
    WorkingTime::from_millis(i64::try_from(scaled).unwrap_or(DAY_MS))
}

#[cfg(test)]
#[path = "working_days_test.rs"]
mod tests;
