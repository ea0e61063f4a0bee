//! The key of each kind of item: written here only.

pub fn seller(id: &str) -> (String, String) {
    (format!("SELLER#{id}"), "SELLER".into())
}
pub fn listing(id: &str) -> (String, String) {
    (format!("LISTING#{id}"), "LISTING".into())
}
pub fn measures(listing_id: &str, recall_id: &str) -> (String, String) {
    (
        format!("LISTING#{listing_id}"),
        format!("MEASURE#{recall_id}"),
    )
}
pub fn order(id: &str) -> (String, String) {
    (format!("ORDER#{id}"), "ORDER".into())
}
pub fn order_line(listing_id: &str, market: &str, order_id: &str) -> (String, String) {
    (
        format!("LISTING#{listing_id}"),
        format!("ORDER#{market}#{order_id}"),
    )
}
/// The sparse index (gsi2) partition of a listing's paid, unshipped order
/// lines to one market: what a block's order stop reads.
pub fn unshipped(listing_id: &str, market: &str) -> String {
    format!("UNSHIPPED#{listing_id}#{market}")
}
pub fn recall(id: &str) -> (String, String) {
    (format!("RECALL#{id}"), "RECALL".into())
}
pub fn source_ref(source: &str, reference: &str) -> (String, String) {
    (format!("SOURCE#{source}#{reference}"), "SOURCE".into())
}
pub fn case(recall_id: &str, listing_id: &str) -> (String, String) {
    (format!("RECALL#{recall_id}"), format!("CASE#{listing_id}"))
}
/// A candidate listing the recall does not affect, with the reason.
pub fn ruled_out(recall_id: &str, listing_id: &str) -> (String, String) {
    (
        format!("RECALL#{recall_id}"),
        format!("RULED_OUT#{listing_id}"),
    )
}
pub fn notice(recall_id: &str, notice_id: &str) -> (String, String) {
    (format!("RECALL#{recall_id}"), format!("NOTICE#{notice_id}"))
}
/// An outbox item: in the partition of what it is about, under who
/// receives it (`safety_domain::outbox::OutboxKey`).
pub fn outbox(key: &safety_domain::outbox::OutboxKey) -> (String, String) {
    (format!("OUTBOX#{}", key.about), key.to.clone())
}
/// A bulk template the outbox items about `about` name, by its id.
pub fn outbox_template(about: &str, id: &str) -> (String, String) {
    (format!("OUTBOX#{about}"), format!("TEMPLATE#{id}"))
}
/// What a seller bears for one order of one recalled listing.
pub fn liability(
    seller_id: &str,
    recall_id: &str,
    order_id: &str,
    listing_id: &str,
) -> (String, String) {
    (
        format!("SELLER#{seller_id}"),
        format!("LIABILITY#{recall_id}#{order_id}#{listing_id}"),
    )
}
/// A refund request's decision, in its order's partition.
pub fn refund(order_id: &str, request_id: &str) -> (String, String) {
    (format!("ORDER#{order_id}"), format!("REFUND#{request_id}"))
}
/// The order's pre-paid return label (shared by its later requests).
pub fn order_label(order_id: &str) -> (String, String) {
    (format!("ORDER#{order_id}"), "LABEL".into())
}
/// A buyer's pre-paid return labels in one calendar month ("2026-11").
pub fn buyer_labels(buyer_id: &str, month: &str) -> (String, String) {
    (format!("BUYER#{buyer_id}"), format!("LABELS#{month}"))
}
/// A ledger entry, by time then id: a seller's entries of a period are a
/// range of sort keys.
pub fn ledger(
    seller_id: &str,
    at: chrono::DateTime<chrono::Utc>,
    entry_id: &str,
) -> (String, String) {
    (
        format!("SELLER#{seller_id}"),
        format!("LEDGER#{}#{entry_id}", super::ts(at)),
    )
}
/// A violation the desk reported.
pub fn report(report_id: &str) -> (String, String) {
    (format!("REPORT#{report_id}"), "REPORT".into())
}
/// A seller's standing, as last assessed.
pub fn standing(seller_id: &str) -> (String, String) {
    (format!("SELLER#{seller_id}"), "STANDING".into())
}
pub fn message(queue: &str, id: &str) -> (String, String) {
    (format!("MSG#{queue}#{id}"), "MSG".into())
}
/// A recall's entry in the public recall product list of a category in a
/// market: one partition holds every list (`<category>#<MARKET>#<recall>`),
/// so the index of the lists is one query of its keys.
pub fn list_entry(
    category: safety_domain::catalog::Category,
    market: &safety_domain::Country,
    recall_id: &str,
) -> (String, String) {
    (
        LISTS.into(),
        format!(
            "{}#{}#{recall_id}",
            safety_domain::desk::lists::category_slug(category),
            market.as_str()
        ),
    )
}
/// The partition of the public recall product lists.
pub const LISTS: &str = "LISTS";
/// A feed's cursor.
pub fn feed_cursor(feed: &str) -> (String, String) {
    (format!("FEED#{feed}"), "CURSOR".into())
}
/// A bounce or complaint SES reported: under its recall (the desk's recall
/// page reads it with the recall's partition), else under its month.
pub fn delivery(note: &safety_domain::delivery::DeliveryNote) -> (String, String) {
    let pk = match &note.recall_id {
        Some(r) => format!("RECALL#{r}"),
        None => format!("DELIVERIES#{}", note.at.format("%Y-%m")),
    };
    let short: String = note.recipient.chars().take(16).collect();
    (
        pk,
        format!(
            "DELIVERY#{}#{}#{short}",
            note.at.format("%Y-%m-%dT%H:%M:%S%.3fZ"),
            note.ses_message_id
        ),
    )
}
/// A recipient (the key of an address) never emailed again.
pub fn suppressed(recipient: &str) -> (String, String) {
    (format!("SUPPRESSED#{recipient}"), "SUPPRESSED".into())
}
