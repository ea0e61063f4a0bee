//! What one page of a consumer recall, or of a compliance reminder, sends
//! (SPEC 1.4.5, 1.6): each buyer the page's plan names told once per recall
//! or report — one bulk destination each, one template per language — and
//! the next page, as outbox items ([`crate::outbox`]). Pure: the use case
//! writes them with the page's liabilities and the outbox sends them.

use crate::kernel::text::one_line;
use crate::ledger::violations::{ComplianceReminder, ReminderPage};
use crate::marketplace::{order_stop_event, recall_page_event, stopped_order_key, StoppedOrder};
use crate::messages::{ConsumerRecallPage, PageKind};
use crate::notices::cancellation::{cancellation_data, cancellation_template};
use crate::notices::consumer::{
    bilingual_data, bilingual_template, by_languages, ConsumerOrder, NoticeLanguages, PagePlan,
    ProductView,
};
use crate::notices::reminder::{reminder_data, reminder_template};
use crate::notices::render::RenderError;
use crate::outbox::{
    template_id, BulkTemplate, Effect, Effects, OnSent, OutboxItem, OutboxKey, QueueName,
};
use crate::recall::case::{Case, SellerNotice};
use crate::recall::lifecycle::{first_pages, next_check};
use crate::recall::Recall;
use chrono::{DateTime, Utc};

/// Who an outbox item of a buyer goes to.
fn buyer(buyer_id: &str) -> String {
    format!("buyer:{buyer_id}")
}

/// What the consumer-notices queue's message `id` is an item of.
fn next_page_key(about: String, message_id: &str) -> OutboxKey {
    OutboxKey::new(about, format!("queue:consumer-notices#{message_id}"))
}

/// The outbox key under which a buyer is told of a recall: once per recall,
/// however many orders, listings, pages or sources.
pub fn consumer_key(recall_id: &str, buyer_id: &str) -> OutboxKey {
    OutboxKey::new(format!("recall:{recall_id}"), buyer(buyer_id))
}

/// The outbox key under which a buyer is reminded of a report: once per report.
pub fn reminder_key(report_id: &str, buyer_id: &str) -> OutboxKey {
    OutboxKey::new(format!("report:{report_id}"), buyer(buyer_id))
}

/// A page of a case's consumer recall: the plan's buyers told of the recall
/// (its `consumers_notified_at` set when the first goes out), its unshipped
/// orders stopped ([`stop_page_effects`]), the next page of the same market
/// when there is one, and the page's progress event.
pub fn recall_page_effects(
    recall: &Recall,
    product: &ProductView,
    case: &Case,
    page: &ConsumerRecallPage,
    plan: &PagePlan<'_>,
    next: Option<&ConsumerRecallPage>,
    at: DateTime<Utc>,
) -> Result<Effects, RenderError> {
    let on_sent = OnSent::Timeline {
        recall_id: recall.id.clone(),
        field: "consumers_notified_at".into(),
    };
    let mut effects = bulk_effects(
        &plan.to_tell,
        true,
        |o| consumer_key(&recall.id, &o.buyer_id),
        |langs| bilingual_template(langs, recall, product),
        bilingual_data,
        Some(on_sent),
    )?;
    effects.extend(stop_effects(recall, product, case, &plan.to_stop, at)?);
    effects.items.extend(next.map(page_item));
    // The marketplace follows the recall's progress, page by page.
    effects.items.extend(recall_page_event(
        case,
        &page.market,
        &page.message_id(),
        plan.to_tell.len(),
        next.is_none(),
        at,
    ));
    Ok(effects)
}

/// A page of a block's order stop: each unshipped order of the page stopped
/// (`order_stop_requested`) and its buyer sent the cancellation, in their
/// language, once per order and listing whichever page or recall finds it
/// first; and the next page.
pub fn stop_page_effects(
    recall: &Recall,
    product: &ProductView,
    case: &Case,
    plan: &PagePlan<'_>,
    next: Option<&ConsumerRecallPage>,
    at: DateTime<Utc>,
) -> Result<Effects, RenderError> {
    let mut effects = stop_effects(recall, product, case, &plan.to_stop, at)?;
    effects.items.extend(next.map(page_item));
    Ok(effects)
}

fn stop_effects(
    recall: &Recall,
    product: &ProductView,
    case: &Case,
    orders: &[&ConsumerOrder],
    at: DateTime<Utc>,
) -> Result<Effects, RenderError> {
    let mut effects = bulk_effects(
        orders,
        false,
        |o| stopped_order_key(&o.order_id, &case.listing_id, &buyer(&o.buyer_id)),
        |(lang, _)| cancellation_template(lang, recall, product),
        |(lang, _), o| cancellation_data(lang, o),
        None,
    )?;
    let reason = one_line(recall.hazard.trim(), 300);
    for o in orders {
        let order = StoppedOrder {
            order_id: o.order_id.clone(),
            market: o.market.clone(),
            quantity: o.quantity,
            amount_paid: o.amount_paid(),
            fees: o.fees.clone(),
        };
        effects
            .items
            .extend(order_stop_event(case, order, &reason, at));
    }
    Ok(effects)
}

