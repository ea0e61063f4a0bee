use super::*;
use serde_json::json;

fn field_of(v: serde_json::Value) -> String {
    match DeskQuery::parse(&v) {
        Err(DeskError::BadQuery { field, .. }) => field,
        other => panic!("expected a named error, got {other:?}"),
    }
}

#[test]
fn every_query_parses_from_its_json() {
    let cases = [
        json!({"query":"recall","recall_id":"R-cpsc-26645"}),
        json!({"query":"case","case_id":"R-cpsc-26645/L-1"}),
        json!({"query":"listing","listing_id":"L-1"}),
        json!({"query":"seller","seller_id":"S-1"}),
        json!({"query":"review_queue"}),
        json!({"query":"review_queue","limit":10,"after":"x"}),
        json!({"query":"search","gtin":"3760289220694"}),
        json!({"query":"search","brand":"JoyBlocks","model":"JB-100"}),
        json!({"query":"search","source":"rappelconso","reference":"2021-05-0242"}),
        json!({"query":"compliance_report","from":"2026-11-01","to":"2026-11-30"}),
        json!({"query":"recall_list","category":"toys","market":"FR"}),
        json!({"query":"recall_lists"}),
    ];
    for c in cases {
        DeskQuery::parse(&c).unwrap_or_else(|e| panic!("{c}: {e}"));
    }
}

#[test]
fn a_malformed_query_is_an_error_naming_its_field() {
    assert_eq!(field_of(json!({"recall_id":"R-1"})), "query");
    assert_eq!(field_of(json!({"query":7})), "query");
    assert_eq!(
        field_of(json!({"query":"recalls","recall_id":"R-1"})),
        "query"
    );
    assert_eq!(field_of(json!({"query":"recall"})), "recall_id");
    assert_eq!(
        field_of(json!({"query":"recall","recall_id":""})),
        "recall_id"
    );
    assert_eq!(
        field_of(json!({"query":"recall","recall_id":"R-1","x":1})),
        "x"
    );
    assert_eq!(field_of(json!({"query":"case","case_id":"R-1"})), "case_id");
    assert_eq!(field_of(json!({"query":"review_queue","limit":0})), "limit");
    assert_eq!(field_of(json!({"query":"search"})), "search");
    assert_eq!(field_of(json!({"query":"search","gtin":"123"})), "gtin");
    assert_eq!(
        field_of(json!({"query":"search","source":"cpsc"})),
        "reference"
    );
    assert_eq!(
        field_of(json!({"query":"compliance_report","from":"2026-11-30","to":"2026-11-01"})),
        "to"
    );
    assert_eq!(
        field_of(json!({"query":"compliance_report","from":"November","to":"2026-11-01"})),
        "from"
    );
    assert_eq!(
        field_of(json!({"query":"recall_list","category":"guns","market":"FR"})),
        "category"
    );
    assert_eq!(
        field_of(json!({"query":"recall_list","category":"toys","market":"France"})),
        "market"
    );
}

fn seg(path: &str) -> Vec<String> {
    path.split('/').map(str::to_string).collect()
}

#[test]
fn pages_route_to_their_queries() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let none = BTreeMap::new();
    let (q, f) = DeskQuery::route(&seg("/recalls/R-1"), &none, today).unwrap();
    assert_eq!(
        (q, f),
        (
            DeskQuery::Recall {
                recall_id: "R-1".into()
            },
            Format::Html
        )
    );
    let (q, _) = DeskQuery::route(&seg("/cases/R-1/L-1"), &none, today).unwrap();
    assert_eq!(
        q,
        DeskQuery::Case {
            case_id: "R-1/L-1".into()
        }
    );
    let (q, f) = DeskQuery::route(&seg("/compliance.csv"), &none, today).unwrap();
    assert_eq!(f, Format::Csv);
    assert_eq!(
        q,
        DeskQuery::ComplianceReport {
            from: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            to: today
        },
        "the 30 days up to today"
    );
    let (q, f) = DeskQuery::route(&seg("/lists/toys/FR.json"), &none, today).unwrap();
    assert_eq!(f, Format::Json);
    assert!(matches!(q, DeskQuery::RecallList { .. }));
    let gtin = BTreeMap::from([("gtin".to_string(), "3760289220694".to_string())]);
    assert!(DeskQuery::route(&seg("/search"), &gtin, today).is_ok());
    assert!(matches!(
        DeskQuery::route(&seg("/nowhere"), &none, today),
        Err(DeskError::NotFound { what: "page", .. })
    ));
    assert!(matches!(
        DeskQuery::route(&seg("/recalls/R-1.csv"), &none, today),
        Err(DeskError::BadQuery { .. })
    ));
}

#[test]
fn a_path_is_split_into_percent_decoded_segments() {
    assert_eq!(
        DeskQuery::path_segments("/cases/R-1/L%2F2"),
        vec!["", "cases", "R-1", "L/2"]
    );
    assert_eq!(DeskQuery::path_segments("/"), vec!["", ""]);
}
