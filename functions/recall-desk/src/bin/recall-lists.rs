//! `recall-lists`: the public recall product lists (its Function URL needs
//! no signing in; its role reads the lists' partition only).

// The handler future (several awaited store calls) is deeper than the
// compiler's default layout query depth.
#![recursion_limit = "256"]

use lambda_runtime::{service_fn, Error, LambdaEvent};
use recall_desk::{RecallDesk, Reply};
use safety_aws::{env_var, Aws, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    let aws = Aws::from_env().await;
    let desk = RecallDesk::public(Store::new(aws.dynamodb(), env_var("TABLE_NAME")?));
    let desk = &desk;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<serde_json::Value>| async move {
            match desk.handle(event.payload, chrono::Utc::now()).await? {
                Reply::Json(v) => Ok::<_, Error>(v),
                Reply::Http(r) => Ok(serde_json::to_value(r)?),
            }
        },
    ))
    .await
}
