//! The recall desk's read side (SPEC 3): pure read models (state in, view
//! out) and their pages. Nothing here decides; it shows what was decided.
//!
//! - [`page`]: the one HTML engine of the desk's and the public pages (a
//!   base layout, every value escaped, no JavaScript).
//! - [`query`]: what the desk can be asked, as JSON or as a page's path.
//! - [`views`]: the read models of a recall, a case, a listing, a seller,
//!   the review queue and a search, and their pages.
//! - [`answer`]: one answer, whichever the query: JSON, page or CSV.
//! - [`lists`]: the public recall product lists (seed 000: one per
//!   category, per market) and their index, as HTML and JSON, with nothing
//!   about sellers, buyers or cases.
//! - [`working_days`]: the public holidays and time zone of each country,
//!   and the working time between two instants there.
//! - [`compliance`]: the compliance report over a period (receipt to
//!   identified and blocked, in working days; the GPSR's and the pledge's
//!   shares; the recalls still open): JSON, CSV and an HTML page with a chart.

pub mod answer;
pub mod compliance;
pub mod lists;
pub mod page;
pub mod query;
pub mod views;
pub mod working_days;
