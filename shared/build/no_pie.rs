//! Links the Lambda binary as a non-PIE executable on Linux: its start-up
//! then applies no relative relocations (55,000 pointers in the CLDR data,
//! templates and vtables of the larger functions, written at every cold
//! start otherwise). See docs/benchmarks.md, "Release profile". Every
//! function and the hello-world they are measured against name this file as
//! their `build` script.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
