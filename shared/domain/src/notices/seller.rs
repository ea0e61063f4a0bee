//! The seller's emails: the recall notice, case updates and an appeal's
//! refusal (rendered with the one engine of `notices::render`).

use super::render::{compose, source_label, Email, RenderError};
use crate::catalog::Seller;
use crate::kernel::text::one_line;
use crate::outbox::{Effect, OnSent, OutboxItem, OutboxKey};
use crate::recall::case::{Case, MeasureKind, SellerNotice, APPEAL_WINDOW_DAYS};
use crate::recall::penalty::Severity;
use crate::recall::{Recall, TimingOverride};
use minijinja::context;

/// The outbox key of a seller's recall notice: one item per notice.
pub fn notice_key(notice: &SellerNotice) -> OutboxKey {
    OutboxKey::new(
        format!("notice:{}", notice.notice_id),
        format!("seller:{}", notice.seller_id),
    )
}

/// A seller's recall notice as the outbox item that sends it (SPEC 1.4.1),
/// rendered with the notice's deadline (7 days from when it was decided);
/// once it goes out, its cases' window runs 7 days from then (never shorter
/// than the notice says) and their consumer recall is due at the window's
/// end, or sooner on a regulator's order: at its date, or at once.
pub fn notice_item(
    notice: &SellerNotice,
    recall: &Recall,
    seller: &Seller,
) -> Result<OutboxItem, RenderError> {
    let email = seller_notice(notice, recall, seller)?;
    let (due_cap, due_when_told) = match &recall.timing {
        Some(TimingOverride::By { deadline }) => (Some(*deadline), false),
        Some(TimingOverride::Immediately) => (None, true),
        None => (None, false),
    };
    Ok(OutboxItem {
        key: notice_key(notice),
        effect: Effect::Email { email },
        on_sent: Some(OnSent::SellerTold {
            recall_id: notice.recall_id.clone(),
            notice_id: notice.notice_id.clone(),
            cases: notice
                .items
                .iter()
                .map(|i| (i.case_id.clone(), i.listing_id.clone()))
                .collect(),
            window_secs: APPEAL_WINDOW_DAYS * 24 * 3600,
            due_cap,
            due_when_told,
        }),
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
                penalty_text => match &i.penalty {
                    Some(p) => format!(
                        "{} points ({}), booked on your penalty ledger; reversed if your appeal is upheld",
                        p.points,
                        severity_text(p.severity)
                    ),
                    None => OWN_RECALL_PENALTY.to_string(),
                },
            }
        })
        .collect();
    let worst = notice
        .items
        .iter()
        .filter_map(|i| i.penalty.as_ref().map(|p| p.points))
        .max();
    let penalty_summary = match worst {
        Some(w) if w >= 6 => Some("6 points per listing (serious violation)"),
        Some(_) => Some("2 points per listing (general violation)"),
        // Every listing of the notice is the seller's own recall.
        None => None,
    };
    let deadline = when(notice.appeal_deadline);
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
    compose(
        seller.notice_address(),
        subject,
        ("seller_notice.txt", "seller_notice.html"),
        &ctx,
    )
}

/// What a notice says of the penalty on a listing whose seller recalls the
/// product itself (a supply-chain recall the seller reported).
pub const OWN_RECALL_PENALTY: &str = "none: you reported this recall of your own product, as the rules ask, so no points are booked for it";

/// What happened to a seller's case, for `case_update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseUpdate {
    AppealReceived,
    AppealUpheld { reason: String },
    AppealRejected { reason: String },
}

fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    crate::kernel::time::human_time(t)
}

fn case_facts(case: &Case, recall: Option<&Recall>) -> Vec<minijinja::Value> {
    let mut facts = vec![
        context! { label => "Case", value => case.case_id.clone() },
        context! { label => "Listing", value => format!("{} ({})", case.listing_title, case.listing_id) },
    ];
    if let Some(r) = recall {
        facts.push(context! { label => "Recall", value => format!("{} ({})", r.title, r.id) });
    }
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    facts.push(context! { label => "Markets", value => markets.join(", ") });
    if let Some(d) = case.appeal_deadline {
        facts.push(context! { label => "Appeal deadline", value => when(d) });
    }
    facts
}

fn render_update(
    to: &str,
    subject: String,
    heading: &str,
    seller: &Seller,
    paragraphs: Vec<String>,
    facts: Vec<minijinja::Value>,
) -> Result<Email, RenderError> {
    let ctx = context! {
        subject => subject.clone(),
        heading => heading,
        seller_name => seller.name.clone(),
        paragraphs => paragraphs,
        facts => facts,
    };
    compose(to, subject, ("case_update.txt", "case_update.html"), &ctx)
}

