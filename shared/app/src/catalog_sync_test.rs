//! The catalogue against the in-memory ports: a listing no recall matches is
//! only saved; one an active recall matches is blocked where the recall runs,
//! with one notice and one change of standing, once; a duplicate; a late
//! older version; a send failed after the write; a dodging edit; a removal
//! and a late upsert; orders.

use super::*;
use crate::memory::{MailFailingOnce, MemoryMail, MemoryQueues, MemoryStore};
use crate::ports::SendStatus;
use chrono::TimeZone;
use safety_domain::ledger::ViolationType;
use safety_domain::recall::intake::MeasureKind;
use safety_domain::recall::matching::{IdentityKey, Lookup};
use std::collections::BTreeMap;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const GTIN: &str = "0850012345671";
const OTHER_GTIN: &str = "4006381333931";
const RECALL: &str = "R-platform-INSP-9";
const SELLER_EMAIL: &str = "s1@example.org";
const STANDING: &str = "Your account standing";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 5, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Seller S-1, and an active recall (published 1 November) of the JoyBlocks
/// tiles, GTIN [`GTIN`], in FR and DE.
fn store() -> Result<MemoryStore, Box<dyn std::error::Error>> {
    let s = MemoryStore::default();
    s.add_seller(serde_json::from_value(serde_json::json!({
        "seller_id": "S-1", "name": "Joy Toys", "email": SELLER_EMAIL, "locale": "en"
    }))?);
    s.add_recall(serde_json::from_value(serde_json::json!({
        "id": RECALL, "channel": "inspection",
        "sources": [{"source": "platform", "reference": "INSP-9"}],
        "title": "JoyBlocks JB-100: magnets detach", "hazard": "Magnets detach",
        "risk": "serious", "markets": ["FR", "DE"], "remedies": ["refund"],
        "product": {"brand": "JoyBlocks", "models": ["JB-100"], "gtins": [GTIN]},
        "published_at": "2026-11-01T00:00:00Z"
    }))?);
    Ok(s)
}

fn listing(listing_id: &str, gtins: &[&str], markets: &[&str], updated_at: &str) -> String {
    serde_json::json!({"type": "listing_upserted", "id": format!("evt-{listing_id}-{updated_at}"),
        "listing_id": listing_id, "seller_id": "S-1", "title": "Magnetic tiles",
        "brand": "JoyBlocks", "model": "JB-100", "gtins": gtins, "markets": markets,
        "updated_at": updated_at})
    .to_string()
}

/// A listing of another product (another GTIN, brand and model), in FR.
fn other_product(listing_id: &str, updated_at: &str) -> String {
    serde_json::json!({"type": "listing_upserted", "id": format!("evt-{listing_id}-{updated_at}"),
        "listing_id": listing_id, "seller_id": "S-1", "title": "Reading lamp",
        "brand": "Lumos", "model": "LX-2", "gtins": [OTHER_GTIN], "markets": ["FR"],
        "updated_at": updated_at})
    .to_string()
}

async fn deliver<M: Mail>(store: &MemoryStore, mail: &M, body: &str) -> Result<Outcome, SyncError> {
    let queues = MemoryQueues::default();
    let ports = Ports {
        store,
        mail,
        queues: &queues,
    };
    handle(&ports, body, "sqs-1", now(), &Thresholds::default()).await
}

/// Subjects of the emails each address got.
fn received(mail: &MemoryMail) -> BTreeMap<String, Vec<String>> {
    let mut n: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in mail.delivered() {
        n.entry(d.to).or_default().push(d.subject);
    }
    n
}

/// The seller got `notices` notices and `standings` changes of standing.
fn seller_told(mail: &MemoryMail, notices: usize, standings: usize) {
    let got = received(mail);
    let subjects = got.get(SELLER_EMAIL).cloned().unwrap_or_default();
    let standing = subjects.iter().filter(|s| s.starts_with(STANDING)).count();
    assert_eq!(
        (subjects.len() - standing, standing),
        (notices, standings),
        "{got:?}"
    );
    assert_eq!(got.len(), usize::from(!subjects.is_empty()), "{got:?}");
}

