//! Product identifiers, normalised before any comparison: GTINs to GTIN-14
//! with a verified check digit, brands, models and batches case-, accent- and
//! punctuation-folded.

use serde::{Deserialize, Serialize};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// A GTIN-14: 14 digits whose last is a valid GS1 check digit. GTIN-8, UPC-A
/// (12), EAN-13 and GTIN-14 of the same product all normalise to one value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Gtin(String);

/// The value is kept for the caller (a source adapter may quote a
/// regulator's own, public value); the message never repeats it, so a
/// message error built from it cannot carry a field's content into a log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GtinError {
    #[error("is not a GTIN: it must be 8, 12, 13 or 14 digits")]
    Shape(String),
    #[error("has check digit {found}, expected {expected}")]
    CheckDigit {
        value: String,
        found: u32,
        expected: u32,
    },
}

impl Gtin {
    /// Parses a GTIN-8/12/13/14 (spaces and hyphens are ignored) and verifies
    /// its check digit.
    pub fn parse(raw: &str) -> Result<Gtin, GtinError> {
        let digits: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if !matches!(digits.len(), 8 | 12 | 13 | 14) || !digits.chars().all(|c| c.is_ascii_digit())
        {
            return Err(GtinError::Shape(raw.trim().to_string()));
        }
        let padded = format!("{digits:0>14}");
        let values: Vec<u32> = padded.chars().filter_map(|c| c.to_digit(10)).collect();
        let expected = check_digit(&values[..13]);
        let found = values[13];
        if found != expected {
            return Err(GtinError::CheckDigit {
                value: raw.trim().to_string(),
                found,
                expected,
            });
        }
        Ok(Gtin(padded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The GS1 check digit of the 13 digits before it (weights 3,1,3,... from the left
/// for a 14-digit key).
pub fn check_digit(body: &[u32]) -> u32 {
    let sum: u32 = body
        .iter()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
        .sum();
    (10 - sum % 10) % 10
}

impl TryFrom<String> for Gtin {
    type Error = GtinError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Gtin::parse(&value)
    }
}

impl From<Gtin> for String {
    fn from(g: Gtin) -> String {
        g.0
    }
}

impl fmt::Display for Gtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Folds a brand, model or batch for comparison: accents stripped, lower case,
/// only letters and digits kept ("JB-100" and "jb 100" fold to "jb100",
/// "Système U" to "systemeu").
pub fn fold(raw: &str) -> String {
    // NFKD splits "è" into "e" and a combining accent, which is not alphanumeric.
    raw.nfkd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words of a product name for name-only matching: folded, at least 3
/// characters, without the filler words that every product name shares.
pub fn name_tokens(raw: &str) -> Vec<String> {
    const FILLER: &[&str] = &[
        "the", "and", "for", "with", "des", "les", "pour", "avec", "pcs", "set", "recalled",
        "model", "models", "new",
    ];
    let mut out: Vec<String> = raw
        .split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| w.chars().count() >= 3 && !FILLER.contains(&w.as_str()))
        .collect();
    // Plural and singular count as the same word ("dressers" / "dresser").
    for w in &mut out {
        if w.len() > 3 && w.ends_with('s') {
            w.pop();
        }
    }
    out.sort();
    out.dedup();
    out
}

/// An ISO 3166-1 alpha-2 country code, upper case: one of the 249 codes ISO
/// assigned (the `isocountry` crate's table). User-assigned (`XX`, `ZZ`,
/// `XK`) and reserved codes (`UK`, `EU`) are refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(String);

/// Why a country was refused. The message never repeats the value (a wrong
/// field may hold an email address); `0` keeps it for a caller that may
/// quote it (a regulator's own record).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("is not an assigned ISO 3166-1 alpha-2 country code (like \"FR\" or \"GB\")")]
pub struct CountryError(pub String);

impl Country {
    pub fn parse(raw: &str) -> Result<Country, CountryError> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == 2 && isocountry::CountryCode::for_alpha2(&code).is_ok() {
            Ok(Country(code))
        } else {
            Err(CountryError(
                crate::kernel::limits::bounded(raw, 16).into_owned(),
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Country {
    type Error = CountryError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Country::parse(&value)
    }
}

impl From<Country> for String {
    fn from(c: Country) -> String {
        c.0
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The EU member states and the EEA countries: the jurisdiction of EU Safety Gate.
pub const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// Country codes from a list of static codes (for the regulators' own jurisdictions).
pub fn countries(codes: &[&str]) -> Vec<Country> {
    codes.iter().map(|c| Country(c.to_string())).collect()
}

/// The ISO code of a country named in English (as Safety Gate's `notifyingCountry`
/// gives it), for the countries of the EU, the EEA and the usual trading partners.
pub fn country_from_english_name(name: &str) -> Option<Country> {
    let code = match fold(name).as_str() {
        "austria" => "AT",
        "belgium" => "BE",
        "bulgaria" => "BG",
        "croatia" => "HR",
        "cyprus" => "CY",
        "czechia" | "czechrepublic" => "CZ",
        "denmark" => "DK",
        "estonia" => "EE",
        "finland" => "FI",
        "france" => "FR",
        "germany" => "DE",
        "greece" => "GR",
        "hungary" => "HU",
        "ireland" => "IE",
        "italy" => "IT",
        "latvia" => "LV",
        "lithuania" => "LT",
        "luxembourg" => "LU",
        "malta" => "MT",
        "netherlands" | "thenetherlands" => "NL",
        "poland" => "PL",
        "portugal" => "PT",
        "romania" => "RO",
        "slovakia" => "SK",
        "slovenia" => "SI",
        "spain" => "ES",
        "sweden" => "SE",
        "iceland" => "IS",
        "liechtenstein" => "LI",
        "norway" => "NO",
        "switzerland" => "CH",
        "unitedkingdom" | "uk" => "GB",
        "northernireland" => "GB",
        "turkey" | "turkiye" => "TR",
        "unitedstates" | "usa" | "unitedstatesofamerica" => "US",
        "china" => "CN",
        _ => return None,
    };
    Some(Country(code.to_string()))
}

#[cfg(test)]
#[path = "ids_test.rs"]
mod tests;
