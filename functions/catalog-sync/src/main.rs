// The handler future (several awaited store and mail calls) is deeper than
// the compiler's default layout query depth.
#![recursion_limit = "256"]

use aws_lambda_events::event::sqs::SqsEvent;
use catalog_sync::CatalogSync;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use safety_aws::{bus_from_env, env_var, thresholds_from_env, Aws, Mailer, Queue, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    // Built once per cold start (only the clients this function uses), shared
    // by every invocation.
    let aws = Aws::from_env().await;
    let sync = CatalogSync::new(
        Store::new(aws.dynamodb(), env_var("TABLE_NAME")?),
        Mailer::new(aws.ses(), env_var("SENDER_EMAIL")?),
        Queue::new(aws.sqs(), env_var("CONSUMER_NOTICES_QUEUE_URL")?),
    )
    .with_thresholds(thresholds_from_env()?)
    .with_bus(bus_from_env(&aws));
    let sync = &sync;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<SqsEvent>| async move {
        Ok::<_, Error>(sync.handle_event(event.payload).await)
    }))
    .await
}
