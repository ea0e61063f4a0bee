//! The smallest Lambda function: what `make bench` measures each function's
//! size and start-up against (same runtime crate, same release profile).

use lambda_runtime::{service_fn, Error, LambdaEvent};

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(service_fn(
        |event: LambdaEvent<serde_json::Value>| async move {
            Ok::<_, Error>(serde_json::json!({ "hello": event.payload }))
        },
    ))
    .await
}
