//! SES v2: one `SendEmail` per seller notice, text and HTML parts.

use crate::StoreError;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message};
use safety_domain::email::Email;

#[derive(Debug, Clone)]
pub struct Mailer {
    ses: aws_sdk_sesv2::Client,
    from: String,
}

impl Mailer {
    pub fn new(ses: aws_sdk_sesv2::Client, from: impl Into<String>) -> Mailer {
        Mailer {
            ses,
            from: from.into(),
        }
    }

    /// Sends one email; returns SES's message id.
    pub async fn send(&self, email: &Email) -> Result<String, StoreError> {
        let content = |data: &str| {
            Content::builder()
                .data(data)
                .charset("UTF-8")
                .build()
                .map_err(|e| StoreError::Aws(format!("SES content: {e}")))
        };
        let message = Message::builder()
            .subject(content(&email.subject)?)
            .body(
                Body::builder()
                    .text(content(&email.text)?)
                    .html(content(&email.html)?)
                    .build(),
            )
            .build();
        let out = self
            .ses
            .send_email()
            .from_email_address(&self.from)
            .destination(Destination::builder().to_addresses(&email.to).build())
            .content(EmailContent::builder().simple(message).build())
            .send()
            .await
            .map_err(|e| {
                StoreError::Aws(format!(
                    "SES SendEmail: {}",
                    aws_sdk_sesv2::error::DisplayErrorContext(&e)
                ))
            })?;
        Ok(out.message_id().unwrap_or_default().to_string())
    }
}
