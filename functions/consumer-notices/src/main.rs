// The handler future (several awaited store and mail calls) is deeper than
// the compiler's default layout query depth.
#![recursion_limit = "256"]

use aws_lambda_events::event::sqs::SqsEvent;
use consumer_notices::ConsumerNotices;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use safety_aws::{bus_from_env, env_var, Aws, Mailer, Queue, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    let aws = Aws::from_env().await;
    let notices = ConsumerNotices::new(
        Store::new(aws.dynamodb(), env_var("TABLE_NAME")?),
        Mailer::new(aws.ses(), env_var("SENDER_EMAIL")?),
        Queue::new(aws.sqs(), env_var("CONSUMER_NOTICES_QUEUE_URL")?),
    )
    .with_bus(bus_from_env(&aws));
    let notices = &notices;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<SqsEvent>| async move {
        Ok::<_, Error>(notices.handle_event(event.payload).await)
    }))
    .await
}