/// The first order-stop page, in each market, of each case a notice tells
/// of: queued with the measures, so the unshipped orders are stopped at
/// once, not when the consumer recall starts.
pub fn order_stop_pages(notice: &SellerNotice) -> Vec<OutboxItem> {
    notice
        .items
        .iter()
        .flat_map(|item| {
            item.markets.iter().map(|m| {
                page_item(&ConsumerRecallPage::first(
                    &item.case_id,
                    m,
                    PageKind::OrderStop,
                ))
            })
        })
        .collect()
}

/// A page of a case's order lines as an outbox item: the message on the
/// consumer-notices queue, keyed by its case and its message id.
fn page_item(page: &ConsumerRecallPage) -> OutboxItem {
    OutboxItem {
        key: next_page_key(format!("case:{}", page.case_id), &page.message_id()),
        effect: Effect::Message {
            queue: QueueName::ConsumerNotices,
            body: page.to_message(),
        },
        on_sent: None,
    }
}

/// A started consumer recall's first pages, one per market of the case, as
/// queue messages; once queued, the case leaves the index of cases waiting on
/// their window, or waits in it for its window's end (`lifecycle::next_check`).
/// Written with the case that starts it, so a crash before they are queued
/// leaves the case in the index (due now) and the scheduled check sends them.
pub fn first_page_effects(case: &Case, recall: &Recall) -> Effects {
    let then = OnSent::CaseDue {
        recall_id: case.recall_id.clone(),
        listing_id: case.listing_id.clone(),
        case_id: case.case_id.clone(),
        due: next_check(case, recall),
    };
    Effects {
        items: first_pages(case)
            .iter()
            .map(|page| OutboxItem {
                on_sent: Some(then.clone()),
                ..page_item(page)
            })
            .collect(),
        templates: Vec::new(),
    }
}

/// A page of a compliance reminder: the plan's buyers reminded once per
/// report, and the next page.
pub fn reminder_page_effects(
    report_id: &str,
    reminder: &ComplianceReminder,
    product: &ProductView,
    plan: &PagePlan<'_>,
    next: Option<&ReminderPage>,
) -> Result<Effects, RenderError> {
    let mut effects = bulk_effects(
        &plan.to_tell,
        false,
        |o| reminder_key(report_id, &o.buyer_id),
        |(lang, _)| reminder_template(lang, reminder, product),
        |(lang, _), o| reminder_data(lang, o),
        None,
    )?;
    if let Some(next) = next {
        effects.items.push(reminder_page_item(next));
    }
    Ok(effects)
}

/// A page of a compliance reminder as an outbox item: the message on the
/// consumer-notices queue, keyed by its report and its message id (the
/// first page is written with the report, each next one with its previous).
pub fn reminder_page_item(page: &ReminderPage) -> OutboxItem {
    OutboxItem {
        key: next_page_key(format!("report:{}", page.report_id), &page.message_id()),
        effect: Effect::Message {
            queue: QueueName::ConsumerNotices,
            body: page.to_message(),
        },
        on_sent: None,
    }
}

/// One bulk destination per order, one template per group of languages
/// (`bilingual`: the country's language below the buyer's, as the consumer
/// recall notice is written; else the first language only).
fn bulk_effects(
    orders: &[&ConsumerOrder],
    bilingual: bool,
    key: impl Fn(&ConsumerOrder) -> OutboxKey,
    template: impl Fn(NoticeLanguages) -> Result<BulkTemplate, RenderError>,
    data: impl Fn(NoticeLanguages, &ConsumerOrder) -> serde_json::Map<String, serde_json::Value>,
    on_sent: Option<OnSent>,
) -> Result<Effects, RenderError> {
    let mut effects = Effects::default();
    for (lang, group) in by_languages(orders.iter().copied(), bilingual) {
        let t = template(lang)?;
        let id = template_id(&t);
        for o in group {
            effects.items.push(OutboxItem {
                key: key(o),
                effect: Effect::Bulk {
                    template: id.clone(),
                    address: o.email.clone(),
                    data: serde_json::Value::Object(data(lang, o)).to_string(),
                },
                on_sent: on_sent.clone(),
            });
        }
        effects.templates.push((id, t));
    }
    Ok(effects)
}
