#!/usr/bin/env python3
"""Builds the sample events in events/ for `cargo lambda invoke`.

Each function takes an SQS event; each file here is one, whose records carry
the messages of ARCHITECTURE.md 2 as their bodies. The regulator records are
the committed fixtures (tests/fixtures/recalls/). Re-run after changing a
message: `python3 events/build.py`; the test `events_are_valid` checks that
every file parses and every body is accepted.
"""
import json
import pathlib
import re
import unicodedata

root = pathlib.Path(__file__).resolve().parent.parent
fx = root / "tests" / "fixtures" / "recalls"
out = root / "events"


def sqs_event(queue, bodies):
    return {
        "Records": [
            {
                "messageId": f"{queue}-msg-{i + 1}",
                "receiptHandle": f"{queue}-handle-{i + 1}",
                "body": json.dumps(b, ensure_ascii=False),
                "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": "1793779200000"},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": f"arn:aws:sqs:eu-west-1:123456789012:{queue}",
                "awsRegion": "eu-west-1",
            }
            for i, b in enumerate(bodies)
        ]
    }


def write(path, event):
    p = out / path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(event, indent=2, ensure_ascii=False) + "\n")


def fixture(rel):
    return json.loads((fx / rel).read_text())


# ---- catalog-sync ---------------------------------------------------------
sellers = [
    {"type": "seller_upserted", "id": "evt-s-1001", "seller_id": "S-1001", "name": "Joy Toys Co.",
     "email": "ops@joytoys.example", "safety_email": "safety@joytoys.example", "locale": "en"},
    {"type": "seller_upserted", "id": "evt-s-2002", "seller_id": "S-2002", "name": "Maison Lumière SARL",
     "email": "contact@maison-lumiere.example", "locale": "fr-FR"},
    {"type": "seller_upserted", "id": "evt-s-3003", "seller_id": "S-3003", "name": "Enhomee-Direct",
     "email": "seller@enhomee-direct.example", "locale": "en-US"},
]
listings = [
    {"type": "listing_upserted", "id": "evt-l-5001", "listing_id": "L-5001", "seller_id": "S-1001",
     "title": "Keto slim nuit – 60 gélules", "brand": "Keto Slim Nuit", "model": None,
     "gtins": ["3760289220694"], "batches": [], "category": "foods",
     "markets": ["FR", "BE", "DE"], "updated_at": "2026-11-02T10:00:00Z"},
    {"type": "listing_upserted", "id": "evt-l-5002", "listing_id": "L-5002", "seller_id": "S-2002",
     "title": "Sapin LED décoratif MICA 60 cm", "brand": "MICA", "model": "1121031",
     "gtins": ["8720362191049"], "batches": ["B-42"], "category": "digital_electronics_and_appliances",
     "markets": ["FR", "LU", "US"], "updated_at": "2026-11-02T10:00:00Z", "platform_warehouse": True},
    {"type": "listing_upserted", "id": "evt-l-5003", "listing_id": "L-5003", "seller_id": "S-2002",
     "title": "Sapin LED MICA 90 cm", "brand": "MICA", "model": "1121031XL",
     "gtins": [], "batches": [], "category": "digital_electronics_and_appliances",
     "markets": ["FR", "DE"], "updated_at": "2026-11-02T10:00:00Z"},
    {"type": "listing_upserted", "id": "evt-l-5004", "listing_id": "L-5004", "seller_id": "S-3003",
     "title": "EnHomee 15-Drawer Dresser, 51 inch, white", "brand": "EnHomee",
     "gtins": [], "batches": [], "category": "household_products",
     "markets": ["US"], "updated_at": "2026-11-02T10:00:00Z",
     "durable": True, "dimensions_mm": [1295, 480, 1000], "weight_g": 38000, "free_return": True},
    {"type": "listing_upserted", "id": "evt-l-5005", "listing_id": "L-5005", "seller_id": "S-1001",
     "title": "Bagels Sésame Système U x4", "brand": "Système U", "model": "Bagels Sésame",
     "gtins": [], "batches": [], "category": "foods",
     "markets": ["FR"], "updated_at": "2026-11-02T10:00:00Z"},
    {"type": "listing_upserted", "id": "evt-l-5006", "listing_id": "L-5006", "seller_id": "S-1001",
     "title": "Magnetic building tiles 100 pcs", "brand": "JoyBlocks", "model": "JB-100",
     "gtins": ["0850012345671"], "batches": [], "category": "toys",
     "markets": ["FR", "DE", "US"], "updated_at": "2026-11-02T10:00:00Z"},
]
order = {"type": "order_placed", "id": "evt-o-9001", "order_id": "O-9001", "placed_at": "2026-10-01T09:00:00Z",
         "buyer": {"buyer_id": "B-77", "email": "anna@example.org", "name": "Anna", "country": "FR", "locale": "fr-FR"},
         "ship_to": {"country": "FR", "postal_code": "75011", "region": None},
         "lines": [{"listing_id": "L-5001", "quantity": 1, "unit_price": {"amount": "24.90", "currency": "EUR"},
                    "fees": {"amount": "3.10", "currency": "EUR"}, "free_return": True}],
         "shipped_at": "2026-10-02T09:00:00Z", "delivered_at": "2026-10-09T15:00:00Z"}
