//! The emails of a refund decision (SPEC 2, seed 004): one to the buyer, one
//! to each seller whose lines the request names, each in its reader's language
//! (the languages that have the email's Project Fluent file: English, French,
//! German and Spanish; English for any other locale). A seller's email is in
//! the seller's language with the binding English below it
//! ([`compose_for_seller`]).
//!
//! Every word the reader sees comes from Fluent
//! (`shared/domain/locales/<locale>/refund_*.ftl`): each email's own file
//! (`refund_buyer`, `refund_seller`, `refund_settled`) and the decision's
//! vocabulary they share (`refund_terms`: reasons, bases, remedies, who pays
//! the return, the rules, the recourses, the statuses and the common
//! labels). Dates and amounts are written by [`format`] (ICU4X). The English
//! `describe()` texts of [`crate::refunds`] are written for the desk (they
//! quote the seed and cite the SPEC) and are not shown to buyers or sellers;
//! the Fluent files say the same in words for them.
//!
//! Privacy: the buyer never learns whether a refund is charged to the seller;
//! the seller never sees the buyer's name or email address (the order id
//! identifies the buyer to the seller).
//!
//! When a refund waited for the returned items, the warehouse's check settles
//! it and the buyer gets the confirmation the decision email promises
//! ([`settlement_email`]): the refund paid, or the check failed and what the
//! buyer can still do.
//!
//! The text part shows every value verbatim; the HTML part escapes every value
//! (templates named `*.html` are autoescaped, see [`crate::notices::render`]).

use super::request::{Payout, RecordLine, RefundRecord};
use super::rules::{
    Basis, GrantRule, LabelDecision, LineDecision, Payer, Recourse, RefundReason, RefundRemedy,
    Rule,
};
use crate::catalog::{Buyer, Seller};
use crate::kernel::format;
use crate::kernel::format::country_name;
use crate::kernel::language::Language;
use crate::kernel::money::Money;
use crate::kernel::text::one_line;
use crate::notices::render::{compose, compose_for_seller, language_for, Email, RenderError};
use crate::notices::texts::{self, Arg, Words};
use serde::Serialize;
use std::collections::BTreeMap;

/// The Fluent file of the words the refund emails share.
const TERMS: &str = "refund_terms";
const BUYER: &str = "refund_buyer";
const SELLER: &str = "refund_seller";
const SETTLED: &str = "refund_settled";

// ---------------------------------------------------------------------------
// The words
// ---------------------------------------------------------------------------

/// The words of one refund email in one language: the email's own Fluent
/// file and the shared vocabulary.
#[derive(Clone, Copy)]
struct Tr {
    lang: Language,
    terms: Words,
    own: Words,
    own_file: &'static str,
}

impl Tr {
    fn new(lang: Language, email: &'static str) -> Tr {
        Tr {
            lang,
            terms: Words::new(lang, TERMS),
            own: Words::new(lang, email),
            own_file: email,
        }
    }

    /// A shared word without variables.
    fn term(&self, id: &str) -> String {
        self.terms.get(id)
    }

    fn term_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.terms.with(id, args)
    }

    /// A message of the email's own file.
    fn own(&self, id: &str) -> String {
        self.own.get(id)
    }

    fn own_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.own.with(id, args)
    }

    /// What the templates call `t`: every message without variables of the
    /// shared file and the email's own, by id with `_` for `-` (a message
    /// with variables is filled by code and left out).
    fn table(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (file, words) in [(TERMS, self.terms), (self.own_file, self.own)] {
            for id in texts::ids("en", file) {
                let text = words.get(&id);
                if !text.is_empty() {
                    out.insert(id.replace('-', "_"), text);
                }
            }
        }
        out
    }

    fn money(&self, m: &Money) -> String {
        format::money(self.lang, m)
    }
}

/// A value from outside (a name, an id) given to a message: on one line and
/// at most 200 characters, never read as Fluent syntax.
fn arg(value: &str) -> Arg<'static> {
    Arg::from(one_line(value, 200))
}

// ---------------------------------------------------------------------------
// The emails
// ---------------------------------------------------------------------------

