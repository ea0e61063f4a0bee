//! The platform's locales and the language rule of the consumer notice
//! (SPEC 1.4.5): a notice in a language of the country where the product was
//! delivered (GPSR: the language(s) of the Member State where it was made
//! available): the buyer's own locale when it is one of that country's
//! languages (a multilingual country's by the buyer's locale among its
//! own); when the buyer's locale is another language, the notice in that
//! language first and in the country's language below it; outside the EU
//! and the EEA the buyer's locale; English the last fallback.

use crate::kernel::ids::Country;

/// The platform's locales: the 24 official languages of the EU and the
/// platform's others.
pub const LOCALES: [&str; 36] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "pt-BR", "ru", "uk", "tr", "ar", "he", "ja",
    "ko", "zh-CN", "th", "vi", "id",
];

/// One of [`LOCALES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale(&'static str);

impl Locale {
    /// A locale as the marketplace gives it ("fr-FR", "pt_BR", "zh-Hans-CN",
    /// "nl-BE", "de"), as one of ours: a language we have (Brazilian
    /// Portuguese kept apart, any Chinese as zh-CN); none for another.
    pub fn parse(raw: &str) -> Option<Locale> {
        // BCP 47 read by ICU4X (`pt_BR` written with an underscore too).
        let tag = icu_locale_core::Locale::try_from_str(&raw.trim().replace('_', "-")).ok()?;
        let language = tag.id.language.as_str().to_ascii_lowercase();
        let region = tag.id.region.map(|r| r.as_str().to_ascii_uppercase());
        let code = match language.as_str() {
            "pt" if region.as_deref() == Some("BR") => "pt-BR",
            "zh" => "zh-CN",
            // Hebrew's and Indonesian's old codes.
            "iw" => "he",
            "in" => "id",
            other => LOCALES.iter().copied().find(|l| *l == other)?,
        };
        Some(Locale(code))
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language, without a region ("pt" for "pt-BR").
    pub fn language(self) -> &'static str {
        self.0.split('-').next().unwrap_or(self.0)
    }

    /// The locales to look a text up in, in order: pt-BR -> pt -> en, any
    /// other -> en.
    pub fn fallbacks(self) -> Vec<Locale> {
        let mut out = vec![self];
        if self.0 == "pt-BR" {
            out.push(Locale("pt"));
        }
        if self.0 != "en" {
            out.push(Locale("en"));
        }
        out
    }

    /// Written right to left (the HTML's `dir="rtl"`).
    pub fn is_rtl(self) -> bool {
        matches!(self.0, "ar" | "he")
    }

    pub const ENGLISH: Locale = Locale("en");
}

/// The official EU languages a country's notices are written in (for the
/// EEA and Switzerland, theirs that are EU languages), the country's usual
/// one first; empty outside the EU, the EEA and Switzerland.
pub fn country_languages(country: &Country) -> &'static [&'static str] {
    match country.as_str() {
        "AT" | "DE" | "LI" => &["de"],
        "BE" => &["nl", "fr", "de"],
        "BG" => &["bg"],
        "HR" => &["hr"],
        "CY" => &["el"],
        "CZ" => &["cs"],
        "DK" => &["da"],
        "EE" => &["et"],
        "FI" => &["fi", "sv"],
        "FR" => &["fr"],
        "GR" => &["el"],
        "HU" => &["hu"],
        "IE" => &["en", "ga"],
        "IT" => &["it"],
        "LV" => &["lv"],
        "LT" => &["lt"],
        "LU" => &["fr", "de"],
        "MT" => &["mt", "en"],
        "NL" => &["nl"],
        "PL" => &["pl"],
        "PT" => &["pt"],
        "RO" => &["ro"],
        "SK" => &["sk"],
        "SI" => &["sl"],
        "ES" => &["es"],
        "SE" => &["sv"],
        "CH" => &["de", "fr", "it"],
        // Icelandic and Norwegian are not among the platform's languages:
        // the buyer's locale, then English.
        _ => &[],
    }
}

/// The languages of a consumer notice for an order delivered to `delivery`
/// by a buyer whose locale is `buyer_locale`, in the order they are written:
/// one, or the buyer's language first and the country's below it.
pub fn notice_locales(delivery: &Country, buyer_locale: Option<&str>) -> Vec<Locale> {
    let buyer = buyer_locale.and_then(Locale::parse);
    let own = country_languages(delivery);
    if own.is_empty() {
        return vec![buyer.unwrap_or(Locale::ENGLISH)];
    }
    if let Some(b) = buyer {
        if own.contains(&b.language()) {
            return vec![b];
        }
    }
    let country = Locale::parse(own[0]).unwrap_or(Locale::ENGLISH);
    match buyer {
        Some(b) => vec![b, country],
        None => vec![country],
    }
}

#[cfg(test)]
#[path = "locale_test.rs"]
mod tests;
