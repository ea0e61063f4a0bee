#!/usr/bin/env python3
"""Rewrites the SOURCES list of src/notices/texts.rs from the .ftl files here."""
import pathlib, re
here = pathlib.Path(__file__).resolve().parent
texts = here.parent / "src" / "notices" / "texts.rs"
entries = []
for ftl in sorted(here.glob("*/*.ftl"), key=lambda p: (p.parent.name != "en", p.parent.name, p.stem)):
    locale, email = ftl.parent.name, ftl.stem
    entries.append(f'    (\n        "{locale}",\n        "{email}",\n        include_str!("../../locales/{locale}/{email}.ftl"),\n    ),')
src = texts.read_text(encoding="utf-8")
new = re.sub(r"pub const SOURCES: &\[\(&str, &str, &str\)\] = &\[\n.*?\n\];",
             "pub const SOURCES: &[(&str, &str, &str)] = &[\n" + "\n".join(entries) + "\n];", src, flags=re.S)
texts.write_text(new, encoding="utf-8")
print(f"{len(entries)} files listed in {texts.relative_to(here.parent.parent.parent)}")