/// The buyer's email about the decision, in the buyer's language.
pub fn buyer_email(record: &RefundRecord, buyer: &Buyer) -> Result<Email, RenderError> {
    let lang = language_for(buyer.locale.as_deref(), BUYER);
    let w = Tr::new(lang, BUYER);
    let pairs = decided_lines(record, |_| true);
    let status = request_status(&w, &pairs);
    let (subject, lines, refunded) = overview(&w, &status, record, &pairs, Reader::Buyer);

    // The refund: the total, where it goes, and when.
    let refund = (!refunded.is_empty()).then(|| {
        let mut timing = Vec::new();
        for (remedy, label) in [
            (RefundRemedy::Refund, "paid-now-label"),
            (RefundRemedy::RefundAfterReturn, "paid-after-check-label"),
        ] {
            let these: Vec<&&LineDecision> =
                refunded.iter().filter(|ld| ld.remedy == remedy).collect();
            if !these.is_empty() {
                let amount = sum(these.iter().filter_map(|ld| ld.refund_amount.as_ref()))
                    .filter(|_| these.iter().all(|ld| ld.refund_amount.is_some()));
                timing.push(Timing {
                    label: w.own(label),
                    amount: amount.map(|m| w.money(&m)),
                });
            }
        }
        RefundView {
            total: record.decision.refund_amount.as_ref().map(|m| w.money(m)),
            paid_to: w.own(match record.payout {
                Payout::RefundBonus => "paid-to-fast-refund-bonus",
                Payout::OriginalPayment => "paid-to-original-payment",
            }),
            after_check: refunded
                .iter()
                .any(|ld| ld.remedy == RefundRemedy::RefundAfterReturn),
            timing,
        }
    });

    let label = match record.decision.prepaid_label {
        LabelDecision::Granted => Some("label-granted"),
        LabelDecision::SharedWithOrder => Some("label-shared-with-order"),
        LabelDecision::RefusedMonthlyLimit => Some("label-refused-monthly-limit"),
        LabelDecision::PickupSuspended => Some("label-pickup-suspended"),
        LabelDecision::NotNeeded => None,
    }
    .map(|id| w.own(id));

    // Rules of the request that no line and no label sentence already names
    // (a request naming no item).
    let request_rules: Vec<String> = record
        .decision
        .refused_by
        .iter()
        .filter(|r| {
            !record
                .decision
                .lines
                .iter()
                .any(|l| l.refused_by.contains(r))
        })
        .filter(|r| {
            !matches!(
                (**r, record.decision.prepaid_label),
                (Rule::MonthlyLabelLimit, LabelDecision::RefusedMonthlyLimit)
                    | (Rule::PickupSuspended, LabelDecision::PickupSuspended)
            )
        })
        .map(|r| w.term(rule_id(*r)))
        .collect();

    // What the buyer can still do when something is refused; it always ends
    // with the statutory rights and the after-sales dispute.
    let something_refused = !record.decision.all_granted || pairs.iter().any(|(_, ld)| !ld.granted);
    let still_open: Vec<String> = if something_refused {
        let mut open = record.decision.still_open.clone();
        open.retain(|r| {
            !matches!(
                r,
                Recourse::StatutoryRights { .. } | Recourse::AfterSalesDispute
            )
        });
        open.push(Recourse::StatutoryRights {
            country: statutory_country(record),
        });
        open.push(Recourse::AfterSalesDispute);
        open.iter().map(|r| recourse_text(&w, r)).collect()
    } else {
        Vec::new()
    };

    let ctx = BuyerContext {
        lang: lang.code(),
        dir: dir(lang),
        t: w.table(),
        subject: subject.clone(),
        heading: w.own_with("heading", &[("status", arg(&status))]),
        greeting: w.term_with("greeting", &[("name", arg(buyer.name.trim()))]),
        intro: w.own_with("intro", &[("order", arg(&record.order_id))]),
        request_id: &record.request_id,
        order_id: &record.order_id,
        reason: w.term(reason_id(record.reason)),
        requested_on: format::date(lang, record.requested_at.date_naive()),
        lines,
        refund,
        label,
        request_rules,
        still_open,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    compose(
        &buyer.email,
        subject,
        ("refund_buyer.txt", "refund_buyer.html"),
        &value,
    )
}

/// The email to one seller about the decision on their lines, to the seller's
/// account address: in the seller's language, with the binding English below
/// it when that is not English. Only the seller's own lines are shown; a
/// seller none of whose lines the request names is told so.
pub fn seller_email(record: &RefundRecord, seller: &Seller) -> Result<Email, RenderError> {
    let pairs = decided_lines(record, |rl| rl.seller_id == seller.seller_id);
    let build = |lang: Language| -> Result<(String, minijinja::Value), RenderError> {
        let w = Tr::new(lang, SELLER);
        let status = if pairs.is_empty() {
            w.term("status-for-information")
        } else {
            request_status(&w, &pairs)
        };
        let (subject, lines, refunded) = overview(&w, &status, record, &pairs, Reader::Seller);

        let total_of = |lines: &[&LineDecision]| {
            if lines.is_empty() || lines.iter().any(|ld| ld.refund_amount.is_none()) {
                None
            } else {
                sum(lines.iter().filter_map(|ld| ld.refund_amount.as_ref())).map(|m| w.money(&m))
            }
        };
        let refunded_total = total_of(&refunded);
        let charged: Vec<&LineDecision> = refunded
            .iter()
            .copied()
            .filter(|ld| ld.charged_to_seller)
            .collect();
        let charged_total = total_of(&charged);
        let items_back = pairs
            .iter()
            .any(|(_, ld)| ld.granted && ld.return_shipping_paid_by != Payer::NoReturn);

        let ctx = SellerContext {
            lang: lang.code(),
            dir: dir(lang),
            t: w.table(),
            subject: subject.clone(),
            heading: w.own_with("heading", &[("status", arg(&status))]),
            greeting: w.term_with("greeting", &[("name", arg(seller.name.trim()))]),
            intro: w.own_with("intro", &[("order", arg(&record.order_id))]),
            request_id: &record.request_id,
            order_id: &record.order_id,
            reason: w.term(reason_id(record.reason)),
            requested_on: format::date(lang, record.requested_at.date_naive()),
            no_lines: pairs.is_empty(),
            lines,
            refunded_total,
            any_charged: !charged.is_empty(),
            charged_total,
            returns: w.own(if items_back {
                "items-come-back"
            } else {
                "no-item-comes-back"
            }),
            respond: w.own_with("respond-to-buyer", &[("order", arg(&record.order_id))]),
        };
        Ok((subject, minijinja::Value::from_serialize(&ctx)))
    };
    let mut email = compose_for_seller(
        seller,
        SELLER,
        ("refund_seller.txt", "refund_seller.html"),
        build,
    )?;
    // A refund decision goes to the account address, not the safety one.
    email.to = seller.email.clone();
    Ok(email)
}

fn dir(lang: Language) -> &'static str {
    if lang.is_rtl() {
        "rtl"
    } else {
        "ltr"
    }
}

