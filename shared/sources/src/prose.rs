//! Brand and model numbers read from prose, for every source whose record
//! names the product only in text (today CPSC: `Title`, `Products[].Name`).
//! What is read here is marked `from_prose` on the recall: its matches are
//! always weak and go to the desk (SPEC 1.1, 1.2).
//!
//! The rules, written for titles such as "Brightpaw Recalls BP-12 Chew Toys
//! Due to Choking Hazard; Sold Exclusively at Target":
//! - the **brand** is the text before the word "Recalls" / "Recall" at the
//!   start of the title (at most five words, legal suffixes such as "Inc."
//!   dropped); failing that, the first word of the first product name when a
//!   company of the record (manufacturer, importer, distributor) bears it
//!   ("EnHomee 15-Drawer 51\" Dressers", imported by "... dba Enhomee-Direct");
//! - a **model number** is a token that mixes letters and digits ("BP-12",
//!   "GB-64", "KX40", "NL-330") in the title before its hazard ("Due to ...")
//!   and retailer ("Sold ...") clauses, or in a product name. Not models:
//!   counts and sizes that start with their number ("15-Drawer", "51\"",
//!   "3-Pack", "12V", "64GB", "3T", "2-in-1", "12x18"), dates ("Mid-2024",
//!   "Q3"), hazard and standard names ("COVID-19", "CO2", "N95", "ASTM
//!   F2057"), and the brand's own words.

use crate::common::{fold_text, words};
use safety_domain::fold;

/// What the prose of a record says about the product's identity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ProseIds {
    pub brand: Option<String>,
    /// As written ("BP-12"), first occurrence of each folded value, in order.
    pub models: Vec<String>,
}

/// Reads brand and models from a `title`, the product `names` and the
/// record's `companies` (which only confirm a brand taken from a name).
pub(crate) fn prose_ids(title: &str, names: &[String], companies: &[String]) -> ProseIds {
    let brand = brand_from_title(title).or_else(|| brand_from_name(names, companies));
    let brand_words: Vec<String> = brand
        .as_deref()
        .map(|b| {
            b.split_whitespace()
                .map(fold)
                .chain(std::iter::once(fold(b)))
                .collect()
        })
        .unwrap_or_default();
    let mut models: Vec<String> = Vec::new();
    let texts = std::iter::once(product_part(title)).chain(names.iter().map(String::as_str));
    for text in texts {
        for m in models_in(text) {
            let f = fold(&m);
            if !brand_words.contains(&f) && !models.iter().any(|x| fold(x) == f) {
                models.push(m);
            }
        }
    }
    ProseIds { brand, models }
}

/// Words that can stand before "Recall" without being a brand.
const NOT_BRANDS: &[&str] = &[
    "voluntary",
    "urgent",
    "expanded",
    "updated",
    "product",
    "products",
    "safety",
    "consumer",
    "cpsc",
    "recall",
    "recalls",
    "the",
];

/// Legal suffixes dropped from a company name used as a brand.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "co",
    "corp",
    "corporation",
    "company",
    "limited",
    "gmbh",
    "plc",
];

/// "<Brand> Recalls ..." / "<Brand> Recall ...": the brand.
fn brand_from_title(title: &str) -> Option<String> {
    let ws: Vec<&str> = title.split_whitespace().collect();
    let at = ws
        .iter()
        .position(|w| matches!(fold(w).as_str(), "recalls" | "recall"))?;
    if at == 0 || at > 5 {
        return None;
    }
    let mut brand: Vec<&str> = ws[..at].to_vec();
    while let Some(last) = brand.last() {
        if brand.len() > 1 && LEGAL_SUFFIXES.contains(&fold(last).as_str()) {
            brand.pop();
        } else {
            break;
        }
    }
    let text = brand
        .join(" ")
        .trim_end_matches([',', '.', ';', ':'])
        .to_string();
    let starts_well = text.chars().next().is_some_and(char::is_alphanumeric);
    let folded = fold(&text);
    (starts_well && !folded.is_empty() && !NOT_BRANDS.contains(&folded.as_str())).then_some(text)
}

/// The first word of the first product name, when a company of the record
/// bears it.
fn brand_from_name(names: &[String], companies: &[String]) -> Option<String> {
    let first = names.first()?.split_whitespace().next()?;
    let word = first.trim_matches(|c: char| !c.is_alphanumeric());
    let folded = fold(word);
    if folded.chars().count() < 3 || folded.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let borne = companies.iter().any(|c| {
        let text = fold_text(c);
        words(&text).contains(&folded.as_str()) || c.split_whitespace().any(|w| fold(w) == folded)
    });
    borne.then(|| word.to_string())
}

/// The title without its hazard ("Due to ...") and retailer ("Sold ...")
/// clauses, nor anything after a ";".
fn product_part(title: &str) -> &str {
    let mut end = title.find(';').unwrap_or(title.len());
    for clause in [" due to ", " sold "] {
        if let Some(i) = title.to_ascii_lowercase().find(clause) {
            end = end.min(i);
        }
    }
    &title[..end]
}

/// Hazards, standards and formats that look like model numbers.
const NOT_MODELS: &[&str] = &[
    "covid19", "sarscov2", "h1n1", "co2", "n95", "kn95", "kn94", "ffp2", "ffp3", "pm25", "mp3",
    "mp4", "usb2", "usb3", "o157", "o157h7", "e15", "a1c",
];

/// Words after which a token is a standard's number, not a model ("ASTM F2057").
const STANDARD_BODIES: &[&str] = &[
    "astm", "cfr", "ansi", "ul", "en", "iso", "iec", "fmvss", "nfpa",
];

/// Letters that, with a year, make a date ("Mid-2024", "FY2025").
const DATE_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "mid",
    "early",
    "late",
    "fy",
    "since",
];

/// The model-number tokens of one text, as written.
pub(crate) fn models_in(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/' | '(' | ')' | '&'))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let after_standard_body = i > 0 && STANDARD_BODIES.contains(&fold(tokens[i - 1]).as_str());
        if !after_standard_body && is_model(t) {
            out.push(t.to_string());
        }
    }
    out
}

fn is_model(token: &str) -> bool {
    let folded = fold(token);
    let has_digit = folded.chars().any(|c| c.is_ascii_digit());
    let has_letter = folded.chars().any(|c| c.is_alphabetic());
    if !has_digit || !has_letter || folded.len() < 2 || folded.len() > 20 {
        return false;
    }
    if NOT_MODELS.contains(&folded.as_str()) {
        return false;
    }
    // Counts and sizes start with their number: "15-Drawer", "12V", "3-Pack",
    // "2.4GHz", "2-in-1", "12x18", "1080p", "3T".
    if token.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // Dates: a month, season or "Mid" with a year; a quarter.
    let letters: String = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let digits: String = folded.chars().filter(|c| c.is_ascii_digit()).collect();
    let letters_then_digits = folded.trim_start_matches(|c: char| c.is_alphabetic()) == digits;
    if letters_then_digits {
        if digits.len() == 4 && DATE_WORDS.contains(&letters.as_str()) {
            return false;
        }
        if letters == "q" && matches!(digits.as_str(), "1" | "2" | "3" | "4") {
            return false;
        }
    }
    true
}

#[cfg(test)]
#[path = "prose_test.rs"]
mod tests;
