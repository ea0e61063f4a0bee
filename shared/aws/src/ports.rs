//! The use cases' ports (`safety_app::ports`) implemented by the AWS
//! adapters: cases and recalls by the DynamoDB store, pages by the queue.

use crate::{Queue, Store};
use chrono::{DateTime, Utc};
use safety_app::ports::{Cases, Pages, PortError};
use safety_domain::messages::ConsumerRecallPage;
use safety_domain::recall::intake::{Case, CaseState};
use safety_domain::recall::Recall;

impl Cases for Store {
    async fn cases_due(&self, now: DateTime<Utc>) -> Result<Vec<Case>, PortError> {
        Store::cases_due(self, now)
            .await
            .map_err(PortError::from_source)
    }

    async fn get_case(&self, case_id: &str) -> Result<Option<Case>, PortError> {
        Store::get_case(self, case_id)
            .await
            .map_err(PortError::from_source)
    }

    async fn get_recall(&self, recall_id: &str) -> Result<Option<Recall>, PortError> {
        Store::get_recall(self, recall_id)
            .await
            .map_err(PortError::from_source)
    }

    async fn save_case(
        &self,
        case: &Case,
        expected: CaseState,
        due: Option<DateTime<Utc>>,
    ) -> Result<bool, PortError> {
        Store::save_case(self, case, expected, due)
            .await
            .map_err(PortError::from_source)
    }
}

impl Pages for Queue {
    async fn queue_pages(&self, pages: &[ConsumerRecallPage]) -> Result<(), PortError> {
        let bodies: Vec<String> = pages.iter().map(ConsumerRecallPage::to_message).collect();
        self.send_all(&bodies).await.map_err(PortError::from_source)
    }
}