// ---------------------------------------------------------------------------
// What the templates get
// ---------------------------------------------------------------------------

#[derive(Serialize)]
struct BuyerContext<'a> {
    lang: &'static str,
    dir: &'static str,
    t: BTreeMap<String, String>,
    subject: String,
    heading: String,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    reason: String,
    requested_on: String,
    lines: Vec<LineView>,
    refund: Option<RefundView>,
    label: Option<String>,
    request_rules: Vec<String>,
    still_open: Vec<String>,
}

#[derive(Serialize)]
struct SellerContext<'a> {
    lang: &'static str,
    dir: &'static str,
    t: BTreeMap<String, String>,
    subject: String,
    heading: String,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    reason: String,
    requested_on: String,
    no_lines: bool,
    lines: Vec<LineView>,
    refunded_total: Option<String>,
    any_charged: bool,
    charged_total: Option<String>,
    returns: String,
    respond: String,
}

/// One requested line as the reader sees it.
#[derive(Serialize)]
struct LineView {
    number: usize,
    title: String,
    quantity: u32,
    granted: bool,
    /// "Granted" / "Refused".
    status: String,
    /// The best basis (granted lines).
    basis: String,
    /// The rule that made the best basis grant, when one rule on its own did.
    decided_by: Option<String>,
    remedy: String,
    /// Who sends what back, from the reader's side.
    ret: String,
    amount: Option<String>,
    /// The other bases that grant too.
    also: Vec<String>,
    /// Refused line: the rules that refused it. Granted line: the rules that
    /// stopped the other bases considered.
    rules: Vec<String>,
    /// Seller only: the refund is a recall refund, charged to the seller.
    charged: bool,
}

