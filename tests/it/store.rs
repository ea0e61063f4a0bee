//! The DynamoDB adapter's own contract on the local stack: a refused
//! condition is told from any other failure by the SDK's typed error, and a
//! failed call keeps the SDK's error as its cause.

use safety_aws::StoreError;
use safety_tests::Stack;
use std::error::Error;

fn seller(updated_at: &str) -> safety_domain::Seller {
    serde_json::from_value(serde_json::json!({
        "seller_id": "S-1", "name": "Joy Toys", "email": "ops@joytoys.example",
        "updated_at": updated_at
    }))
    .unwrap()
}

fn listing(updated_at: &str) -> safety_domain::Listing {
    serde_json::from_value(serde_json::json!({
        "listing_id": "L-1", "seller_id": "S-1", "title": "Magnetic tiles",
        "gtins": ["0850012345671"], "markets": ["FR"], "updated_at": updated_at
    }))
    .unwrap()
}

#[tokio::test]
async fn a_refused_condition_is_read_from_the_typed_error_of_a_put_and_of_a_transaction() {
    let stack = Stack::new().await;
    let store = stack.store();
    assert!(store
        .put_seller(&seller("2026-11-02T10:00:00Z"))
        .await
        .unwrap());
    assert!(
        !store
            .put_seller(&seller("2026-11-01T10:00:00Z"))
            .await
            .unwrap(),
        "an older seller is refused by its condition, not an error"
    );
    let newer = listing("2026-11-02T10:00:00Z");
    store.put_listing(&newer, None).await.unwrap();
    match store
        .put_listing(&listing("2026-11-01T10:00:00Z"), None)
        .await
    {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("an older listing's transaction is a conflict: {other:?}"),
    }
}

#[tokio::test]
async fn a_failed_call_names_its_operation_and_keeps_the_sdks_error_as_its_cause() {
    let stack = Stack::new().await;
    let missing = safety_aws::Store::new(stack.clients.dynamodb.clone(), "no-such-table");
    let err = missing.get_listing("L-1").await.unwrap_err();
    assert!(
        matches!(err, StoreError::Aws { op: "GetItem", .. }),
        "{err:?}"
    );
    assert!(err.source().is_some(), "the SDK's error is the cause");
    assert!(err.to_string().starts_with("GetItem failed"), "{err}");
}
