//! SDK clients, built once per cold start and passed to the handlers.
//!
//! A function builds only the clients it uses: [`Aws::from_env`] loads the
//! shared configuration (region, credentials, endpoints) once, and each
//! client is made from it on demand ([`Aws::dynamodb`], [`Aws::ses`],
//! [`Aws::sqs`], [`Aws::eventbridge`]), every one with the call-counting
//! interceptor. [`Clients`] holds all four, for the tests and the tools that
//! drive the whole stack.
//!
//! The HTTPS client trusts Mozilla's root certificates compiled into the
//! binary (`webpki-root-certs`), never the system store, and builds its TLS
//! set-up at the first connection rather than when a client is made: the
//! cold start reads no certificate file and parses no certificate. Plain
//! `http://` endpoints (the local stack) go through the same client.

use crate::counting::CallCounter;
use aws_config::BehaviorVersion;
use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnectorSettings, SharedHttpClient, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::runtime_components::{
    RuntimeComponents, RuntimeComponentsBuilder,
};
use aws_smithy_types::config_bag::ConfigBag;
use std::sync::OnceLock;

/// The shared SDK configuration and one call counter; each client is built
/// from them when a function asks for it.
#[derive(Debug, Clone)]
pub struct Aws {
    config: aws_config::SdkConfig,
    /// Every call of the clients built here, counted.
    pub calls: CallCounter,
}

impl Aws {
    /// Loads the configuration from the environment (`AWS_REGION`,
    /// `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_SESV2`, credentials...), with
    /// the HTTPS client of this module.
    pub async fn from_env() -> Aws {
        let config = aws_config::defaults(BehaviorVersion::latest())
            .http_client(https_client())
            .load()
            .await;
        Aws::from_config(config)
    }

    pub fn from_config(config: aws_config::SdkConfig) -> Aws {
        Aws {
            config,
            calls: CallCounter::default(),
        }
    }

    pub fn config(&self) -> &aws_config::SdkConfig {
        &self.config
    }

    pub fn dynamodb(&self) -> aws_sdk_dynamodb::Client {
        aws_sdk_dynamodb::Client::from_conf(
            aws_sdk_dynamodb::config::Builder::from(&self.config)
                .interceptor(self.calls.clone())
                .build(),
        )
    }

    pub fn ses(&self) -> aws_sdk_sesv2::Client {
        aws_sdk_sesv2::Client::from_conf(
            aws_sdk_sesv2::config::Builder::from(&self.config)
                .interceptor(self.calls.clone())
                .build(),
        )
    }

    pub fn sqs(&self) -> aws_sdk_sqs::Client {
        aws_sdk_sqs::Client::from_conf(
            aws_sdk_sqs::config::Builder::from(&self.config)
                .interceptor(self.calls.clone())
                .build(),
        )
    }

    pub fn eventbridge(&self) -> aws_sdk_eventbridge::Client {
        aws_sdk_eventbridge::Client::from_conf(
            aws_sdk_eventbridge::config::Builder::from(&self.config)
                .interceptor(self.calls.clone())
                .build(),
        )
    }
}

/// All four clients, sharing one call counter (the tests and the tools that
/// drive the whole stack; a function asks [`Aws`] for the ones it uses).
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
    /// [`Aws::from_env`], then every client.
    pub async fn from_env() -> Clients {
        Clients::from_aws(&Aws::from_env().await)
    }

    pub fn from_config(config: &aws_config::SdkConfig) -> Clients {
        Clients::from_aws(&Aws::from_config(config.clone()))
    }

    fn from_aws(aws: &Aws) -> Clients {
        Clients {
            dynamodb: aws.dynamodb(),
            ses: aws.ses(),
            sqs: aws.sqs(),
            eventbridge: aws.eventbridge(),
            calls: aws.calls.clone(),
        }
    }
}

/// The SDK's hyper + rustls client (ring), trusting the compiled-in Mozilla
/// roots only, its TLS set-up built at the first connection.
pub fn https_client() -> SharedHttpClient {
    SharedHttpClient::new(LazyHttpsClient::default())
}

/// Defers building the real client (and so its root store) until a request
/// needs a connector. The SDK's own client builds its connector when a client
/// is made (`validate_base_client_config`), once per client: that is what
/// read and parsed the system's ~150 certificates on every cold start.
#[derive(Debug, Default)]
struct LazyHttpsClient {
    inner: OnceLock<SharedHttpClient>,
}

impl LazyHttpsClient {
    fn inner(&self) -> &SharedHttpClient {
        self.inner.get_or_init(|| {
            use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
            let trust = tls::TrustStore::empty()
                .with_native_roots(false)
                .with_pem_certificate(mozilla_roots_pem());
            aws_smithy_http_client::Builder::new()
                .tls_provider(tls::Provider::rustls(CryptoMode::Ring))
                .tls_context(
                    tls::TlsContext::builder()
                        .with_trust_store(trust)
                        .build()
                        .unwrap_or_default(),
                )
                .build_https()
        })
    }
}

impl HttpClient for LazyHttpsClient {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        self.inner().http_connector(settings, components)
    }

    // Nothing to check before the first request: the connector is built then.
    fn validate_base_client_config(
        &self,
        _components: &RuntimeComponentsBuilder,
        _cfg: &ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        Ok(())
    }

    fn validate_final_config(
        &self,
        components: &RuntimeComponents,
        cfg: &ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        self.inner().validate_final_config(components, cfg)
    }

    fn connector_metadata(
        &self,
    ) -> Option<aws_smithy_runtime_api::client::connector_metadata::ConnectorMetadata> {
        self.inner().connector_metadata()
    }
}

/// Mozilla's root certificates (the `webpki-root-certs` crate, compiled in),
/// as the PEM the SDK's trust store takes.
fn mozilla_roots_pem() -> Vec<u8> {
    use base64::Engine as _;
    let mut pem = String::new();
    for cert in webpki_root_certs::TLS_SERVER_ROOT_CERTS {
        let b64 = base64::engine::general_purpose::STANDARD.encode(cert.as_ref());
        pem.push_str("-----BEGIN CERTIFICATE-----\n");
        for line in b64.as_bytes().chunks(64) {
            pem.push_str(std::str::from_utf8(line).unwrap_or_default());
            pem.push('\n');
        }
        pem.push_str("-----END CERTIFICATE-----\n");
    }
    pem.into_bytes()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_roots_are_all_valid_pem_certificates(
    ) -> Result<(), rustls_pki_types::pem::Error> {
        use rustls_pki_types::pem::PemObject;
        let pem = mozilla_roots_pem();
        let certs = rustls_pki_types::CertificateDer::pem_slice_iter(&pem)
            .collect::<Result<Vec<_>, _>>()?;
        assert_eq!(certs.len(), webpki_root_certs::TLS_SERVER_ROOT_CERTS.len());
        assert!(certs.len() > 100, "{} roots", certs.len());
        assert_eq!(
            certs[0].as_ref(),
            webpki_root_certs::TLS_SERVER_ROOT_CERTS[0].as_ref()
        );
        Ok(())
    }

    #[test]
    fn making_a_client_builds_no_tls_set_up(
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let lazy = LazyHttpsClient::default();
        let components = RuntimeComponentsBuilder::new("test");
        lazy.validate_base_client_config(&components, &ConfigBag::base())?;
        assert!(lazy.inner.get().is_none());
        Ok(())
    }
}