#[derive(Serialize)]
struct RefundView {
    total: Option<String>,
    paid_to: String,
    /// What is paid now and what after the warehouse's quality check.
    timing: Vec<Timing>,
    /// Some refund waits for the returned items' quality check.
    after_check: bool,
}

#[derive(Serialize)]
struct Timing {
    label: String,
    amount: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Buyer,
    Seller,
}

/// What both emails start from: the subject, each line as the reader sees
/// it, and the lines refunded.
fn overview<'a>(
    w: &Tr,
    status: &str,
    record: &RefundRecord,
    pairs: &[(&RecordLine, &'a LineDecision)],
    reader: Reader,
) -> (String, Vec<LineView>, Vec<&'a LineDecision>) {
    let subject = w.own_with(
        "subject",
        &[
            ("request", arg(&record.request_id)),
            ("order", arg(&record.order_id)),
            ("status", arg(status)),
        ],
    );
    let lines = pairs
        .iter()
        .enumerate()
        .map(|(i, (rl, ld))| line_view(w, i, rl, ld, reader))
        .collect();
    let refunded = pairs
        .iter()
        .map(|(_, ld)| *ld)
        .filter(|ld| ld.granted && ld.remedy.is_refund())
        .collect();
    (subject, lines, refunded)
}

/// The record's lines with their decisions, in the decision's order, kept
/// when `keep` says so. A decision line without its record line is skipped
/// (a record always has both).
fn decided_lines(
    record: &RefundRecord,
    keep: impl Fn(&RecordLine) -> bool,
) -> Vec<(&RecordLine, &LineDecision)> {
    record
        .decision
        .lines
        .iter()
        .filter_map(|ld| record.lines.get(ld.item).map(|rl| (rl, ld)))
        .filter(|(rl, _)| keep(rl))
        .collect()
}

/// Granted, partly granted or refused, over the given lines.
fn request_status(w: &Tr, lines: &[(&RecordLine, &LineDecision)]) -> String {
    let granted = lines.iter().filter(|(_, ld)| ld.granted).count();
    w.term(if granted > 0 && granted == lines.len() {
        "status-granted"
    } else if granted > 0 {
        "status-partly-granted"
    } else {
        "status-refused"
    })
}

fn line_view(w: &Tr, index: usize, rl: &RecordLine, ld: &LineDecision, reader: Reader) -> LineView {
    let best = ld.best.or_else(|| ld.bases.first().copied());
    LineView {
        number: index + 1,
        title: rl.title.clone(),
        quantity: rl.quantity,
        granted: ld.granted,
        status: w.term(if ld.granted {
            "line-granted"
        } else {
            "line-refused"
        }),
        basis: best.map(|b| w.term(basis_id(b))).unwrap_or_default(),
        decided_by: ld
            .decided_by
            .filter(|_| ld.granted)
            .map(|r| w.term(grant_rule_id(r))),
        remedy: w.term(remedy_id(ld.remedy)),
        ret: w.term(match reader {
            Reader::Buyer => return_for_buyer_id(ld.return_shipping_paid_by),
            Reader::Seller => return_for_seller_id(ld.return_shipping_paid_by),
        }),
        amount: ld
            .refund_amount
            .as_ref()
            .filter(|_| ld.granted && ld.remedy.is_refund())
            .map(|m| w.money(m)),
        also: ld
            .bases
            .iter()
            .filter(|b| Some(**b) != best)
            .map(|b| w.term(basis_id(*b)))
            .collect(),
        rules: ld.refused_by.iter().map(|r| w.term(rule_id(*r))).collect(),
        charged: reader == Reader::Seller && ld.granted && ld.charged_to_seller,
    }
}

/// The sum of amounts of one currency; `None` when there is none, or they
/// cannot be added.
fn sum<'a>(amounts: impl IntoIterator<Item = &'a Money>) -> Option<Money> {
    let mut total: Option<Money> = None;
    for m in amounts {
        total = Some(match total {
            None => m.clone(),
            Some(t) => t.plus(m)?,
        });
    }
    total
}

