use super::*;
use chrono::TimeZone;
use serde_json::json;

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 8, 0, 0)
        .single()
        .unwrap_or_else(|| panic!("bad date {y}-{m}-{d}"))
}

fn country(code: &str) -> Country {
    Country::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// A recall as the store keeps it, merged from RappelConso and Safety Gate,
/// with a seller who recalls its own product (the one field of a recall
/// about a seller), and fields a stored item may carry beside the recall:
/// none of them may reach a public list.
fn stored_recall() -> Value {
    json!({
        "id": "R-rappelconso-2021-05-0242",
        "channel": "regulator",
        "sources": [
            {"source": "rappelconso", "reference": "2021-05-0242",
             "url": "https://rappel.conso.gouv.fr/fiche-rappel/556/interne"},
            {"source": "safety_gate", "reference": "SR/01234/21"}
        ],
        "title": "Keto slim nuit capsules recalled",
        "hazard": "Ethylene oxide above the EU limit.",
        "risk": "serious",
        "category": "foods",
        "product": {
            "gtins": ["03760289220694", "03760289220748"],
            "brand": "Keto Slim Nuit",
            "models": ["pack keto"],
            "batches": ["KEN134F"],
            "name": "Keto slim nuit, 60 capsules"
        },
        "markets": ["FR", "DE"],
        "remedies": ["refund", "replace"],
        "consumer_instructions": "Stop eating it and bring it back to the shop.",
        "image_url": "https://rappel.conso.gouv.fr/image/df223eec.jpg",
        "published_at": "2021-06-01T15:04:00Z",
        "recalled_by_sellers": ["S-LEAK-SELLER-1001"],
        "listing_ids": ["L-LEAK-LISTING-5001"],
        "cases": [{"case_id": "C-LEAK-CASE-77", "seller_id": "S-LEAK-SELLER-1001"}],
        "buyers": [{"buyer_id": "B-LEAK-BUYER-77", "email": "anna.leak@example.org"}],
        "orders": ["O-LEAK-ORDER-9001"]
    })
}

fn recall_of(value: Value) -> Recall {
    serde_json::from_value(value).unwrap_or_else(|e| panic!("recall: {e}"))
}

/// The page as rendered: every value HTML-escaped.
fn raw_html(list: &RecallList) -> String {
    list.to_html().unwrap_or_else(|e| panic!("{e}"))
}

/// The page as a browser reads its text and attributes: the entities that
/// the escaping writes decoded (`&#x2f;` is `/` in an `href` too).
fn seen(page: &str) -> String {
    page.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn html(list: &RecallList) -> String {
    seen(&raw_html(list))
}

#[test]
fn a_recall_with_a_category_is_in_the_list_of_each_of_its_markets() {
    let recall = recall_of(stored_recall());
    let entries = list_entries(&recall, at(2021, 6, 2));
    let keys: Vec<(Category, &str)> = entries.iter().map(|(c, m, _)| (*c, m.as_str())).collect();
    assert_eq!(
        keys,
        vec![(Category::Foods, "DE"), (Category::Foods, "FR")],
        "one entry per market, in the category's list"
    );
    assert!(entries
        .iter()
        .all(|(_, _, p)| p.id == "R-rappelconso-2021-05-0242"));
}

#[test]
fn a_recall_without_a_category_is_in_no_list() {
    let mut value = stored_recall();
    value["category"] = Value::Null;
    let recall = recall_of(value);
    assert!(list_entries(&recall, at(2021, 6, 2)).is_empty());
}

#[test]
fn a_list_shows_nothing_about_sellers_listings_buyers_orders_or_cases() {
    let recall = recall_of(stored_recall());
    let public = PublicRecall::of(&recall, at(2021, 6, 2));
    let list = RecallList::new(Category::Foods, country("FR"), vec![public.clone()]);
    let json = list.to_json().to_string();
    let page = html(&list);
    // What a stored item reads back as carries nothing more.
    let stored = serde_json::to_string(&public).unwrap_or_else(|e| panic!("{e}"));
    for (what, text) in [("json", &json), ("html", &page), ("stored item", &stored)] {
        for leak in [
            "S-LEAK-SELLER-1001",
            "L-LEAK-LISTING-5001",
            "C-LEAK-CASE-77",
            "B-LEAK-BUYER-77",
            "anna.leak@example.org",
            "O-LEAK-ORDER-9001",
            "recalled_by_sellers",
            "seller",
            "buyer",
        ] {
            assert!(!text.contains(leak), "the {what} shows {leak:?}");
        }
    }
}

#[test]
fn a_list_shows_the_identifiers_hazard_remedy_and_authority() {
    let recall = recall_of(stored_recall());
    let list = RecallList::new(
        Category::Foods,
        country("FR"),
        vec![PublicRecall::of(&recall, at(2021, 6, 2))],
    );
    let page = html(&list);
    let json = list.to_json();
    let json_text = json.to_string();
    for (what, text) in [("html", &page), ("json", &json_text)] {
        for shown in [
            "3760289220694",
            "3760289220748",
            "Keto Slim Nuit",
            "pack keto",
            "KEN134F",
            "Ethylene oxide above the EU limit.",
            "Refund",
            "Replacement",
            "Stop eating it and bring it back to the shop.",
            "RappelConso (France)",
            "2021-05-0242",
            "EU Safety Gate",
            "SR/01234/21",
            "https://rappel.conso.gouv.fr/fiche-rappel/556/interne",
            "Serious risk",
        ] {
            assert!(text.contains(shown), "the {what} lacks {shown:?}");
        }
    }
    assert!(page.contains("<h1>Product recalls: Foods — France</h1>"));
    assert!(page.contains(
        "<a href=\"https://rappel.conso.gouv.fr/fiche-rappel/556/interne\">RappelConso (France) 2021-05-0242</a>"
    ));
    assert!(page.contains(
        "src=\"https://rappel.conso.gouv.fr/image/df223eec.jpg\" alt=\"Picture of the recalled product: Keto slim nuit, 60 capsules\""
    ));
    assert!(page.contains("<time datetime=\"2021-06-01\">1 June 2021</time>"));
    assert!(page.contains("Report a dangerous product to <a href=\"https://www.economie.gouv.fr/dgccrf\">Direction générale de la concurrence"));
    assert_eq!(json["count"], 1);
    assert_eq!(json["market"], "FR");
    assert_eq!(json["category"], "foods");
    assert_eq!(json["recalls"][0]["gtins"][0], "3760289220694");
    assert_eq!(json["recalls"][0]["remedies"][1]["label"], "Replacement");
    assert_eq!(json["recalls"][0]["date"], "2021-06-01T15:04:00Z");
}

#[test]
fn text_from_sources_arrives_escaped_and_a_javascript_picture_is_no_image() {
    let mut value = stored_recall();
    value["title"] = json!("<script>alert(1)</script> title");
    value["hazard"] = json!("<script>alert(1)</script> hazard");
    value["product"]["brand"] = json!("<script>alert(1)</script> brand");
    value["image_url"] = json!("javascript:alert(1)");
    value["sources"][0]["url"] = json!("javascript:alert(2)");
    let recall = recall_of(value);
    let public = PublicRecall::of(&recall, at(2021, 6, 2));
    assert_eq!(public.picture_url, None);
    let page = raw_html(&RecallList::new(
        Category::Foods,
        country("FR"),
        vec![public],
    ));
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("javascript:"), "{page}");
    assert!(!page.contains("<img"), "no picture without a safe URL");
    for part in ["title", "hazard", "brand"] {
        assert!(
            page.contains(&format!(
                "&lt;script&gt;alert(1)&lt;&#x2f;script&gt; {part}"
            )),
            "the {part} is shown, escaped"
        );
    }
}

#[test]
fn every_category_renders_an_empty_list_that_says_so() {
    let market = country("DE");
    for category in Category::ALL {
        let list = RecallList::new(category, market.clone(), Vec::new());
        let page = html(&list);
        let name = category_name(category);
        assert!(
            page.contains(&format!("<h1>Product recalls: {name} — Germany</h1>")),
            "{page}"
        );
        assert!(
            page.contains(&format!(
                "No active recall of {} in Germany.",
                name.to_lowercase()
            )),
            "{category:?}: {page}"
        );
        assert!(page.contains("Report a dangerous product to <a href=\"https://www.baua.de\">"));
        assert_eq!(list.to_json()["count"], 0);
    }
}

#[test]
fn the_index_links_every_category_in_every_market_with_its_count() {
    let markets = [country("FR"), country("DE")];
    let index = list_index(
        &[
            (Category::Toys, country("FR"), 2),
            (Category::Toys, country("FR"), 1),
            (Category::Foods, country("DE"), 4),
            (Category::Foods, country("US"), 9),
        ],
        &markets,
    );
    assert_eq!(index.rows.len(), 14);
    let order: Vec<Category> = index.rows.iter().map(|r| r.category).collect();
    assert_eq!(order, Category::ALL.to_vec(), "in the order of SPEC 1.1");
    let page = seen(&index.to_html().unwrap_or_else(|e| panic!("{e}")));
    for category in Category::ALL {
        let slug = category_slug(category);
        for m in ["FR", "DE"] {
            assert!(
                page.contains(&format!("href=\"/lists/{slug}/{m}\"")),
                "{slug} {m}"
            );
        }
        assert!(page.contains(category_name(category)));
    }
    assert!(page.contains("aria-label=\"Toys in France: 3 active recalls\""));
    assert!(page.contains("aria-label=\"Foods in Germany: 4 active recalls\""));
    assert!(page.contains("aria-label=\"Toys in Germany: 0 active recalls\""));
    assert!(
        !page.contains("/US"),
        "a market not asked for has no column"
    );

    let json = index.to_json();
    let categories = json["categories"]
        .as_array()
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(categories.len(), 14);
    assert_eq!(categories[3]["category"], "toys");
    assert_eq!(categories[3]["lists"][0]["count"], 3);
    assert_eq!(categories[3]["lists"][0]["json"], "/lists/toys/FR.json");
    assert_eq!(categories[3]["lists"][1]["html"], "/lists/toys/DE");
}

#[test]
fn an_index_without_markets_still_names_the_14_categories() {
    let page = list_index(&[], &[])
        .to_html()
        .unwrap_or_else(|e| panic!("{e}"));
    for category in Category::ALL {
        assert!(page.contains(&format!("id=\"{}\"", category_slug(category))));
    }
}

#[test]
fn slugs_are_the_serde_names_and_round_trip() {
    for category in Category::ALL {
        let slug = category_slug(category);
        assert_eq!(json!(category), json!(slug));
        assert_eq!(category_from_slug(slug), Some(category));
    }
    assert_eq!(
        category_slug(Category::SkinCareCosmetics),
        "skin_care_cosmetics"
    );
    assert_eq!(category_from_slug("TOYS"), Some(Category::Toys));
    assert_eq!(category_from_slug("toy"), None);
    assert_eq!(
        category_name(Category::SkinCareCosmetics),
        "Skin care / cosmetics"
    );
    assert_eq!(category_name(Category::MotherAndKids), "Mother & kids");
    assert_eq!(
        category_name(Category::DigitalElectronicsAndAppliances),
        "Digital electronics & electronic appliances"
    );
}

#[test]
fn the_paths_of_the_lists_read_back() {
    use crate::desk::query::{DeskQuery, Format};
    let fr = country("FR");
    assert_eq!(list_path(Category::Toys, &fr), "/lists/toys/FR");
    assert_eq!(list_json_path(Category::Toys, &fr), "/lists/toys/FR.json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let route = |path: &str| {
        let segments: Vec<String> = path.split('/').map(str::to_string).collect();
        DeskQuery::route(&segments, &Default::default(), today).ok()
    };
    assert_eq!(
        route("/lists/"),
        Some((DeskQuery::RecallLists {}, Format::Html))
    );
    assert_eq!(
        route("/lists"),
        Some((DeskQuery::RecallLists {}, Format::Html))
    );
    assert_eq!(
        route(&index_json_path()),
        Some((DeskQuery::RecallLists {}, Format::Json))
    );
    for category in Category::ALL {
        let list = DeskQuery::RecallList {
            category,
            market: fr.clone(),
        };
        assert_eq!(
            route(&list_json_path(category, &fr)),
            Some((list.clone(), Format::Json))
        );
        assert_eq!(route(&list_path(category, &fr)), Some((list, Format::Html)));
    }
    for bad in [
        "/lists/toy/FR",
        "/lists/toys/XX",
        "/lists/toys/FRA",
        "/listsx",
        "/lists/toys",
    ] {
        assert_eq!(route(bad), None, "{bad}");
    }
}

#[test]
fn a_gtin_14_with_a_leading_zero_shows_as_its_ean_13() {
    let ean = Gtin::parse("03760289220694").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(gtin_display(&ean), "3760289220694");
    let gtin14 = Gtin::parse("13760289220691").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(gtin_display(&gtin14), "13760289220691");
    let recall = recall_of(stored_recall());
    let page = html(&RecallList::new(
        Category::Foods,
        country("FR"),
        vec![PublicRecall::of(&recall, at(2021, 6, 2))],
    ));
    assert!(page.contains("3760289220694, 3760289220748"));
    assert!(!page.contains("03760289220694"));
}

#[test]
fn a_list_is_newest_first_and_undated_recalls_take_their_receipt_date() {
    let mut older = stored_recall();
    older["id"] = json!("R-older");
    older["title"] = json!("The older recall");
    older["published_at"] = json!("2020-01-01T00:00:00Z");
    let mut undated = stored_recall();
    undated["id"] = json!("R-undated");
    undated["title"] = json!("The undated recall");
    undated["published_at"] = Value::Null;
    let undated = PublicRecall::of(&recall_of(undated), at(2026, 11, 3));
    assert_eq!(undated.date, at(2026, 11, 3));
    let recalls = vec![
        PublicRecall::of(&recall_of(older), at(2021, 6, 2)),
        PublicRecall::of(&recall_of(stored_recall()), at(2021, 6, 2)),
        undated,
    ];
    let list = RecallList::new(Category::Foods, country("FR"), recalls);
    let ids: Vec<&str> = list.recalls.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["R-undated", "R-rappelconso-2021-05-0242", "R-older"]);
    let page = html(&list);
    let pos = |t: &str| page.find(t).unwrap_or_else(|| panic!("{t}"));
    assert!(pos("The undated recall") < pos("Keto slim nuit capsules recalled"));
    assert!(pos("Keto slim nuit capsules recalled") < pos("The older recall"));
    assert!(page.contains("3 active recalls."));
}

