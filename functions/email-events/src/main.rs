// The handler future (awaited store calls) is deeper than the compiler's
// default layout query depth.
#![recursion_limit = "256"]

use aws_lambda_events::event::sqs::SqsEvent;
use email_events::EmailEvents;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use safety_aws::{env_var, Aws, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    // Built once per cold start (only DynamoDB), shared by every invocation.
    let aws = Aws::from_env().await;
    let events = EmailEvents::new(Store::new(aws.dynamodb(), env_var("TABLE_NAME")?));
    let events = &events;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<SqsEvent>| async move {
        Ok::<_, Error>(events.handle_event(event.payload).await)
    }))
    .await
}