order_updated = {"type": "order_updated", "id": "evt-o-9001-delivered", "order_id": "O-9001",
                 "delivered_at": "2026-10-09T15:00:00Z"}
removed = {"type": "listing_removed", "id": "evt-l-5006-removed", "listing_id": "L-5006",
           "removed_at": "2026-11-20T08:00:00Z"}

write("catalog-sync/seller_upserted.json", sqs_event("CatalogSyncQueue", sellers[:1]))
write("catalog-sync/listing_upserted.json", sqs_event("CatalogSyncQueue", listings[:1]))
write("catalog-sync/order_placed.json", sqs_event("CatalogSyncQueue", [order]))
write("catalog-sync/order_updated.json", sqs_event("CatalogSyncQueue", [order_updated]))
write("catalog-sync/listing_removed.json", sqs_event("CatalogSyncQueue", [removed]))
# The demo's small catalogue: one batch of sellers, listings and an order (SQS batches hold 10).
write("catalog-sync/demo_catalogue.json", sqs_event("CatalogSyncQueue", sellers + listings + [order]))

# ---- recall-intake --------------------------------------------------------
def recall(id_, source, record, received=None, **extra):
    # received_at is optional: without it the function stamps the time it takes
    # the message, so the demo's timeline shows real seconds.
    m = {"type": "recall_received", "id": id_, "source": source, "record": record}
    if received:
        m["received_at"] = received
    m.update(extra)
    return m


sg_xml = (fx / "safety_gate" / "weekly_report_structure.xml").read_text()
# The same keto product notified in Safety Gate (illustrative values, real element names):
# it merges into the RappelConso recall and extends it to the EU/EEA.
sg_keto = (sg_xml.replace("SR/02362/26", "SR/02411/26")
           .replace("10118487", "10118999")
           .replace("<![CDATA[Electrical appliances]]>", "<![CDATA[Food]]>")
           .replace("<![CDATA[LED tree]]>", "<![CDATA[Food supplement]]>")
           .replace("<![CDATA[MICA]]>", "<![CDATA[keto slim nuit]]>")
           .replace("1121031", "pack keto").replace("B-42", "ken134f")
           .replace("8720362191049", "3760289220694").replace("Environment", "Chemical")
           .replace("Luxembourg", "France")
           .replace("Excessive lead", "Ethylene oxide above the legal limit"))
broken_cpsc = fixture("cpsc/recall_10882_abridged.json")
broken_cpsc["ProductUPCs"] = [{"UPC": "850012345672"}]

write("recall-intake/cpsc.json", sqs_event("RecallIntakeQueue", [
    recall("cpsc-26645", "cpsc", fixture("cpsc/recall_10882_abridged.json"))]))
write("recall-intake/rappelconso_v1.json", sqs_event("RecallIntakeQueue", [
    recall("rc-2021-03-0004", "rappelconso", fixture("rappelconso/v1_rappelconso0_2021-03-0004.json"))]))
