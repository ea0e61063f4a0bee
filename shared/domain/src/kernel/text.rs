//! Text as it goes into an email: one line, inert for SES's placeholders,
//! URLs that can only be links.

/// Text from a recall or a listing made inert for SES: a zero-width space
/// after every `{`, so it can never form a `{{` placeholder.
pub fn inert(s: &str) -> String {
    s.replace('{', "{\u{200b}")
}

/// An http(s) URL, else nothing (no `javascript:` in an href or src); braces
/// percent-encoded so SES never reads them.
pub fn safe_url(raw: &str) -> Option<String> {
    let url = raw.trim();
    let lower = url.to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    if !scheme_ok || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    Some(url.replace('{', "%7B").replace('}', "%7D"))
}

/// The text when it holds more than blanks.
pub fn non_empty(s: Option<&String>) -> Option<&String> {
    s.filter(|s| !s.trim().is_empty())
}

/// A single line of at most `max` characters (an email subject).
pub fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}
