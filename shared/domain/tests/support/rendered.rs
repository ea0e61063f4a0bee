//! What no rendered email may show, in any language: a message no Fluent
//! file has (its marked name), Fluent syntax, an SES placeholder left
//! unfilled, an empty heading, label or paragraph; and the HTML says its
//! language and, for Arabic and Hebrew, that it reads right to left.
//! (Included by the domain's test files with `#[path]`.)

use safety_domain::kernel::language::Language;
use safety_domain::notices::texts::MISSING;
use safety_domain::outbox::Email;

/// Every word of `email`, whose first language is `lang`, is filled.
pub fn assert_rendered(email: &Email, lang: Language, what: &str) {
    for (part, body) in [
        ("subject", &email.subject),
        ("text", &email.text),
        ("html", &email.html),
    ] {
        assert!(
            !body.contains(MISSING),
            "{what} {part}: a message is missing\n{body}"
        );
        assert!(
            !body.contains("{ $") && !body.contains("{$"),
            "{what} {part}: Fluent syntax shows\n{body}"
        );
        assert!(
            !body.contains("{{"),
            "{what} {part}: an unfilled placeholder\n{body}"
        );
        assert!(!body.trim().is_empty(), "{what} {part}: empty");
    }
    for empty in [
        // (A bare `<th></th>` or `<td></td>` is a table's blank marker column.)
        "<th style=\"text-align:start\"></th>",
        "<h1></h1>",
        "<h2></h2>",
        "<h3></h3>",
        "<p></p>",
        "<li></li>",
        "<strong></strong>",
        "<title></title>",
    ] {
        assert!(
            !email.html.contains(empty),
            "{what}: {empty}\n{}",
            email.html
        );
    }
    for line in email.text.lines() {
        let l = line.trim_start().trim_start_matches("- ");
        assert!(
            !l.starts_with(':') && !l.starts_with('：') && !l.starts_with('\u{a0}'),
            "{what}: an empty label in {line:?}\n{}",
            email.text
        );
    }
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    assert!(
        email
            .html
            .contains(&format!("<html lang=\"{}\" dir=\"{dir}\"", lang.code())),
        "{what}: <html lang=\"{}\" dir=\"{dir}\">\n{}",
        lang.code(),
        email.html
    );
}
