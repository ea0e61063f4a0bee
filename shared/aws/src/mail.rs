//! SES v2: one `SendEmail` per seller email (text and HTML parts); one
//! `SendBulkEmail` per up to 50 consumers, with an inline template and
//! per-destination replacement data.

use crate::error::StoreError;
use aws_sdk_sesv2::types::{
    Body, BulkEmailContent, BulkEmailEntry, BulkEmailStatus, Content, Destination, EmailContent,
    EmailTemplateContent, Message, MessageTag, ReplacementEmailContent, ReplacementTemplate,
    Template,
};
use safety_domain::delivery::tags;
use safety_domain::outbox::OutboxKey;

/// SES v2 takes at most 50 destinations per `SendBulkEmail`.
pub const BULK_MAX: usize = 50;
use safety_domain::notices::render::Email;

#[derive(Debug, Clone)]
pub struct Mailer {
    ses: aws_sdk_sesv2::Client,
    from: String,
    /// The SES configuration set whose bounce and complaint events come
    /// back (`SES_CONFIGURATION_SET`; none locally unless set).
    configuration_set: Option<String>,
}

/// An email's outbox key as SES message tags, which SES's events give back.
fn message_tags(key: &OutboxKey) -> Result<Vec<MessageTag>, StoreError> {
    tags(key)
        .into_iter()
        .map(|(name, value)| {
            MessageTag::builder()
                .name(name)
                .value(value)
                .build()
                .map_err(|e| StoreError::aws("SES tag", e.to_string()))
        })
        .collect()
}

impl Mailer {
    /// Sends from `from`, through the configuration set named by
    /// `SES_CONFIGURATION_SET` when it is set.
    pub fn new(ses: aws_sdk_sesv2::Client, from: impl Into<String>) -> Mailer {
        Mailer {
            ses,
            from: from.into(),
            configuration_set: std::env::var("SES_CONFIGURATION_SET")
                .ok()
                .filter(|c| !c.trim().is_empty()),
        }
    }

    /// Sends one email, tagged with its outbox key; returns SES's message id.
    pub async fn send(&self, email: &Email, key: &OutboxKey) -> Result<String, StoreError> {
        let content = |data: &str| {
            Content::builder()
                .data(data)
                .charset("UTF-8")
                .build()
                .map_err(|e| StoreError::aws("SES content", e.to_string()))
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
            .set_configuration_set_name(self.configuration_set.clone())
            .set_email_tags(Some(message_tags(key)?))
            .destination(Destination::builder().to_addresses(&email.to).build())
            .content(EmailContent::builder().simple(message).build())
            .send()
            .await
            .map_err(|e| {
                StoreError::aws(
                    "SES SendEmail",
                    without_addresses(&aws_sdk_sesv2::error::DisplayErrorContext(&e).to_string()),
                )
            })?;
        Ok(out.message_id().unwrap_or_default().to_string())
    }

    /// Sends one template to up to 50 destinations, each with its own
    /// replacement data (a JSON object). Returns, per destination in order,
    /// SES's message id or the reason it refused that one.
    pub async fn send_bulk(
        &self,
        subject: &str,
        text: &str,
        html: &str,
        entries: &[(String, String, OutboxKey)],
    ) -> Result<Vec<Result<String, String>>, StoreError> {
        if entries.len() > BULK_MAX {
            return Err(StoreError::Encode(format!(
                "{} destinations in one SendBulkEmail; SES takes at most {BULK_MAX}",
                entries.len()
            )));
        }
        let template = Template::builder()
            .template_content(
                EmailTemplateContent::builder()
                    .subject(subject)
                    .text(text)
                    .html(html)
                    .build(),
            )
            .template_data("{}")
            .build();
        let mut call = self
            .ses
            .send_bulk_email()
            .from_email_address(&self.from)
            .set_configuration_set_name(self.configuration_set.clone())
            .default_content(BulkEmailContent::builder().template(template).build());
        for (to, data, key) in entries {
            call = call.bulk_email_entries(
                BulkEmailEntry::builder()
                    .destination(Destination::builder().to_addresses(to).build())
                    .set_replacement_tags(Some(message_tags(key)?))
                    .replacement_email_content(
                        ReplacementEmailContent::builder()
                            .replacement_template(
                                ReplacementTemplate::builder()
                                    .replacement_template_data(data)
                                    .build(),
                            )
                            .build(),
                    )
                    .build(),
            );
        }
        let out = call.send().await.map_err(|e| {
            StoreError::aws(
                "SES SendBulkEmail",
                without_addresses(&aws_sdk_sesv2::error::DisplayErrorContext(&e).to_string()),
            )
        })?;
        let results = out.bulk_email_entry_results();
        Ok((0..entries.len())
            .map(|i| match results.get(i) {
                Some(r)
                    if r.status() == Some(&BulkEmailStatus::Success)
                        || r.status().is_none() && r.error().is_none() =>
                {
                    Ok(r.message_id().unwrap_or_default().to_string())
                }
                Some(r) => Err(format!(
                    "{}: {}",
                    r.status().map(|s| s.as_str()).unwrap_or("failed"),
                    without_addresses(r.error().unwrap_or("no reason given"))
                )),
                None => Err("SES returned no result for this destination".to_string()),
            })
            .collect())
    }
}

/// An SES error without the email addresses it may quote ("Email address is
/// not verified: anna@example.org"): errors are logged, and a consumer's
/// address must never be.
pub fn without_addresses(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || "<>()[]\"',;".contains(c))
        .map(|word| {
            let core =
                word.trim_end_matches(|c: char| c.is_whitespace() || "<>()[]\"',;".contains(c));
            if core.contains('@') {
                format!("<address>{}", &word[core.len()..])
            } else {
                word.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::without_addresses;

    #[test]
    fn an_ses_error_loses_its_addresses() {
        assert_eq!(
            without_addresses("MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: anna@example.org, <bob@x.fr>"),
            "MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: <address>, <<address>>"
        );
        assert_eq!(
            without_addresses("Throttling: slow down"),
            "Throttling: slow down"
        );
    }
}