write("recall-intake/rappelconso_v2.json", sqs_event("RecallIntakeQueue", [
    recall("rc-2021-05-0242", "rappelconso", fixture("rappelconso/v2_gtin_trie_2021-05-0242.json"))]))
write("recall-intake/safety_gate.json", sqs_event("RecallIntakeQueue", [
    recall("sg-SR-02362-26", "safety_gate", sg_xml)]))
write("recall-intake/safety_gate_same_product.json", sqs_event("RecallIntakeQueue", [
    recall("sg-SR-02411-26", "safety_gate", sg_keto)]))
write("recall-intake/platform_inspection.json", sqs_event("RecallIntakeQueue", [{
    "type": "recall_received", "id": "insp-77", "source": "platform", "channel": "inspection",
    "recall": {"reference": "INSP-77", "title": "Magnetic building tiles: magnets detach",
               "hazard": "Small, powerful magnets detach and can be swallowed; swallowed magnets can attract each other and perforate the intestine.",
               "risk": "serious", "category": "toys", "gtins": ["0850012345671"], "brand": "JoyBlocks",
               "models": ["JB-100"], "markets": ["FR", "DE"], "remedies": ["refund", "replace"],
               "consumer_instructions": "Stop using the product and keep it away from children."}}]))
# Joy Toys recalls its own tiles (seed 000: a seller's own recall): its listings
# are blocked and it is told, but no points are booked on them.
write("recall-intake/supply_chain_own_recall.json", sqs_event("RecallIntakeQueue", [{
    "type": "recall_received", "id": "sc-joy-1", "source": "platform", "channel": "supply_chain",
    "recall": {"reference": "JOY-2026-01", "title": "Joy Toys recalls magnetic building tiles JB-100",
               "hazard": "Small, powerful magnets detach and can be swallowed.",
               "risk": "serious", "category": "toys", "gtins": ["0850012345671"], "brand": "JoyBlocks",
               "models": ["JB-100"], "markets": ["FR", "DE"], "remedies": ["refund"],
               "consumer_instructions": "Stop using the product and keep it away from children.",
               "reporting_seller_id": "S-1001"}}]))
write("recall-intake/broken_cpsc_upc.json", sqs_event("RecallIntakeQueue", [
    recall("cpsc-26645-bad", "cpsc", broken_cpsc)]))
# The other feeds the platform polls (SPEC 1.7), one record each as its
# poller hands it on. These records are constructed from the feeds' field
# reference (tests/fixtures/recalls/README.md): the real openFDA samples
# predate recall_number, and no real Health Canada, OPSS or ACCC record could
# be saved.
write("recall-intake/fda.json", sqs_event("RecallIntakeQueue", [
    recall("fda-F-0999-2026", "fda", fixture("fda/constructed_food_upc_in_description.json"))]))
write("recall-intake/health_canada.json", sqs_event("RecallIntakeQueue", [
    recall("hc-90412", "health_canada", fixture("health_canada/constructed_cfia_listeria_90412.json"))]))
write("recall-intake/opss.json", sqs_event("RecallIntakeQueue", [
    recall("opss-2609-0229", "opss", fixture("opss/constructed_product_recall_2609-0229.json"))]))
# The ACCC publishes RSS: the record is one <item> of the feed, as XML.
accc_feed = (fx / "accc" / "constructed_recalls_feed.xml").read_text()
accc_item = re.search(r"<item>.*?</item>", accc_feed, re.S).group(0)
write("recall-intake/accc.json", sqs_event("RecallIntakeQueue", [
    recall("accc-glowmate-gm-2050-ceramic-fan-heater", "accc", accc_item)]))
# An authority without a feed (KATS): a person enters its notice in the
# normalised form, on the regulator channel, under the authority's name.
write("recall-intake/kats.json", sqs_event("RecallIntakeQueue", [{
    "type": "recall_received", "id": "kats-2026-0412", "source": "kats", "channel": "regulator",
    "recall": {"reference": "KATS-2026-0412",
               "title": "어린이용 자석 블록 리콜 (Haneul HB-300 children's magnetic blocks)",
               "hazard": "Small magnets detach and can be swallowed; swallowed magnets can perforate the intestine.",
               "risk": "serious", "category": "toys", "gtins": ["8801234567893"], "brand": "Haneul",
               "models": ["HB-300"], "markets": ["KR"], "remedies": ["refund"],
               "consumer_instructions": "Stop using the blocks and keep them away from children.",
               "url": "https://www.safetykorea.kr/recall/recallBoard/2026-0412",
               "published_at": "2026-11-02T00:00:00Z"}}]))
