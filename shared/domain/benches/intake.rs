//! `cargo bench -p safety-domain`: the pure cost of the intake rules, per
//! recall, in a release build. Prints figures; asserts nothing about time.

use chrono::{DateTime, Duration, Utc};
use safety_domain::catalog::Listing;
use safety_domain::kernel::ids::{Country, Gtin};
use safety_domain::recall::intake::plan_intake;
use safety_domain::recall::matching::recall_lookups;
use safety_domain::recall::{Channel, ProductIds, Recall, RiskLevel, SourceRef};
use std::collections::{BTreeMap, BTreeSet};
use std::hint::black_box;
use std::time::Instant;

/// A valid GTIN built from `n` (its check digit computed), as a one-element set.
fn gtin(n: u64) -> BTreeSet<Gtin> {
    let body = format!("{:013}", 4_000_000_000_000u64 + n);
    let digits: Vec<u32> = body.chars().filter_map(|c| c.to_digit(10)).collect();
    let cd = safety_domain::kernel::ids::check_digit(&digits);
    Gtin::parse(&format!("{body}{cd}")).into_iter().collect()
}

fn main() {
    let now = DateTime::<Utc>::UNIX_EPOCH + Duration::seconds(1_793_779_200); // 2026-11-03
    let markets: BTreeSet<Country> = ["FR", "DE", "US"]
        .iter()
        .filter_map(|c| Country::parse(c).ok())
        .collect();
    let src = SourceRef {
        source: "safety_gate".into(),
        reference: "SR/1/26".into(),
        url: None,
    };
    let recall = Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&src),
        channel: Channel::Regulator,
        sources: vec![src],
        title: "Magnetic tiles".into(),
        hazard: "Magnets".into(),
        risk: RiskLevel::Serious,
        category: None,
        product: ProductIds {
            gtins: gtin(1),
            brand: Some("JoyBlocks".into()),
            models: vec!["JB-100".into()],
            batches: vec![],
            name: Some("Magnetic tiles".into()),
            from_prose: false,
            prose_gtins: Default::default(),
        },
        markets: ["FR", "DE"]
            .iter()
            .filter_map(|c| Country::parse(c).ok())
            .collect(),
        remedies: BTreeSet::new(),
        consumer_instructions: String::new(),
        image_url: None,
        published_at: None,
        timing: None,
    };
    println!("intake rules, release build, per recall:");
    for candidates in [1usize, 10, 100, 1000] {
        let listings: Vec<Listing> = (0..candidates)
            .map(|i| Listing {
                listing_id: format!("L-{i}"),
                seller_id: format!("S-{}", i % 50),
                title: "Magnetic tiles 100 pcs".into(),
                brand: Some("JoyBlocks".into()),
                model: Some(if i % 3 == 0 {
                    "JB-100B".into()
                } else {
                    "JB-100".into()
                }),
                gtins: if i % 2 == 0 { gtin(1) } else { BTreeSet::new() },
                batches: vec![],
                category: None,
                markets: markets.clone(),
                updated_at: now,
                image_url: None,
                platform_warehouse: false,
                item_kind: Default::default(),
                durable: None,
                dimensions_mm: None,
                weight_g: None,
                free_return: false,
            })
            .collect();
        let iterations = (200_000 / candidates).max(20);
        let start = Instant::now();
        for _ in 0..iterations {
            let lookups = recall_lookups(black_box(&recall));
            let plan = plan_intake(
                black_box(&recall),
                black_box(&listings),
                &[],
                &BTreeMap::new(),
                now,
            );
            black_box((lookups, plan));
        }
        let per = start.elapsed() / iterations as u32;
        println!(
            "  {candidates:>5} candidate listings: {:>9.1} µs per recall ({:.2} µs per candidate)",
            per.as_secs_f64() * 1e6,
            per.as_secs_f64() * 1e6 / candidates as f64
        );
    }
}
