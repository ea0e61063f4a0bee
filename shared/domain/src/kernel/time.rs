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
    use chrono::{DateTime, Utc};

    #[test]
    fn a_time_for_people_has_no_seconds_and_names_its_zone() -> Result<(), chrono::ParseError> {
        let t: DateTime<Utc> = "2026-12-08T08:13:29.212Z".parse()?;
        assert_eq!(human_time(t), "2026-12-08 08:13 UTC");
        let last: DateTime<Utc> = "2026-12-08T08:13:59Z".parse()?;
        assert_eq!(human_time(last), "2026-12-08 08:13 UTC", "cut, never later");
        Ok(())
    }
}
