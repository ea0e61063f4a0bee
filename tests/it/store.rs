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

// ---- TransactWriteItems on the local stack ---------------------------------
//
// `infra/local/moto_server.py` replaces moto's copy of every table touched
// by a transaction with an undo log of the items it touches; these check
// that a cancelled transaction still changes nothing and a successful one
// writes everything.

mod transactions {
    use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
    use aws_sdk_dynamodb::types::{
        AttributeValue, ConditionCheck, Delete, Put, TransactWriteItem, Update,
    };
    use safety_tests::Stack;
    use std::collections::HashMap;

    type Item = HashMap<String, AttributeValue>;

    fn s(v: &str) -> AttributeValue {
        AttributeValue::S(v.into())
    }

    fn key(pk: &str, sk: &str) -> Item {
        HashMap::from([("pk".into(), s(pk)), ("sk".into(), s(sk))])
    }

    /// An item with a value and a gsi1 entry (so the index is checked too).
    fn item(pk: &str, sk: &str, value: &str) -> Item {
        let mut i = key(pk, sk);
        i.insert("value".into(), s(value));
        i.insert("gsi1pk".into(), s(&format!("TX#{pk}")));
        i.insert("gsi1sk".into(), s(sk));
        i
    }

    async fn put(stack: &Stack, i: Item) {
        stack
            .clients
            .dynamodb
            .put_item()
            .table_name(&stack.table)
            .set_item(Some(i))
            .send()
            .await
            .expect("put");
    }

    async fn get(stack: &Stack, pk: &str, sk: &str) -> Option<Item> {
        stack
            .clients
            .dynamodb
            .get_item()
            .table_name(&stack.table)
            .set_key(Some(key(pk, sk)))
            .consistent_read(true)
            .send()
            .await
            .expect("get")
            .item
    }

    /// The gsi1 sort keys gsi1 holds under `TX#<pk>`.
    async fn indexed(stack: &Stack, pk: &str) -> Vec<String> {
        stack
            .clients
            .dynamodb
            .query()
            .table_name(&stack.table)
            .index_name("gsi1")
            .key_condition_expression("gsi1pk = :p")
            .expression_attribute_values(":p", s(&format!("TX#{pk}")))
            .send()
            .await
            .expect("query gsi1")
            .items
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i.get("gsi1sk").and_then(|v| v.as_s().ok()).cloned())
            .collect()
    }

    fn put_new(table: &str, i: Item) -> TransactWriteItem {
        TransactWriteItem::builder()
            .put(
                Put::builder()
                    .table_name(table)
                    .set_item(Some(i))
                    .condition_expression("attribute_not_exists(pk)")
                    .build()
                    .expect("put"),
            )
            .build()
    }

    fn update(table: &str, pk: &str, sk: &str, value: &str) -> TransactWriteItem {
        TransactWriteItem::builder()
            .update(
                Update::builder()
                    .table_name(table)
                    .set_key(Some(key(pk, sk)))
                    .update_expression("SET #v = :v, gsi1sk = :s")
                    .condition_expression("attribute_exists(pk)")
                    .expression_attribute_names("#v", "value")
                    .expression_attribute_values(":v", s(value))
                    .expression_attribute_values(":s", s(&format!("{sk}-updated")))
                    .build()
                    .expect("update"),
            )
            .build()
    }

    fn delete(table: &str, pk: &str, sk: &str) -> TransactWriteItem {
        TransactWriteItem::builder()
            .delete(
                Delete::builder()
                    .table_name(table)
                    .set_key(Some(key(pk, sk)))
                    .build()
                    .expect("delete"),
            )
            .build()
    }

    fn check(table: &str, pk: &str, sk: &str, condition: &str) -> TransactWriteItem {
        TransactWriteItem::builder()
            .condition_check(
                ConditionCheck::builder()
                    .table_name(table)
                    .set_key(Some(key(pk, sk)))
                    .condition_expression(condition)
                    .build()
                    .expect("condition check"),
            )
            .build()
    }

    /// Three items stored before: KEEP (updated by the transaction), GONE
    /// (deleted by it) and GUARD; a transaction of 50 new items, the update,
    /// the delete and last a condition check of GUARD, `condition` being
    /// the check's.
    async fn transact(
        stack: &Stack,
        pk: &str,
        condition: &str,
    ) -> Result<(), aws_sdk_dynamodb::error::SdkError<TransactWriteItemsError>> {
        put(stack, item(pk, "KEEP", "before")).await;
        put(stack, item(pk, "GONE", "before")).await;
        put(stack, item(pk, "GUARD", "before")).await;
        let t = &stack.table;
        let mut items: Vec<_> = (0..50)
            .map(|n| put_new(t, item(pk, &format!("NEW#{n:02}"), "new")))
            .collect();
        items.push(update(t, pk, "KEEP", "after"));
        items.push(delete(t, pk, "GONE"));
        items.push(check(t, pk, "GUARD", condition));
        stack
            .clients
            .dynamodb
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
            .map(|_| ())
    }

    #[tokio::test]
    async fn a_transaction_whose_last_condition_fails_changes_nothing_and_says_which_item_failed() {
        let stack = Stack::new().await;
        let err = transact(&stack, "TX-CANCELLED", "attribute_not_exists(pk)")
            .await
            .expect_err("the last item's condition fails");
        let canceled = match err.into_service_error() {
            TransactWriteItemsError::TransactionCanceledException(e) => e,
            other => panic!("a TransactionCanceledException: {other:?}"),
        };
        let codes: Vec<&str> = canceled
            .cancellation_reasons()
            .iter()
            .map(|r| r.code().unwrap_or_default())
            .collect();
        let mut expected = vec!["None"; 52];
        expected.push("ConditionalCheckFailed");
        assert_eq!(codes, expected, "one reason per item, the last one failed");

        for n in 0..50 {
            assert_eq!(
                get(&stack, "TX-CANCELLED", &format!("NEW#{n:02}")).await,
                None
            );
        }
        let keep = get(&stack, "TX-CANCELLED", "KEEP")
            .await
            .expect("KEEP is kept");
        assert_eq!(
            keep,
            item("TX-CANCELLED", "KEEP", "before"),
            "KEEP not updated"
        );
        let gone = get(&stack, "TX-CANCELLED", "GONE")
            .await
            .expect("GONE not deleted");
        assert_eq!(gone, item("TX-CANCELLED", "GONE", "before"));
        assert_eq!(
            indexed(&stack, "TX-CANCELLED").await,
            ["GONE", "GUARD", "KEEP"],
            "the index as before"
        );
    }

    #[tokio::test]
    async fn a_transaction_whose_conditions_hold_writes_every_item() {
        let stack = Stack::new().await;
        transact(&stack, "TX-DONE", "attribute_exists(pk)")
            .await
            .expect("every condition holds");
        for n in 0..50 {
            let got = get(&stack, "TX-DONE", &format!("NEW#{n:02}")).await;
            assert_eq!(got, Some(item("TX-DONE", &format!("NEW#{n:02}"), "new")));
        }
        let keep = get(&stack, "TX-DONE", "KEEP").await.expect("KEEP");
        assert_eq!(keep.get("value"), Some(&s("after")), "KEEP updated");
        assert_eq!(get(&stack, "TX-DONE", "GONE").await, None, "GONE deleted");
        let mut expected: Vec<String> = (0..50).map(|n| format!("NEW#{n:02}")).collect();
        expected.splice(0..0, ["GUARD".to_string(), "KEEP-updated".to_string()]);
        assert_eq!(
            indexed(&stack, "TX-DONE").await,
            expected,
            "the index follows"
        );
    }
}
