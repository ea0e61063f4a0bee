//! IANA time zones ("Europe/Paris", "Asia/Shanghai") as chrono time zones:
//! `at.with_timezone(&zone)`, `zone.from_local_datetime(..)`. The database is
//! jiff's bundled copy of the IANA one, compiled in, so every machine the code
//! runs on reads the same offsets; jiff gives the offset in force, chrono does
//! the calendar.

use chrono::{
    DateTime, Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    Timelike, Utc,
};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{civil, Timestamp};

/// An IANA time zone, or a fixed offset (what chrono's `from_offset` makes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone(TimeZone);

impl Zone {
    /// Coordinated Universal Time.
    pub const UTC: Zone = Zone(TimeZone::UTC);

    /// The zone of an IANA name ("Asia/Tokyo"); `None` when the database has
    /// no such zone.
    pub fn named(name: &str) -> Option<Zone> {
        TimeZone::get(name).ok().map(Zone)
    }

    /// Its IANA name; `None` for a fixed offset.
    pub fn name(&self) -> Option<&str> {
        self.0.iana_name()
    }
}

/// jiff's offsets are within ±25:59:59, chrono's within ±23:59:59; no zone of
/// the database leaves chrono's range (one that did would read as UTC).
fn chrono_offset(offset: jiff::tz::Offset) -> FixedOffset {
    FixedOffset::east_opt(offset.seconds()).unwrap_or_else(|| Utc.fix())
}

/// An instant as jiff's timestamp, clamped to jiff's range (years -9999 to
/// 9999; the offset at either end stays the same beyond it).
fn timestamp(utc: &NaiveDateTime) -> Timestamp {
    let secs = utc.and_utc().timestamp();
    Timestamp::from_second(secs).unwrap_or(if secs < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

fn civil_time(local: &NaiveDateTime) -> Option<civil::DateTime> {
    let small = |n: u32| i8::try_from(n).ok();
    civil::DateTime::new(
        i16::try_from(local.year()).ok()?,
        small(local.month())?,
        small(local.day())?,
        small(local.hour())?,
        small(local.minute())?,
        small(local.second())?,
        i32::try_from(local.nanosecond().min(999_999_999)).ok()?,
    )
    .ok()
}

impl chrono::TimeZone for Zone {
    type Offset = FixedOffset;

    fn from_offset(offset: &FixedOffset) -> Zone {
        match jiff::tz::Offset::from_seconds(offset.local_minus_utc()) {
            Ok(o) => Zone(TimeZone::fixed(o)),
            Err(_) => Zone::UTC,
        }
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }

    /// The offsets a local time can have: one, none in a gap (the clock
    /// jumped over it), two in a fold (the clock went back over it).
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<FixedOffset> {
        let Some(civil) = civil_time(local) else {
            return LocalResult::None;
        };
        match self.0.to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Unambiguous { offset } => LocalResult::Single(chrono_offset(offset)),
            AmbiguousOffset::Gap { .. } => LocalResult::None,
            AmbiguousOffset::Fold { before, after } => {
                LocalResult::Ambiguous(chrono_offset(before), chrono_offset(after))
            }
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        chrono_offset(self.0.to_offset(timestamp(utc)))
    }
}

/// The local time of an instant in a zone, and the zone's offset then.
pub fn local_time(zone: &Zone, at: DateTime<Utc>) -> (NaiveDateTime, i32) {
    let local = at.with_timezone(zone);
    (local.naive_local(), local.offset().local_minus_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn a_named_zone_gives_its_offset_at_each_instant() {
        let paris = Zone::named("Europe/Paris");
        assert_eq!(paris.as_ref().and_then(Zone::name), Some("Europe/Paris"));
        let paris = paris.unwrap_or(Zone::UTC);
        // Winter +1, summer +2; the change of 29 March 2026 at 01:00 UTC.
        assert_eq!(local_time(&paris, utc(2026, 1, 15, 12, 0)).1, 3600);
        assert_eq!(local_time(&paris, utc(2026, 3, 29, 0, 59)).1, 3600);
        assert_eq!(local_time(&paris, utc(2026, 3, 29, 1, 0)).1, 7200);
        let shanghai = Zone::named("Asia/Shanghai").unwrap_or(Zone::UTC);
        let (local, offset) = local_time(&shanghai, utc(2026, 12, 8, 8, 13));
        assert_eq!(local.to_string(), "2026-12-08 16:13:00");
        assert_eq!(offset, 8 * 3600);
        assert_eq!(Zone::named("Mars/Olympus_Mons"), None);
        assert_eq!(Zone::named(""), None);
    }

    #[test]
    fn a_local_time_in_a_gap_has_no_instant_and_in_a_fold_has_two() {
        let paris = Zone::named("Europe/Paris").unwrap_or(Zone::UTC);
        let at = |h: u32, min: u32| {
            NaiveDate::from_ymd_opt(2026, 3, 29)
                .and_then(|d| d.and_hms_opt(h, min, 0))
                .unwrap_or_default()
        };
        assert_eq!(paris.from_local_datetime(&at(2, 30)), LocalResult::None);
        assert_eq!(
            paris
                .from_local_datetime(&at(3, 0))
                .single()
                .map(|t| t.with_timezone(&Utc)),
            Some(utc(2026, 3, 29, 1, 0))
        );
        let fold = NaiveDate::from_ymd_opt(2026, 10, 25)
            .and_then(|d| d.and_hms_opt(2, 30, 0))
            .unwrap_or_default();
        assert_eq!(
            paris
                .from_local_datetime(&fold)
                .map(|t| t.with_timezone(&Utc)),
            LocalResult::Ambiguous(utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30))
        );
    }
}
