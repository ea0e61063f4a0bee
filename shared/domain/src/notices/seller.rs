//! The seller's emails: the recall notice, case updates and an appeal's
//! refusal (rendered with the one engine of `notices::render`).

use super::render::{compose_for_seller, source_label, Email, RenderError};
use super::texts::{Arg, Words};
use crate::catalog::Seller;
use crate::kernel::format;
use crate::kernel::language::Language;
use crate::kernel::text::one_line;
use crate::outbox::{Effect, OnSent, OutboxItem, OutboxKey};
use crate::recall::case::{Case, MeasureKind, SellerNotice, APPEAL_WINDOW_DAYS};
use crate::recall::lifecycle::Refusal;
use crate::recall::penalty::Severity;
use crate::recall::{Recall, TimingOverride};
use chrono::{DateTime, Utc};
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

/// The words of the seller's emails shared by all of them.
fn common(lang: Language) -> Words {
    Words::new(lang, "seller_common")
}

fn severity_text(lang: Language, s: Severity) -> String {
    common(lang).get(match s {
        Severity::General => "severity-general",
        Severity::Serious => "severity-serious",
    })
}

/// A measure's name for the seller (the desk shows [`MeasureKind::label`]).
fn measure_text(lang: Language, kind: MeasureKind) -> String {
    common(lang).get(match kind {
        MeasureKind::GeoBlock => "measure-geo-block",
        MeasureKind::Rectification => "measure-rectification",
        MeasureKind::ReturnToWarehouse => "measure-return-to-warehouse",
        MeasureKind::Delist => "measure-delist",
    })
}

/// A time for the seller: to the minute, in their time zone when known.
fn when(lang: Language, seller: &Seller, t: DateTime<Utc>) -> String {
    format::date_time(lang, t, format::zone(seller.time_zone.as_deref()).as_ref())
}

/// The recall notice of SPEC 1.4.1 for one seller, in their language with
/// the binding English below.
pub fn seller_notice(
    notice: &SellerNotice,
    recall: &Recall,
    seller: &Seller,
) -> Result<Email, RenderError> {
    compose_for_seller(
        seller,
        "seller_notice",
        ("seller_notice.txt", "seller_notice.html"),
        |lang| Ok(seller_notice_in(lang, notice, recall, seller)),
    )
}

fn seller_notice_in(
    lang: Language,
    notice: &SellerNotice,
    recall: &Recall,
    seller: &Seller,
) -> (String, minijinja::Value) {
    let w = Words::new(lang, "seller_notice");
    let c = common(lang);
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
                        (Some(m), MeasureKind::ReturnToWarehouse) => {
                            c.with("warehouse", &[("market", Arg::from(m.to_string()))])
                        }
                        (Some(m), _) => m.to_string(),
                        (None, _) => c.get("all-markets"),
                    };
                    context! { where => place, what => measure_text(lang, m.kind) }
                })
                .collect();
            context! {
                case_id => i.case_id.clone(),
                listing_id => i.listing_id.clone(),
                listing_title => i.listing_title.clone(),
                listing_ref => w.with("listing-ref", &[
                    ("listing", Arg::from(i.listing_id.clone())),
                    ("case", Arg::from(i.case_id.clone())),
                ]),
                evidence => i.evidence.clone(),
                measures => measures,
                penalty_text => match &i.penalty {
                    Some(p) => w.with("penalty-points", &[
                        ("points", Arg::from(p.points)),
                        ("severity", Arg::from(severity_text(lang, p.severity))),
                    ]),
                    None => w.get("penalty-own"),
                },
            }
        })
        .collect();
    let worst = notice
        .items
        .iter()
        .filter_map(|i| i.penalty.as_ref().map(|p| p.points))
        .max();
    let violation = w.get(match worst {
        Some(p) if p >= 6 => "violation-serious",
        Some(_) => "violation-general",
        // Every listing of the notice is the seller's own recall.
        None => "violation-own",
    });
    let deadline = when(lang, seller, notice.appeal_deadline);
    // The subject gives the deadline's date (in the seller's zone); the
    // body its time.
    let zone = format::zone(seller.time_zone.as_deref());
    let deadline_day = format::date(
        lang,
        match zone {
            Some(tz) => notice.appeal_deadline.with_timezone(&tz).date_naive(),
            None => notice.appeal_deadline.date_naive(),
        },
    );
    let title = Arg::from(one_line(&recall.title, 80));
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
        w.with(
            "subject-update",
            &[
                ("title", title),
                (
                    "markets",
                    Arg::from(markets.into_iter().collect::<Vec<_>>().join(", ")),
                ),
                ("deadline", Arg::from(deadline_day.clone())),
            ],
        )
    } else {
        w.with(
            "subject",
            &[
                ("title", title),
                ("listings", Arg::from(notice.items.len())),
                ("deadline", Arg::from(deadline_day)),
            ],
        )
    };
    let ctx = context! {
        t => w.all(),
        sep => c.get("sep"),
        signature => c.get("signature"),
        greeting => c.with("greeting", &[("name", Arg::from(seller.name.clone()))]),
        heading => w.get(if notice.update { "heading-update" } else { "heading" }),
        intro => w.get(if notice.update { "intro-update" } else { "intro" }),
        subject => subject.clone(),
        recall_title => recall.title.clone(),
        recall_id => recall.id.clone(),
        sources => sources,
        risk => recall.risk.as_str(),
        hazard => recall.hazard.clone(),
        items => items,
        violation => violation,
        appeal => w.with("appeal", &[("deadline", Arg::from(deadline))]),
    };
    (subject, ctx)
}

