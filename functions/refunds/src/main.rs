// The handler future (several awaited store calls per attempt) is deeper than
// the compiler's default layout query depth.
#![recursion_limit = "256"]

use aws_lambda_events::event::sqs::SqsEvent;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use refunds::{config_from_env, Refunds};
use safety_aws::{bus_from_env, env_var, Aws, Mailer, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    // Built once per cold start (only the clients this function uses), shared
    // by every invocation.
    let aws = Aws::from_env().await;
    let refunds = Refunds::new(
        Store::new(aws.dynamodb(), env_var("TABLE_NAME")?),
        Mailer::new(aws.ses(), env_var("SENDER_EMAIL")?),
        config_from_env()?,
    )
    .with_bus(bus_from_env(&aws));
    let refunds = &refunds;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<SqsEvent>| async move {
        Ok::<_, Error>(refunds.handle_event(event.payload).await)
    }))
    .await
}