/// The markets the listing is blocked in (not the warehouse's pull-back).
async fn blocked_in(store: &MemoryStore, listing_id: &str) -> Result<Vec<String>, PortError> {
    Ok(store
        .listing_measures(listing_id)
        .await?
        .iter()
        .filter(|(_, reversed)| !reversed)
        .flat_map(|(m, _)| m.measures.iter())
        .filter(|m| m.kind != MeasureKind::ReturnToWarehouse)
        .filter_map(|m| m.market.as_ref().map(|c| c.to_string()))
        .collect())
}

#[tokio::test]
async fn a_new_listing_that_matches_no_recall_is_only_saved() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let out = deliver(&store, &mail, &other_product("L-1", "2026-11-02T10:00:00Z")).await?;
    assert_eq!(out, Outcome::ListingSaved("L-1".into()));
    let (stored, removed) = store.get_listing("L-1").await?.ok_or("stored")?;
    assert!(!removed);
    assert_eq!(stored.updated_at.to_rfc3339(), "2026-11-02T10:00:00+00:00");
    assert!(store.listing_measures("L-1").await?.is_empty());
    assert!(store.stored(&format!("{RECALL}/L-1")).is_none());
    assert!(store.entries_of("S-1").is_empty());
    assert!(mail.delivered().is_empty());
    assert!(store.outbox_items().is_empty());
    Ok(())
}

#[tokio::test]
async fn a_listing_an_active_recall_matches_is_blocked_where_the_recall_runs_and_the_seller_told_once(
) -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let body = listing("L-1", &[GTIN], &["FR", "DE", "US"], "2026-11-02T10:00:00Z");
    let out = deliver(&store, &mail, &body).await?;
    assert_eq!(
        out,
        Outcome::ListingBlocked {
            listing_id: "L-1".into(),
            recalls: vec![RECALL.into()],
            dodged: vec![],
        }
    );
    // Blocked in FR and DE, still on sale in the US.
    assert_eq!(blocked_in(&store, "L-1").await?, vec!["DE", "FR"]);
    let (case, due) = store.stored(&format!("{RECALL}/L-1")).ok_or("a case")?;
    assert!(case.relisted && case.notified_at.is_some() && due.is_some());
    // Published after the recall: a serious violation, booked once.
    let ledger = store.entries_of("S-1");
    assert_eq!(ledger.len(), 1, "{ledger:?}");
    assert_eq!(
        (ledger[0].violation, ledger[0].points),
        (ViolationType::RecallEvasion, 6)
    );
    assert_eq!(store.standing_of("S-1").points, 6);
    let notices = store.notices_of(RECALL);
    assert_eq!(notices.len(), 1);
    assert!(notices.iter().all(|n| n.status == SendStatus::Sent));
    assert!(store.timeline_has(RECALL, "blocked_at"));
    assert!(store.timeline_has(RECALL, "sellers_notified_at"));
    seller_told(&mail, 1, 1);
    Ok(())
}

#[tokio::test]
async fn a_duplicate_delivery_changes_nothing_and_sends_nothing_again() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let body = listing("L-1", &[GTIN], &["FR", "DE", "US"], "2026-11-02T10:00:00Z");
    deliver(&store, &mail, &body).await?;
    let (case, _) = store.stored(&format!("{RECALL}/L-1")).ok_or("a case")?;
    let outbox = store.outbox_items();
    // The stored version again: its check runs again, finds everything done.
    let again = deliver(&store, &mail, &body).await?;
    assert_eq!(again, Outcome::ListingSaved("L-1".into()));
    assert_eq!(
        store.stored(&format!("{RECALL}/L-1")).map(|(c, _)| c),
        Some(case)
    );
    assert_eq!(store.outbox_items(), outbox);
    assert_eq!(store.entries_of("S-1").len(), 1);
    assert_eq!(blocked_in(&store, "L-1").await?, vec!["DE", "FR"]);
    seller_told(&mail, 1, 1);
    Ok(())
}