/// The country whose statutory rights the buyer is reminded of: the
/// decision's, else the buyer's.
fn statutory_country(record: &RefundRecord) -> crate::kernel::ids::Country {
    record
        .decision
        .still_open
        .iter()
        .find_map(|r| match r {
            Recourse::StatutoryRights { country } => Some(country.clone()),
            _ => None,
        })
        .unwrap_or_else(|| record.buyer_country.clone())
}

// ---------------------------------------------------------------------------
// The vocabulary of the decision: its message ids in `refund_terms.ftl`
// ---------------------------------------------------------------------------

/// What the buyer can still do, with its dates written as the language writes
/// them and the country named in the language.
fn recourse_text(w: &Tr, recourse: &Recourse) -> String {
    let until = |id: &str, date: String| w.term_with(id, &[("date", Arg::from(date))]);
    let lang = w.lang;
    match recourse {
        Recourse::ContactSeller => w.term("recourse-contact-seller"),
        Recourse::RequestAgainAfter { at } => until(
            "recourse-request-again-after",
            format::date(lang, at.date_naive()),
        ),
        Recourse::CancelBeforeShipment => w.term("recourse-cancel-before-shipment"),
        Recourse::EuWithdrawal { last_day: Some(d) } => {
            until("recourse-eu-withdrawal-until", format::date(lang, *d))
        }
        Recourse::EuWithdrawal { last_day: None } => w.term("recourse-eu-withdrawal"),
        Recourse::EuConformity { last_day } => {
            until("recourse-eu-conformity", format::date(lang, *last_day))
        }
        Recourse::BrRegret { last_day: Some(d) } => {
            until("recourse-br-regret-until", format::date(lang, *d))
        }
        Recourse::BrRegret { last_day: None } => w.term("recourse-br-regret"),
        Recourse::BrConformity { last_day } => {
            until("recourse-br-conformity", format::date(lang, *last_day))
        }
        Recourse::StatutoryRights { country } => w.term_with(
            "recourse-statutory-rights",
            &[("country", Arg::from(country_name(lang, country)))],
        ),
        Recourse::AfterSalesDispute => w.term("recourse-after-sales-dispute"),
    }
}

fn reason_id(v: RefundReason) -> &'static str {
    match v {
        RefundReason::NotArrived => "reason-not-arrived",
        RefundReason::LostInTransit => "reason-lost-in-transit",
        RefundReason::Damaged => "reason-damaged",
        RefundReason::Shortage => "reason-shortage",
        RefundReason::NotAsDescribed => "reason-not-as-described",
        RefundReason::Recall => "reason-recall",
        RefundReason::ChangeOfMind => "reason-change-of-mind",
        RefundReason::Cancellation => "reason-cancellation",
    }
}

fn basis_id(v: Basis) -> &'static str {
    match v {
        Basis::Recall => "basis-recall",
        Basis::Cancellation => "basis-cancellation",
        Basis::Programme => "basis-programme",
        Basis::FreeReturn => "basis-free-return",
        Basis::BrRegret => "basis-br-regret",
        Basis::EuWithdrawal => "basis-eu-withdrawal",
        Basis::EuConformity => "basis-eu-conformity",
        Basis::BrConformity => "basis-br-conformity",
    }
}

fn remedy_id(v: RefundRemedy) -> &'static str {
    match v {
        RefundRemedy::Refund => "remedy-refund",
        RefundRemedy::RefundAfterReturn => "remedy-refund-after-return",
        RefundRemedy::RepairOrReplace => "remedy-repair-or-replace",
        RefundRemedy::None => "remedy-none",
    }
}

fn return_for_buyer_id(v: Payer) -> &'static str {
    match v {
        Payer::NoReturn => "return-for-buyer-no-return",
        Payer::Platform => "return-for-buyer-platform",
        Payer::Seller => "return-for-buyer-seller",
        Payer::Buyer => "return-for-buyer-buyer",
    }
}

fn return_for_seller_id(v: Payer) -> &'static str {
    match v {
        Payer::NoReturn => "return-for-seller-no-return",
        Payer::Platform => "return-for-seller-platform",
        Payer::Seller => "return-for-seller-seller",
        Payer::Buyer => "return-for-seller-buyer",
    }
}

fn grant_rule_id(v: GrantRule) -> &'static str {
    match v {
        GrantRule::CarrierReportedLost => "grant-rule-carrier-reported-lost",
    }
}

