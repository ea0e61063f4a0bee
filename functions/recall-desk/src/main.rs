// The handler future (several awaited store calls) is deeper than the
// compiler's default layout query depth.
#![recursion_limit = "256"]

use lambda_runtime::{service_fn, Error, LambdaEvent};
use recall_desk::{HolidayCalendar, RecallDesk, Reply};
use safety_aws::{env_var, Aws, Store};

#[tokio::main]
async fn main() -> Result<(), Error> {
    safety_runtime::init_tracing();
    let aws = Aws::from_env().await;
    let holidays = match std::env::var("HOLIDAYS") {
        Ok(json) if !json.trim().is_empty() => HolidayCalendar::with_config(&json)
            .map_err(|e| format!("environment variable HOLIDAYS: {e}"))?,
        _ => HolidayCalendar::defaults(),
    };
    let desk =
        RecallDesk::new(Store::new(aws.dynamodb(), env_var("TABLE_NAME")?)).with_holidays(holidays);
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
