// The handler future (several awaited calls) is deeper than the compiler's
// default layout query depth.
#![recursion_limit = "256"]

use lambda_runtime::{service_fn, Error, LambdaEvent};
use recall_feeds::{FeedsConfig, RecallFeeds};
use safety_aws::{env_var, Aws, HttpClient, Queue, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    let aws = Aws::from_env().await;
    let feeds = RecallFeeds::new(
        Store::new(aws.dynamodb(), env_var("TABLE_NAME")?),
        HttpClient::new(3, std::time::Duration::from_secs(20))?,
        Queue::new(aws.sqs(), env_var("RECALL_INTAKE_QUEUE_URL")?),
        FeedsConfig::from_vars(|name| std::env::var(name).ok())
            .map_err(|e| format!("environment variable {e}"))?,
    );
    let feeds = &feeds;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<serde_json::Value>| async move {
            match feeds.handle(&event.payload).await {
                Ok(polled) => Ok::<_, Error>(serde_json::json!({
                    "feed": polled.feed, "pages": polled.pages, "sent": polled.sent,
                    "not_modified": polled.not_modified, "more": polled.more,
                })),
                Err(e) => {
                    tracing::error!(error = %e, "feed run failed; its cursor stays where it was");
                    Err(e.into())
                }
            }
        },
    ))
    .await
}