fn rule_id(v: Rule) -> &'static str {
    match v {
        Rule::NothingRequested => "rule-nothing-requested",
        Rule::ChangeOfMindNotCovered => "rule-change-of-mind-not-covered",
        Rule::NoGuaranteedDeliveryDate => "rule-no-guaranteed-delivery-date",
        Rule::DeliveryWindowNotOver => "rule-delivery-window-not-over",
        Rule::AlreadyDelivered => "rule-already-delivered",
        Rule::NotReceived => "rule-not-received",
        Rule::ProtectionPeriodOver => "rule-protection-period-over",
        Rule::PersonalisedItem => "rule-personalised-item",
        Rule::FragileOrPerishable => "rule-fragile-or-perishable",
        Rule::HygieneItem => "rule-hygiene-item",
        Rule::DestroyedByBuyer => "rule-destroyed-by-buyer",
        Rule::UsedOrConsumed => "rule-used-or-consumed",
        Rule::ValueLostToTime => "rule-value-lost-to-time",
        Rule::CopiableUnsealed => "rule-copiable-unsealed",
        Rule::NoFreeReturnLabel => "rule-no-free-return-label",
        Rule::FreeReturnCountryNotServed => "rule-free-return-country-not-served",
        Rule::PickupSuspended => "rule-pickup-suspended",
        Rule::LargeOrderNotConfirmed => "rule-large-order-not-confirmed",
        Rule::OverseasTerritoryNotConfirmed => "rule-overseas-territory-not-confirmed",
        Rule::FreeReturnsLimited => "rule-free-returns-limited",
        Rule::FreeReturnWindowOver => "rule-free-return-window-over",
        Rule::FreeReturnItemExcluded => "rule-free-return-item-excluded",
        Rule::FreeReturnConditionNotMet => "rule-free-return-condition-not-met",
        Rule::MonthlyLabelLimit => "rule-monthly-label-limit",
        Rule::NotPaid => "rule-not-paid",
        Rule::AlreadyShipped => "rule-already-shipped",
        Rule::NotRecalled => "rule-not-recalled",
        Rule::EuWithdrawalPeriodOver => "rule-eu-withdrawal-period-over",
        Rule::EuWithdrawalException => "rule-eu-withdrawal-exception",
        Rule::EuConformityPeriodOver => "rule-eu-conformity-period-over",
        Rule::BrRegretPeriodOver => "rule-br-regret-period-over",
        Rule::BrReturnPolicyExcluded => "rule-br-return-policy-excluded",
        Rule::BrConformityPeriodOver => "rule-br-conformity-period-over",
    }
}

// ---------------------------------------------------------------------------
// The confirmation after the warehouse's check
// ---------------------------------------------------------------------------

