//! SQS: the functions that continue work later (the next page of a consumer
//! recall, the first page of a started one) send it to a queue.

use crate::error::StoreError;

#[derive(Debug, Clone)]
pub struct Queue {
    sqs: aws_sdk_sqs::Client,
    url: String,
}

impl Queue {
    pub fn new(sqs: aws_sdk_sqs::Client, url: impl Into<String>) -> Queue {
        Queue {
            sqs,
            url: url.into(),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Sends messages, in `SendMessageBatch` calls of up to 10.
    pub async fn send_all(&self, bodies: &[String]) -> Result<(), StoreError> {
        for chunk in bodies.chunks(10) {
            let entries = chunk
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    aws_sdk_sqs::types::SendMessageBatchRequestEntry::builder()
                        .id(format!("m{i}"))
                        .message_body(b)
                        .build()
                        .map_err(|e| StoreError::Encode(e.to_string()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let out = self
                .sqs
                .send_message_batch()
                .queue_url(&self.url)
                .set_entries(Some(entries))
                .send()
                .await
                .map_err(|e| StoreError::Aws {
                    op: "SQS SendMessageBatch",
                    detail: aws_sdk_sqs::error::DisplayErrorContext(&e).to_string(),
                    source: Some(Box::new(e)),
                })?;
            if let Some(f) = out.failed().first() {
                return Err(StoreError::aws(
                    "SQS SendMessageBatch",
                    format!(
                        "refused a message: {} {}",
                        f.code(),
                        f.message().unwrap_or_default()
                    ),
                ));
            }
        }
        Ok(())
    }
}