#[tokio::test]
async fn an_older_version_delivered_after_a_newer_one_changes_nothing() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    // The newer version sells another product; the older one, the recalled GTIN.
    let newer = other_product("L-1", "2026-11-03T10:00:00Z");
    let older = listing("L-1", &[GTIN], &["FR"], "2026-11-02T10:00:00Z");
    assert_eq!(
        deliver(&store, &mail, &newer).await?,
        Outcome::ListingSaved("L-1".into())
    );
    let stored = store.get_listing("L-1").await?;
    assert_eq!(
        deliver(&store, &mail, &older).await?,
        Outcome::ListingStale("L-1".into())
    );
    assert_eq!(
        store.get_listing("L-1").await?,
        stored,
        "the newer version stays"
    );
    let by_gtin = |g: &str| -> Result<Lookup, Box<dyn std::error::Error>> {
        Ok(Lookup {
            key: IdentityKey::Gtin(safety_domain::Gtin::parse(g)?.to_string()),
            sort_prefix: String::new(),
        })
    };
    assert!(store.lookup(&by_gtin(GTIN)?).await?.listings.is_empty());
    assert_eq!(store.lookup(&by_gtin(OTHER_GTIN)?).await?.listings.len(), 1);
    // No check ran for the stale version: no case, no block, no entry, no mail.
    assert!(store.stored(&format!("{RECALL}/L-1")).is_none());
    assert!(store.listing_measures("L-1").await?.is_empty());
    assert!(store.entries_of("S-1").is_empty());
    assert!(mail.delivered().is_empty());
    Ok(())
}

#[tokio::test]
async fn a_send_that_fails_after_the_write_is_sent_once_by_the_redelivery() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let failing = MailFailingOnce::new(MemoryMail::default());
    let body = listing("L-1", &[GTIN], &["FR"], "2026-11-02T10:00:00Z");
    let err = deliver(&store, &failing, &body)
        .await
        .err()
        .ok_or("fails")?;
    assert!(matches!(err, SyncError::Check { .. }), "{err}");
    assert!(failing.inner.delivered().is_empty(), "nothing went out");
    // The listing, its block and its case were written before the send.
    assert!(store.get_listing("L-1").await?.is_some());
    assert_eq!(blocked_in(&store, "L-1").await?, vec!["FR"]);
    assert!(store.stored(&format!("{RECALL}/L-1")).is_some());
    // The redelivery sends the notice, then the change of standing.
    deliver(&store, &mail, &body).await?;
    seller_told(&mail, 1, 1);
    // And once more: nothing again.
    deliver(&store, &mail, &body).await?;
    seller_told(&mail, 1, 1);
    assert_eq!(store.entries_of("S-1").len(), 1);
    assert!(store
        .notices_of(RECALL)
        .iter()
        .all(|n| n.status == SendStatus::Sent));
    Ok(())
}

#[tokio::test]
async fn an_edit_that_dodges_a_blocking_recall_keeps_the_block_and_books_a_serious_violation_once(
) -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    deliver(
        &store,
        &mail,
        &listing("L-1", &[GTIN], &["FR"], "2026-11-02T10:00:00Z"),
    )
    .await?;
    // The GTIN dropped and the brand renamed: the recall no longer matches.
    let mut edit: serde_json::Value =
        serde_json::from_str(&listing("L-1", &[], &["FR"], "2026-11-03T10:00:00Z"))?;
    edit["brand"] = serde_json::json!("GenericBlocks");
    let edit = edit.to_string();
    let out = deliver(&store, &mail, &edit).await?;
    assert_eq!(
        out,
        Outcome::ListingBlocked {
            listing_id: "L-1".into(),
            recalls: vec![],
            dodged: vec![RECALL.into()],
        }
    );
    deliver(&store, &mail, &edit).await?;
    let dodges: Vec<_> = store
        .entries_of("S-1")
        .into_iter()
        .filter(|e| e.entry_id.starts_with("edit:"))
        .collect();
    assert_eq!(dodges.len(), 1, "booked once: {dodges:?}");
    assert_eq!(dodges[0].violation, ViolationType::RecallEvasion);
    assert_eq!(
        blocked_in(&store, "L-1").await?,
        vec!["FR"],
        "the block stays"
    );
    assert_eq!(store.standing_of("S-1").points, 12);
    seller_told(&mail, 1, 2);
    Ok(())
}

