//! Every integration test in one binary (it links the AWS SDK once): the
//! suites against the local stack (moto, aws-ses-v2-local) through the real
//! handlers. Run one suite with `cargo test -p safety-tests --test it -- NAME::`
//! (e.g. `recall_intake::`), one test by any part of its name.

mod catalog_sync;
mod consumer_recall_scale;
mod events;
mod ledger;
mod lifecycle;
mod recall_intake;
mod refunds;
mod store;