#[test]
fn the_platforms_own_inspection_is_named_so() {
    let mut value = stored_recall();
    value["channel"] = json!("inspection");
    value["sources"] = json!([{"source": "platform", "reference": "INSP-77"}]);
    let public = PublicRecall::of(&recall_of(value), at(2021, 6, 2));
    assert_eq!(public.authorities[0].authority, "Platform inspection");
    assert_eq!(public.authorities[0].url, None);
    let page = html(&RecallList::new(
        Category::Foods,
        country("FR"),
        vec![public],
    ));
    assert!(page.contains("Platform inspection INSP-77"));
}

#[test]
fn every_authority_of_spec_1_1_is_named_by_the_one_source_table() {
    for (source, name) in [
        ("cpsc", "US CPSC"),
        ("rappelconso", "RappelConso (France)"),
        ("safety_gate", "EU Safety Gate"),
        ("fda", "US FDA"),
        ("health_canada", "Health Canada"),
        ("opss", "UK OPSS"),
        ("accc", "ACCC (Product Safety Australia)"),
        ("kats", "Korea KATS"),
        ("consumer24", "Korea Consumer24"),
        ("meti", "Japan METI"),
        ("caa", "Japan CAA"),
    ] {
        let mut value = stored_recall();
        value["sources"] = json!([{"source": source, "reference": "REF-1"}]);
        let public = PublicRecall::of(&recall_of(value), at(2021, 6, 2));
        assert_eq!(public.authorities[0].authority, name, "{source}");
        assert_eq!(source_label(source), name, "{source}");
    }
    // An unknown source is shown as given, never guessed.
    assert_eq!(source_label("ministry_x"), "ministry_x");
}

#[test]
fn a_stored_public_recall_reads_back_the_same() {
    let public = PublicRecall::of(&recall_of(stored_recall()), at(2021, 6, 2));
    let text = serde_json::to_string(&public).unwrap_or_else(|e| panic!("{e}"));
    let back: PublicRecall = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, public);
}

#[test]
fn countries_have_english_names() {
    assert_eq!(country_name(&country("DE")), "Germany");
    assert_eq!(country_name(&country("GB")), "United Kingdom");
    // Not in the notices' table: the ISO name.
    assert_eq!(country_name(&country("SG")), "Singapore");
}
