//! Compiles the emails' Fluent files in, deflated: every
//! `locales/<locale>/<email>.ftl` (1.5 MB of text for 36 locales) into one
//! compressed blob and its index in OUT_DIR, which `notices::texts`
//! inflates once, at the first email. A file added is picked up with no
//! list to edit.

use std::fmt::Write as _;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = std::env::var("CARGO_MANIFEST_DIR")?;
    let dir = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut locales: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let (mut text, mut index) = (String::new(), String::new());
    for locale in locales {
        let mut files: Vec<_> = std::fs::read_dir(locale.path())?
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            // Comments (a line starting with `#`: the file's header, notes
            // to translators) are for people: Fluent skips them, the binary
            // does not need them (45 kB of the deflated 398 kB).
            let source: String = std::fs::read_to_string(file.path())?
                .split_inclusive('\n')
                .filter(|line| !line.starts_with('#'))
                .collect();
            let email = file
                .path()
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned());
            let email = email.ok_or("a Fluent file without a name")?;
            let name = locale.file_name().to_string_lossy().into_owned();
            writeln!(index, "{name}\t{email}\t{}\t{}", text.len(), source.len())?;
            text.push_str(&source);
        }
    }
    let out = std::env::var("OUT_DIR")?;
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
    std::fs::write(Path::new(&out).join("locales.deflate"), packed)?;
    std::fs::write(Path::new(&out).join("locales.index"), index)?;
    Ok(())
}