/// What happened to a seller's case, for `case_update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseUpdate {
    AppealReceived,
    AppealUpheld { reason: String },
    AppealRejected { reason: String },
}

fn case_facts(
    w: &Words,
    seller: &Seller,
    case: &Case,
    recall: Option<&Recall>,
) -> Vec<minijinja::Value> {
    let mut facts = vec![
        context! { label => w.get("case"), value => case.case_id.clone() },
        context! { label => w.get("listing"), value => format!("{} ({})", case.listing_title, case.listing_id) },
    ];
    if let Some(r) = recall {
        facts.push(
            context! { label => w.get("recall"), value => format!("{} ({})", r.title, r.id) },
        );
    }
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    facts.push(context! { label => w.get("markets"), value => markets.join(", ") });
    if let Some(d) = case.appeal_deadline {
        facts
            .push(context! { label => w.get("appeal-deadline"), value => when(w.lang, seller, d) });
    }
    facts
}

/// One language of a case update: its subject, heading, paragraphs and facts.
fn update_context(
    lang: Language,
    seller: &Seller,
    subject: String,
    heading: String,
    paragraphs: Vec<String>,
    facts: Vec<minijinja::Value>,
) -> (String, minijinja::Value) {
    let c = common(lang);
    let ctx = context! {
        subject => subject.clone(),
        heading => heading,
        greeting => c.with("greeting", &[("name", Arg::from(seller.name.clone()))]),
        signature => c.get("signature"),
        sep => c.get("sep"),
        paragraphs => paragraphs,
        facts => facts,
    };
    (subject, ctx)
}

/// The seller is told what became of their case: appeal received, upheld
/// (measures and penalty reversed) or rejected (the consumer recall starts),
/// in their language with the binding English below. The reviewer's reason
/// and the seller's grounds are quoted as written.
pub fn case_update(
    update: &CaseUpdate,
    case: &Case,
    recall: Option<&Recall>,
    seller: &Seller,
) -> Result<Email, RenderError> {
    compose_for_seller(
        seller,
        "case_update",
        ("case_update.txt", "case_update.html"),
        |lang| Ok(case_update_in(lang, update, case, recall, seller)),
    )
}

