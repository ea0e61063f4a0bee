//! Every integration suite in one binary (it links the AWS SDK once), but for
//! the 10,000-order consumer recall, alone in `consumer_recall_scale`: the
//! suites against the local stack (moto, aws-ses-v2-local) through the real
//! handlers. Run one suite with `cargo test -p safety-tests --test it -- NAME::`
//! (e.g. `recall_intake::`), one test by any part of its name.

mod catalog_sync;
mod desk;
mod email_events;
mod events;
mod feeds;
mod ledger;
mod lifecycle;
mod marketplace;
mod outbox;
mod recall_intake;
mod refunds;
mod store;