#[tokio::test]
async fn a_removed_listing_leaves_the_indexes_and_a_late_upsert_does_not_bring_it_back(
) -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    deliver(&store, &mail, &other_product("L-1", "2026-11-01T10:00:00Z")).await?;
    let removed = serde_json::json!({"type": "listing_removed", "id": "evt-rm",
        "listing_id": "L-1", "removed_at": "2026-11-03T10:00:00Z"})
    .to_string();
    assert_eq!(
        deliver(&store, &mail, &removed).await?,
        Outcome::ListingRemoved("L-1".into())
    );
    // An edit made before the removal, delivered after it.
    let late = other_product("L-1", "2026-11-02T10:00:00Z");
    assert_eq!(
        deliver(&store, &mail, &late).await?,
        Outcome::ListingStale("L-1".into())
    );
    let (_, is_removed) = store
        .get_listing("L-1")
        .await?
        .ok_or("kept for the record")?;
    assert!(is_removed);
    let by_gtin = Lookup {
        key: IdentityKey::Gtin(safety_domain::Gtin::parse(OTHER_GTIN)?.to_string()),
        sort_prefix: String::new(),
    };
    assert!(store.lookup(&by_gtin).await?.listings.is_empty());
    // Removing an unknown listing waits for it.
    let unknown = serde_json::json!({"type": "listing_removed", "id": "evt-rm2",
        "listing_id": "L-404", "removed_at": "2026-11-03T10:00:00Z"})
    .to_string();
    assert!(matches!(
        deliver(&store, &mail, &unknown).await,
        Err(SyncError::Unknown { .. })
    ));
    Ok(())
}

#[tokio::test]
async fn an_order_is_stored_once_and_an_update_before_it_is_retried() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let order = serde_json::json!({"type": "order_placed", "id": "evt-3", "order_id": "O-1",
        "placed_at": "2026-10-01T09:00:00Z",
        "buyer": {"buyer_id": "B-1", "email": "anna@example.org", "name": "Anna",
                  "country": "FR", "locale": "fr-FR"},
        "ship_to": {"country": "FR", "postal_code": "75011", "region": null},
        "lines": [{"listing_id": "L-1", "quantity": 1,
                   "unit_price": {"amount": "24.90", "currency": "EUR"},
                   "fees": {"amount": "3.10", "currency": "EUR"}}]})
    .to_string();
    let update = serde_json::json!({"type": "order_updated", "id": "evt-4", "order_id": "O-1",
        "shipped_at": "2026-10-02T09:00:00Z"})
    .to_string();
    assert!(matches!(
        deliver(&store, &mail, &update).await,
        Err(SyncError::Unknown { .. })
    ));
    for _ in 0..2 {
        assert_eq!(
            deliver(&store, &mail, &order).await?,
            Outcome::OrderSaved("O-1".into())
        );
    }
    assert_eq!(
        deliver(&store, &mail, &update).await?,
        Outcome::OrderUpdated("O-1".into())
    );
    let stored = store.order_of("O-1").ok_or("stored")?;
    assert!(stored.shipped_at.is_some());
    Ok(())
}

#[tokio::test]
async fn a_late_older_seller_update_does_not_overwrite_the_newer_one() -> TestResult {
    let (store, mail) = (store()?, MemoryMail::default());
    let seller = |id: &str, at: &str, safety: Option<&str>| {
        let mut s = serde_json::json!({"type": "seller_upserted", "id": id, "seller_id": "S-2",
            "name": "Joy", "email": "ops@joy.example", "updated_at": at});
        if let Some(a) = safety {
            s["safety_email"] = serde_json::json!(a);
        }
        s.to_string()
    };
    let newer = seller("evt-2", "2026-11-02T10:00:00Z", Some("safety@joy.example"));
    let older = seller("evt-1", "2026-11-01T10:00:00Z", None);
    assert_eq!(
        deliver(&store, &mail, &newer).await?,
        Outcome::SellerSaved("S-2".into())
    );
    assert_eq!(
        deliver(&store, &mail, &older).await?,
        Outcome::SellerStale("S-2".into())
    );
    let stored = store.sellers(&BTreeSet::from(["S-2".to_string()])).await?;
    assert_eq!(stored["S-2"].notice_address(), "safety@joy.example");
    Ok(())
}
