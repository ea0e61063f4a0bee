//! SDK clients, built once per cold start and passed to the handlers.

use crate::counting::CallCounter;
use aws_config::BehaviorVersion;

#[derive(Debug, Clone)]
pub struct Clients {
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub ses: aws_sdk_sesv2::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub eventbridge: aws_sdk_eventbridge::Client,
    /// Every call of these clients, counted.
    pub calls: CallCounter,
}

impl Clients {
    /// Loads the configuration from the environment (`AWS_REGION`,
    /// `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_SESV2`, credentials...).
    pub async fn from_env() -> Clients {
        let config = aws_config::load_defaults(BehaviorVersion::latest()).await;
        Clients::from_config(&config)
    }

    pub fn from_config(config: &aws_config::SdkConfig) -> Clients {
        let calls = CallCounter::default();
        let dynamodb = aws_sdk_dynamodb::Client::from_conf(
            aws_sdk_dynamodb::config::Builder::from(config)
                .interceptor(calls.clone())
                .build(),
        );
        let ses = aws_sdk_sesv2::Client::from_conf(
            aws_sdk_sesv2::config::Builder::from(config)
                .interceptor(calls.clone())
                .build(),
        );
        let sqs = aws_sdk_sqs::Client::from_conf(
            aws_sdk_sqs::config::Builder::from(config)
                .interceptor(calls.clone())
                .build(),
        );
        let eventbridge = aws_sdk_eventbridge::Client::from_conf(
            aws_sdk_eventbridge::config::Builder::from(config)
                .interceptor(calls.clone())
                .build(),
        );
        Clients {
            dynamodb,
            ses,
            sqs,
            eventbridge,
            calls,
        }
    }
}

/// A required environment variable, or an error that names it.
pub fn env_var(name: &str) -> Result<String, crate::error::StoreError> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| {
            crate::error::StoreError::Config(format!("environment variable {name} is not set"))
        })
}

/// The standing thresholds of `STANDING_THRESHOLDS` ("6,12,24,36,48":
/// warning, listing restrictions, shipping restriction, suspension,
/// termination), or the defaults when it is unset or empty.
pub fn thresholds_from_env() -> Result<safety_domain::ledger::Thresholds, crate::error::StoreError>
{
    match std::env::var("STANDING_THRESHOLDS") {
        Ok(raw) if !raw.trim().is_empty() => safety_domain::ledger::Thresholds::parse(&raw)
            .map_err(|e| crate::error::StoreError::Config(format!("STANDING_THRESHOLDS: {e}"))),
        _ => Ok(safety_domain::ledger::Thresholds::default()),
    }
}
