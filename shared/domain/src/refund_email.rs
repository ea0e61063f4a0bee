//! The emails of a refund decision (SPEC 2): one to the buyer, one to each
//! seller whose lines the request names, in each reader's language.
//! STUB: replaced by the full module.

use crate::catalog::{Buyer, Seller};
use crate::email::{Email, RenderError};
use crate::refund_request::RefundRecord;

/// The buyer's email about the decision, in the buyer's language.
pub fn buyer_email(record: &RefundRecord, buyer: &Buyer) -> Result<Email, RenderError> {
    Ok(Email {
        to: buyer.email.clone(),
        subject: format!("Your refund request {} for order {}", record.request_id, record.order_id),
        text: record.decision.explanation.clone(),
        html: record.decision.explanation.clone(),
    })
}

/// The email to one seller about the decision on their lines, in the seller's
/// language.
pub fn seller_email(record: &RefundRecord, seller: &Seller) -> Result<Email, RenderError> {
    Ok(Email {
        to: seller.email.clone(),
        subject: format!("Refund request {} on order {}", record.request_id, record.order_id),
        text: record.decision.explanation.clone(),
        html: record.decision.explanation.clone(),
    })
}