# ---- appeals -----------------------------------------------------------------
write("appeals/appeal_filed.json", sqs_event("AppealsQueue", [
    {"type": "appeal_filed", "id": "ap-1", "case_id": "R-safety_gate-SR-02362-26/L-5002", "seller_id": "S-2002",
     "filed_at": "2026-11-05T12:00:00Z", "grounds": "Our tree is the 2025 model with a lead-free solder; test report attached."}]))
write("appeals/appeal_decided.json", sqs_event("AppealsQueue", [
    {"type": "appeal_decided", "id": "ad-1", "case_id": "R-safety_gate-SR-02362-26/L-5002", "reviewer": "desk-ana",
     "decision": "upheld", "reason": "The test report shows lead below the limit; a different production run.",
     "decided_at": "2026-11-06T09:00:00Z"}]))
write("appeals/match_reviewed.json", sqs_event("AppealsQueue", [
    {"type": "match_reviewed", "id": "mr-1", "case_id": "R-cpsc-26645/L-5004", "reviewer": "desk-ana",
     "decision": "dismissed", "decided_at": "2026-11-06T09:30:00Z"}]))

# ---- appeal-deadlines (EventBridge's standard Scheduled Event) ------------------
(out / "appeal-deadlines").mkdir(parents=True, exist_ok=True)
write("appeal-deadlines/scheduled_event.json", {
    "version": "0", "id": "5c3d1f1e-0d56-4a1e-9d6e-8a2f0b7f0b11", "detail-type": "Scheduled Event",
    "source": "aws.events", "account": "123456789012", "time": "2026-12-08T09:00:00Z", "region": "eu-west-1",
    "resources": ["arn:aws:events:eu-west-1:123456789012:rule/appeal-deadlines"], "detail": {}})

# ---- consumer-notices (internal: queued by the functions above) -----------------
write("consumer-notices/consumer_recall_page.json", sqs_event("ConsumerNoticesQueue", [
    {"type": "consumer_recall_page", "id": "crp:R-rappelconso-2021-05-0242/L-5001:FR:start",
     "case_id": "R-rappelconso-2021-05-0242/L-5001", "market": "FR", "cursor": None}]))
write("consumer-notices/order_stop_page.json", sqs_event("ConsumerNoticesQueue", [
    {"type": "order_stop_page", "id": "osp:R-rappelconso-2021-05-0242/L-5001:FR:start",
     "case_id": "R-rappelconso-2021-05-0242/L-5001", "market": "FR", "cursor": None}]))

