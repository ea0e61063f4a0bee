//! The desk's pages and the public recall product lists: server-rendered
//! HTML from templates (minijinja, every value HTML-escaped), one base
//! layout usable on a phone, no JavaScript.
//!
//! Each page template extends `desk/base.html`, which takes `title`, and
//! `public` (true: the public recall product lists, with no link into the
//! desk). Add a page by adding its template to [`TEMPLATES`].

use minijinja::{AutoEscape, Environment};
use std::sync::OnceLock;

/// A page that could not be rendered (a template error: a defect, caught by
/// the unit tests that render every page).
#[derive(Debug, thiserror::Error)]
#[error("page {template}: {reason}")]
pub struct PageError {
    pub template: String,
    pub reason: String,
}

const TEMPLATES: &[(&str, &str)] = &[
    (
        "desk/base.html",
        include_str!("../../templates/desk/base.html"),
    ),
    (
        "desk/_case.html",
        include_str!("../../templates/desk/_case.html"),
    ),
    (
        "desk/_events.html",
        include_str!("../../templates/desk/_events.html"),
    ),
    (
        "desk/recall.html",
        include_str!("../../templates/desk/recall.html"),
    ),
    (
        "desk/case.html",
        include_str!("../../templates/desk/case.html"),
    ),
    (
        "desk/listing.html",
        include_str!("../../templates/desk/listing.html"),
    ),
    (
        "desk/seller.html",
        include_str!("../../templates/desk/seller.html"),
    ),
    (
        "desk/review_queue.html",
        include_str!("../../templates/desk/review_queue.html"),
    ),
    (
        "desk/search.html",
        include_str!("../../templates/desk/search.html"),
    ),
    (
        "desk/error.html",
        include_str!("../../templates/desk/error.html"),
    ),
    (
        "desk/recall_list.html",
        include_str!("../../templates/desk/recall_list.html"),
    ),
    (
        "desk/list_index.html",
        include_str!("../../templates/desk/list_index.html"),
    ),
    (
        "desk/compliance.html",
        include_str!("../../templates/desk/compliance.html"),
    ),
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        for (name, source) in TEMPLATES {
            // A template that does not parse fails every render that needs
            // it, with the parse error (and the unit tests).
            let _ = env.add_template(name, source);
        }
        env
    })
}

/// Renders the page template `name` with `ctx`.
pub fn render(name: &str, ctx: minijinja::Value) -> Result<String, PageError> {
    let fail = |e: minijinja::Error| PageError {
        template: name.to_string(),
        reason: format!("{e:#}"),
    };
    env()
        .get_template(name)
        .map_err(fail)?
        .render(ctx)
        .map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    #[test]
    fn the_base_layout_escapes_its_title_and_works_on_a_phone() {
        let html = render(
            "desk/base.html",
            context! { title => "<script>alert(1)</script>", public => true },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(html.contains("&lt;script&gt;alert(1)"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("name=\"viewport\""));
        assert!(
            !html.contains("Review queue"),
            "no desk link on a public page"
        );
    }
}
