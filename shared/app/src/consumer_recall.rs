//! Starting a case's consumer recall, once the case is stored with it
//! started (and still in the due index, so that a crash here is finished by
//! the next scheduled check): the first page of each market is queued, then
//! the case is saved out of the index, or, when its seller's window is still
//! open (a regulator's order started it early), due when the window ends.

use crate::ports::{Cases, Pages, PortError};
use safety_domain::recall::intake::Case;
use safety_domain::recall::lifecycle::{first_pages, next_check};
use safety_domain::recall::Recall;

pub async fn start(
    cases: &impl Cases,
    pages: &impl Pages,
    case: &Case,
    recall: &Recall,
) -> Result<(), PortError> {
    pages.queue_pages(&first_pages(case)).await?;
    cases
        .save_case(case, case.state, next_check(case, recall))
        .await?;
    tracing::info!(case_id = %case.case_id, markets = case.markets.len(), "consumer recall started");
    Ok(())
}