# ---- the demo's buyers: one per language, of the keto and bagel listings ----------
def ascii_name(name):
    """The name as an email local part: SES takes ASCII addresses only."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def demo_order(oid, buyer, name, country, locale, listing, ship_to, placed="2026-10-01T09:00:00Z",
               shipped="2026-10-02T09:00:00Z", delivered="2026-10-06T15:00:00Z", ship_postal="10115",
               price="24.90", quantity=1, free_return=False, **extra):
    currency = "USD" if ship_to == "US" else "EUR"
    o = {"type": "order_placed", "id": f"evt-o-{oid}", "order_id": oid, "placed_at": placed,
         "buyer": {"buyer_id": buyer, "email": f"{ascii_name(name)}@example.org", "name": name,
                   "country": country, "locale": locale},
         "ship_to": {"country": ship_to, "postal_code": ship_postal, "region": None},
         "lines": [{"listing_id": listing, "quantity": quantity, "unit_price": {"amount": price, "currency": currency},
                    "fees": {"amount": "3.10", "currency": currency}, "free_return": free_return}],
         "shipped_at": shipped, "delivered_at": delivered}
    o.update(extra)
    return {k: v for k, v in o.items() if v is not None}


# Paid before the keto recall and not shipped yet: the block stops it.
write("catalog-sync/demo_unshipped_order.json", sqs_event("CatalogSyncQueue", [
    demo_order("O-9011", "B-83", "Camille", "FR", "fr-FR", "L-5001", "FR", placed="2026-11-20T09:00:00Z",
               ship_postal="75011", shipped=None, delivered=None)]))

# One buyer per language of the notice (SPEC 1.4.5): the buyer's language,
# then the delivery country's below it when they differ.
write("catalog-sync/demo_orders_languages.json", sqs_event("CatalogSyncQueue", [
    demo_order("O-9012", "B-84", "Zofia", "PL", "pl-PL", "L-5001", "DE"),
    demo_order("O-9013", "B-85", "Giulia", "IT", "it-IT", "L-5001", "FR"),
    demo_order("O-9014", "B-86", "Daan", "BE", "nl-BE", "L-5001", "BE"),
    demo_order("O-9015", "B-87", "Ana", "BR", "pt-BR", "L-5001", "FR"),
]))

write("catalog-sync/demo_orders.json", sqs_event("CatalogSyncQueue", [
    demo_order("O-9002", "B-78", "Jonas", "DE", "de-DE", "L-5001", "DE"),
    demo_order("O-9003", "B-79", "Lucia", "ES", "es-ES", "L-5001", "FR"),
    demo_order("O-9004", "B-80", "Kenji", "JP", "ja-JP", "L-5001", "BE"),
    demo_order("O-9005", "B-77", "Anna", "FR", "fr-FR", "L-5005", "FR"),
    demo_order("O-9006", "B-81", "Emma", "US", "en-US", "L-5002", "US"),
    demo_order("O-9007", "B-82", "Luc", "FR", "fr-FR", "L-5002", "FR"),
    demo_order("O-9109", "B-98", "Jake", "US", "en-US", "L-5004", "US", placed="2026-10-25T09:00:00Z",
               shipped="2026-10-26T09:00:00Z",
               delivered="2026-11-02T15:00:00Z", ship_postal="30301", price="189.00", free_return=None),
    # Hugo's earbuds, shipped on 31 October, guaranteed by 12 November: the
    # carrier reports them lost (catalog-sync/order_updated_carrier_lost.json).
    demo_order("O-9110", "B-99", "Hugo", "FR", "fr-FR", "L-5008", "FR", placed="2026-10-30T09:00:00Z",
               shipped="2026-10-31T09:00:00Z", delivered=None, ship_postal="44000", price="29.99",
               guaranteed_delivery_by="2026-11-12T23:59:59Z", carrier_status="in_transit",
               carrier_status_at="2026-10-31T12:00:00Z"),
]))
# The carrier's word on Hugo's parcel: lost (SPEC 2, "Lost in transit").
order_carrier_lost = {"type": "order_updated", "id": "evt-o-9110-lost", "order_id": "O-9110",
                      "carrier_status": "lost", "carrier_status_at": "2026-11-04T08:00:00Z"}
write("catalog-sync/order_updated_carrier_lost.json", sqs_event("CatalogSyncQueue", [order_carrier_lost]))

# ---- refunds: buyer protection (SPEC 2) --------------------------------------------
# Two listings and the buyers' orders the refund samples are about (delivered on
# 2 November; the requests come on 5 November).
refund_listings = [
    {"type": "listing_upserted", "id": "evt-l-5007", "listing_id": "L-5007", "seller_id": "S-2002",
     "title": "Collier prénom personnalisé, argent 925", "markets": ["FR", "DE", "ES"],
     "updated_at": "2026-11-02T10:00:00Z", "item_kind": "personalised", "durable": True},
    {"type": "listing_upserted", "id": "evt-l-5008", "listing_id": "L-5008", "seller_id": "S-3003",
     "title": "Wireless earbuds BT 5.3 with charging case", "brand": "Enhomee", "model": "EB-53",
     "markets": ["FR", "DE", "ES", "US"], "updated_at": "2026-11-02T10:00:00Z",
     "durable": True, "dimensions_mm": [120, 90, 45], "weight_g": 180, "free_return": True},
]
refund_dates = {"placed": "2026-10-25T09:00:00Z", "shipped": "2026-10-26T09:00:00Z",
                "delivered": "2026-11-02T15:00:00Z", "guaranteed_delivery_by": "2026-11-10T23:59:59Z"}
refund_orders = [
    demo_order("O-9101", "B-90", "Marie", "FR", "fr-FR", "L-5007", "FR", ship_postal="69003", price="39.00", **refund_dates),
    demo_order("O-9102", "B-91", "Sofia", "ES", "es-ES", "L-5008", "ES", ship_postal="28013", price="29.99",
               free_return=True, **refund_dates),
    demo_order("O-9103", "B-92", "Max", "DE", "de-DE", "L-5008", "DE", ship_postal="10115", price="29.99",
               free_return=True, **refund_dates),
    demo_order("O-9104", "B-93", "Olivia", "US", "en-US", "L-5006", "US", ship_postal="94110", price="45.00",
               **refund_dates),
    demo_order("O-9105", "B-94", "Paul", "FR", "fr-FR", "L-5008", "FR", ship_postal="33000", price="29.99",
               placed="2026-10-20T09:00:00Z", shipped="2026-10-21T09:00:00Z", delivered=None,
               guaranteed_delivery_by="2026-11-03T23:59:59Z"),
    demo_order("O-9106", "B-95", "Lena", "DE", "de-DE", "L-5008", "DE", ship_postal="80331", price="29.99",
               placed="2026-10-20T09:00:00Z", shipped="2026-10-21T09:00:00Z", delivered=None,
               guaranteed_delivery_by="2026-11-03T23:59:59Z"),
    demo_order("O-9107", "B-96", "Lucas", "FR", "fr-FR", "L-5008", "FR", ship_postal="59000", price="29.99",
               quantity=3, **refund_dates),
    demo_order("O-9108", "B-97", "Chloé", "FR", "fr-FR", "L-5008", "FR", ship_postal="13001", price="29.99",
               placed="2026-11-04T18:00:00Z", shipped=None, delivered=None),
]
write("catalog-sync/demo_refund_catalogue.json", sqs_event("CatalogSyncQueue", refund_listings + refund_orders))


def refund(id_, order_id, buyer_id, listing, reason, quantity=1, requested="2026-11-05T10:00:00Z",
           received="2026-11-02T15:00:00Z", payout="original_payment", **condition):
    body = {"type": "refund_requested", "id": id_, "order_id": order_id, "buyer_id": buyer_id,
            "lines": [{"listing_id": listing, "quantity": quantity}], "reason": reason,
            "requested_at": requested, "received_at": received,
            "item_condition": {"used": False, "packaging_intact": True, "seals_intact": True,
                               "tags_attached": True, **condition},
            "evidence": ["photo-1.jpg"] if reason in ("damaged", "not_as_described", "shortage") else [],
            "payout": payout}
    return {k: v for k, v in body.items() if v is not None}


refund_samples = {
    # Anna's keto capsules are under RappelConso's recall in France (act one).
    "recall": refund("rr-9001", "O-9001", "B-77", "L-5001", "recall", requested="2026-11-04T08:00:00Z",
                     received="2026-10-09T15:00:00Z", payout="refund_bonus"),
    "not_arrived": refund("rr-9105", "O-9105", "B-94", "L-5008", "not_arrived", received=None),
    "lost_in_transit": refund("rr-9106", "O-9106", "B-95", "L-5008", "lost_in_transit", received=None,
                              payout="refund_bonus"),
    "damaged": refund("rr-9103", "O-9103", "B-92", "L-5008", "damaged"),
    "shortage": refund("rr-9107", "O-9107", "B-96", "L-5008", "shortage"),
    "not_as_described": refund("rr-9104", "O-9104", "B-93", "L-5006", "not_as_described"),
    "change_of_mind_free_return": refund("rr-9102", "O-9102", "B-91", "L-5008", "change_of_mind",
                                         payout="refund_bonus"),
    "change_of_mind_personalised": refund("rr-9101", "O-9101", "B-90", "L-5007", "change_of_mind",
                                          packaging="opened_to_check", packaging_intact=None),
    "change_of_mind_large_order": refund("rr-9109", "O-9109", "B-98", "L-5004", "change_of_mind"),
    "cancellation": refund("rr-9108", "O-9108", "B-97", "L-5008", "cancellation", received=None,
                           requested="2026-11-05T08:00:00Z"),
}
for name, body in refund_samples.items():
    body["item_condition"] = {k: v for k, v in body["item_condition"].items() if v is not None}
    write(f"refunds/{name}.json", sqs_event("RefundsQueue", [body]))
# Hugo asks on 5 November, before the guaranteed date (12 November): the carrier
# reported the parcel lost, so it is refunded at once. Not in demo_requests (an
# SQS batch holds 10).
write("refunds/lost_in_transit_carrier_lost.json", sqs_event("RefundsQueue", [
    refund("rr-9110", "O-9110", "B-99", "L-5008", "lost_in_transit", received=None)]))
# Every request in one batch, as the demo sends them.
write("refunds/demo_requests.json", sqs_event("RefundsQueue", list(refund_samples.values())))
# The warehouse: Max's damaged earbuds came back and passed the quality check.
write("refunds/return_checked.json", sqs_event("RefundsQueue", [
    {"type": "return_checked", "id": "wh-9103", "order_id": "O-9103", "request_id": "rr-9103",
     "checked_at": "2026-11-12T10:00:00Z", "passed": True, "note": None}]))
broken = refund("rr-broken", "O-9103", "B-92", "L-5008", "damaged", quantity=0)
write("refunds/broken_zero_quantity.json", sqs_event("RefundsQueue", [broken]))

# ---- the ledger: relisting caught at publication, a dodging edit, reported violations ----
# Joy Toys relists the recalled keto capsules under a new listing id (act one's
# RappelConso recall covers FR; Safety Gate merged BE and DE into it).
relisting = {"type": "listing_upserted", "id": "evt-l-5009", "listing_id": "L-5009", "seller_id": "S-1001",
             "title": "Keto nuit minceur 60 gélules (nouvelle formule)", "brand": "Keto Slim Nuit", "model": None,
             "gtins": ["3760289220694"], "batches": [], "category": "foods",
             "markets": ["FR", "BE", "DE", "US"], "updated_at": "2026-11-06T10:00:00Z"}
write("catalog-sync/relisting.json", sqs_event("CatalogSyncQueue", [relisting]))
# Joy Toys edits the magnetic tiles the platform's inspection blocked: the
# GTIN and the brand go, so the recall would no longer match.
dodge = dict(listings[5])
dodge.update({"id": "evt-l-5006-edit", "gtins": [], "brand": "Generic", "model": "MT-100",
              "title": "Magnetic building tiles, 100 pieces", "updated_at": "2026-11-07T10:00:00Z"})
write("catalog-sync/dodging_edit.json", sqs_event("CatalogSyncQueue", [dodge]))
violations = [
    {"type": "violation_reported", "id": "vr-9001", "seller_id": "S-3003", "violation": "health_and_safety",
     "reason": "The charging case of the EB-53 earbuds lacks the CE marking and overheats while charging (lab report LR-2211).",
     "listing_id": "L-5008", "sanction": "listing_removal", "reported_at": "2026-11-10T09:00:00Z",
     "reporter": "desk-ana",
     "compliance_reminder": {
         "issue": "The charging case lacks the CE marking and can overheat while charging.",
         "instructions": "Charge the case only with a certified USB charger, on a hard surface, and never leave it charging unattended."}},
    {"type": "violation_reported", "id": "vr-9002", "seller_id": "S-2002", "violation": "pricing_abuse",
     "reason": "Fake five-star reviews posted on listing L-5007 from accounts linked to the seller.",
     "listing_id": "L-5007", "sanction": "financial_penalty",
     "financial_penalty": {"amount": "250.00", "currency": "EUR"},
     "reported_at": "2026-11-10T09:30:00Z", "reporter": "desk-ana"},
]
write("violations/violation_reported.json", sqs_event("ViolationsQueue", violations))
write("consumer-notices/compliance_reminder_page.json", sqs_event("ConsumerNoticesQueue", [
    {"type": "compliance_reminder_page", "id": "crm:vr-9001:start", "report_id": "vr-9001",
     "listing_id": "L-5008", "cursor": None}]))
print("events written under", out)
