//! Emails rendered from templates (text and HTML). HTML auto-escapes every
//! value, so a regulator's or seller's text can never inject markup.

use crate::catalog::Seller;
use crate::intake::{MeasureKind, SellerNotice, Severity};
use crate::recall::Recall;
use minijinja::{context, AutoEscape, Environment};
use serde::Serialize;
use std::sync::OnceLock;

/// A rendered email, ready for SES.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("template {template}: {reason}")]
pub struct RenderError {
    template: &'static str,
    reason: String,
}

const TEMPLATES: &[(&str, &str)] = &[
    (
        "seller_notice.txt",
        include_str!("../templates/seller_notice.txt"),
    ),
    (
        "seller_notice.html",
        include_str!("../templates/seller_notice.html"),
    ),
];

/// The template environment, built once; a template that does not parse is
/// reported by every render that needs it (and fails the unit tests).
fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_keep_trailing_newline(true);
        env
    })
}

fn render(name: &'static str, ctx: &minijinja::Value) -> Result<String, RenderError> {
    let source = TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
        .unwrap_or_default();
    env()
        .render_named_str(name, source, ctx)
        .map_err(|e| RenderError {
            template: name,
            reason: format!("{e:#}"),
        })
}

fn severity_text(s: Severity) -> &'static str {
    match s {
        Severity::General => "general violation",
        Severity::Serious => "serious violation",
    }
}

/// The recall notice of SPEC 1.4.1 for one seller.
pub fn seller_notice(
    notice: &SellerNotice,
    recall: &Recall,
    seller: &Seller,
) -> Result<Email, RenderError> {
    let sources: Vec<_> = recall
        .sources
        .iter()
        .map(|s| {
            context! {
                label => format!("{} {}", source_label(&s.source), s.reference),
                url => s.url.clone(),
            }
        })
        .collect();
    let items: Vec<_> = notice
        .items
        .iter()
        .map(|i| {
            let measures: Vec<_> = i
                .measures
                .iter()
                .map(|m| {
                    let place = match (&m.market, m.kind) {
                        (Some(c), MeasureKind::ReturnToWarehouse) => format!("{c} warehouse"),
                        (Some(c), _) => c.to_string(),
                        (None, _) => "all markets".to_string(),
                    };
                    context! { where => place, what => m.kind.label() }
                })
                .collect();
            context! {
                case_id => i.case_id.clone(),
                listing_id => i.listing_id.clone(),
                listing_title => i.listing_title.clone(),
                evidence => i.evidence.clone(),
                measures => measures,
                penalty_text => format!(
                    "{} points ({}) if you fail to act on this recall",
                    i.penalty.points,
                    severity_text(i.penalty.severity)
                ),
            }
        })
        .collect();
    let worst = notice
        .items
        .iter()
        .map(|i| i.penalty.points)
        .max()
        .unwrap_or(2);
    let penalty_summary = if worst >= 6 {
        "6 points per listing (serious violation, the recall is of a serious risk)"
    } else {
        "2 points per listing (general violation)"
    };
    let deadline = notice
        .appeal_deadline
        .format("%Y-%m-%d %H:%M UTC")
        .to_string();
    let listings = notice.items.len();
    let subject = if notice.update {
        let markets: std::collections::BTreeSet<String> = notice
            .items
            .iter()
            .flat_map(|i| {
                i.measures
                    .iter()
                    .filter_map(|m| m.market.as_ref().map(|c| c.to_string()))
            })
            .collect();
        format!(
            "Update – Product safety recall: {} – now also blocked in {}, appeal by {}",
            one_line(&recall.title, 80),
            markets.into_iter().collect::<Vec<_>>().join(", "),
            notice.appeal_deadline.format("%Y-%m-%d"),
        )
    } else {
        format!(
            "Product safety recall: {} – {} listing{} blocked, appeal by {}",
            one_line(&recall.title, 80),
            listings,
            if listings == 1 { "" } else { "s" },
            notice.appeal_deadline.format("%Y-%m-%d"),
        )
    };
    let ctx = context! {
        subject => subject.clone(),
        update => notice.update,
        seller_name => seller.name.clone(),
        recall_title => recall.title.clone(),
        recall_id => recall.id.clone(),
        sources => sources,
        risk => recall.risk.as_str(),
        hazard => recall.hazard.clone(),
        items => items,
        penalty_summary => penalty_summary,
        deadline => deadline,
    };
    Ok(Email {
        to: seller.notice_address().to_string(),
        subject,
        text: render("seller_notice.txt", &ctx)?,
        html: render("seller_notice.html", &ctx)?,
    })
}

/// The regulator's name for a source adapter.
pub fn source_label(source: &str) -> &str {
    match source {
        "cpsc" => "US CPSC",
        "rappelconso" => "RappelConso (France)",
        "safety_gate" => "EU Safety Gate",
        "platform" => "Platform",
        other => other,
    }
}

/// A single line of at most `max` characters (an email subject).
fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}