/// The seller is told what became of their case: appeal received, upheld
/// (measures and penalty reversed) or rejected (the consumer recall starts).
pub fn case_update(
    update: &CaseUpdate,
    case: &Case,
    recall: Option<&Recall>,
    seller: &Seller,
) -> Result<Email, RenderError> {
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    let markets = markets.join(", ");
    let points = case.penalty.as_ref().map(|p| p.points);
    let (subject, heading, paragraphs) = match update {
        CaseUpdate::AppealReceived => {
            let (filed, grounds) = case
                .appeal
                .as_ref()
                .map(|a| (when(a.filed_at), a.grounds.clone()))
                .unwrap_or_default();
            (
                format!("Appeal received: case {}", case.case_id),
                "We received your appeal",
                vec![
                    format!(
                        "We received your appeal on {filed}. A reviewer will decide on it and we will tell you the outcome. The measures on your listing stay in place until then{}",
                        if case.consumer_recall.is_some() {
                            ". The regulator ordered consumers to be told at once, so the consumer recall goes on meanwhile."
                        } else {
                            ", and no consumer is contacted while your appeal is open."
                        }
                    ),
                    format!("Your grounds: {grounds}"),
                ],
            )
        }
        CaseUpdate::AppealUpheld { reason } => (
            format!("Appeal upheld: case {} – your listing is back on sale", case.case_id),
            "Your appeal was upheld",
            vec![
                format!("A reviewer upheld your appeal: {reason}"),
                format!(
                    "We have lifted the measures on your listing in {markets}: it is on sale there again.{}{}",
                    match points {
                        Some(p) => format!(" The penalty of {p} points is withdrawn."),
                        None => String::new(),
                    },
                    if case.consumer_recall.is_some() {
                        " The consumers were told already, on the regulator's order."
                    } else {
                        " Consumers will not be contacted about this case."
                    }
                ),
            ],
        ),
        CaseUpdate::AppealRejected { reason } => (
            format!("Appeal rejected: case {} – the consumer recall starts", case.case_id),
            "Your appeal was rejected",
            vec![
                format!("A reviewer rejected your appeal: {reason}"),
                format!("The measures on your listing in {markets} stay in place{}. We are now sending a recall notice to every consumer who bought the product in those markets. The consumers' remedies — the price paid and the order's fees — are charged to you.", match points {
                    Some(p) => format!(" and the penalty of {p} points applies"),
                    None => String::new(),
                }),
            ],
        ),
    };
    render_update(
        seller.notice_address(),
        subject,
        heading,
        seller,
        paragraphs,
        case_facts(case, recall),
    )
}

/// An appeal that cannot be accepted (late, not the seller's listing, a
/// closed or unknown case): the seller is told why, with the deadline.
pub fn appeal_refused(
    case_id: &str,
    seller: &Seller,
    reason: &str,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<Email, RenderError> {
    let mut paragraphs = vec![format!(
        "We could not accept your appeal on case {case_id}: {reason}."
    )];
    if let Some(d) = deadline {
        paragraphs.push(format!("The appeal deadline of this case: {}.", when(d)));
    }
    paragraphs.push(
        "If you believe this is a mistake, contact the product safety desk and quote the case id."
            .to_string(),
    );
    render_update(
        seller.notice_address(),
        format!("Appeal not accepted: case {case_id}"),
        "Your appeal could not be accepted",
        seller,
        paragraphs,
        vec![context! { label => "Case", value => case_id }],
    )
}

impl CaseUpdate {
    /// What the email is, in its outbox key.
    pub fn name(&self) -> &'static str {
        match self {
            CaseUpdate::AppealReceived => "appeal_received",
            CaseUpdate::AppealUpheld { .. } => "appeal_upheld",
            CaseUpdate::AppealRejected { .. } => "appeal_rejected",
        }
    }
}

/// A case update to its seller as an outbox item: one per case and update.
pub fn case_update_item(
    update: &CaseUpdate,
    case: &Case,
    recall: Option<&Recall>,
    seller: &Seller,
) -> Result<OutboxItem, RenderError> {
    Ok(OutboxItem {
        key: OutboxKey::new(
            format!("case:{}", case.case_id),
            format!("seller:{}#{}", case.seller_id, update.name()),
        ),
        effect: Effect::Email {
            email: case_update(update, case, recall, seller)?,
        },
        on_sent: None,
    })
}

/// An appeal's refusal to the seller who filed it, as an outbox item: one
/// per appeal message.
pub fn appeal_refused_item(
    appeal_id: &str,
    case_id: &str,
    seller: &Seller,
    reason: &str,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<OutboxItem, RenderError> {
    Ok(OutboxItem {
        key: OutboxKey::new(
            format!("appeal:{appeal_id}"),
            format!("seller:{}", seller.seller_id),
        ),
        effect: Effect::Email {
            email: appeal_refused(case_id, seller, reason, deadline)?,
        },
        on_sent: None,
    })
}
