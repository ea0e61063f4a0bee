// The handler future (several awaited store and mail calls) is deeper than
// the compiler's default layout query depth.
#![recursion_limit = "256"]

use appeal_deadlines::AppealDeadlines;
use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use safety_aws::{env_var, Aws, Queue, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    let aws = Aws::from_env().await;
    let check = AppealDeadlines::new(
        Store::new(aws.dynamodb(), env_var("TABLE_NAME")?),
        Queue::new(aws.sqs(), env_var("CONSUMER_NOTICES_QUEUE_URL")?),
    );
    let check = &check;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<EventBridgeEvent<serde_json::Value>>| async move {
            // A failure is logged and returned: Lambda retries an asynchronous
            // (scheduled) invocation, and the next run finds the same cases anyway.
            check.handle_event(event.payload).await.map_err(|e| {
                tracing::error!(error = %e, "appeal-window check failed");
                Error::from(e.to_string())
            })
        },
    ))
    .await
}