fn case_update_in(
    lang: Language,
    update: &CaseUpdate,
    case: &Case,
    recall: Option<&Recall>,
    seller: &Seller,
) -> (String, minijinja::Value) {
    let w = Words::new(lang, "case_update");
    let markets: Vec<String> = case.markets.iter().map(|c| c.to_string()).collect();
    let markets = Arg::from(markets.join(", "));
    let points = case.penalty.as_ref().map(|p| p.points);
    let id = || Arg::from(case.case_id.clone());
    let ordered = case.consumer_recall.is_some();
    let (subject, heading, paragraphs) = match update {
        CaseUpdate::AppealReceived => {
            let (filed, grounds) = case
                .appeal
                .as_ref()
                .map(|a| (when(lang, seller, a.filed_at), a.grounds.clone()))
                .unwrap_or_default();
            (
                w.with("received-subject", &[("case", id())]),
                w.get("received-heading"),
                vec![
                    w.with(
                        if ordered {
                            "received-ordered"
                        } else {
                            "received"
                        },
                        &[("filed", Arg::from(filed))],
                    ),
                    w.with("grounds", &[("grounds", Arg::from(grounds))]),
                ],
            )
        }
        CaseUpdate::AppealUpheld { reason } => {
            let mut lifted = w.with("upheld-lifted", &[("markets", markets)]);
            if let Some(p) = points {
                lifted.push(' ');
                lifted.push_str(&w.with("upheld-points", &[("points", Arg::from(p))]));
            }
            lifted.push(' ');
            lifted.push_str(&w.get(if ordered {
                "upheld-told"
            } else {
                "upheld-not-told"
            }));
            (
                w.with("upheld-subject", &[("case", id())]),
                w.get("upheld-heading"),
                vec![
                    w.with("upheld-reason", &[("reason", Arg::from(reason.clone()))]),
                    lifted,
                ],
            )
        }
        CaseUpdate::AppealRejected { reason } => (
            w.with("rejected-subject", &[("case", id())]),
            w.get("rejected-heading"),
            vec![
                w.with("rejected-reason", &[("reason", Arg::from(reason.clone()))]),
                match points {
                    Some(p) => w.with(
                        "rejected-stay-points",
                        &[("markets", markets), ("points", Arg::from(p))],
                    ),
                    None => w.with("rejected-stay", &[("markets", markets)]),
                },
            ],
        ),
    };
    let facts = case_facts(&w, seller, case, recall);
    update_context(lang, seller, subject, heading, paragraphs, facts)
}

/// Why an appeal cannot be accepted, as the seller is told it.
#[derive(Debug, Clone, Copy)]
pub enum AppealRefusal<'a> {
    /// The appeal names no case we know (a mistyped id).
    NoSuchCase,
    /// The case refused it (late, not the seller's listing, closed).
    Refused(&'a Refusal),
}

fn refusal_text(w: &Words, seller: &Seller, case_id: &str, refusal: AppealRefusal<'_>) -> String {
    let case = || Arg::from(case_id.to_string());
    match refusal {
        AppealRefusal::NoSuchCase => w.with("refused-no-case", &[("case", case())]),
        AppealRefusal::Refused(Refusal::NotYourListing { .. }) => {
            w.with("refused-not-yours", &[("case", case())])
        }
        AppealRefusal::Refused(Refusal::Late { filed_at, deadline }) => w.with(
            "refused-late",
            &[
                ("filed", Arg::from(when(w.lang, seller, *filed_at))),
                ("deadline", Arg::from(when(w.lang, seller, *deadline))),
            ],
        ),
        AppealRefusal::Refused(Refusal::WrongState { .. }) => {
            w.with("refused-state", &[("case", case())])
        }
    }
}

/// An appeal that cannot be accepted (late, not the seller's listing, a
/// closed or unknown case): the seller is told why, with the deadline, in
/// their language with the binding English below.
pub fn appeal_refused(
    case_id: &str,
    seller: &Seller,
    refusal: AppealRefusal<'_>,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<Email, RenderError> {
    compose_for_seller(
        seller,
        "case_update",
        ("case_update.txt", "case_update.html"),
        |lang| {
            let w = Words::new(lang, "case_update");
            let mut paragraphs = vec![w.with(
                "refused",
                &[
                    ("case", Arg::from(case_id.to_string())),
                    (
                        "reason",
                        Arg::from(refusal_text(&w, seller, case_id, refusal)),
                    ),
                ],
            )];
            if let Some(d) = deadline {
                paragraphs.push(w.with(
                    "refused-deadline",
                    &[("deadline", Arg::from(when(lang, seller, d)))],
                ));
            }
            paragraphs.push(w.get("refused-contact"));
            Ok(update_context(
                lang,
                seller,
                w.with(
                    "refused-subject",
                    &[("case", Arg::from(case_id.to_string()))],
                ),
                w.get("refused-heading"),
                paragraphs,
                vec![context! { label => w.get("case"), value => case_id }],
            ))
        },
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
    refusal: AppealRefusal<'_>,
    deadline: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<OutboxItem, RenderError> {
    Ok(OutboxItem {
        key: OutboxKey::new(
            format!("appeal:{appeal_id}"),
            format!("seller:{}", seller.seller_id),
        ),
        effect: Effect::Email {
            email: appeal_refused(case_id, seller, refusal, deadline)?,
        },
        on_sent: None,
    })
}
