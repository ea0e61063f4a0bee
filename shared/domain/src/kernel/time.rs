//! Times for people: emails and refusals show a time to the minute and name
//! its time zone, never seconds or milliseconds.

use chrono::{DateTime, Utc};

/// A time as a person reads it, to the minute, in UTC and saying so:
/// "2026-12-08 08:13 UTC". The minute is cut, not rounded, so a deadline is
/// never shown later than it is.
pub fn human_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::human_time;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_time_for_people_has_no_seconds_and_names_its_zone() {
        let t = Utc.with_ymd_and_hms(2026, 12, 8, 8, 13, 29).unwrap()
            + chrono::Duration::milliseconds(212);
        assert_eq!(human_time(t), "2026-12-08 08:13 UTC");
        let last = Utc.with_ymd_and_hms(2026, 12, 8, 8, 13, 59).unwrap();
        assert_eq!(human_time(last), "2026-12-08 08:13 UTC", "cut, never later");
    }
}