/// The buyer's email when the warehouse checked the returned items (the
/// confirmation the decision email promises): the refund paid (amount, where)
/// when the items passed the check; when they failed it, what the warehouse
/// found, that no refund is paid for them, and what the buyer can still do.
/// The returned items are the granted lines whose remedy waited for the
/// return. Who bears the refund is never said.
pub fn settlement_email(
    record: &RefundRecord,
    settlement: &super::request::Settlement,
    buyer: &Buyer,
) -> Result<Email, RenderError> {
    let lang = language_for(buyer.locale.as_deref(), SETTLED);
    let w = Tr::new(lang, SETTLED);
    let checked_on = format::date(lang, settlement.checked_at.date_naive());
    let passed = settlement.passed;
    let subject = w.own_with(
        if passed {
            "subject-passed"
        } else {
            "subject-failed"
        },
        &[
            ("request", arg(&record.request_id)),
            ("order", arg(&record.order_id)),
        ],
    );
    let amount = settlement
        .amount
        .as_ref()
        .filter(|_| passed)
        .map(|m| w.money(m));

    let returned = decided_lines(record, |_| true);
    let returned: Vec<&(&RecordLine, &LineDecision)> = returned
        .iter()
        .filter(|(_, ld)| ld.granted && ld.remedy == RefundRemedy::RefundAfterReturn)
        .collect();
    // One line's amount repeats the total; several lines (or no total) show
    // each line's part.
    let line_amounts = passed && (returned.len() > 1 || amount.is_none());
    let lines: Vec<ReturnedLine> = returned
        .iter()
        .map(|(rl, ld)| ReturnedLine {
            title: rl.title.clone(),
            quantity: rl.quantity,
            amount: ld
                .refund_amount
                .as_ref()
                .filter(|_| line_amounts)
                .map(|m| w.money(m)),
        })
        .collect();

    let (paid_to, payout_note) = match settlement.payout {
        Payout::RefundBonus => ("paid-to-fast-refund-bonus", "fast-refund-bonus-note"),
        Payout::OriginalPayment => ("paid-to-original-payment", "original-payment-note"),
    };

    // A failed check: what the warehouse found, and what is still open.
    let found = (!passed).then(|| {
        settlement
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map_or_else(|| w.own("warehouse-found-nothing-said"), str::to_string)
    });
    let still_open: Vec<String> = if passed {
        Vec::new()
    } else {
        [
            Recourse::ContactSeller,
            Recourse::StatutoryRights {
                country: statutory_country(record),
            },
            Recourse::AfterSalesDispute,
        ]
        .iter()
        .map(|r| recourse_text(&w, r))
        .collect()
    };

    let ctx = SettlementContext {
        lang: lang.code(),
        dir: dir(lang),
        t: w.table(),
        subject: subject.clone(),
        heading: w.own(if passed {
            "heading-passed"
        } else {
            "heading-failed"
        }),
        greeting: w.term_with("greeting", &[("name", arg(buyer.name.trim()))]),
        intro: w.own_with(
            if passed {
                "intro-passed"
            } else {
                "intro-failed"
            },
            &[
                ("order", arg(&record.order_id)),
                ("date", Arg::from(checked_on.clone())),
            ],
        ),
        request_id: &record.request_id,
        order_id: &record.order_id,
        checked_on,
        passed,
        lines,
        amount,
        paid_to: w.own(paid_to),
        payout_note: w.own(payout_note),
        found,
        still_open,
    };
    let value = minijinja::Value::from_serialize(&ctx);
    compose(
        &buyer.email,
        subject,
        ("refund_settled.txt", "refund_settled.html"),
        &value,
    )
}

#[derive(Serialize)]
struct SettlementContext<'a> {
    lang: &'static str,
    dir: &'static str,
    t: BTreeMap<String, String>,
    subject: String,
    heading: String,
    greeting: String,
    intro: String,
    request_id: &'a str,
    order_id: &'a str,
    checked_on: String,
    passed: bool,
    /// The returned items the check was about.
    lines: Vec<ReturnedLine>,
    /// Passed: the amount refunded now.
    amount: Option<String>,
    paid_to: String,
    payout_note: String,
    /// Failed: the warehouse's note, or the fallback sentence.
    found: Option<String>,
    /// Failed: what the buyer can still do.
    still_open: Vec<String>,
}

/// One returned line of the settlement email.
#[derive(Serialize)]
struct ReturnedLine {
    title: String,
    quantity: u32,
    amount: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t.<name>` a template uses is a message of its email's file or
    /// of the shared one, not empty, in every language of the email (an
    /// unknown name would render as nothing).
    #[test]
    fn every_text_a_template_names_is_in_every_language() {
        let templates = [
            (BUYER, include_str!("../../templates/refund_buyer.txt")),
            (BUYER, include_str!("../../templates/refund_buyer.html")),
            (SELLER, include_str!("../../templates/refund_seller.txt")),
            (SELLER, include_str!("../../templates/refund_seller.html")),
            (SETTLED, include_str!("../../templates/refund_settled.txt")),
            (SETTLED, include_str!("../../templates/refund_settled.html")),
        ];
        for (email, source) in templates {
            let names: Vec<&str> = source
                .split("t.")
                .skip(1)
                .map(|rest| {
                    let end = rest
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .unwrap_or(rest.len());
                    &rest[..end]
                })
                .filter(|n| !n.is_empty())
                .collect();
            assert!(names.len() > 10, "{email}: {names:?}");
            for lang in [Language::En, Language::Fr, Language::De, Language::Es] {
                assert!(texts::has(lang.code(), email), "{email} in {lang:?}");
                let table = Tr::new(lang, email).table();
                for name in &names {
                    assert!(
                        table.get(*name).is_some_and(|t| !t.is_empty()),
                        "{email} ({lang:?}): t.{name}"
                    );
                }
            }
        }
    }
}
