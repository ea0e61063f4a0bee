//! The recall desk's read side (SPEC 3): pure read models (state in, view
//! out) and their pages. Nothing here decides; it shows what was decided.
//!
//! - [`page`]: the one HTML engine of the desk's and the public pages (a
//!   base layout, every value escaped, no JavaScript).
//! - [`working_days`]: the public holidays and time zone of each country,
//!   and the working time between two instants there.
//! - [`compliance`]: the compliance report over a period (receipt to
//!   identified and blocked, in working days; the GPSR's and the pledge's
//!   shares; the recalls still open): JSON, CSV and an HTML page with a chart.

pub mod compliance;
pub mod page;
pub mod working_days;
